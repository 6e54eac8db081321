//! Decoding a body whose code the catalogue retired says so, with the
//! retirement's note, rather than calling the code unknown.

use errcodes::decode::{Decoded, Reason, Unrecognized};
use errcodes::format::Matrix;
use errcodes::{ApiError, CodeBuf, StatusCode};

#[derive(Debug, ApiError)]
#[api_error(retired(34301 = "2.1: use 34310", 34302 = "gone in 3.0"))]
pub enum Accounts {
    #[code(34310, status = 401, msg = "Wrong credentials")]
    WrongCredentials,
}

#[derive(Debug, ApiError)]
#[api_error(format = Matrix, retired("M_OLD_LIMIT" = "use M_LIMIT_EXCEEDED"))]
pub enum Rooms {
    #[code("M_LIMIT_EXCEEDED", status = 429, msg = "Too many requests")]
    Limit,
}

/// A catalogue that includes `Accounts` through `#[code(transparent)]`,
/// and retires a code of its own.
#[derive(Debug, ApiError)]
#[api_error(retired(1 = "merged into 34310"))]
pub enum Service {
    #[code(2, status = 503, msg = "Down")]
    Down,
    #[code(transparent)]
    Accounts(Accounts),
}

fn unrecognized<E: ApiError + std::fmt::Debug>(decoded: Decoded<E>) -> Unrecognized {
    match decoded {
        Decoded::Unrecognized(u) => u,
        Decoded::Known(r) => panic!("expected no variant, got {r:?}"),
    }
}

#[test]
fn a_retired_code_is_reported_with_its_note() {
    let body = br#"{"code":34301,"message":"Incorrect account or wrong password"}"#;
    let u = unrecognized(Accounts::decode(body, Some(StatusCode::UNAUTHORIZED)).unwrap());
    assert_eq!(
        u.reason,
        Reason::Retired {
            note: "2.1: use 34310"
        }
    );
    assert_eq!(u.code, Some(CodeBuf::Int(34301)));
    assert!(u.candidates.is_empty());
    assert_eq!(
        u.to_string(),
        "unrecognized error body (code retired: 2.1: use 34310): code 34301, status 401: Incorrect account or wrong password"
    );
    // Without a status too.
    let u = unrecognized(Accounts::decode(br#"{"code":34302,"message":"x"}"#, None).unwrap());
    assert_eq!(
        u.reason,
        Reason::Retired {
            note: "gone in 3.0"
        }
    );
}

#[test]
fn a_code_never_declared_is_still_unknown() {
    let u = unrecognized(Accounts::decode(br#"{"code":34399,"message":"x"}"#, None).unwrap());
    assert_eq!(u.reason, Reason::Unknown);
}

#[test]
fn retired_string_codes_are_reported_too() {
    let body = br#"{"errcode":"M_OLD_LIMIT","error":"Slow down"}"#;
    let u = unrecognized(Rooms::decode(body, Some(StatusCode::TOO_MANY_REQUESTS)).unwrap());
    assert_eq!(
        u.reason,
        Reason::Retired {
            note: "use M_LIMIT_EXCEEDED"
        }
    );
}

#[test]
fn an_included_catalogue_s_retired_codes_count() {
    let u = unrecognized(Service::decode(br#"{"code":34301,"message":"x"}"#, None).unwrap());
    assert_eq!(
        u.reason,
        Reason::Retired {
            note: "2.1: use 34310"
        }
    );
    let u = unrecognized(Service::decode(br#"{"code":1,"message":"x"}"#, None).unwrap());
    assert_eq!(
        u.reason,
        Reason::Retired {
            note: "merged into 34310"
        }
    );
    // The catalogue lists its own; `retirement` reads the included ones too.
    let catalogue = Service::catalogue();
    assert_eq!(catalogue.retired().len(), 1);
    assert_eq!(
        catalogue.retirement(34302.into()).map(|r| r.note()),
        Some("gone in 3.0")
    );
    assert!(catalogue.retirement(34310.into()).is_none());
}

/// Problem bodies whose `type` URI names a retired code (the only place
/// `Problem<T>` with `CODE_MEMBER = false` carries a code, and where a
/// client of `Problem<T>` with it may meet a body without `code`).
mod problem_type_uri {
    use errcodes::decode::{Decoded, Reason};
    use errcodes::format::{Problem, ProblemType};
    use errcodes::{ApiError, StatusCode};

    pub struct TypeOnly;
    impl ProblemType for TypeOnly {
        const BASE: Option<&'static str> = Some("https://example.com/probs/");
        const CODE_MEMBER: bool = false;
    }

    pub struct Both;
    impl ProblemType for Both {
        const BASE: Option<&'static str> = Some("https://example.com/probs/");
    }

    #[derive(Debug, ApiError)]
    #[api_error(format = Problem<TypeOnly>, retired(34301 = "2.1: use 34310"))]
    pub enum ByType {
        #[code(34310, status = 401, msg = "Wrong credentials")]
        WrongCredentials,
    }

    #[derive(Debug, ApiError)]
    #[api_error(format = Problem<Both>, retired(34301 = "2.1: use 34310"))]
    pub enum ByBoth {
        #[code(34310, status = 401, msg = "Wrong credentials")]
        WrongCredentials,
    }

    const BODY: &[u8] =
        br#"{"type":"https://example.com/probs/34301","title":"Wrong password","status":401}"#;

    #[test]
    fn a_type_uri_naming_a_retired_code_is_retired() {
        let Ok(Decoded::Unrecognized(u)) = ByType::decode(BODY, Some(StatusCode::UNAUTHORIZED))
        else {
            panic!("expected an unrecognized body")
        };
        assert_eq!(
            u.reason,
            Reason::Retired {
                note: "2.1: use 34310"
            },
            "{u:?}"
        );
    }

    #[test]
    fn a_type_uri_naming_a_retired_code_is_retired_without_the_code_member() {
        let Ok(Decoded::Unrecognized(u)) = ByBoth::decode(BODY, Some(StatusCode::UNAUTHORIZED))
        else {
            panic!("expected an unrecognized body")
        };
        assert_eq!(
            u.reason,
            Reason::Retired {
                note: "2.1: use 34310"
            },
            "{u:?}"
        );
    }
}
