//! The published pages speak the wire's words, not Rust's: every output
//! (Markdown, HTML, JSON, OpenAPI) of every seed catalogue and of the demo,
//! in every language each has, names members and entries as they are sent.
//! No Rust attribute (`#[body]`), no "field `x`" or "Variant `X`", no Rust
//! path or type, and no Markdown backtick left as text in the HTML page.

use crate::demo;
use errcodes_catalogues::cocam;
use errcodes_catalogues::fresns;
use errcodes_catalogues::kakao;
use errcodes_catalogues::mastodon;
use errcodes_catalogues::pluralkit;

use errcodes::docs::{Html, Json, Markdown, OpenApi, View};
use errcodes::ApiError;
use serde_json::Value;

/// What Rust says and the wire does not, in any published text.
const RUST_WORDS: &[&str] = &["#[", "field `", "from field", "variant `", "::"];

/// The text of an HTML page outside `<script>` and `<style>`.
fn html_text(page: &str) -> String {
    let mut text = page.to_owned();
    for (open, close) in [("<script", "</script>"), ("<style", "</style>")] {
        while let Some(start) = text.find(open) {
            let end = text[start..]
                .find(close)
                .map_or(text.len(), |e| start + e + close.len());
            text.replace_range(start..end, "");
        }
    }
    text
}

/// Every string under a `description`, `title` or `summary` key.
fn prose_in(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, value) in map {
                match (key.as_str(), value) {
                    ("description" | "title" | "summary", Value::String(text)) => {
                        out.push(text.clone());
                    }
                    _ => prose_in(value, out),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|v| prose_in(v, out)),
        _ => {}
    }
}

/// Each published text of `E`, named: the pages in every language, and the
/// prose of the JSON and OpenAPI documents.
fn outputs<E: ApiError>() -> Vec<(String, String)> {
    let name = E::catalogue().type_name();
    let mut outputs = Vec::new();
    for lang in E::catalogue().language_tags() {
        let view = View::of_in::<E>(lang).with_grpc();
        outputs.push((
            format!("{name} {lang} Markdown"),
            Markdown::new(&view).to_string(),
        ));
        let page = Html::new(&view).to_string();
        let text = html_text(&page);
        assert!(
            !text.contains('`'),
            "{name} {lang} HTML shows a backtick: {}",
            around(&text, "`")
        );
        outputs.push((format!("{name} {lang} HTML"), text));
    }
    let view = View::of::<E>().with_grpc();
    for (kind, document) in [
        ("JSON", serde_json::to_value(Json::new(&view)).unwrap()),
        (
            "OpenAPI",
            serde_json::from_str(&OpenApi::new(&view).to_string("1.0.0")).unwrap(),
        ),
    ] {
        let mut prose = Vec::new();
        prose_in(&document, &mut prose);
        assert!(!prose.is_empty(), "{name} {kind} has no prose");
        outputs.push((format!("{name} {kind}"), prose.join("\n")));
    }
    outputs
}

fn around(text: &str, needle: &str) -> String {
    let at = text.find(needle).unwrap_or(0);
    let start = text[..at]
        .char_indices()
        .rev()
        .nth(60)
        .map_or(0, |(i, _)| i);
    let end = text[at..]
        .char_indices()
        .nth(60)
        .map_or(text.len(), |(i, _)| at + i);
    text[start..end].to_owned()
}

fn assert_wire_words(outputs: Vec<(String, String)>) {
    let mut found = Vec::new();
    for (output, text) in &outputs {
        let lower = text.to_lowercase();
        for word in RUST_WORDS {
            if lower.contains(word) {
                found.push(format!("{output}: {word:?} in {:?}", around(&lower, word)));
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn seed_catalogues_speak_the_wire() {
    assert_wire_words(outputs::<cocam::CocamError>());
    assert_wire_words(outputs::<fresns::FresnsError>());
    assert_wire_words(outputs::<kakao::KakaoGameError>());
    assert_wire_words(outputs::<mastodon::MastodonError>());
    assert_wire_words(outputs::<pluralkit::PluralKitError>());
}

#[test]
fn the_demo_speaks_the_wire() {
    assert_wire_words(outputs::<demo::AccountError>());
}
