//! `#[code(transparent)]`: a variant that is the error it wraps, for a
//! service enum composed of domain enums. Code, status, name, message, body,
//! `info()`, `source()`, `from_code`, decoding and the catalogue all reach
//! the wrapped type; the composed code space is checked at compile time
//! (`tests/ui/transparent/`).

use std::error::Error as _;

use errcodes::decode::{Decoded, Received};
use errcodes::format::Problem;
use errcodes::{ApiError, StatusCode};

/// Errors of the accounts domain.
#[derive(Debug, ApiError)]
#[api_error(category = "Accounts")]
pub enum AccountError {
    #[code(34306, status = 404, msg = "Member '{member_ref}' not found.")]
    MemberNotFound { member_ref: String },

    #[code(
        34305,
        status = 401,
        msg = "Wrong password",
        header("WWW-Authenticate" = "Bearer")
    )]
    WrongPassword,

    #[code(34429, status = 429, msg = "Slow down")]
    Throttled {
        #[body]
        #[header("Retry-After")]
        retry_after: u64,
    },

    #[code(34500, status = 500, msg = "Account storage failed")]
    Storage(#[source] std::io::Error),
}

/// Errors of the service.
#[derive(Debug, ApiError)]
pub enum ServiceError {
    #[code(500, status = 500, msg = "Internal error")]
    Internal,

    #[code(transparent)]
    Account(#[from] AccountError),

    #[code(503, status = 503, msg = "Unavailable")]
    Unavailable,
}

/// The same service, writing RFC 9457 bodies while the domain enum writes
/// the default format.
#[derive(Debug, ApiError)]
#[api_error(format = Problem)]
pub enum ProblemService {
    #[code(transparent)]
    Account(AccountError),
}

/// Two levels of composition.
#[derive(Debug, ApiError)]
pub enum Gateway {
    #[code(transparent)]
    Service(ServiceError),

