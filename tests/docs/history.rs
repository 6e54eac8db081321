//! A catalogue's history in the docs: when each body member appeared (the
//! Mastodon page as Mastodon's own entity page shows it), deprecations
//! linked to their replacement, retired codes with their notes.

use errcodes::docs::{self, Html, Json, Markdown, OpenApi, View};
use errcodes::ApiError;
use errcodes_catalogues::mastodon;

use crate::common::validators::{target_file, validate};
use crate::docs_view::assert_every_fact_in_every_output;

/// The accounts API, over three releases.
// Only documented here: nothing constructs the variants.
#[allow(dead_code)]
#[derive(Debug, ApiError)]
#[api_error(
    since = "1.0.0",
    retired(34301 = "2.1: use 34310", 34302 = "gone in 3.0: sessions never expire")
)]
pub enum History {
    /// The old password check.
    #[code(
        34305,
        status = 401,
        msg = "Wrong password",
        deprecated(since = "2.1.0", replaced_by = 34310)
    )]
    WrongPassword,

    /// The password check since 2.1.0.
    #[code(34310, status = 401, msg = "Wrong credentials", since = "2.1.0")]
    WrongCredentials,

    #[code(34429, status = 429, msg = "Slow down", since = "1.2.0")]
    Throttled {
        /// Seconds to wait.
        #[body(since = "2.0.0")]
        #[header("Retry-After", since = "2.0.0")]
        retry_after: u64,
        #[body]
        scope: String,
    },

    #[code(
        34500,
        status = 500,
        msg = "Internal",
        deprecated(since = "3.0.0-rc.1")
    )]
    Internal,
}

/// Each attribute of Mastodon's Error entity page ends with "Version
/// history:" and its lines ("0.6.0 - added"); the generated page shows the
/// same lines for the same members, in the same order, under its body
/// table's "Version history" column.
#[test]
fn the_mastodon_page_shows_the_version_history_of_the_seed_page() {
    let seed = include_str!("../data/seed-001-mastodon.txt");
    let lines: Vec<&str> = seed.lines().map(str::trim).collect();
    let mut seed_history: Vec<(String, Vec<&str>)> = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if *line != "Version history:" {
            continue;
        }
        // The attribute's name heads its block, on a line of its own before
        // its "Description:" (`error_description {{%optional%}}`).
        let description = lines[..i]
            .iter()
            .rposition(|l| l.starts_with("Description:"))
            .unwrap();
        let name = lines[..description]
            .iter()
            .rposition(|l| !l.is_empty())
            .unwrap();
        let member = lines[name].split_whitespace().next().unwrap().to_owned();
        let history = lines[i + 1..]
            .iter()
            .take_while(|l| !l.is_empty())
            .copied()
            .collect();
        seed_history.push((member, history));
    }
    assert_eq!(
        seed_history,
        [
            ("error".to_owned(), vec!["0.6.0 - added"]),
            ("error_description".to_owned(), vec!["0.6.0 - added"]),
        ]
    );
    let page = docs::markdown::<mastodon::MastodonError>();
    assert!(
        page.contains("| Member | Type | Required | Description | Version history |"),
        "{page}"
    );
    let mut at = 0;
    for (member, history) in &seed_history {
        let row = format!("\n| `{member}` |");
        let found = page[at..].find(&row).map(|i| i + at);
        let start = found.unwrap_or_else(|| panic!("no row of {member} after byte {at}:\n{page}"));
        let line = page[start + 1..].lines().next().unwrap();
        let cell = line.trim_end_matches(" |").rsplit(" | ").next().unwrap();
        assert_eq!(cell.split("<br />").collect::<Vec<_>>(), *history, "{line}");
        at = start + 1;
    }
    let html = docs::html::<mastodon::MastodonError>();
    assert!(html.contains("<th>Version history</th>"), "{html}");
    assert!(html.contains("</td><td>0.6.0 - added</td></tr>"), "{html}");
    // The catalogue's `since` is its format's members': its entries say
    // nothing of their own.
    assert!(!page.contains("Version history: 0.6.0"), "{page}");
}

#[test]
fn every_output_shows_the_history() {
    let view = View::of::<History>();
    let facts = view.facts();
    for fact in [
        ("schema.since", "1.0.0"),
        ("schema.since", "2.0.0"),
        ("since", "2.1.0"),
        ("since", "1.2.0"),
        ("deprecated.since", "2.1.0"),
        ("deprecated.replaced_by", "34310"),
        ("deprecated.since", "3.0.0-rc.1"),
        ("body_field.since", "2.0.0"),
        ("header.since", "2.0.0"),
        ("retired.code", "34301"),
        ("retired.note", "2.1: use 34310"),
        ("retired.note", "gone in 3.0: sessions never expire"),
    ] {
        assert!(
            facts.contains(&(fact.0, fact.1.to_owned())),
            "{fact:?} not among {facts:?}"
        );
    }
    assert_every_fact_in_every_output(&view);
}

