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
    #[code(
        42001,
        status = 401,
        title = "Not <signed> in",
        msg = "Wrong password",
        category = "Accounts"
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
        also_status = 503,
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
    },

    #[code(41555, status = 555, expose, msg = "Upstream {host} down")]
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

fn assert_every_fact_in_every_output(view: &View) {
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
        "variant",
        "entry_title",
        "message",
        "category",
        "body_field.member",
        "body_field.field",
        "tag",
        "example",
    ] {
        assert!(kinds.contains(&kind), "{kind} not among {kinds:?}");
    }
    assert!(facts.contains(&("also_status", "503".to_owned())));
    assert!(facts.contains(&("ranges.category", "Limits".to_owned())));
    assert!(facts.contains(&("tag", "shared".to_owned())));
    assert!(facts.contains(&("tag", "template only".to_owned())));
    assert!(facts.contains(&("sent_status", "500".to_owned())));
    assert!(facts.contains(&("grpc", "RESOURCE_EXHAUSTED".to_owned())));
    assert!(facts.contains(&("grpc", "INTERNAL".to_owned())));
    assert!(facts.contains(&("grpc", "DATA_LOSS".to_owned())));
    assert_every_fact_in_every_output(&view);
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
        markdown.contains("| 429 (also 503) | `RESOURCE_EXHAUSTED` | RateLimited"),
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
            #[body]
            text: &'static str,
            #[body]
            list: Vec<u8>,
            #[body]
            map: HashMap<String, u8>,
            #[body]
            maybe: Option<u8>,
            #[body]
            boxed: Box<u16>,
            #[body]
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
