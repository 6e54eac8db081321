//! `#[derive(ApiError)]` on a struct: one `#[code]` for the whole type.

use errcodes::{ApiError, Code};

/// A quota was exceeded.
///
/// Wait before retrying.
#[derive(Debug, ApiError)]
#[api_error(category = "Limits", range = 400..=499)]
#[code(
    429,
    status = 429,
    msg = "quota {quota} exceeded",
    name = "QuotaExceeded"
)]
struct Quota {
    quota: u32,
    #[body]
    retry_after: u64,
}

#[test]
fn named_struct() {
    let e = Quota {
        quota: 10,
        retry_after: 3,
    };
    assert_eq!(e.to_string(), "quota 10 exceeded");
    assert_eq!(e.code(), 429);
    assert_eq!(e.status(), 429);
    assert_eq!(e.name(), "QuotaExceeded");
    assert_eq!(
        serde_json::to_string(&e).unwrap(),
        r#"{"code":429,"message":"quota 10 exceeded","retry_after":3}"#
    );
}

#[test]
fn struct_catalogue_has_one_entry() {
    let c = Quota::catalogue();
    assert_eq!(c.type_name(), "Quota");
    assert_eq!(c.title(), "A quota was exceeded.");
    assert_eq!(c.description(), Some("Wait before retrying."));
    assert_eq!(c.range(), Some((400, 499)));
    assert_eq!(c.entries().len(), 1);
    let e = &c.entries()[0];
    assert_eq!(e.variant(), "Quota");
    assert_eq!(e.declared_name(), Some("QuotaExceeded"));
    assert_eq!(e.category(), Some("Limits"));
    assert_eq!(e.message(), "quota {quota} exceeded");
    assert_eq!(e.body_fields().len(), 1);
    assert!(!e.is_unit());
    // Fields exist, so from_code cannot build one.
    assert!(Quota::from_code(429).is_none());
}

#[test]
fn tuple_struct() {
    #[derive(Debug, ApiError)]
    #[code("E_TUPLE", status = 400, msg = "{0} and {1:?}")]
    struct Tuple(u8, &'static str);
    let e = Tuple(1, "two");
    assert_eq!(e.to_string(), "1 and \"two\"");
    assert_eq!(e.code(), "E_TUPLE");
}

#[test]
fn unit_struct() {
    #[derive(Debug, PartialEq, ApiError)]
    #[code(_, status = 404)]
    struct NotFound;
    assert_eq!(NotFound.to_string(), "NotFound");
    assert_eq!(NotFound.code(), Code::None);
    assert_eq!(NotFound.status(), 404);
    assert!(NotFound.info().is_unit());
    assert_eq!(NotFound::from_code(404), None);
    assert_eq!(
        serde_json::to_string(&NotFound).unwrap(),
        r#"{"code":null,"message":"NotFound"}"#
    );
}

#[test]
fn struct_with_source_and_from() {
    #[derive(Debug, ApiError)]
    #[code(1, status = 500, msg = "io failed")]
    struct IoFailed(#[from] std::io::Error);
    let e: IoFailed = std::io::Error::other("disk").into();
    assert_eq!(std::error::Error::source(&e).unwrap().to_string(), "disk");
    assert_eq!(e.to_string(), "io failed");
}

#[test]
fn struct_without_status_answers_500() {
    #[derive(Debug, ApiError)]
    #[code(-1, msg = "client side")]
    struct ClientSide;
    assert_eq!(ClientSide.status(), 500);
    assert_eq!(ClientSide.info().status(), None);
}