#[test]
fn markdown_and_html_link_a_deprecated_entry_to_its_replacement() {
    let view = View::of::<History>();
    let md = Markdown::new(&view).to_string();
    assert!(
        md.contains("| WrongPassword<br />**Deprecated since 2.1.0**: use [34310](#34310) |"),
        "{md}"
    );
    assert!(
        md.contains("| Internal<br />**Deprecated since 3.0.0-rc.1** |"),
        "{md}"
    );
    // An entry's own release where it is not the catalogue's.
    assert!(
        md.contains("| WrongCredentials<br />Version history: 2.1.0 - added |"),
        "{md}"
    );
    assert!(
        md.contains("| `retry_after` | integer | optional | Seconds to wait. | 2.0.0 - added |"),
        "{md}"
    );
    // `scope` has no `since` of its own: its entry's.
    assert!(
        md.contains("| `scope` | string | optional | sent by Throttled | 1.2.0 - added |"),
        "{md}"
    );
    assert!(
        md.contains("| `code` | integer | required | the error code | 1.0.0 - added |"),
        "{md}"
    );
    // In the entry's body cell, each member and header with its release.
    assert!(
        md.contains(
            "<br />`retry_after` (integer, since 2.0.0)<br />`scope` (string)<br />header `Retry-After` (integer, since 2.0.0) |"
        ),
        "{md}"
    );
    assert!(md.ends_with(
        "\n## Retired codes\n\nNo error is sent with these codes any more, and none will be again.\n\n\
         | Code | Note |\n|---|---|\n| 34301 | 2.1: use 34310 |\n| 34302 | gone in 3.0: sessions never expire |\n"
    ), "{md}");
    let html = Html::new(&view).to_string();
    assert!(
        html.contains("<td>WrongPassword<br><strong>Deprecated since 2.1.0</strong>: use <a href=\"#34310\">34310</a></td>"),
        "{html}"
    );
    assert!(
        html.contains("<h2 id=\"retired\">Retired codes</h2>"),
        "{html}"
    );
    assert!(
        html.contains("<tr><td><code>34301</code></td><td>2.1: use 34310</td></tr>"),
        "{html}"
    );
}

#[test]
fn json_carries_the_history_where_declared() {
    let doc = Json::new(&View::of::<History>()).to_value();
    assert_eq!(doc["since"], "1.0.0");
    assert_eq!(
        doc["retired"],
        serde_json::json!([
            {"code": 34301, "note": "2.1: use 34310"},
            {"code": 34302, "note": "gone in 3.0: sessions never expire"},
        ])
    );
    let entries = doc["entries"].as_array().unwrap();
    assert_eq!(entries[0]["since"], "1.0.0");
    assert_eq!(
        entries[0]["deprecated"],
        serde_json::json!({"since": "2.1.0", "replaced_by": 34310, "replacement_anchor": "34310"})
    );
    assert_eq!(entries[1]["since"], "2.1.0");
    assert_eq!(entries[1]["deprecated"], serde_json::Value::Null);
    assert_eq!(entries[2]["body_fields"][0]["since"], "2.0.0");
    assert_eq!(entries[2]["headers"][0]["since"], "2.0.0");
    assert!(entries[2]["body_fields"][1].get("since").is_none());
    // A catalogue without history: no member about it.
    let plain = Json::new(&View::of::<mastodon::MastodonError>()).to_value();
    assert!(plain.get("retired").is_none());
    assert!(plain["entries"][0].get("deprecated").is_none());
}

