//! Each built-in format's bodies as its spec or service documents them:
//! RFC 9457, Mastodon, PluralKit, Fresns and Matrix.

use crate::bodies::{assert_static_matches_serializer, body};
use errcodes::format::{Problem, ProblemType};
use errcodes::ApiError;
use serde_json::{json, Value};

pub(crate) struct Docs;
impl ProblemType for Docs {
    const BASE: Option<&'static str> = Some("https://api.example.com/errors/");
}

#[derive(Debug, ApiError)]
#[api_error(format = Problem<Docs>)]
pub(crate) enum ProblemError {
    #[code(34305, status = 401, msg = "Incorrect account or wrong password")]
    WrongPassword,
    #[code(34306, status = 404, msg = "Member '{member_ref}' not found.")]
    MemberNotFound {
        member_ref: String,
        #[body]
        hint: Option<String>,
    },
    #[code(_, msg = "")]
    Nameless,
}

#[derive(Debug, ApiError)]
#[api_error(format = errcodes::format::Problem)]
pub(crate) enum BlankProblem {
    #[code("E1", status = 409, msg = "Conflict")]
    Conflict,
}

#[test]
fn problem_details_follow_rfc_9457() {
    assert_eq!(
        body(&ProblemError::WrongPassword),
        json!({
            "type": "https://api.example.com/errors/34305",
            "title": "Incorrect account or wrong password",
            "status": 401,
            "detail": "Incorrect account or wrong password",
            "code": 34305,
        })
    );
    assert_eq!(
        body(&ProblemError::MemberNotFound {
            member_ref: "abc".into(),
            hint: Some("check the id".into())
        }),
        json!({
            "type": "https://api.example.com/errors/34306",
            // The message has a placeholder, so the title is the status phrase.
            "title": "Not Found",
            "status": 404,
            "detail": "Member 'abc' not found.",
            "code": 34306,
            "hint": "check the id",
        })
    );
    let without_hint = body(&ProblemError::MemberNotFound {
        member_ref: "abc".into(),
        hint: None,
    });
    assert_eq!(
        without_hint.get("hint"),
        None,
        "a `None` optional member is left out, not null"
    );
    assert_eq!(
        body(&ProblemError::Nameless),
        json!({"type": "about:blank", "title": "Internal Server Error", "status": 500, "detail": "Nameless", "code": null})
    );
    assert_eq!(
        body(&BlankProblem::Conflict),
        json!({"type": "about:blank", "title": "Conflict", "status": 409, "detail": "Conflict", "code": "E1"})
    );
    assert_static_matches_serializer(&ProblemError::WrongPassword);
    assert_static_matches_serializer(&ProblemError::Nameless);
    assert_static_matches_serializer(&BlankProblem::Conflict);
    assert_eq!(
        ProblemError::catalogue().content_type(),
        "application/problem+json"
    );
}

#[derive(Debug, ApiError)]
#[api_error(format = Problem<Docs>)]
enum Titled {
    #[code(
        1,
        status = 403,
        title = "Not enough credit",
        msg = "Balance {balance}, cost {cost}"
    )]
    Declared { balance: i64, cost: i64 },
    #[code(2, status = 422, msg = "Bad {{braces}}")]
    Static,
    #[code(3, status = 422, msg = "Bad {field}")]
    Templated { field: String },
    #[code(
        4,
        status = 473,
        msg = "Down for {minutes} minutes",
        name = "Maintenance"
    )]
    NoPhrase { minutes: u32 },
    #[code(_, status = 404, msg = "No {what}")]
    Codeless { what: String },
}

#[derive(Debug, ApiError)]
#[api_error(format = errcodes::format::Problem)]
enum BlankTitled {
    #[code(1, status = 422, msg = "Bad input")]
    Static,
    #[code(2, status = 422, title = "Invalid input", msg = "Bad {field}")]
    Declared { field: String },
}

