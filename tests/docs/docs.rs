//! `errcodes::docs`: Markdown, JSON, OpenAPI and HTML renderings of catalogues.

use errcodes::docs::{self, Html, Json, Markdown, OpenApi, View};
use errcodes::format::{Format, Member, Source};
use errcodes::ApiError;
use serde_json::{json, Value};

/// Errors of the accounts API.
///
/// Everything about logging in.
#[derive(Debug, ApiError)]
#[api_error(range = 34000..=34999, category = "Accounts")]
pub enum AccountError {
    /// Shown when the password check fails.
    #[code(34305, status = 401, msg = "Incorrect account or wrong password")]
    WrongPassword,

    #[code(34306, status = 404, msg = "Member '{member_ref}' not found.")]
    MemberNotFound { member_ref: String },

    #[code(
        34300,
        status = 500,
        msg = "Internal server error, try again later",
        shared
    )]
    Storage(#[source] std::io::Error),

    #[code(34300, status = 400, msg = "Invalid JSON", shared)]
    InvalidJson,

    #[code(
        34429,
        status = 429,
        msg = "Too many requests",
        name = "RateLimited",
        category = "Limits"
    )]
    Throttled {
        #[body]
        #[header("Retry-After")]
        retry_after: u64,
    },

    /// Raised on the device.
    #[code(34001, msg = "Network error", category = "Client")]
    Offline,
}

#[test]
fn markdown_of_a_small_enum() {
    assert_eq!(
        docs::markdown::<AccountError>(),
        include_str!("../data/account-error.md")
    );
}

#[test]
fn markdown_through_display_is_the_same() {
    assert_eq!(
        Markdown::new(&View::of::<AccountError>()).to_string(),
        docs::markdown::<AccountError>()
    );
}

/// Kakao-like: no categories, a code twice, typos and curly quotes kept.
#[derive(Debug, ApiError)]
pub enum Escapes {
    #[code(1, status = 400, msg = "a | b")]
    Pipe,
    #[code(2, status = 400, msg = r"C:\temp\ and \| too")]
    Backslash,
    /// First line
    /// wraps here.
    ///
    /// Second paragraph | with a pipe.
    #[code(3, status = 400, msg = "line one\nline two")]
    Newline,
    /// The recipient’s inbox — “full”.
    #[code(4, status = 406, msg = "Authentication failrue: données refusées")]
    NonAscii,
    #[code(5, status = 483)]
    NoMessage,
}

#[test]
fn markdown_escapes_cells_and_keeps_text_otherwise() {
    let md = docs::markdown::<Escapes>();
    let rows: Vec<&str> = md.lines().filter(|l| l.starts_with("| <a id")).collect();
    assert_eq!(
        rows,
        [
            r#"| <a id="1"></a>1 | 400 | Pipe | a \| b |  | `{"code":1,"message":"a \| b"}` |"#,
            r#"| <a id="2"></a>2 | 400 | Backslash | C:\\temp\\ and \\\| too |  | `{"code":2,"message":"C:\\temp\\ and \\\| too"}` |"#,
            r#"| <a id="3"></a>3 | 400 | Newline | line one line two | First line wraps here.<br /><br />Second paragraph \| with a pipe. | `{"code":3,"message":"line one\nline two"}` |"#,
            r#"| <a id="4"></a>4 | 406 | NonAscii | Authentication failrue: données refusées | The recipient’s inbox — “full”. | `{"code":4,"message":"Authentication failrue: données refusées"}` |"#,
            r#"| <a id="5"></a>5 | 483 | NoMessage |  |  | `{"code":5,"message":"NoMessage"}` |"#,
        ]
    );
    // No category anywhere: one table of entries under one heading.
    assert_eq!(md.matches("\n## ").count(), 2);
    assert_eq!(md.matches("| Code |").count(), 1);
}