/// `deprecated: true` where OpenAPI 3.1 has it (the Schema Object, as JSON
/// Schema's annotation), `x-deprecated` on the Example Object, which has no
/// such field, and the retired codes in `info`; the real validators accept
/// the document.
#[test]
fn openapi_marks_deprecations_and_lists_retired_codes() {
    let text = OpenApi::new(&View::of::<History>()).to_string_pretty("3.0.0");
    let doc: serde_json::Value = serde_json::from_str(&text).unwrap();
    let examples =
        &doc["components"]["responses"]["History_401"]["content"]["application/json"]["examples"];
    assert_eq!(examples["WrongPassword"]["x-deprecated"], true);
    assert!(examples["WrongCredentials"].get("x-deprecated").is_none());
    let description = examples["WrongPassword"]["description"].as_str().unwrap();
    assert!(
        description.contains("Deprecated since 2.1.0: use 34310"),
        "{description}"
    );
    assert_eq!(
        doc["info"]["x-retired-codes"],
        serde_json::json!([
            {"code": 34301, "note": "2.1: use 34310"},
            {"code": 34302, "note": "gone in 3.0: sessions never expire"},
        ])
    );
    let info = doc["info"]["description"].as_str().unwrap();
    assert!(
        info.contains(
            "Retired codes: 34301 (2.1: use 34310); 34302 (gone in 3.0: sessions never expire)."
        ),
        "{info}"
    );
    let code = &doc["components"]["schemas"]["History"]["properties"]["code"]["description"];
    assert_eq!(code, "the error code\n\nVersion history:\n1.0.0 - added");
    let path = target_file("history");
    std::fs::write(&path, &text).unwrap();
    validate(&[path]);
}

/// A deprecated entry with `#[body]` members has a schema of its own,
/// which carries JSON Schema's `deprecated`.
#[test]
fn a_deprecated_entry_s_own_schema_is_deprecated() {
    #[allow(dead_code)]
    #[derive(Debug, ApiError)]
    pub enum Limits {
        #[code(
            1,
            status = 429,
            msg = "Slow down",
            deprecated(since = "2.0.0", replaced_by = 2)
        )]
        Old {
            #[body]
            wait: u64,
        },
        #[code(2, status = 429, msg = "Slow down")]
        New {
            #[body]
            wait_ms: u64,
        },
        #[code(
            3,
            status = 400,
            msg = "Bad",
            deprecated(since = "2.0.0", replaced_by = 4)
        )]
        Bad,
        #[code(4, status = 400, msg = "Bad request")]
        BadRequest,
    }
    let text = OpenApi::new(&View::of::<Limits>()).to_string_pretty("1.0.0");
    let doc: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(
        doc["components"]["schemas"]["LimitsOld"]["deprecated"],
        true
    );
    assert!(doc["components"]["schemas"]["LimitsNew"]
        .get("deprecated")
        .is_none());
    // Without `#[body]` members too: its own schema says it, and the 400
    // response offers it beside the format's.
    assert_eq!(
        doc["components"]["schemas"]["LimitsBad"]["deprecated"],
        true
    );
    assert_eq!(
        doc["components"]["responses"]["Limits_400"]["content"]["application/json"]["schema"],
        serde_json::json!({"anyOf": [
            {"$ref": "#/components/schemas/Limits_400"},
            {"$ref": "#/components/schemas/LimitsBad"},
        ]})
    );
    let path = target_file("limits-deprecated");
    std::fs::write(&path, &text).unwrap();
    validate(&[path]);
}

/// A retired code's note is text (the Markdown and HTML pages escape it);
/// in OpenAPI's `info.description`, which is CommonMark that Redoc renders
/// as HTML, it goes in raw: `redocly lint` warns `no-unsafe-markdown` on
/// `<script>` and `javascript:`, and a note's blank line ends the paragraph
/// that lists the retired codes.
#[test]
fn a_retired_note_is_text_in_openapi_too() {
    #[allow(dead_code)]
    #[derive(Debug, ApiError)]
    #[api_error(retired(
        7 = "<script>alert(1)</script> see [docs](javascript:alert(1))",
        8 = "gone `code` & <b>bold</b>"
    ))]
    pub enum Notes {
        #[code(1, status = 400, msg = "Bad")]
        Bad,
    }
    let text = OpenApi::new(&View::of::<Notes>()).to_string_pretty("1.0.0");
    let doc: serde_json::Value = serde_json::from_str(&text).unwrap();
    let info = doc["info"]["description"].as_str().unwrap();
    assert!(!info.contains("<script>"), "{info}");
    assert!(!info.contains("](javascript:"), "{info}");
    assert!(!info.contains("<b>") && !info.contains("`code`"), "{info}");
    // The structured copy keeps the notes as written.
    assert_eq!(
        doc["info"]["x-retired-codes"][1]["note"],
        "gone `code` & <b>bold</b>"
    );
    let path = target_file("retired-notes");
    std::fs::write(&path, &text).unwrap();
    if let Some(lint) = crate::common::validators::redocly_lint(&path) {
        assert!(!lint.contains("no-unsafe-markdown"), "{lint}");
    }
}
