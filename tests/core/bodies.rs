//! Every format's body against its documented shape, static bodies against
//! the serializer, escaping, and what 5xx bodies may show.

use errcodes::format::{self, Format, Problem, ProblemType};
use errcodes::ApiError;
use serde_json::{json, Value};

fn body<E: ApiError + serde::Serialize>(e: &E) -> Value {
    let mut out = Vec::new();
    e.write_body(&mut out).unwrap();
    let written: Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(
        written,
        serde_json::to_value(e).unwrap(),
        "write_body and Serialize disagree"
    );
    written
}

/// For every variant, the compile-time body is byte-for-byte what the
/// serializer writes.
fn assert_static_matches_serializer<E: ApiError + serde::Serialize>(e: &E) {
    let dynamic = serde_json::to_vec(e).unwrap();
    match e.static_body() {
        Some(body) => assert_eq!(
            std::str::from_utf8(body).unwrap(),
            std::str::from_utf8(&dynamic).unwrap()
        ),
        None => panic!("{} has no static body", e.name()),
    }
}

#[derive(Debug, ApiError)]
#[api_error(default_status = 400)]
enum PlainError {
    #[code(34305, status = 401, msg = "Incorrect account or wrong password")]
    WrongPassword,
    #[code(34306, status = 404, msg = "Member '{member_ref}' not found.")]
    MemberNotFound { member_ref: String },
    #[code(34429, status = 429, msg = "Too many requests")]
    Throttled {
        #[body]
        retry_after: u64,
        #[body(rename = "scope", encode_only)]
        limit_scope: &'static str,
        #[allow(dead_code)]
        internal: u32,
    },
    #[code(34500, status = 500, msg = "Database failed: {detail}")]
    Database { detail: String },
    #[code(34501, status = 500, msg = "Upstream {host} failed", expose)]
    Upstream { host: String },
    #[code(34502, status = 500, msg = "Storage failed")]
    Storage(#[source] std::io::Error),
    #[code(34503, msg = "No status here")]
    Defaulted,
    #[code(
        34504,
        status = 400,
        msg = "Quote \" backslash \\ tab \t nul \u{0} ünï </script>"
    )]
    Escapes,
}

#[test]
fn plain_bodies_have_code_message_and_body_fields_only() {
    assert_eq!(
        body(&PlainError::WrongPassword),
        json!({"code": 34305, "message": "Incorrect account or wrong password"})
    );
    assert_eq!(
        body(&PlainError::MemberNotFound {
            member_ref: "abc".into()
        }),
        json!({"code": 34306, "message": "Member 'abc' not found."})
    );
    assert_eq!(
        body(&PlainError::Throttled {
            retry_after: 30,
            limit_scope: "ip",
            internal: 7
        }),
        json!({"code": 34429, "message": "Too many requests", "retry_after": 30, "scope": "ip"})
    );
    assert_eq!(PlainError::CONTENT_TYPE_CHECK, "application/json");
}

trait ContentType {
    const CONTENT_TYPE_CHECK: &'static str;
}
impl<E: ApiError> ContentType for E {
    const CONTENT_TYPE_CHECK: &'static str = <E::Format as Format>::CONTENT_TYPE;
}

