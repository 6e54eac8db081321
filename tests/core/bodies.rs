//! Every format's body against its documented shape, static bodies against
//! the serializer, escaping, and what 5xx bodies may show.

use crate::format_bodies::{
    BlankProblem, FresnsError, MastodonError, MatrixError, PluralKitError, ProblemError,
};
use errcodes::format::{self, Format, Problem};
use errcodes::ApiError;
use serde_json::{json, Value};

pub(crate) fn body<E: ApiError + serde::Serialize>(e: &E) -> Value {
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
pub(crate) fn assert_static_matches_serializer<E: ApiError + serde::Serialize>(e: &E) {
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
        (
            "u64",
            json!({"type": "integer", "format": "uint64", "minimum": 0}),
            true,
        ),
        ("& 'static str", json!({"type": "string"}), true),
        ("&'a mut String", json!({"type": "string"}), true),
        (
            "Option < u32 >",
            json!({"type": "integer", "format": "uint32", "minimum": 0}),
            false,
        ),
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
        (
            "Box<f64>",
            json!({"type": "number", "format": "double"}),
            true,
        ),
        (
            "i8",
            json!({"type": "integer", "format": "int8", "minimum": -128, "maximum": 127}),
            true,
        ),
        ("serde_json::Value", json!({}), true),
        // A path inside the arguments is not the outer type's.
        (
            "Option<std::string::String>",
            json!({"type": "string"}),
            false,
        ),
        (
            "Vec<std::string::String>",
            json!({"type": "array", "items": {"type": "string"}}),
            true,
        ),
    ] {
        assert_eq!(format::field_schema(ty), (schema, always), "{ty}");
    }
}