/// Sections.
#[derive(Debug, ApiError)]
#[api_error(category = "B")]
pub enum Grouped {
    #[code(1, category = "A")]
    A1,
    #[code(2)]
    B1,
    #[code(3, category = "A")]
    A2,
    #[code(4, category = "C")]
    C1,
    #[code(5)]
    B2,
}

/// Fresns-like: a code under the page title, then sections.
#[derive(Debug, ApiError)]
pub enum Mixed {
    #[code(30000, msg = "Parameter error", category = "Commons")]
    Parameter,
    #[code(0, msg = "Successful")]
    Ok,
    #[code(31000, msg = "Headers Error", category = "Headers")]
    Headers,
}

/// The sections and codes of the entry tables (the body table left out).
fn headings_and_codes(md: &str) -> Vec<String> {
    md.lines()
        .filter(|l| *l != "## Body" && !l.starts_with("| `") && !l.starts_with("| Member"))
        .map(|l| {
            let start = l.find("</a>").map_or(0, |at| at + 4);
            l.replacen(&l[l.find("<a id").unwrap_or(start)..start], "", 1)
        })
        .filter_map(|l| {
            let l = l.as_str();
            if let Some(h) = l.strip_prefix("## ") {
                Some(format!("## {h}"))
            } else if l.starts_with("| ") && !l.starts_with("| Code") {
                l.split(" | ").next().map(|c| c[2..].to_owned())
            } else if l.starts_with("| Code") {
                Some("table".to_owned())
            } else {
                None
            }
        })
        .collect()
}

#[test]
fn markdown_groups_by_category_in_order_of_first_use() {
    assert_eq!(
        headings_and_codes(&docs::markdown::<Grouped>()),
        ["## A", "table", "1", "3", "## B", "table", "2", "5", "## C", "table", "4"]
    );
}

#[test]
fn entries_without_a_category_come_first_in_their_own_table() {
    let md = docs::markdown::<Mixed>();
    assert_eq!(
        headings_and_codes(&md),
        [
            "## Errors",
            "table",
            "0",
            "## Commons",
            "table",
            "30000",
            "## Headers",
            "table",
            "31000"
        ]
    );
    assert!(
        md.starts_with(
            "# Fresns-like: a code under the page title, then sections.\n\n## Body\n\n\
             Bodies are `application/json`.\n\n| Member |"
        ),
        "{md}"
    );
}

#[test]
fn json_has_every_field_of_every_entry() {
    let doc: Value = serde_json::from_str(&docs::json::<AccountError>()).unwrap();
    assert_eq!(doc["type"], "AccountError");
    assert_eq!(doc["title"], "Errors of the accounts API.");
    assert_eq!(doc["description"], "Everything about logging in.");
    assert_eq!(doc["category"], "Accounts");
    assert_eq!(doc["range"], json!({"min": 34000, "max": 34999}));
    assert_eq!(doc["content_type"], "application/json");
    // The body table of the pages, and the format's JSON Schema.
    assert_eq!(
        doc["body"],
        json!([
            {"member": "code", "type": "integer", "required": true, "description": "the error code"},
            {"member": "message", "type": "string", "required": true, "description": "the error message"},
            {"member": "retry_after", "type": "integer", "required": false,
             "description": "sent by RateLimited"},
        ])
    );
    assert_eq!(doc["json_schema"], errcodes::format::Plain::json_schema());
    let entries = doc["entries"].as_array().unwrap();
    assert_eq!(entries.len(), 6);
    assert_eq!(
        entries[4],
        json!({
            "index": 4,
            "anchor": "34429",
            "code": 34429,
            "status": 429,
            "sent_status": 429,
            "also_status": [],
            "retry": "throttled",
            "fault": "client",
            "name": "RateLimited",
            "declared_name": "RateLimited",
            "variant": "Throttled",
            "title": null,
            "message": "Too many requests",
            "category": "Limits",
            "description": null,
            "summary": null,
            "sections": [],
            "body_fields": [{
                "member": "retry_after",
                "field": "retry_after",
                "type": "u64",
                "description": null,
                "example": null,
            }],
            "headers": [{"name": "Retry-After", "value": null, "field": "retry_after", "type": "u64", "with": null, "optional": false}],
            "shared": false,
            "unit": false,
            "has_placeholders": false,
            "exposes_message": true,
            "tags": [],
            "example": {"code": 34429, "message": "Too many requests", "retry_after": 0},
        })
    );
    assert_eq!(entries[2]["shared"], true);
    assert_eq!(entries[5]["status"], Value::Null);
    assert_eq!(entries[5]["unit"], true);
}

