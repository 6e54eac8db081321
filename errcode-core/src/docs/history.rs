//! What the pages say about a catalogue's history: when each body member
//! appeared (as Mastodon's entity pages write it, "Version history:" then
//! "0.6.0 - added"), which entries are deprecated and for which, and which
//! codes are retired.

use std::cmp::Ordering;

use super::schema_rows::SchemaRow;
use super::tree::Tree;
use crate::{Catalogue, Code, Entry, Retired};

/// The heading of a member's history, as Mastodon's pages write it.
pub(super) const VERSION_HISTORY: &str = "Version history:";

/// The heading of the body table's column of member histories.
pub(super) const VERSION_HISTORY_COLUMN: &str = "Version history";

/// A history line: `0.6.0 - added`.
pub(super) fn added(since: &str) -> String {
    format!("{since} - added")
}

/// The codes `catalogue` and the catalogues it includes retired, in
/// declaration order, its own first.
pub(super) fn retired_of(catalogue: &'static Catalogue) -> Vec<&'static Retired> {
    let mut retired: Vec<&'static Retired> = catalogue.retired().iter().collect();
    for included in catalogue.includes() {
        retired.extend(retired_of(included));
    }
    retired
}

/// The release each row's member appeared in: a `#[body]` member's
/// `since` (else its entry's; the earliest where several entries send it),
/// the catalogue's for the format's own members.
pub(super) fn date_rows(rows: &mut [SchemaRow], catalogue: &Catalogue, entries: &[&Entry]) {
    for row in rows {
        let member = row
            .member()
            .rsplit('.')
            .next()
            .unwrap_or_default()
            .to_owned();
        let mut sent = false;
        let mut earliest: Option<&'static str> = None;
        for entry in entries {
            for field in entry.body_fields().iter().filter(|f| f.member() == member) {
                sent = true;
                if let Some(since) = field.since().or(entry.since()) {
                    if earliest.is_none_or(|e| earlier(since, e)) {
                        earliest = Some(since);
                    }
                }
            }
        }
        row.set_since(if sent { earliest } else { catalogue.since() });
    }
}

fn earlier(a: &str, b: &str) -> bool {
    crate::compare_versions(a, b) == Some(Ordering::Less)
}

/// `Deprecated since 2.1.0`, and the code to use instead, if any: the
/// outputs write `: use 34310` after it, the pages with a link to its row.
pub(super) fn deprecation(entry: &Entry) -> Option<(String, Option<Code>)> {
    let deprecation = entry.deprecation()?;
    Some((
        format!("Deprecated since {}", deprecation.since()),
        deprecation.replaced_by(),
    ))
}

/// [`deprecation`] as plain text: `Deprecated since 2.1.0: use 34310`.
pub(super) fn deprecated_text(entry: &Entry) -> Option<String> {
    let (mut text, replacement) = deprecation(entry)?;
    if let Some(code) = replacement {
        text.push_str(&format!(": use {code}"));
    }
    Some(text)
}

/// A body row's description as a schema's `description` carries it: what
/// the member holds, then its version history as Mastodon's pages write it.
pub(super) fn described(row: &SchemaRow) -> String {
    let mut text = row.description().to_owned();
    if let Some(since) = row.since() {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        text.push_str(VERSION_HISTORY);
        text.push('\n');
        text.push_str(&added(since));
    }
    text
}

/// What an OpenAPI example's description adds about an entry's history:
/// its own release (`since`, where the pages show one), and its deprecation.
pub(super) fn details(since: Option<&str>, entry: &Entry) -> Vec<String> {
    let mut details = Vec::new();
    if let Some(since) = since {
        details.push(format!("{VERSION_HISTORY} {}", added(since)));
    }
    details.extend(deprecated_text(entry));
    details
}

/// The retired codes as OpenAPI shows them: a paragraph of `info.description`
/// (`Retired codes: 34301 (2.1: use 34310).`) for readers, and
/// `info.x-retired-codes` (`[{"code", "note"}]`, a specification extension,
/// as OpenAPI has no field for them) for tools.
pub(super) fn retired_in_openapi(retired: &[&Retired]) -> Option<(String, Tree)> {
    if retired.is_empty() {
        return None;
    }
    let text = retired
        .iter()
        .map(|r| format!("{} ({})", r.code(), inline_text(r.note())))
        .collect::<Vec<_>>()
        .join("; ");
    let items = retired
        .iter()
        .map(|r| {
            let mut item = Tree::object();
            item.insert(
                "code",
                Tree::of_example(&serde_json::to_string(&r.code()).unwrap_or_default()),
            );
            item.insert("note", r.note());
            item
        })
        .collect();
    Some((format!("Retired codes: {text}."), Tree::Array(items)))
}

/// `text` as literal text inside a CommonMark paragraph (OpenAPI's
/// descriptions are CommonMark, and renderers turn them into HTML): one
/// line, and no character that starts HTML, a link or a code span.
fn inline_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\n' | '\r' => out.push(' '),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '[' => out.push_str("&#91;"),
            ']' => out.push_str("&#93;"),
            '`' => out.push_str("&#96;"),
            c => out.push(c),
        }
    }
    out
}
