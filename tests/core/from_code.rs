//! `E::from_code(..)`: the unit variant for a code.

use errcodes::{ApiError, Code, CodeBuf};

#[derive(Debug, PartialEq, ApiError)]
#[allow(dead_code)]
enum E {
    #[code(100, status = 400, msg = "a")]
    A,
    #[code(-5, status = 400, msg = "negative")]
    Negative,
    #[code(200, status = 400, msg = "shared one", shared)]
    SharedOne,
    #[code(200, status = 400, msg = "shared two", shared)]
    SharedTwo,
    #[code(300, status = 400, msg = "with field {0}")]
    WithField(u8),
    #[code(301, status = 400, msg = "with named field")]
    WithNamedField { x: u8 },
    #[code(_, status = 404, msg = "no code")]
    NoCode,
}

#[test]
fn unit_variant_by_code() {
    assert_eq!(E::from_code(100), Some(E::A));
    assert_eq!(E::from_code(100_u16), Some(E::A));
    assert_eq!(E::from_code(100_i64), Some(E::A));
    assert_eq!(E::from_code(-5), Some(E::Negative));
}

#[test]
fn unknown_code_is_none() {
    assert_eq!(E::from_code(101), None);
    assert_eq!(E::from_code(0), None);
    assert_eq!(E::from_code(u64::MAX), None);
}

#[test]
fn shared_code_is_none() {
    assert_eq!(E::from_code(200), None);
}

#[test]
fn variants_with_fields_are_none() {
    assert_eq!(E::from_code(300), None);
    assert_eq!(E::from_code(301), None);
}

#[test]
fn string_lookup_in_an_integer_enum_is_none() {
    assert_eq!(E::from_code("100"), None);
    assert_eq!(E::from_code(""), None);
}

#[test]
fn code_none_finds_nothing() {
    assert_eq!(E::from_code(Code::None), None);
}

#[test]
fn round_trip_through_code() {
    for entry in E::catalogue().entries() {
        let found = E::from_code(entry.code());
        if entry.is_unit() && !entry.is_shared() && !entry.code().is_none() {
            let e = found.expect("unit entry must be found by its code");
            assert!(std::ptr::eq(e.info(), entry));
        } else {
            assert_eq!(found, None, "{}", entry.variant());
        }
    }
}

#[test]
fn string_codes() {
    #[derive(Debug, PartialEq, ApiError)]
    enum S {
        #[code("M_FORBIDDEN", status = 403, msg = "forbidden")]
        Forbidden,
        #[code("M_UNKNOWN", status = 400, msg = "unknown")]
        Unknown,
    }
    assert_eq!(S::from_code("M_FORBIDDEN"), Some(S::Forbidden));
    let owned = String::from("M_UNKNOWN");
    assert_eq!(S::from_code(&owned), Some(S::Unknown));
    assert_eq!(
        S::from_code(&CodeBuf::Str("M_UNKNOWN".into())),
        Some(S::Unknown)
    );
    assert_eq!(S::from_code(Code::Str("M_FORBIDDEN")), Some(S::Forbidden));
    assert_eq!(S::from_code("m_forbidden"), None);
    assert_eq!(S::from_code(403), None);
}

#[test]
fn unit_struct() {
    #[derive(Debug, PartialEq, ApiError)]
    #[code(9, status = 400, msg = "unit")]
    struct Unit;
    assert_eq!(Unit::from_code(9), Some(Unit));
    assert_eq!(Unit::from_code(8), None);
}

#[test]
fn enum_without_variants() {
    #[derive(Debug, ApiError)]
    enum Never {}
    assert!(Never::from_code(1).is_none());
    assert!(Never::catalogue().entries().is_empty());
}