#[test]
fn json_keeps_member_order() {
    let text =
        Json::new(&View::new::<errcodes::format::Plain>(Escapes::catalogue())).to_string_pretty();
    let keys: Vec<&str> = [
        "\"type\"",
        "\"title\"",
        "\"description\"",
        "\"range\"",
        "\"entries\"",
    ]
    .into_iter()
    .filter(|k| text.contains(k))
    .collect();
    let mut positions: Vec<usize> = keys.iter().map(|k| text.find(k).unwrap()).collect();
    let sorted = {
        let mut p = positions.clone();
        p.sort_unstable();
        p
    };
    assert_eq!(positions, sorted);
    positions.dedup();
    assert_eq!(positions.len(), 5);
    // Curly quotes and non-ASCII survive as they are.
    let doc: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(
        doc["entries"][3]["description"],
        "The recipient’s inbox — “full”."
    );
    assert_eq!(doc["entries"][1]["message"], r"C:\temp\ and \| too");
}

fn body_of<E: ApiError>(e: &E) -> Value {
    let mut out = Vec::new();
    e.write_body(&mut out).unwrap();
    serde_json::from_slice(&out).unwrap()
}

#[test]
fn openapi_responses_per_status_with_every_code() {
    let responses = OpenApi::new(&View::new::<errcodes::format::Plain>(
        AccountError::catalogue(),
    ))
    .responses();
    let keys: Vec<&String> = responses.as_object().unwrap().keys().collect();
    assert_eq!(keys, ["400", "401", "404", "429", "500", "default"]);

    let r401 = &responses["401"];
    assert_eq!(
        r401["description"],
        "Unauthorized\n\n- 34305 WrongPassword: Incorrect account or wrong password"
    );
    assert_eq!(
        r401["content"]["application/json"]["examples"]["WrongPassword"],
        json!({
            "summary": "34305 WrongPassword",
            "description": "Shown when the password check fails.\n\nAnchor `#34305` in the pages; category Accounts.",
            "value": {"code": 34305, "message": "Incorrect account or wrong password"},
            "x-retry": "never",
            "x-fault": "client",
        })
    );

    // Status-less entries are documented under `default`.
    let default = &responses["default"];
    assert!(default["description"]
        .as_str()
        .unwrap()
        .ends_with("\n\n- 34001 Offline: Network error"));
    let examples = default["content"]["application/json"]["examples"]
        .as_object()
        .unwrap();
    assert_eq!(examples.keys().collect::<Vec<_>>(), ["Offline"]);
}

#[test]
fn openapi_lists_every_code_of_a_status() {
    /// Kakao's 406 twice.
    #[derive(Debug, ApiError)]
    pub enum Kakao {
        #[code(406, status = 406, msg = "The requested data does not exist", shared)]
        NotExistData,
        #[code(406, status = 406, msg = "Account conversion was attempted", shared)]
        AlreadyUsedIdpAccount,
        #[code(461, status = 461, msg = "User punishment")]
        Punishment,
        #[code(407, status = 406, name = "NotExistData", msg = "Same name")]
        SameName,
    }
    let responses =
        OpenApi::new(&View::new::<errcodes::format::Plain>(Kakao::catalogue())).responses();
    assert_eq!(
        responses["406"]["description"],
        "Not Acceptable\n\n\
         - 406 NotExistData: The requested data does not exist\n\
         - 406 AlreadyUsedIdpAccount: Account conversion was attempted\n\
         - 407 NotExistData: Same name"
    );
    let examples = responses["406"]["content"]["application/json"]["examples"]
        .as_object()
        .unwrap();
    assert_eq!(examples.len(), 3);
    assert_eq!(examples["NotExistData #3"]["value"]["code"], 407);
    // An unregistered status has no reason phrase.
    assert!(responses["461"]["description"]
        .as_str()
        .unwrap()
        .starts_with("Status 461\n\n- 461 Punishment"));
}