/// `title` is fixed per entry (RFC 9457 §3.1.3), `detail` tells the
/// occurrence, and no placeholder ever reaches `title`.
#[test]
fn problem_title_is_fixed_and_detail_is_the_occurrence() {
    let declared = body(&Titled::Declared {
        balance: 30,
        cost: 50,
    });
    assert_eq!(declared["title"], "Not enough credit");
    assert_eq!(declared["detail"], "Balance 30, cost 50");
    // Without a title: the message where it has no placeholder (`{{`
    // unescaped as `Display` shows it), else the status phrase, else the name.
    assert_eq!(body(&Titled::Static)["title"], "Bad {braces}");
    let templated = body(&Titled::Templated {
        field: "age".into(),
    });
    assert_eq!(templated["title"], "Unprocessable Entity");
    assert_eq!(templated["detail"], "Bad age");
    assert_eq!(
        body(&Titled::NoPhrase { minutes: 5 })["title"],
        "Maintenance"
    );
    // No code means `type` is about:blank: the status phrase.
    let codeless = body(&Titled::Codeless { what: "x".into() });
    assert_eq!(codeless["type"], "about:blank");
    assert_eq!(codeless["title"], "Not Found");
    // about:blank: the status phrase (RFC 9457 §4.2.1) unless declared.
    assert_eq!(body(&BlankTitled::Static)["title"], "Unprocessable Entity");
    assert_eq!(
        body(&BlankTitled::Declared { field: "x".into() })["title"],
        "Invalid input"
    );
    assert_eq!(
        Titled::catalogue().entries()[0].title(),
        Some("Not enough credit")
    );
    assert_eq!(Titled::catalogue().entries()[1].title(), None);
    for entry in Titled::catalogue()
        .entries()
        .iter()
        .chain(BlankTitled::catalogue().entries())
    {
        let example = errcodes::format::example::<Problem<Docs>>(entry);
        let title = example["title"].as_str().unwrap();
        for segment in entry.segments() {
            if let errcodes::Segment::Placeholder(name) = segment {
                assert!(!title.contains(&format!("{{{name}}}")), "{example}");
            }
        }
    }
    assert_static_matches_serializer(&Titled::Static);
    assert_static_matches_serializer(&BlankTitled::Static);
    errcodes::format::check_static_bodies::<Titled>().unwrap();
    errcodes::format::check_static_bodies::<BlankTitled>().unwrap();
    // Decoding names the entry by `type` and reads values from `detail`;
    // `title` is not an identifier.
    let received = br#"{"type":"https://api.example.com/errors/1","title":"Something else",
        "status":403,"detail":"Balance 30, cost 50"}"#;
    let decoded = Titled::decode(received, Some(errcodes::StatusCode::FORBIDDEN)).unwrap();
    assert!(matches!(
        decoded.known(),
        Some(Titled::Declared {
            balance: 30,
            cost: 50
        })
    ));
}

#[derive(Debug, ApiError)]
#[api_error(format = errcodes::format::Mastodon)]
pub(crate) enum MastodonError {
    #[code(_, status = 404, name = "RecordNotFound", msg = "Record not found.")]
    RecordNotFound,
    #[code(_, status = 422, name = "RecordInvalid", msg = "{string}.")]
    RecordInvalid {
        #[placeholder("string")]
        message: String,
    },
    #[code(_, status = 400, msg = "invalid_grant")]
    InvalidGrant {
        #[body(rename = "error_description")]
        description: String,
    },
}

#[test]
fn mastodon_bodies_carry_only_error_and_description() {
    assert_eq!(
        body(&MastodonError::RecordNotFound),
        json!({"error": "Record not found."})
    );
    assert_eq!(
        body(&MastodonError::RecordInvalid {
            message: "Name can't be blank".into()
        }),
        json!({"error": "Name can't be blank."})
    );
    assert_eq!(
        body(&MastodonError::InvalidGrant {
            description: "The provided authorization grant is invalid".into()
        }),
        json!({"error": "invalid_grant", "error_description": "The provided authorization grant is invalid"})
    );
    assert_static_matches_serializer(&MastodonError::RecordNotFound);
}

