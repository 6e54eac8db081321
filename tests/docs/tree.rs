//! The tree of codes in the docs: each child right under its parent, drawn
//! and linked, in Markdown and HTML; `parent` and `ancestors` in the JSON
//! document; the refinement in the OpenAPI description and the body schema.

use errcodes::docs::{Html, Json, Markdown, OpenApi, View};
use errcodes::ApiError;

use super::docs_view::assert_every_fact_in_every_output;

/// Declared out of tree order: the pages put each child under its parent.
#[derive(Debug, ApiError)]
#[api_error(category = "Accounts")]
pub enum AccountError {
    #[code(34300, status = 400, msg = "The request was refused")]
    Refused,
    #[code(34305, status = 401, msg = "Incorrect account or wrong password")]
    WrongPassword,
    #[code(34308, parent = 34307, status = 422, msg = "The password has no digit")]
    NoDigit,
    #[code(34307, parent = 34300, status = 422, msg = "The password is too weak")]
    TooWeak,
    #[code(34306, parent = 34300, status = 409, msg = "The account exists")]
    Exists,
}

/// The order the codes appear in, in `text`.
fn order(text: &str, codes: &[&str]) -> Vec<usize> {
    codes
        .iter()
        .map(|c| {
            text.find(c)
                .unwrap_or_else(|| panic!("{c} missing in\n{text}"))
        })
        .collect()
}

fn sorted(positions: &[usize]) -> bool {
    positions.windows(2).all(|w| w[0] < w[1])
}

#[test]
fn markdown_shows_each_child_under_its_parent() {
    let md = Markdown::new(&View::of::<AccountError>()).to_string();
    let rows = order(
        &md,
        &[
            "<a id=\"34300\"></a>",
            "<a id=\"34307\"></a>",
            "<a id=\"34308\"></a>",
            "<a id=\"34306\"></a>",
            "<a id=\"34305\"></a>",
        ],
    );
    assert!(sorted(&rows), "not in tree order:\n{md}");
    assert!(md.contains("| <a id=\"34307\"></a>└&nbsp;34307 |"), "{md}");
    assert!(
        md.contains("| <a id=\"34308\"></a>&emsp;└&nbsp;34308 |"),
        "{md}"
    );
    assert!(md.contains("| <a id=\"34300\"></a>34300 |"), "{md}");
    assert!(md.contains("TooWeak<br />under [34300](#34300)"), "{md}");
    assert!(md.contains("NoDigit<br />under [34307](#34307)"), "{md}");
}

#[test]
fn html_shows_each_child_under_its_parent() {
    let html = Html::new(&View::of::<AccountError>()).to_string();
    let rows = order(
        &html,
        &[
            "href=\"#34300\"><code>",
            "href=\"#34307\"><code>",
            "href=\"#34308\"><code>",
            "href=\"#34306\"><code>",
            "href=\"#34305\"><code>",
        ],
    );
    assert!(sorted(&rows), "not in tree order:\n{html}");
    assert!(
        html.contains("&emsp;└&nbsp;<a href=\"#34308\"><code>34308</code></a>"),
        "{html}"
    );
    assert!(
        html.contains("TooWeak<br>under <a href=\"#34300\">34300</a>"),
        "{html}"
    );
}

#[test]
fn the_json_document_carries_parent_and_ancestors() {
    let json: serde_json::Value =
        serde_json::to_value(Json::new(&View::of::<AccountError>())).unwrap();
    let entry = |code: i64| {
        json["entries"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["code"] == code)
            .unwrap()
            .clone()
    };
    assert_eq!(entry(34308)["parent"], 34307);
    assert_eq!(entry(34308)["ancestors"], serde_json::json!([34307, 34300]));
    assert_eq!(entry(34308)["parent_anchor"], "34307");
    assert!(
        entry(34300).get("parent").is_none(),
        "a top-level entry has no `parent` key"
    );
    // The JSON document lists entries in declaration order.
    let codes: Vec<i64> = json["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["code"].as_i64().unwrap())
        .collect();
    assert_eq!(codes, [34300, 34305, 34308, 34307, 34306]);
}

#[test]
fn openapi_describes_the_refinement_and_the_ancestors_member() {
    let doc = OpenApi::new(&View::of::<AccountError>()).to_string("1.0.0");
    assert!(
        doc.contains("refines 34300: its bodies list the codes it refines in `ancestors`, and a client that does not know 34307 decodes it as 34300"),
        "{doc}"
    );
    let schema =
        <errcodes::format::Plain as errcodes::Format>::entry_schema(AccountError::NoDigit.info());
    assert_eq!(
        schema["properties"]["ancestors"]["const"],
        serde_json::json!([34307, 34300])
    );
    assert_eq!(
        schema["properties"]["ancestors"]["items"]["type"],
        "integer"
    );
    assert!(schema["required"]
        .as_array()
        .unwrap()
        .contains(&"ancestors".into()));
    let top =
        <errcodes::format::Plain as errcodes::Format>::entry_schema(AccountError::Refused.info());
    assert!(top["properties"].get("ancestors").is_none());
}

#[test]
fn every_output_shows_the_parent() {
    let view = View::of::<AccountError>();
    assert!(view.facts().contains(&("parent", "34307".to_owned())));
    assert_every_fact_in_every_output(&view);
}

#[test]
fn a_catalogue_with_a_tree_passes_every_openapi_validator() {
    let path = crate::common::validators::target_file("tree");
    std::fs::write(
        &path,
        OpenApi::new(&View::of::<AccountError>()).to_string_pretty("1.0.0"),
    )
    .unwrap();
    crate::common::validators::validate(&[path]);
}

#[test]
fn the_body_table_lists_the_ancestors_member() {
    let view = View::of::<AccountError>();
    let row = view
        .schema()
        .iter()
        .find(|r| r.member() == "ancestors")
        .unwrap();
    assert_eq!(row.json_type(), "array of integer");
    assert!(!row.is_required());
    assert!(row
        .description()
        .starts_with("the codes this error refines, nearest first"));
    let md = Markdown::new(&view).to_string();
    assert!(
        md.contains("| `ancestors` | array of integer | optional | the codes this error refines"),
        "{md}"
    );
    // A catalogue without parents has no such row.
    let flat = View::of::<errcodes_catalogues::pluralkit::PluralKitError>();
    assert!(flat.schema().iter().all(|r| r.member() != "ancestors"));
}