#[test]
fn openapi_lists_an_entry_under_each_of_its_statuses() {
    #[derive(Debug, ApiError)]
    pub enum Limits {
        #[code(1, status = 429, also_status = [503, 502], msg = "Slow down")]
        Slow,
        #[code(2, status = 502, msg = "Bad gateway")]
        Gateway,
    }
    let responses =
        OpenApi::new(&View::new::<errcodes::format::Plain>(Limits::catalogue())).responses();
    let keys: Vec<&String> = responses.as_object().unwrap().keys().collect();
    assert_eq!(keys, ["429", "502", "503"]);
    assert_eq!(
        responses["429"]["description"],
        "Too Many Requests\n\n- 1 Slow: Slow down (also 503, 502)"
    );
    assert_eq!(
        responses["502"]["description"],
        "Bad Gateway\n\n- 1 Slow: Slow down (mainly 429)\n- 2 Gateway: Bad gateway"
    );
    assert_eq!(
        responses["503"]["description"],
        "Service Unavailable\n\n- 1 Slow: Slow down (mainly 429)"
    );
    for status in ["429", "502", "503"] {
        let examples = &responses[status]["content"]["application/json"]["examples"];
        assert_eq!(examples["Slow"]["value"]["code"], 1, "{status}");
    }
}

#[test]
fn openapi_examples_equal_the_real_bodies() {
    let catalogue = AccountError::catalogue();
    let responses = OpenApi::new(&View::new::<errcodes::format::Plain>(catalogue)).responses();
    let mut checked = 0;
    for entry in catalogue
        .entries()
        .iter()
        .filter(|e| e.is_unit() && !e.is_shared())
    {
        let error = AccountError::from_code(entry.code()).unwrap();
        let status = entry
            .status()
            .map_or("default".to_owned(), |s| s.to_string());
        let example = &responses[&status]["content"]["application/json"]["examples"][entry.name()];
        assert_eq!(example["value"], body_of(&error), "{}", entry.name());
        checked += 1;
    }
    assert_eq!(checked, 2);
    let e = AccountError::InvalidJson;
    assert_eq!(
        responses["400"]["content"]["application/json"]["examples"]["InvalidJson"]["value"],
        body_of(&e)
    );
}

/// `{"error": {"id": ..., "text": ...}}`, as `application/vnd.test+json`.
pub struct Nested;

impl Format for Nested {
    const CONTENT_TYPE: &'static str = "application/vnd.test+json";
    const MEMBERS: &'static [Member] = &[Member::new(
        "error",
        Source::Object(&[
            Member::new("id", Source::Code),
            Member::new("text", Source::Message),
            Member::BODY_FIELDS,
        ]),
    )];
}

/// Matrix-like, in a format of its own.
#[derive(Debug, ApiError)]
#[api_error(format = Nested)]
pub enum MatrixError {
    #[code("M_FORBIDDEN", status = 403, msg = "Forbidden")]
    Forbidden,
    #[code("M_UNKNOWN", status = 400, msg = "Unknown error")]
    Unknown,
}

