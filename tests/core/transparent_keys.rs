//! `#[code(transparent)]` beside each key of `#[api_error]` that speaks
//! about entries: a transparent variant has no entry of its own (its entries
//! are the wrapped type's, checked by the wrapped type's derive), so no
//! per-entry rule applies to it. What does apply to the wrapped entries is
//! the outer format, which writes their bodies: see
//! `tests/ui/transparent/transparent-format-*.rs` for the codes it refuses.

use errcodes::format::Matrix;
use errcodes::{ApiError, StatusCode};

#[derive(Debug, ApiError)]
#[api_error(format = Matrix)]
pub enum MatrixDomain {
    #[code("M_FORBIDDEN", status = 403, msg = "Forbidden")]
    Forbidden,
    #[code("M_LIMIT_EXCEEDED", status = 429, msg = "Too many requests")]
    Limited {
        #[body]
        retry_after_ms: u64,
    },
}

/// Matrix needs a string code on every entry; the transparent variant's
/// are the wrapped type's.
#[derive(Debug, ApiError)]
#[api_error(format = Matrix)]
pub enum MatrixService {
    #[code("M_UNKNOWN", status = 500, msg = "Unknown error")]
    Unknown,
    #[code(transparent)]
    Domain(#[from] MatrixDomain),
    #[code("M_NOT_FOUND", status = 404, msg = "Not found")]
    NotFound,
}

/// Only transparent variants: no code of its own to tell the kind by.
#[derive(Debug, ApiError)]
#[api_error(format = Matrix)]
pub enum MatrixOnlyWrapping {
    #[code(transparent)]
    Domain(MatrixDomain),
}

/// A transparent struct in Matrix.
#[derive(Debug, ApiError)]
#[api_error(format = Matrix)]
#[code(transparent)]
pub struct MatrixStruct(MatrixDomain);

/// A Matrix service wrapping a domain enum written in the default format
/// with string codes: Matrix writes the wrapped bodies, and takes them.
#[derive(Debug, ApiError)]
pub enum PlainStrings {
    #[code("M_TOO_LARGE", status = 413, msg = "Too large")]
    TooLarge,
}

#[derive(Debug, ApiError)]
#[api_error(format = Matrix)]
pub enum MatrixOverPlain {
    #[code(transparent)]
    Plain(PlainStrings),
}

#[derive(Debug, ApiError)]
#[api_error(category = "Accounts")]
pub enum AccountError {
    #[code(34305, status = 401, msg = "Wrong password")]
    WrongPassword,
    #[code(34306, msg = "No status")]
    NoStatus,
}

/// Every enum-level key about entries, beside a transparent variant placed
/// between own entries: `range` and `ranges` bound the own codes (the
/// wrapped codes lie in the wrapped type's range), `default_status` and
/// `category` fill in own entries only.
#[derive(Debug, ApiError)]
#[api_error(
    default_status = 400,
    range = 1..=99,
    ranges("Service" = 1..=49, "Service/Limits" = 40..=49, "Other" = 50..=99),
    category = "Service",
)]
pub enum Service {
    #[code(1, msg = "Bad request")]
    Bad,
    #[code(transparent)]
    Account(#[from] AccountError),
    #[code(
        41,
        status = 429,
        msg = "Slow down",
        category = "Service/Limits",
        also_status = 503,
        grpc = "RESOURCE_EXHAUSTED"
    )]
    Limited,
    #[code(50, status = 500, msg = "Other", category = "Other")]
    Other,
}

fn body<E: ApiError>(e: &E) -> String {
    let mut out = Vec::new();
    e.write_body(&mut out).unwrap();
    String::from_utf8(out).unwrap()
}

#[test]
fn a_matrix_enum_with_a_transparent_variant_sends_the_wrapped_entries() {
    let wrapped = MatrixService::from(MatrixDomain::Limited { retry_after_ms: 30 });
    assert_eq!(wrapped.status(), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(
        body(&wrapped),
        r#"{"errcode":"M_LIMIT_EXCEEDED","error":"Too many requests","retry_after_ms":30}"#
    );
    assert_eq!(
        body(&MatrixService::NotFound),
        r#"{"errcode":"M_NOT_FOUND","error":"Not found"}"#
    );
    let decoded = MatrixService::decode(body(&wrapped).as_bytes(), None)
        .unwrap()
        .known();
    assert!(matches!(
        decoded,
        Some(MatrixService::Domain(MatrixDomain::Limited {
            retry_after_ms: 30
        }))
    ));
    let only = MatrixOnlyWrapping::Domain(MatrixDomain::Forbidden);
    assert_eq!(
        body(&only),
        r#"{"errcode":"M_FORBIDDEN","error":"Forbidden"}"#
    );
    let wrapped_struct = MatrixStruct(MatrixDomain::Forbidden);
    assert_eq!(wrapped_struct.status(), StatusCode::FORBIDDEN);
    assert_eq!(body(&wrapped_struct), body(&only));
    let plain = MatrixOverPlain::Plain(PlainStrings::TooLarge);
    assert_eq!(
        body(&plain),
        r#"{"errcode":"M_TOO_LARGE","error":"Too large"}"#
    );
}

#[test]
fn enum_level_keys_leave_the_wrapped_entries_as_their_type_has_them() {
    let catalogue = Service::catalogue();
    let own: Vec<_> = catalogue.entries().iter().map(|e| e.name()).collect();
    assert_eq!(own, ["Bad", "Limited", "Other"]);
    assert_eq!(Service::Bad.status(), StatusCode::BAD_REQUEST);
    assert_eq!(Service::Bad.info().category(), Some("Service"));
    assert_eq!(Service::Limited.info().category(), Some("Service/Limits"));
    // Not the wrapping type's `default_status` nor its `category`.
    let no_status = Service::from(AccountError::NoStatus);
    assert!(std::ptr::eq(
        no_status.info(),
        AccountError::NoStatus.info()
    ));
    assert_eq!(no_status.info().status(), None);
    assert_eq!(no_status.info().category(), Some("Accounts"));
    assert_eq!(Service::from(AccountError::WrongPassword).code(), 34305);
}