    #[code(900, status = 502, msg = "Bad gateway")]
    BadGateway,
}

/// A struct can be transparent too.
#[derive(Debug, ApiError)]
#[code(transparent)]
pub struct Wrapped(AccountError);

fn not_found() -> ServiceError {
    AccountError::MemberNotFound {
        member_ref: "ann".into(),
    }
    .into()
}

fn body<E: ApiError>(e: &E) -> String {
    let mut out = Vec::new();
    e.write_body(&mut out).unwrap();
    String::from_utf8(out).unwrap()
}

#[test]
fn code_status_name_and_message_are_the_wrapped_errors() {
    let e = not_found();
    assert_eq!(e.status(), StatusCode::NOT_FOUND);
    assert_eq!(e.code(), 34306);
    assert_eq!(e.name(), "MemberNotFound");
    assert_eq!(e.to_string(), "Member 'ann' not found.");
    let ServiceError::Account(inner) = &e else {
        panic!("not the transparent variant: {e:?}");
    };
    assert!(std::ptr::eq(e.info(), inner.info()));
    assert_eq!(
        ServiceError::Internal.status(),
        StatusCode::INTERNAL_SERVER_ERROR
    );
}

#[test]
fn bodies_are_the_wrapped_errors_bodies() {
    let inner = AccountError::WrongPassword;
    let static_body = inner.static_body().unwrap();
    let outer = ServiceError::from(AccountError::WrongPassword);
    assert_eq!(outer.static_body(), Some(static_body));
    assert_eq!(body(&outer), r#"{"code":34305,"message":"Wrong password"}"#);
    assert_eq!(
        body(&not_found()),
        r#"{"code":34306,"message":"Member 'ann' not found."}"#
    );
    let throttled = ServiceError::from(AccountError::Throttled { retry_after: 7 });
    assert_eq!(
        body(&throttled),
        r#"{"code":34429,"message":"Slow down","retry_after":7}"#
    );
    assert_eq!(serde_json::to_string(&throttled).unwrap(), body(&throttled));
}

#[test]
fn the_outer_format_writes_the_wrapped_errors_bodies() {
    let e = ProblemService::Account(AccountError::WrongPassword);
    // Not the wrapped type's own (plain) static body.
    assert_eq!(e.static_body(), None);
    let body: serde_json::Value = serde_json::from_str(&body(&e)).unwrap();
    assert_eq!(body["status"], 401);
    assert_eq!(body["code"], 34305);
    assert_eq!(body["detail"], "Wrong password");
    let decoded = ProblemService::decode(
        serde_json::to_vec(&body).unwrap().as_slice(),
        Some(StatusCode::UNAUTHORIZED),
    )
    .unwrap();
    assert!(matches!(
        decoded,
        Decoded::Known(Received {
            error: ProblemService::Account(AccountError::WrongPassword),
            ..
        })
    ));
}

/// A `#[header]` on the transparent field itself is refused
/// (`tests/ui/transparent/transparent-field-with-header.rs`): it would send the wrapped
/// error's `Display`.
#[test]
fn headers_are_the_wrapped_errors_headers() {
    fn headers<E: ApiError>(e: &E) -> Vec<(String, String)> {
        let mut map = http::HeaderMap::new();
        e.write_headers(&mut map).unwrap();
        map.iter()
            .map(|(n, v)| (n.to_string(), v.to_str().unwrap().to_owned()))
            .collect()
    }
    let throttled = || AccountError::Throttled { retry_after: 30 };
    let retry = vec![("retry-after".to_owned(), "30".to_owned())];
    assert_eq!(headers(&throttled()), retry);
    assert_eq!(headers(&ServiceError::from(throttled())), retry);
    assert_eq!(headers(&Gateway::Service(throttled().into())), retry);
    assert_eq!(headers(&Wrapped(throttled())), retry);
    let challenge = vec![("www-authenticate".to_owned(), "Bearer".to_owned())];
    let wrong = ServiceError::from(AccountError::WrongPassword);
    assert_eq!(headers(&wrong), challenge);
}

#[test]
fn source_is_the_wrapped_errors_source() {
    let e = ServiceError::from(AccountError::Storage(std::io::Error::other("disk")));
    assert_eq!(e.to_string(), "Account storage failed");
    assert_eq!(e.source().unwrap().to_string(), "disk");
    assert!(not_found().source().is_none());
}

#[test]
fn from_code_reaches_wrapped_variants() {
    assert!(matches!(
        ServiceError::from_code(34305),
        Some(ServiceError::Account(AccountError::WrongPassword))
    ));
    assert!(matches!(
        ServiceError::from_code(503),
        Some(ServiceError::Unavailable)
    ));
    assert!(ServiceError::from_code(34306).is_none(), "has fields");
    assert!(ServiceError::from_code(1).is_none());
    assert!(matches!(
        Gateway::from_code(34305),
        Some(Gateway::Service(ServiceError::Account(
            AccountError::WrongPassword
        )))
    ));
    assert!(matches!(
        Wrapped::from_code(34305),
        Some(Wrapped(AccountError::WrongPassword))
    ));
}

#[test]
fn decoding_returns_the_outer_variant_wrapping_the_decoded_one() {
    let decoded = ServiceError::decode(body(&not_found()).as_bytes(), Some(StatusCode::NOT_FOUND))
        .unwrap()
        .known()
        .unwrap();
    match decoded {
        ServiceError::Account(AccountError::MemberNotFound { member_ref }) => {
            assert_eq!(member_ref, "ann");
        }
        other => panic!("decoded {other:?}"),
    }
    let throttled = ServiceError::from(AccountError::Throttled { retry_after: 7 });
    let decoded = Gateway::decode(
        body(&throttled).as_bytes(),
        Some(StatusCode::TOO_MANY_REQUESTS),
    )
    .unwrap()
    .known()
    .unwrap();
    assert!(matches!(
        decoded,
        Gateway::Service(ServiceError::Account(AccountError::Throttled {
            retry_after: 7
        }))
    ));
    let own = ServiceError::decode(body(&ServiceError::Unavailable).as_bytes(), None).unwrap();
    assert!(matches!(
        own,
        Decoded::Known(Received {
            error: ServiceError::Unavailable,
            ..
        })
    ));
    let bad_gateway = Gateway::decode(body(&Gateway::BadGateway).as_bytes(), None).unwrap();
    assert!(matches!(
        bad_gateway,
        Decoded::Known(Received {
            error: Gateway::BadGateway,
            ..
        })
    ));
    // A status the wrapped entry does not document is refused as for an own one.
    let mismatch = ServiceError::decode(
        br#"{"code":34305,"message":"Wrong password"}"#,
        Some(StatusCode::OK),
    )
    .unwrap();
    assert!(matches!(mismatch, Decoded::Unrecognized(_)));
}

#[test]
fn the_catalogue_includes_the_wrapped_catalogue() {
    let catalogue = ServiceError::catalogue();
    let own: Vec<_> = catalogue.entries().iter().map(|e| e.name()).collect();
    assert_eq!(own, ["Internal", "Unavailable"]);
    let indexes: Vec<_> = catalogue.entries().iter().map(|e| e.index()).collect();
    assert_eq!(indexes, [0, 1]);
    assert_eq!(catalogue.includes().len(), 1);
    assert!(std::ptr::eq(
        catalogue.includes()[0],
        AccountError::catalogue()
    ));
    let all: Vec<_> = catalogue.all_entries().map(|e| e.name()).collect();
    assert_eq!(
        all,
        [
            "Internal",
            "Unavailable",
            "MemberNotFound",
            "WrongPassword",
            "Throttled",
            "Storage"
        ]
    );
    assert_eq!(catalogue.lookup(34305.into()).count(), 1);
    assert!(catalogue.contains(not_found().info()));
    assert!(!AccountError::catalogue().contains(ServiceError::Internal.info()));
    let gateway: Vec<_> = Gateway::catalogue()
        .all_entries()
        .map(|e| e.code())
        .collect();
    assert_eq!(gateway.len(), 7);
    assert_eq!(gateway[0], 900);
    assert_eq!(gateway[1], 500);
    assert_eq!(gateway[3], 34306);
    assert_eq!(Wrapped::catalogue().entries().len(), 0);
    assert_eq!(Wrapped::catalogue().all_entries().count(), 4);
}

#[test]
fn the_code_space_for_disjointness_checks_includes_wrapped_codes() {
    let codes = errcodes::__private_v0_1::codes::<Gateway>();
    assert_eq!(codes.ints, [500, 503, 900, 34305, 34306, 34429, 34500]);
    errcodes::assert_disjoint_codes!(ServiceError, Unrelated);
}

#[derive(Debug, ApiError)]
enum Unrelated {
    #[code(34307, status = 400, msg = "Unrelated")]
    Unrelated,
}

#[test]
fn a_transparent_struct_is_its_field() {
    let e = Wrapped(AccountError::WrongPassword);
    assert_eq!(e.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(e.to_string(), "Wrong password");
    assert_eq!(body(&e), r#"{"code":34305,"message":"Wrong password"}"#);
    let decoded = Wrapped::decode(body(&e).as_bytes(), None).unwrap();
    assert!(matches!(
        decoded,
        Decoded::Known(Received {
            error: Wrapped(AccountError::WrongPassword),
            ..
        })
    ));
}

#[test]
fn the_contract_lock_lists_wrapped_entries() {
    let lock = errcodes::contract::Lock::of::<ServiceError>().to_string();
    assert!(lock.contains("34306"), "{lock}");
    assert!(lock.contains("MemberNotFound"), "{lock}");
}