#[test]
fn openapi_uses_the_format_of_the_enum() {
    let doc = docs::openapi::<MatrixError>("1.2.3");
    assert_eq!(doc["openapi"], "3.1.0");
    assert_eq!(
        doc["info"],
        json!({"title": "Matrix-like, in a format of its own.", "version": "1.2.3"})
    );
    let responses = doc["components"]["responses"].as_object().unwrap();
    assert_eq!(
        responses.keys().collect::<Vec<_>>(),
        ["MatrixError_400", "MatrixError_403"]
    );
    let forbidden = &responses["MatrixError_403"];
    assert_eq!(
        forbidden["description"],
        "Forbidden\n\n- M_FORBIDDEN Forbidden: Forbidden"
    );
    let media = forbidden["content"].as_object().unwrap();
    assert_eq!(
        media.keys().collect::<Vec<_>>(),
        ["application/vnd.test+json"]
    );
    assert_eq!(
        media["application/vnd.test+json"]["examples"]["Forbidden"]["value"],
        body_of(&MatrixError::Forbidden)
    );
    assert_eq!(
        body_of(&MatrixError::Forbidden),
        json!({"error": {"id": "M_FORBIDDEN", "text": "Forbidden"}})
    );
}

#[test]
fn openapi_document_is_well_formed() {
    let doc = docs::openapi::<AccountError>("0.1.0");
    let top: Vec<&String> = doc.as_object().unwrap().keys().collect();
    assert_eq!(top, ["components", "info", "openapi", "paths", "servers"]);
    assert_eq!(doc["paths"], json!({}));
    assert_eq!(
        doc["info"]["description"],
        "Everything about logging in.\n\nCodes 34000 to 34999."
    );
    for (name, response) in doc["components"]["responses"].as_object().unwrap() {
        // Component names are letters, digits and `_`: OpenAPI's
        // `^[a-zA-Z0-9.\-_]+$` without what generators cannot name a type with.
        assert!(name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'));
        let response = response.as_object().unwrap();
        let keys: Vec<&String> = response.keys().collect();
        if name == "AccountError_429" {
            assert_eq!(keys, ["content", "description", "headers"]);
            assert_eq!(
                response["headers"],
                json!({"Retry-After": {
                    "description": "- 34429 RateLimited: the error's value (integer)",
                    "required": true,
                    "schema": {"type": "integer"},
                }})
            );
        } else {
            assert_eq!(keys, ["content", "description"]);
        }
        assert!(response["description"].is_string());
        for (media_type, media) in response["content"].as_object().unwrap() {
            assert_eq!(media_type, "application/json");
            assert_eq!(
                media.as_object().unwrap().keys().collect::<Vec<_>>(),
                ["examples", "schema"]
            );
            for example in media["examples"].as_object().unwrap().values() {
                for key in example.as_object().unwrap().keys() {
                    let keys = ["summary", "description", "value", "x-retry", "x-fault"];
                    assert!(keys.contains(&key.as_str()), "{key}");
                }
                assert!(example["x-retry"].is_string() && example["x-fault"].is_string());
                assert!(example["value"].is_object());
            }
        }
    }
}

/// Titles with <tags> & "quotes".
#[derive(Debug, ApiError)]
#[api_error(category = "<i>Section</i>")]
pub enum Hostile {
    /// Don't <b>trust</b> this & that.
    #[code(1, status = 400, msg = "</script><script>alert('x')</script>")]
    Script,
    #[code(2, status = 400, msg = "<b>bold</b> \"quoted\" & 'single'")]
    Bold,
}

#[test]
fn html_escapes_every_text() {
    let page = docs::html::<Hostile>();
    // The page's own script is the only one.
    assert_eq!(page.matches("<script").count(), 1, "{page}");
    assert_eq!(page.matches("</script>").count(), 1);
    assert!(!page.contains("<b>"));
    assert!(!page.contains("<i>"));
    assert!(
        page.contains("<td>&lt;/script&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</td>")
    );
    assert!(
        page.contains("<td>&lt;b&gt;bold&lt;/b&gt; &quot;quoted&quot; &amp; &#39;single&#39;</td>")
    );
    assert!(page.contains("<td>Don&#39;t &lt;b&gt;trust&lt;/b&gt; this &amp; that.</td>"));
    // `/` nests categories, so the category is two headings.
    assert!(page.contains("\">&lt;i&gt;Section&lt;</h2>"), "{page}");
    assert!(page.contains("\">i&gt;</h3>"), "{page}");
    assert!(page.contains("<title>Titles with &lt;tags&gt; &amp; &quot;quotes&quot;.</title>"));
    assert!(page.contains("<h1>Titles with &lt;tags&gt; &amp; &quot;quotes&quot;.</h1>"));
    // The example body is escaped too.
    assert!(page.contains(
        "<code>{&quot;code&quot;:2,&quot;message&quot;:&quot;&lt;b&gt;bold&lt;/b&gt; \\&quot;quoted\\&quot; &amp; &#39;single&#39;&quot;}</code>"
    ));
}

#[test]
fn html_is_one_self_contained_page() {
    let page = Html::new(&View::new::<errcodes::format::Plain>(
        AccountError::catalogue(),
    ))
    .to_string();
    assert!(
        page.starts_with("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">")
    );
    assert!(page.ends_with("</script>\n</body>\n</html>\n"));
    assert!(page.contains("<style>"));
    // One inline script, links only inside the page.
    assert_eq!(page.matches("<script").count(), 1);
    assert_eq!(
        page.matches("href=").count(),
        page.matches("href=\"#").count()
    );
    for external in ["<link", "src=", "url(", "@import", "http://", "https://"] {
        assert!(!page.contains(external), "{external}");
    }
    // Same grouping as Markdown: three sections, the status-less one has an empty status.
    assert_eq!(page.matches("<table class=\"entries\">").count(), 3);
    assert!(page.contains("<h2 id=\"section-client\">Client</h2>"));
    assert!(page.contains("<a href=\"#section-client\">Client</a>"));
    assert!(page.contains("<tr id=\"34001\"><td><a href=\"#34001\"><code>34001</code></a></td><td><span class=\"tag\">sent as 500</span><span class=\"tag\">retry: safe</span></td><td>Offline</td>"));
    assert!(page.contains("<code>34300</code></a><span class=\"tag\">shared</span>"));
}

/// Mastodon-like: no codes, statuses only.
#[derive(Debug, ApiError)]
pub enum Mastodon {
    #[code(
        _,
        status = 403,
        msg = "This action is not allowed.",
        name = "NotPermitted"
    )]
    NotPermitted,
    #[code(
        _,
        status = 403,
        msg = "Your login is currently disabled.",
        name = "current_user.disabled?"
    )]
    Disabled,
}

