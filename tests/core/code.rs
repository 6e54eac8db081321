//! `code()` and the `Code` it returns.

use errcodes::{ApiError, Code};

#[test]
fn integer_code_equals_integers_of_every_width() {
    #[derive(Debug, ApiError)]
    enum E {
        #[code(34305, status = 401, msg = "wrong")]
        Wrong,
    }
    let code = E::Wrong.code();
    assert_eq!(code, Code::Int(34305));
    assert_eq!(code, 34305);
    assert_eq!(code, 34305_i64);
    assert_eq!(code, 34305_u32);
    assert_eq!(code, 34305_u64);
    assert_eq!(34305, code);
    assert_ne!(code, 34306);
    assert_ne!(code, "34305");
    assert_eq!(code.as_int(), Some(34305));
    assert_eq!(code.as_str(), None);
    assert_eq!(code.to_string(), "34305");
    assert_eq!(serde_json::to_string(&code).unwrap(), "34305");
}

#[test]
fn negative_codes() {
    #[derive(Debug, ApiError)]
    enum E {
        #[code(-1, msg = "client side")]
        ClientSide,
        #[code(-32768, status = 400, msg = "smallest i16")]
        Small,
    }
    assert_eq!(E::ClientSide.code(), -1);
    assert_eq!(E::ClientSide.code().to_string(), "-1");
    assert_eq!(E::Small.code(), -32768_i16);
    assert_eq!(serde_json::to_string(&E::ClientSide.code()).unwrap(), "-1");
}

#[test]
fn i64_extremes() {
    #[derive(Debug, ApiError)]
    enum E {
        #[code(-9223372036854775808, status = 400, msg = "min")]
        Min,
        #[code(9223372036854775807, status = 400, msg = "max")]
        Max,
    }
    assert_eq!(E::Min.code(), Code::Int(i64::MIN));
    assert_eq!(E::Max.code(), Code::Int(i64::MAX));
    assert_eq!(E::Max.code(), i64::MAX);
    assert_eq!(E::Max.code().to_string(), "9223372036854775807");
    assert_eq!(E::Min.code().to_string(), "-9223372036854775808");
    // u64 values beyond i64 are no code at all.
    assert_ne!(E::Max.code(), u64::MAX);
    assert_eq!(E::from_code(i64::MIN).map(|e| e.name()), Some("Min"));
    assert!(E::from_code(u64::MAX).is_none());
}

#[test]
fn string_codes() {
    #[derive(Debug, ApiError)]
    enum E {
        #[code("M_FORBIDDEN", status = 403, msg = "forbidden")]
        Forbidden,
        #[code("invalid_grant", status = 400, msg = "invalid grant")]
        InvalidGrant,
    }
    let code = E::Forbidden.code();
    assert_eq!(code, Code::Str("M_FORBIDDEN"));
    assert_eq!(code, "M_FORBIDDEN");
    assert_eq!("M_FORBIDDEN", code);
    assert_ne!(code, "m_forbidden");
    assert_ne!(code, 0);
    assert_eq!(code.as_str(), Some("M_FORBIDDEN"));
    assert_eq!(code.as_int(), None);
    assert_eq!(code.to_string(), "M_FORBIDDEN");
    assert_eq!(
        serde_json::to_string(&E::InvalidGrant.code()).unwrap(),
        "\"invalid_grant\""
    );
}

#[test]
fn string_code_with_characters_that_need_escaping() {
    #[derive(Debug, ApiError)]
    enum E {
        #[code("a\"b\\c", status = 400, msg = "quoted")]
        Quoted,
    }
    assert_eq!(E::Quoted.code(), "a\"b\\c");
    assert_eq!(
        serde_json::to_string(&E::Quoted.code()).unwrap(),
        r#""a\"b\\c""#
    );
}

#[test]
fn underscore_is_an_entry_without_a_code() {
    #[derive(Debug, ApiError)]
    enum E {
        #[code(_, status = 404, msg = "Record not found")]
        NotFound,
        #[code(_, status = 422, msg = "Validation failed")]
        Invalid,
        #[code(5, status = 400, msg = "coded")]
        Coded,
    }
    let code = E::NotFound.code();
    assert_eq!(code, Code::None);
    assert!(code.is_none());
    assert!(!E::Coded.code().is_none());
    assert_eq!(code.as_int(), None);
    assert_eq!(code.as_str(), None);
    assert_eq!(code.to_string(), "");
    assert_ne!(code, 0);
    assert_ne!(code, "");
    assert_eq!(serde_json::to_string(&code).unwrap(), "null");
    // Two entries without a code are not a duplicate code.
    assert_eq!(E::Invalid.code(), Code::None);
    assert_eq!(E::NotFound.status(), 404);
}

#[test]
fn code_of_struct_and_of_variants_with_fields() {
    #[derive(Debug, ApiError)]
    #[code(42, status = 400, msg = "s")]
    struct S(#[allow(dead_code)] u8);

    #[derive(Debug, ApiError)]
    enum E {
        #[code(7, status = 400, msg = "{0}")]
        Tuple(u8),
        #[code(8, status = 400, msg = "{x}")]
        Named { x: u8 },
    }
    assert_eq!(S(1).code(), 42);
    assert_eq!(E::Tuple(1).code(), 7);
    assert_eq!(E::Named { x: 1 }.code(), 8);
}
