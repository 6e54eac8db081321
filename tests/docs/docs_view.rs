//! `errcodes::docs::View`: every docs output shows every fact of the view, and
//! every example is the exact body the format writes.

use std::collections::HashMap;

use errcodes::docs::{Html, Json, Markdown, OpenApi, View};
use errcodes::ApiError;

/// Every key set.
///
/// The catalogue of a service whose errors use every attribute.
#[derive(Debug, ApiError)]
#[api_error(
    range = 41000..=49999,
    category = "Everything",
    ranges("Accounts" = 42000..=42999, "Limits" = 43000..=43999)
)]
pub enum Everything {
    /// The password check failed.
    ///
    /// # Causes
    ///
    /// A mistyped password, or one changed on another device.
    ///
    /// # Rust
    ///
    /// Raised by the session guard, never shown.
    ///
    /// # Fix
    ///
    /// Reset the password from the account page.
    #[code(
        42001,
        status = 401,
        title = "Not <signed> in",
        msg = "Wrong password",
        category = "Accounts",
        header("WWW-Authenticate" = "Bearer realm=\"a|b\"")
    )]
    WrongPassword,

    /// Shared with the next one.
    #[code(
        41500,
        status = 500,
        msg = "Storage of {what} failed",
        shared,
        grpc = "DATA_LOSS"
    )]
    Storage { what: String },

    #[code(41500, status = 422, msg = "Use {{braces}} literally", shared)]
    Braces,

    /// Retry later.
    #[code(
        43429,
        status = 429,
        also_status = [503, 502],
        msg = "Slow down, {user}",
        name = "RateLimited",
        category = "Limits"
    )]
    Throttled {
        user: String,
        #[body(rename = "retryAfter")]
        retry_after: u64,
        #[body]
        reason: String,
        #[header("Retry-After")]
        wait: Option<u32>,
        #[header("X-Retry-After-Seconds", with = errcodes::headers::seconds_from_millis)]
        wait_ms: u64,
    },

    #[code(
        41555,
        status = 555,
        expose,
        msg = "Upstream {host} down",
        untested = "sent only when the <upstream> & its \"proxy\" fail"
    )]
    Upstream { host: String },

    /// Raised by the client.
    #[code(41001, msg = "Offline")]
    Offline,
}

/// The forms the text `fact` takes in Markdown: as text (Markdown
/// punctuation escaped), as a code span (`|` escaped) and as the
/// description's prose (`{}<>|` escaped).
fn markdown(fact: &str) -> [String; 3] {
    let escaped = |set: &str| {
        fact.chars().fold(String::new(), |mut out, c| {
            if set.contains(c) {
                out.push('\\');
            }
            out.push(c);
            out
        })
    };
    [
        escaped("\\`*_[]<>{}|&~#"),
        fact.replace('|', "\\|"),
        escaped("{}<>|"),
    ]
}