#[test]
fn entries_without_a_code() {
    let md = docs::markdown::<Mastodon>();
    assert!(md.ends_with(
        "| <a id=\"notpermitted\"></a>403 | NotPermitted | This action is not allowed. | \
         `{\"code\":null,\"message\":\"This action is not allowed.\"}` |\n\
         | <a id=\"current-user-disabled\"></a>403 | current\\_user.disabled? | Your login is currently disabled. | \
         `{\"code\":null,\"message\":\"Your login is currently disabled.\"}` |\n"
    ));
    let responses =
        OpenApi::new(&View::new::<errcodes::format::Plain>(Mastodon::catalogue())).responses();
    assert_eq!(
        responses["403"]["description"],
        "Forbidden\n\n- NotPermitted: This action is not allowed.\n\
         - current_user.disabled?: Your login is currently disabled."
    );
    let example = &responses["403"]["content"]["application/json"]["examples"]["NotPermitted"];
    assert_eq!(example["summary"], "NotPermitted");
    assert_eq!(example["value"], body_of(&Mastodon::NotPermitted));
}

mod ranges_and_second_statuses {
    use errcodes::ApiError;

    /// Sections.
    #[derive(Debug, ApiError)]
    #[api_error(ranges("Headers" = 31000..=31999))]
    enum Sectioned {
        #[code(31000, category = "Headers", msg = "Headers error")]
        HeadersError,
        #[code(
            473,
            status = 473,
            also_status = [503, 500],
            category = "Platform",
            msg = "Maintenance"
        )]
        Maintenance,
    }

    #[test]
    fn markdown_shows_category_ranges_and_also_statuses() {
        assert_eq!(
            errcodes::docs::markdown::<Sectioned>(),
            "# Sections.\n\
             \n## Body\n\
             \nBodies are `application/json`.\n\
             \n| Member | Type | Required | Description |\n|---|---|---|---|\n\
             | `code` | integer | required | the error code |\n\
             | `message` | string | required | the error message |\n\
             \n## Headers\n\
             \nCodes 31000 to 31999.\n\
             \n| Code | Status | Name | Message | Body |\n|---|---|---|---|---|\n\
             | <a id=\"31000\"></a>31000 | (sent as 500)<br />retry: safe | HeadersError | Headers error | \
             `{\"code\":31000,\"message\":\"Headers error\"}` |\n\
             \n## Platform\n\
             \n| Code | Status | Name | Message | Body |\n|---|---|---|---|---|\n\
             | <a id=\"473\"></a>473 | 473 (also 503, 500) | Maintenance | Maintenance | \
             `{\"code\":473,\"message\":\"Maintenance\"}` |\n"
        );
    }
}