#[derive(Debug, ApiError)]
#[api_error(format = errcodes::format::PluralKit)]
pub(crate) enum PluralKitError {
    #[code(
        0,
        status = 500,
        msg = "Internal server error, try again later",
        shared
    )]
    Internal,
    #[code(
        0,
        status = 400,
        msg = "Invalid JSON, or invalid request format (check error key in the response body)",
        shared
    )]
    InvalidJson,
    #[code(
        40001,
        status = 400,
        msg = "Error parsing JSON model (check errors key for details)"
    )]
    ModelParse {
        #[body]
        errors: serde_json::Map<String, Value>,
    },
    #[code(0, status = 429, msg = "Rate limited", shared)]
    RateLimited {
        #[body]
        retry_after: u64,
    },
}

#[test]
fn pluralkit_bodies_have_errors_and_retry_after() {
    assert_eq!(
        body(&PluralKitError::Internal),
        json!({"code": 0, "message": "Internal server error, try again later"})
    );
    let mut errors = serde_json::Map::new();
    errors.insert(
        "name".into(),
        json!([{"message": "too long", "max_length": 100, "actual_length": 120}]),
    );
    assert_eq!(
        body(&PluralKitError::ModelParse { errors }),
        json!({"code": 40001, "message": "Error parsing JSON model (check errors key for details)",
               "errors": {"name": [{"message": "too long", "max_length": 100, "actual_length": 120}]}})
    );
    assert_eq!(
        body(&PluralKitError::RateLimited { retry_after: 1500 }),
        json!({"code": 0, "message": "Rate limited", "retry_after": 1500})
    );
    assert_static_matches_serializer(&PluralKitError::InvalidJson);
}

#[derive(Debug, ApiError)]
#[api_error(format = errcodes::format::Fresns)]
pub(crate) enum FresnsError {
    #[code(30000, msg = "Parameter error")]
    ParameterError,
    #[code(30001, msg = "Missing {name}", expose)]
    Missing {
        name: String,
        #[body(rename = "data")]
        data: Value,
    },
    #[code(30002, msg = "Bad {name}")]
    Bad { name: String },
}

#[test]
fn fresns_bodies_always_have_data() {
    assert_eq!(
        body(&FresnsError::ParameterError),
        json!({"code": 30000, "message": "Parameter error", "data": null})
    );
    assert_eq!(
        body(&FresnsError::Missing {
            name: "uid".into(),
            data: json!({"field": "uid"})
        }),
        json!({"code": 30001, "message": "Missing uid", "data": {"field": "uid"}})
    );
    assert_static_matches_serializer(&FresnsError::ParameterError);
}

#[test]
fn entries_without_status_hide_field_values_like_5xx() {
    let e = FresnsError::Bad {
        name: "secret".into(),
    };
    // Sent with Fresns' 200, yet unclassified: no documented status counts
    // as 5xx for what reaches the body.
    assert_eq!(e.status(), 200);
    assert_eq!(
        body(&e),
        json!({"code": 30002, "message": "Bad {name}", "data": null})
    );
}

#[derive(Debug, ApiError)]
#[api_error(format = errcodes::format::Matrix)]
pub(crate) enum MatrixError {
    #[code("M_FORBIDDEN", status = 403, msg = "Forbidden")]
    Forbidden,
    #[code("M_LIMIT_EXCEEDED", status = 429, msg = "Too many requests")]
    LimitExceeded {
        #[body]
        retry_after_ms: u64,
    },
}

#[test]
fn matrix_bodies_use_errcode_and_error() {
    assert_eq!(
        body(&MatrixError::Forbidden),
        json!({"errcode": "M_FORBIDDEN", "error": "Forbidden"})
    );
    assert_eq!(
        body(&MatrixError::LimitExceeded {
            retry_after_ms: 2000
        }),
        json!({"errcode": "M_LIMIT_EXCEEDED", "error": "Too many requests", "retry_after_ms": 2000})
    );
    assert_static_matches_serializer(&MatrixError::Forbidden);
}