/// What the text `fact` looks like in HTML.
fn html(fact: &str) -> String {
    fact.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

/// Whether a JSON text holds `fact` as a value of its own (the example, a
/// number) or inside a string.
fn in_json(text: &str, fact: &str) -> bool {
    let quoted = serde_json::to_string(fact).unwrap();
    text.contains(fact) || text.contains(&quoted[1..quoted.len() - 1])
}

/// How a fact is looked for in an output's text.
type Contains = fn(&str, &str) -> bool;

/// Each output of `view`, with how a fact is looked for in it.
fn outputs(view: &View) -> Vec<(&'static str, String, Contains)> {
    vec![
        ("markdown", Markdown::new(view).to_string(), |t, f| {
            markdown(f).iter().any(|form| t.contains(form.as_str()))
        }),
        ("html", Html::new(view).to_string(), |t, f| {
            t.contains(&html(f))
        }),
        (
            "json",
            serde_json::to_string(&Json::new(view)).unwrap(),
            in_json,
        ),
        ("openapi", OpenApi::new(view).to_string("1.0.0"), in_json),
    ]
}

pub(crate) fn assert_every_fact_in_every_output(view: &View) {
    let facts = view.facts();
    let mut missing = Vec::new();
    for (output, text, contains) in outputs(view) {
        for (what, fact) in &facts {
            if !contains(&text, fact) {
                missing.push(format!("{output} leaves out {what} {fact:?}"));
            }
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

#[test]
fn every_output_shows_every_fact() {
    let view = View::of::<Everything>().with_grpc();
    let facts = view.facts();
    // The test enum sets every fact the view has, so none goes unchecked.
    let kinds: Vec<&str> = facts.iter().map(|(what, _)| *what).collect();
    for kind in [
        "title",
        "description",
        "content_type",
        "range.first",
        "range.last",
        "ranges.category",
        "ranges.first",
        "ranges.last",
        "code",
        "status",
        "sent_status",
        "also_status",
        "grpc",
        "name",
        "entry_title",
        "message",
        "category",
        "untested",
        "body_field.member",
        "header.name",
        "header.value",
        "tag",
        "example",
        "anchor",
        "schema.member",
        "schema.description",
        "summary",
        "section.heading",
        "section.text",
    ] {
        assert!(kinds.contains(&kind), "{kind} not among {kinds:?}");
    }
    assert!(facts.contains(&("also_status", "503".to_owned())));
    assert!(facts.contains(&("also_status", "502".to_owned())));
    assert!(facts.contains(&("ranges.category", "Limits".to_owned())));
    assert!(facts.contains(&("tag", "shared".to_owned())));
    assert!(facts.contains(&("tag", "template only".to_owned())));
    assert!(facts.contains(&("sent_status", "500".to_owned())));
    assert!(facts.contains(&("header.name", "Retry-After".to_owned())));
    assert!(facts.contains(&("anchor", "41500-422".to_owned())));
    assert!(facts.contains(&("schema.member", "retryAfter".to_owned())));
    assert!(facts.contains(&("grpc", "RESOURCE_EXHAUSTED".to_owned())));
    assert!(facts.contains(&("grpc", "INTERNAL".to_owned())));
    assert!(facts.contains(&("grpc", "DATA_LOSS".to_owned())));
    assert!(facts.contains(&("section.heading", "Fix".to_owned())));
    assert!(facts.contains(&(
        "section.text",
        "Reset the password from the account page.".to_owned()
    )));
    assert!(facts
        .iter()
        .all(|(_, fact)| !fact.contains("session guard")));
    assert_every_fact_in_every_output(&view);
    for (output, text, _) in outputs(&view) {
        assert!(!text.contains("session guard"), "{output}: {text}");
    }
}

#[test]
fn openapi_responses_list_their_headers() {
    let view = View::of::<Everything>();
    let doc: serde_json::Value =
        serde_json::from_str(&OpenApi::new(&view).to_string("1.0.0")).unwrap();
    let responses = &doc["components"]["responses"];
    let (mut retry, mut challenge) = (None, None);
    for (_, response) in responses.as_object().unwrap() {
        retry = retry.or(response["headers"].get("Retry-After").cloned());
        challenge = challenge.or(response["headers"].get("WWW-Authenticate").cloned());
    }
    let retry = retry.expect("a response lists Retry-After");
    assert_eq!(retry["schema"]["type"], "integer");
    assert_eq!(retry["required"], false);
    let challenge = challenge.expect("a response lists WWW-Authenticate");
    assert_eq!(challenge["schema"]["enum"][0], "Bearer realm=\"a|b\"");
    assert_eq!(challenge["required"], true);
}

#[test]
fn every_output_shows_every_fact_of_the_seed_catalogues() {
    /// Kakao-like.
    #[derive(Debug, ApiError)]
    pub enum Kakao {
        #[code(-401, status = 401, msg = "Unauthorized | token \\ expired")]
        Unauthorized,
        #[code(406, status = 406, msg = "No <data>", shared)]
        NotExist,
        #[code(406, status = 406, msg = "“Conversion” attempted", shared)]
        Conversion,
    }
    /// Mastodon-like.
    #[derive(Debug, ApiError)]
    #[api_error(format = errcodes::format::Mastodon)]
    pub enum Mastodon {
        #[code(_, status = 403, msg = "Not allowed", name = "current_user.disabled?")]
        Disabled,
    }
    /// Matrix-like.
    #[derive(Debug, ApiError)]
    #[api_error(format = errcodes::format::Matrix)]
    pub enum Matrix {
        #[code("M_LIMIT_EXCEEDED", status = 429, msg = "Too many requests")]
        Limit {
            #[body]
            retry_after_ms: u64,
        },
    }
    /// Problem-like.
    #[derive(Debug, ApiError)]
    #[api_error(format = errcodes::format::Problem)]
    pub enum Problem {
        #[code(7, status = 409, msg = "Conflict on {id}")]
        Conflict { id: u32 },
    }
    assert_every_fact_in_every_output(&View::of::<Kakao>());
    assert_every_fact_in_every_output(&View::of::<Mastodon>());
    assert_every_fact_in_every_output(&View::of::<Matrix>());
    assert_every_fact_in_every_output(&View::of::<Problem>());
    assert_every_fact_in_every_output(&View::of::<Mastodon>().with_grpc());
    assert_every_fact_in_every_output(&View::of::<Matrix>().with_grpc());
}

/// A service that speaks HTTP alone gets no gRPC column: the codes are in
/// the view only when asked for.
#[test]
fn grpc_codes_show_only_in_a_view_with_grpc() {
    let plain = View::of::<Everything>();
    assert!(plain.facts().iter().all(|(what, _)| *what != "grpc"));
    assert!(plain.entries().iter().all(|e| e.grpc_code().is_none()));
    for (output, text, _) in outputs(&plain) {
        assert!(!text.contains("gRPC"), "{output} shows gRPC");
        assert!(
            !text.contains("RESOURCE_EXHAUSTED"),
            "{output} shows a gRPC code"
        );
    }
    let grpc = View::of::<Everything>().with_grpc();
    let codes: Vec<_> = grpc.entries().iter().map(|e| e.grpc_code()).collect();
    let expected: Vec<_> = grpc
        .entries()
        .iter()
        .map(|e| Some(e.entry().grpc_code()))
        .collect();
    assert_eq!(codes, expected);
    let markdown = Markdown::new(&grpc).to_string();
    assert!(
        markdown.contains("| Code | Status | gRPC | Name |"),
        "{markdown}"
    );
    assert!(
        markdown.contains(
            "| 429 (also 503, 502)<br />retry: throttled | `RESOURCE_EXHAUSTED` | RateLimited"
        ),
        "{markdown}"
    );
    assert!(Html::new(&grpc)
        .to_string()
        .contains("<th>Status</th><th>gRPC</th><th>Name</th>"));
}

fn wire<E: ApiError>(error: &E) -> String {
    let mut out = Vec::new();
    error.write_body(&mut out).unwrap();
    String::from_utf8(out).unwrap()
}

fn example<E: ApiError>(error: &E) -> String {
    View::of::<E>().entries()[error.info().index()]
        .example()
        .to_owned()
}

#[test]
fn examples_are_the_bytes_on_the_wire() {
    // `{{braces}}` is `{braces}` on the wire, and so in the example.
    assert_eq!(
        example(&Everything::Braces),
        r#"{"code":41500,"message":"Use {braces} literally"}"#
    );
    assert_eq!(example(&Everything::Braces), wire(&Everything::Braces));
    for error in [Everything::WrongPassword, Everything::Offline] {
        assert_eq!(example(&error), wire(&error));
    }
    // A 5xx message that renders a field is sent as its template.
    let storage = Everything::Storage { what: "x".into() };
    assert_eq!(example(&storage), wire(&storage));
    // `#[body]` members in body order, with a value of their type.
    let throttled = Everything::Throttled {
        user: "u".into(),
        retry_after: 0,
        reason: "string".into(),
        wait: None,
        wait_ms: 0,
    };
    assert_eq!(
        example(&throttled),
        r#"{"code":43429,"message":"Slow down, {user}","retryAfter":0,"reason":"string"}"#
    );
}

#[test]
fn json_and_openapi_keep_the_wire_order_of_examples() {
    /// Problem bodies are not in alphabetical order.
    #[derive(Debug, ApiError)]
    #[api_error(format = errcodes::format::Problem)]
    pub enum Problem {
        #[code(7, status = 409, msg = "Conflict")]
        Conflict,
    }
    let body = wire(&Problem::Conflict);
    let view = View::of::<Problem>();
    assert_eq!(view.entries()[0].example(), body);
    let json = serde_json::to_string(&Json::new(&view)).unwrap();
    assert!(json.contains(&format!("\"example\":{body}")), "{json}");
    let openapi = OpenApi::new(&view).to_string("1");
    assert!(openapi.contains(&format!("\"value\":{body}")), "{openapi}");
}

/// A `#[body]` type without a JSON shape the docs can tell.
#[derive(Debug, serde::Serialize)]
pub struct Opaque;

#[test]
fn body_field_examples_follow_the_type() {
    #[derive(Debug, ApiError)]
    pub enum Fields {
        #[code(1, status = 400, msg = "Bad")]
        Bad {
            #[body]
            count: i32,
            #[body]
            ratio: f64,
            #[body]
            ok: bool,
            #[body]
            name: String,
            #[body(encode_only)]
            text: &'static str,
            #[body]
            list: Vec<u8>,
            #[body]
            map: HashMap<String, u8>,
            #[body]
            maybe: Option<u8>,
            #[body]
            boxed: Box<u16>,
            #[body(encode_only)]
            other: Opaque,
        },
    }
    let error = Fields::Bad {
        count: 0,
        ratio: 0.0,
        ok: false,
        name: "string".into(),
        text: "string",
        list: Vec::new(),
        map: HashMap::new(),
        maybe: None,
        boxed: Box::new(0),
        other: Opaque,
    };
    assert_eq!(
        example(&error),
        r#"{"code":1,"message":"Bad","count":0,"ratio":0.0,"ok":false,"name":"string","text":"string","list":[],"map":{},"boxed":0,"other":null}"#
    );
    assert_eq!(example(&error), wire(&error));
}

#[test]
fn body_examples_given_by_the_user_are_on_the_wire() {
    #[derive(Debug, ApiError)]
    pub enum Limits<'a> {
        #[code(1, status = 429, msg = "Slow down")]
        Throttled {
            #[body(rename = "retryAfter", example = 30)]
            retry_after: u64,
            #[body(example = "burst")]
            reason: String,
            #[body(example = "alice", encode_only)]
            user: &'a str,
            #[body(example = 2)]
            tries: Option<u8>,
            #[body(example = [1, 2])]
            window: Vec<u16>,
            #[body(example = vec!["a".to_owned()])]
            tags: Vec<String>,
            #[body]
            plain: u8,
        },
    }
    let error = Limits::Throttled {
        retry_after: 30,
        reason: "burst".into(),
        user: "alice",
        tries: Some(2),
        window: vec![1, 2],
        tags: vec!["a".into()],
        plain: 0,
    };
    let expected = r#"{"code":1,"message":"Slow down","retryAfter":30,"reason":"burst","user":"alice","tries":2,"window":[1,2],"tags":["a"],"plain":0}"#;
    assert_eq!(wire(&error), expected);
    assert_eq!(example(&error), expected);

    let view = View::of::<Limits<'_>>();
    let fields = errcodes::Entry::body_fields(view.entries()[0].entry());
    assert_eq!(fields[0].example().unwrap().unwrap(), "30");
    assert!(fields[6].example().is_none());
    // The schema of the member carries it too, as JSON Schema's `examples`.
    let schema = view.entries()[0].schema();
    assert_eq!(
        schema["properties"]["retryAfter"]["examples"],
        serde_json::json!([30])
    );
    assert_eq!(
        schema["properties"]["tags"]["examples"],
        serde_json::json!([["a"]])
    );
    assert!(schema["properties"]["plain"].get("examples").is_none());
    // Every output shows the example body, the user's values in it.
    for (output, text, _) in outputs(&view) {
        assert!(
            text.contains("burst") && text.contains("alice"),
            "{output} leaves out the examples: {text}"
        );
    }
    let openapi = OpenApi::new(&view).to_string("1");
    assert!(
        openapi.contains(&format!("\"value\":{expected}")),
        "{openapi}"
    );
    let json = Json::new(&view).to_value();
    let fields = &json["entries"][0]["body_fields"];
    assert_eq!(fields[0]["example"], 30);
    assert_eq!(fields[5]["example"], serde_json::json!(["a"]));
    assert_eq!(fields[6]["example"], serde_json::Value::Null);
}

#[test]
fn body_field_docs_describe_their_member() {
    #[derive(Debug, ApiError)]
    pub enum Documented {
        #[code(1, status = 429, msg = "Slow down")]
        Throttled {
            /// Milliseconds to wait.
            ///
            /// # Rust
            ///
            /// A `u64`, never `None`.
            #[body]
            retry_after: u64,
            #[body]
            bucket: String,
        },
        #[code(2, status = 503, msg = "Down")]
        Down {
            /// Milliseconds to wait.
            #[body]
            retry_after: u64,
        },
    }
    let view = View::of::<Documented>();
    let rows: Vec<(&str, &str)> = view
        .schema()
        .iter()
        .map(|r| (r.member(), r.description()))
        .collect();
    assert_eq!(
        rows[2..],
        [
            ("retry_after", "Milliseconds to wait."),
            ("bucket", "sent by Throttled"),
        ]
    );
    let json = Json::new(&view).to_value();
    assert_eq!(
        json["entries"][1]["body_fields"][0]["description"],
        "Milliseconds to wait."
    );
    for (output, text, _) in outputs(&view) {
        assert!(text.contains("Milliseconds to wait."), "{output}");
        assert!(!text.contains("never `None`"), "{output}: {text}");
    }
}

mod composed {
    use errcodes::ApiError;

    /// Errors of the accounts domain.
    #[derive(Debug, ApiError)]
    #[api_error(category = "Accounts")]
    pub enum AccountError {
        /// Retry later.
        #[code(34429, status = 429, msg = "Slow down")]
        Throttled {
            #[body]
            retry_after: u64,
        },
        #[code(34306, status = 404, msg = "Member '{member_ref}' not found.")]
        MemberNotFound { member_ref: String },
    }

    /// Errors of the service.
    #[derive(Debug, ApiError)]
    pub enum ServiceError {
        #[code(400, status = 400, msg = "Invalid fields")]
        Invalid {
            #[body]
            fields: Vec<String>,
        },
        #[code(transparent)]
        Account(#[from] AccountError),
    }
}

/// The outer catalogue's pages show the wrapped catalogue's entries, and
/// an included entry whose index is also an own entry's keeps its own
/// schema.
#[test]
fn a_composed_catalogue_documents_the_wrapped_entries() {
    use composed::ServiceError;
    use serde_json::json;

    let view = View::of::<ServiceError>();
    let names: Vec<_> = view.entries().iter().map(|e| e.entry().name()).collect();
    assert_eq!(names, ["Invalid", "Throttled", "MemberNotFound"]);
    let markdown = Markdown::new(&view).to_string();
    for text in [
        "34306",
        "Member '{member_ref}' not found.",
        "Accounts",
        "Retry later.",
    ] {
        assert!(markdown.contains(text), "{text} missing from {markdown}");
    }
    let doc = errcodes::docs::openapi::<ServiceError>("1");
    let schemas = &doc["components"]["schemas"];
    assert_eq!(
        schemas["ServiceErrorThrottled"]["required"],
        json!(["code", "message", "retry_after"])
    );
    assert_eq!(
        schemas["ServiceErrorInvalid"]["required"],
        json!(["code", "message", "fields"])
    );
    let responses = &doc["components"]["responses"];
    let schema_of = |status: &str| {
        responses[format!("ServiceError_{status}")]["content"]["application/json"]["schema"].clone()
    };
    assert_eq!(
        schema_of("429"),
        json!({"$ref": "#/components/schemas/ServiceErrorThrottled"})
    );
    assert_eq!(
        schema_of("400"),
        json!({"$ref": "#/components/schemas/ServiceErrorInvalid"})
    );
    let example = &responses["ServiceError_404"]["content"]["application/json"]["examples"]
        ["MemberNotFound"]["value"];
    assert_eq!(example["code"], 34306);
}