#[test]
fn five_hundreds_hide_field_values_unless_exposed() {
    let e = PlainError::Database {
        detail: "password=hunter2".into(),
    };
    assert_eq!(e.to_string(), "Database failed: password=hunter2");
    assert_eq!(
        body(&e),
        json!({"code": 34500, "message": "Database failed: {detail}"})
    );
    assert!(!e.info().exposes_message());
    assert_eq!(
        e.static_body().map(<[u8]>::to_vec),
        Some(br#"{"code":34500,"message":"Database failed: {detail}"}"#.to_vec())
    );

    let e = PlainError::Upstream { host: "db1".into() };
    assert_eq!(
        body(&e),
        json!({"code": 34501, "message": "Upstream db1 failed"})
    );
    assert!(e.static_body().is_none());
}

#[test]
fn source_errors_never_reach_the_body() {
    let e = PlainError::Storage(std::io::Error::other("disk /dev/sda1 is full"));
    let text = serde_json::to_string(&e).unwrap();
    assert!(!text.contains("sda1"), "{text}");
    assert_eq!(
        body(&e),
        json!({"code": 34502, "message": "Storage failed"})
    );
}

/// Generic, so `Display` is written by its own arms rather than read from
/// the catalogue; a `Serialize` that writes a message the same in every body
/// without formatting must still write what `Display` shows.
#[derive(Debug, ApiError)]
enum Wrapper<T: std::fmt::Debug> {
    #[code(1, status = 400, msg = "Plain text")]
    Plain(std::marker::PhantomData<T>),
    #[code(2, status = 400, msg = "Bad {{braces}}")]
    Braces,
    #[code(3, status = 400, msg = "")]
    Unnamed,
    #[code(5, status = 400, msg = "", name = "DeclaredName")]
    Renamed,
    #[code(4, status = 500, msg = "Hidden {value}")]
    Hidden { value: u32 },
    #[code(transparent)]
    Inner(PlainError),
}

#[test]
fn a_message_the_same_in_every_body_is_what_display_shows() {
    let cases: [(Wrapper<u8>, Value); 7] = [
        (
            Wrapper::Plain(std::marker::PhantomData),
            json!({"code": 1, "message": "Plain text"}),
        ),
        (
            Wrapper::Braces,
            json!({"code": 2, "message": "Bad {braces}"}),
        ),
        (Wrapper::Unnamed, json!({"code": 3, "message": "Unnamed"})),
        (
            Wrapper::Renamed,
            json!({"code": 5, "message": "DeclaredName"}),
        ),
        (
            Wrapper::Hidden { value: 7 },
            json!({"code": 4, "message": "Hidden {value}"}),
        ),
        (
            Wrapper::Inner(PlainError::Escapes),
            json!({"code": 34504, "message": "Quote \" backslash \\ tab \t nul \u{0} ünï </script>"}),
        ),
        (
            Wrapper::Inner(PlainError::Defaulted),
            json!({"code": 34503, "message": "No status here"}),
        ),
    ];
    for (error, expected) in cases {
        assert_eq!(serde_json::to_value(&error).unwrap(), expected);
        if error.info().exposes_message() {
            assert_eq!(expected["message"], error.to_string());
        }
    }
}

#[test]
fn static_bodies_equal_serialized_bodies() {
    assert_static_matches_serializer(&PlainError::WrongPassword);
    assert_static_matches_serializer(&PlainError::Database { detail: "x".into() });
    assert_static_matches_serializer(&PlainError::Storage(std::io::Error::other("x")));
    assert_static_matches_serializer(&PlainError::Defaulted);
    assert_static_matches_serializer(&PlainError::Escapes);
    assert!(PlainError::MemberNotFound {
        member_ref: String::new()
    }
    .static_body()
    .is_none());
    assert!(PlainError::Throttled {
        retry_after: 1,
        limit_scope: "",
        internal: 0
    }
    .static_body()
    .is_none());
}

#[test]
fn escaping_matches_serde_json() {
    let e = PlainError::Escapes;
    let expected = serde_json::to_vec(
        &json!({"code": 34504, "message": "Quote \" backslash \\ tab \t nul \u{0} ünï </script>"}),
    )
    .unwrap();
    assert_eq!(e.static_body().unwrap(), &expected[..]);
    assert_eq!(
        body(&e)["message"],
        "Quote \" backslash \\ tab \t nul \u{0} ünï </script>"
    );
}

#[derive(Debug, ApiError)]
enum Dynamic {
    #[code(1, status = 400, msg = "{0}")]
    Text(String),
}

#[test]
fn dynamic_messages_are_escaped_on_the_fly() {
    let nasty = "\"\\\n\r\t\u{1}\u{7f}’</script>";
    let e = Dynamic::Text(nasty.into());
    assert_eq!(body(&e)["message"], nasty);
}

struct Docs;
impl ProblemType for Docs {
    const BASE: Option<&'static str> = Some("https://api.example.com/errors/");
}

#[derive(Debug, ApiError)]
#[api_error(format = Problem<Docs>)]
enum ProblemError {
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
enum BlankProblem {
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
enum MastodonError {
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
enum PluralKitError {
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
enum FresnsError {
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
enum MatrixError {
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

#[test]
fn examples_render_templates_for_docs() {
    let entry = &MastodonError::catalogue().entries()[1];
    assert_eq!(
        format::example::<format::Mastodon>(entry),
        json!({"error": "{string}."})
    );
    let entry = &PlainError::catalogue().entries()[0];
    assert_eq!(
        format::example::<format::Plain>(entry),
        json!({"code": 34305, "message": "Incorrect account or wrong password"})
    );
}

#[derive(Debug, ApiError)]
enum FailingField {
    #[code(1, status = 400, msg = "bad")]
    Bad {
        #[body]
        map: std::collections::BTreeMap<Vec<u8>, u8>,
    },
}

#[test]
fn a_failing_body_field_leaves_the_buffer_untouched() {
    let mut map = std::collections::BTreeMap::new();
    map.insert(vec![1u8], 1u8);
    let mut out = b"prefix".to_vec();
    assert!(FailingField::Bad { map }.write_body(&mut out).is_err());
    assert_eq!(out, b"prefix");
}

/// A message may name a source field (`Display` is for logs and shows its
/// text), but then the body carries the template, whatever the status, in
/// every format and on every path a body is written by.
macro_rules! source_in_message {
    ($($module:ident: $format:ty => [$c1:literal, $c2:literal, $c3:literal, $c4:literal],)*) => {$(
        mod $module {
            use errcodes::ApiError;
            use std::io;

            #[derive(Debug, ApiError)]
            #[api_error(format = $format)]
            pub enum Leaky {
                #[code($c1, status = 409, msg = "conflict: {cause}")]
                Conflict {
                    #[source]
                    cause: io::Error,
                },
                #[code($c2, status = 400, msg = "bad input: {0}")]
                Bad(#[from] io::Error),
                #[code($c3, status = 422, msg = "{what} failed: {source}")]
                Named { what: String, source: io::Error },
                #[code($c4, status = 404, msg = "{user} lost: {reason}")]
                Renamed {
                    user: String,
                    #[source]
                    #[placeholder("reason")]
                    inner: io::Error,
                },
            }

            pub fn all() -> Vec<(Leaky, &'static str)> {
                let secret = || io::Error::other("db password=hunter2");
                vec![
                    (Leaky::Conflict { cause: secret() }, "conflict: {cause}"),
                    (Leaky::Bad(secret()), "bad input: {0}"),
                    (
                        Leaky::Named { what: "sync".into(), source: secret() },
                        "{what} failed: {source}",
                    ),
                    (
                        Leaky::Renamed { user: "ann".into(), inner: secret() },
                        "{user} lost: {reason}",
                    ),
                ]
            }
        }
    )*};
}

source_in_message! {
    leaky_plain: errcodes::format::Plain => [1, 2, 3, 4],
    leaky_problem: errcodes::format::Problem => [1, 2, 3, 4],
    leaky_mastodon: errcodes::format::Mastodon => [1, 2, 3, 4],
    leaky_pluralkit: errcodes::format::PluralKit => [1, 2, 3, 4],
    leaky_fresns: errcodes::format::Fresns => [1, 2, 3, 4],
    // Matrix takes string codes only.
    leaky_matrix: errcodes::format::Matrix => ["M_1", "M_2", "M_3", "M_4"],
}

fn assert_source_text_stays_out<E: ApiError + serde::Serialize>(cases: Vec<(E, &str)>) {
    for (e, template) in cases {
        assert!(e.to_string().contains("hunter2"), "Display keeps it: {e}");
        assert!(!e.info().exposes_message(), "{}", e.name());
        let serialized = serde_json::to_string(&e).unwrap();
        let mut written = Vec::new();
        e.write_body(&mut written).unwrap();
        let written = String::from_utf8(written).unwrap();
        let static_body = String::from_utf8(e.static_body().expect("static").to_vec()).unwrap();
        for text in [&serialized, &written, &static_body] {
            assert!(!text.contains("hunter2"), "{}: {text}", e.name());
            let parsed: Value = serde_json::from_str(text).unwrap();
            assert!(
                parsed.as_object().unwrap().values().any(|v| v == template),
                "{}: no template in {text}",
                e.name()
            );
        }
        assert_eq!(serialized, written);
        assert_eq!(serialized, static_body);
    }
}

#[test]
fn a_source_named_in_the_message_never_reaches_a_body_in_any_format() {
    assert_source_text_stays_out(leaky_plain::all());
    assert_source_text_stays_out(leaky_problem::all());
    assert_source_text_stays_out(leaky_mastodon::all());
    assert_source_text_stays_out(leaky_pluralkit::all());
    assert_source_text_stays_out(leaky_fresns::all());
    assert_source_text_stays_out(leaky_matrix::all());
}

#[test]
fn every_built_in_format_renders_static_bodies_as_it_serializes() {
    format::check_static_bodies::<PlainError>().unwrap();
    format::check_static_bodies::<ProblemError>().unwrap();
    format::check_static_bodies::<BlankProblem>().unwrap();
    format::check_static_bodies::<MastodonError>().unwrap();
    format::check_static_bodies::<PluralKitError>().unwrap();
    format::check_static_bodies::<FresnsError>().unwrap();
    format::check_static_bodies::<MatrixError>().unwrap();
    format::check_static_bodies::<leaky_plain::Leaky>().unwrap();
    format::check_static_bodies::<leaky_problem::Leaky>().unwrap();
    format::check_static_bodies::<leaky_mastodon::Leaky>().unwrap();
    format::check_static_bodies::<leaky_pluralkit::Leaky>().unwrap();
    format::check_static_bodies::<leaky_fresns::Leaky>().unwrap();
    format::check_static_bodies::<leaky_matrix::Leaky>().unwrap();
}

/// Each format's schema lists the members its specification documents, the
/// ones it always writes as required.
#[test]
fn every_built_in_format_has_the_json_schema_of_its_spec() {
    fn members<F: Format>() -> (Vec<String>, Vec<String>) {
        let schema = F::json_schema();
        assert_eq!(
            schema["$schema"],
            "https://json-schema.org/draft/2020-12/schema"
        );
        assert_eq!(schema["type"], "object");
        let properties = schema["properties"].as_object().unwrap();
        let required = schema["required"].as_array().unwrap();
        (
            properties.keys().cloned().collect(),
            required
                .iter()
                .map(|m| m.as_str().unwrap().to_owned())
                .collect(),
        )
    }
    let sorted = |mut v: Vec<&str>| {
        v.sort_unstable();
        v.into_iter().map(str::to_owned).collect::<Vec<_>>()
    };
    let (props, required) = members::<format::Plain>();
    assert_eq!(props, sorted(vec!["code", "message"]));
    assert_eq!(required, ["code", "message"]);
    // RFC 9457 section 3.1, and the code as an extension member.
    let (props, required) = members::<Problem>();
    assert_eq!(
        props,
        sorted(vec![
            "type", "title", "status", "detail", "instance", "code"
        ])
    );
    // `detail` is left out for an entry with a `title` and no `msg`.
    assert_eq!(required, ["type", "title", "status", "code"]);
    let (props, required) = members::<format::Matrix>();
    assert_eq!(props, sorted(vec!["errcode", "error", "retry_after_ms"]));
    assert_eq!(required, ["errcode", "error"]);
    let (props, required) = members::<format::Mastodon>();
    assert_eq!(props, sorted(vec!["error", "error_description"]));
    assert_eq!(required, ["error"]);
    let (props, required) = members::<format::PluralKit>();
    assert_eq!(
        props,
        sorted(vec!["code", "message", "errors", "retry_after"])
    );
    assert_eq!(required, ["code", "message"]);
    let (props, required) = members::<format::Fresns>();
    assert_eq!(props, sorted(vec!["code", "message", "data"]));
    assert_eq!(required, ["code", "message", "data"]);

    let status = &Problem::<format::AboutBlank>::json_schema()["properties"]["status"];
    assert_eq!(status["type"], "integer");
}

/// An entry's schema types the code as the entry's and adds its `#[body]`
/// members, required unless they are `Option`s; every body the entry writes
/// has exactly the required members and no member the schema lacks.
#[test]
fn an_entrys_schema_describes_its_bodies() {
    let e = PlainError::Throttled {
        retry_after: 5,
        limit_scope: "user",
        internal: 0,
    };
    let schema = <PlainError as ApiError>::Format::entry_schema(e.info());
    let written = body(&e);
    let written = written.as_object().unwrap();
    let properties = schema["properties"].as_object().unwrap();
    for member in written.keys() {
        assert!(properties.contains_key(member), "{member} not in {schema}");
    }
    for member in schema["required"].as_array().unwrap() {
        assert!(written.contains_key(member.as_str().unwrap()), "{member}");
    }
    assert_eq!(properties["code"], json!({"type": "integer"}));

    let e = ProblemError::MemberNotFound {
        member_ref: "x".into(),
        hint: None,
    };
    let schema = <ProblemError as ApiError>::Format::entry_schema(e.info());
    assert_eq!(schema["properties"]["hint"], json!({"type": "string"}));
    assert!(!schema["required"]
        .as_array()
        .unwrap()
        .contains(&json!("hint")));

    // Fresns' `data` is `null` unless a `#[body]` field writes it.
    let entries = FresnsError::catalogue().entries();
    for (entry, data) in [
        (&entries[0], json!({"type": "null"})),
        (&entries[1], json!({})),
    ] {
        let schema = format::Fresns::entry_schema(entry);
        assert_eq!(schema["properties"]["data"], data);
        assert!(schema["required"]
            .as_array()
            .unwrap()
            .contains(&json!("data")));
    }
}

#[test]
fn a_body_fields_schema_follows_its_rust_type() {
    for (ty, schema, always) in [
        ("u64", json!({"type": "integer"}), true),
        ("& 'static str", json!({"type": "string"}), true),
        ("&'a mut String", json!({"type": "string"}), true),
        ("Option < u32 >", json!({"type": "integer"}), false),
        (
            "std::option::Option<bool>",
            json!({"type": "boolean"}),
            false,
        ),
        (
            "Vec < String >",
            json!({"type": "array", "items": {"type": "string"}}),
            true,
        ),
        ("[u8; 4]", json!({"type": "array"}), true),
        (
            "std::collections::HashMap<String, u32>",
            json!({"type": "object"}),
            true,
        ),
        ("Box<f64>", json!({"type": "number"}), true),
        ("serde_json::Value", json!({}), true),
    ] {
        assert_eq!(format::field_schema(ty), (schema, always), "{ty}");
    }
}