#[test]
fn openapi_responses_reference_the_body_schemas() {
    let doc = docs::openapi::<AccountError>("0.1.0");
    let schemas = doc["components"]["schemas"].as_object().unwrap();
    // The format's body, one schema per entry with `#[body]` members, and
    // one per status for its entries without.
    assert_eq!(
        schemas.keys().collect::<Vec<_>>(),
        [
            "AccountError",
            "AccountErrorRateLimited",
            "AccountError_400",
            "AccountError_401",
            "AccountError_404",
            "AccountError_500",
            "AccountError_default"
        ]
    );
    assert_eq!(
        schemas["AccountError"]["required"],
        json!(["code", "message"])
    );
    assert!(schemas["AccountError"].get("$schema").is_none());
    let limited = &schemas["AccountErrorRateLimited"];
    // Each member says what it holds, as the pages' body table does.
    assert_eq!(
        limited["properties"]["retry_after"],
        json!({
            "type": "integer",
            "format": "uint64",
            "minimum": 0,
            "description": "sent by RateLimited"
        })
    );
    assert_eq!(
        schemas["AccountError"]["properties"]["code"]["description"],
        "the error code"
    );
    assert_eq!(
        limited["required"],
        json!(["code", "message", "retry_after"])
    );
    let responses = &doc["components"]["responses"];
    let schema_of = |status: &str| {
        &responses[format!("AccountError_{status}")]["content"]["application/json"]["schema"]
    };
    assert_eq!(
        *schema_of("401"),
        json!({"$ref": "#/components/schemas/AccountError_401"})
    );
    assert_eq!(
        *schema_of("429"),
        json!({"$ref": "#/components/schemas/AccountErrorRateLimited"})
    );
    // Standing alone, the Responses Object carries its schemas inline.
    let alone = OpenApi::new(&View::of::<AccountError>()).responses();
    assert_eq!(
        alone["429"]["content"]["application/json"]["schema"],
        *limited
    );
}

#[test]
fn openapi_response_with_and_without_body_members_is_any_of_both() {
    #[derive(Debug, ApiError)]
    pub enum Mixed {
        #[code(1, status = 400, msg = "Plain")]
        Plain,
        #[code(2, status = 400, msg = "Field")]
        Field {
            #[body]
            hint: Option<String>,
        },
    }
    let doc = docs::openapi::<Mixed>("1");
    assert_eq!(
        doc["components"]["responses"]["Mixed_400"]["content"]["application/json"]["schema"],
        json!({"anyOf": [
            {"$ref": "#/components/schemas/Mixed_400"},
            {"$ref": "#/components/schemas/MixedField"},
        ]})
    );
    let field = &doc["components"]["schemas"]["MixedField"];
    // Optional: in `properties`, not `required`.
    assert_eq!(
        field["properties"]["hint"],
        json!({"type": "string", "description": "sent by Field"})
    );
    assert_eq!(field["required"], json!(["code", "message"]));
}
