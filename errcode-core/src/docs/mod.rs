//! Documentation generated from a catalogue: Markdown, JSON, OpenAPI 3.1 and
//! a self-contained HTML page.
//!
//! Every output reads one [`View`] of a [`Catalogue`], built once for a body
//! [`Format`](crate::Format): each fact of the catalogue and of its entries,
//! and each entry's example body as the exact bytes the format writes. A fact
//! added to the view reaches all four outputs (the test suite fails when one
//! leaves a fact of [`View::facts`] out). The functions here render the
//! catalogue of an [`ApiError`] type in its own format.
//!
//! ```
//! use errcodes::ApiError;
//!
//! /// Errors of the accounts API.
//! #[derive(Debug, ApiError)]
//! #[api_error(category = "Accounts")]
//! pub enum AccountError {
//!     /// Shown when the password check fails.
//!     #[code(34305, status = 401, msg = "Incorrect account or wrong password")]
//!     WrongPassword,
//! }
//!
//! let markdown = errcodes::docs::markdown::<AccountError>();
//! assert_eq!(
//!     markdown,
//!     "# Errors of the accounts API.\n\n## Body\n\nBodies are `application/json`.\n\n\
//!      | Member | Type | Required | Description |\n|---|---|---|---|\n\
//!      | `code` | integer | required | the error code |\n\
//!      | `message` | string | required | the error message |\n\n## Accounts\n\n\
//!      | Code | Status | Name | Message | Description | Body |\n\
//!      |---|---|---|---|---|---|\n\
//!      | <a id=\"34305\"></a>34305 | 401 | WrongPassword | Incorrect account or wrong password | Shown when the password check fails. \
//!      | `{\"code\":34305,\"message\":\"Incorrect account or wrong password\"}` |\n",
//! );
//!
//! let openapi = errcodes::docs::openapi::<AccountError>("1.0.0");
//! assert_eq!(
//!     openapi["components"]["responses"]["AccountError_401"]["content"]["application/json"]
//!         ["examples"]["WrongPassword"]["value"],
//!     serde_json::json!({"code": 34305, "message": "Incorrect account or wrong password"}),
//! );
//! ```
//!
//! [`Catalogue`]: crate::Catalogue

mod example;
mod files;
mod history;
mod html;
mod html_entry;
mod html_prose;
mod json;
mod markdown;
mod markdown_entry;
mod openapi;
mod pages;
mod schema_rows;
mod tree;
mod view;

pub use files::{assert_fresh, fresh_with, write_all, write_files, Stale};
pub use html::Html;
pub use json::Json;
pub use markdown::Markdown;
pub use openapi::{Contact, License, OpenApi, Server, Spec};
pub use pages::{EntryPage, Links};
pub use schema_rows::SchemaRow;
pub use view::{EntryView, View};

use crate::{ApiError, Code};

/// The catalogue of `E` as Markdown (see [`Markdown`]).
#[must_use]
pub fn markdown<E: ApiError>() -> String {
    Markdown::new(&View::of::<E>()).to_string()
}

/// The catalogue of `E` as a pretty-printed JSON document (see [`Json`]).
#[must_use]
pub fn json<E: ApiError>() -> String {
    Json::new(&View::of::<E>()).to_string_pretty()
}

/// The catalogue of `E` as an OpenAPI 3.1 document whose
/// `components.responses` hold one response per status (see [`OpenApi`]).
///
/// `version` is the API's version, `info.version` in the document.
#[must_use]
pub fn openapi<E: ApiError>(version: &str) -> serde_json::Value {
    OpenApi::new(&View::of::<E>()).document(version)
}

/// The catalogue of `E` as one self-contained HTML page (see [`Html`]).
#[must_use]
pub fn html<E: ApiError>() -> String {
    Html::new(&View::of::<E>()).to_string()
}

/// The catalogue of `E` as Markdown with its messages in the language
/// `lang` (see [`View::of_in`]).
#[must_use]
pub fn markdown_in<E: ApiError>(lang: &str) -> String {
    Markdown::new(&View::of_in::<E>(lang)).to_string()
}

/// The catalogue of `E` as an HTML page with its messages in the language
/// `lang` (see [`View::of_in`]), linking to the page in each other language.
#[must_use]
pub fn html_in<E: ApiError>(lang: &str) -> String {
    Html::new(&View::of_in::<E>(lang)).to_string()
}

/// The entries of `view` grouped by category: first the entries without
/// one, then each category in the order it first appears; entries keep
/// declaration order inside a group, except that each child follows its
/// parent where both are in the group ([`tree_order`]).
fn by_category(view: &View) -> Vec<(Option<&'static str>, Vec<&EntryView>)> {
    let mut groups = by_category_declared(view);
    for (_, entries) in &mut groups {
        if entries.iter().any(|e| e.entry().parent().is_some()) {
            *entries = tree_order(entries);
        }
    }
    groups
}

/// What the pages write before a child's code, to draw the tree: an
/// indent per level above its parent, then a corner. HTML entities, which
/// Markdown passes through.
fn tree_prefix(depth: usize) -> String {
    match depth {
        0 => String::new(),
        _ => "&emsp;".repeat(depth - 1) + "└&nbsp;",
    }
}

/// `entries` with each one's children right after it (and theirs after
/// them), otherwise in the order given: the tree of codes, read top down.
/// An entry whose parent is not among `entries` starts a tree of its own.
fn tree_order<'v>(entries: &[&'v EntryView]) -> Vec<&'v EntryView> {
    let codes: std::collections::HashSet<Code> = entries.iter().map(|e| e.entry().code()).collect();
    let mut children: std::collections::HashMap<Code, Vec<usize>> =
        std::collections::HashMap::new();
    for (i, e) in entries.iter().enumerate() {
        if let Some(parent) = e.entry().parent().filter(|p| codes.contains(p)) {
            children.entry(parent).or_default().push(i);
        }
    }
    let mut out = Vec::with_capacity(entries.len());
    let mut placed = vec![false; entries.len()];
    let roots = (0..entries.len()).rev().filter(|&i| {
        entries[i]
            .entry()
            .parent()
            .is_none_or(|p| !codes.contains(&p))
    });
    let mut stack: Vec<usize> = roots.collect();
    while let Some(i) = stack.pop() {
        if std::mem::replace(&mut placed[i], true) {
            continue;
        }
        out.push(entries[i]);
        // Children of the code, once: under the first entry of a shared code.
        if let Some(kids) = children.remove(&entries[i].entry().code()) {
            stack.extend(kids.into_iter().rev());
        }
    }
    out
}

fn by_category_declared(view: &View) -> Vec<(Option<&'static str>, Vec<&EntryView>)> {
    let mut groups: Vec<(Option<&'static str>, Vec<&EntryView>)> = Vec::new();
    if view
        .entries()
        .iter()
        .any(|e| e.entry().category().is_none())
    {
        groups.push((None, Vec::new()));
    }
    for entry in view.entries() {
        let category = entry.entry().category();
        match groups.iter_mut().find(|(c, _)| *c == category) {
            Some((_, entries)) => entries.push(entry),
            None => groups.push((category, vec![entry])),
        }
    }
    groups
}

/// The headings each group of [`by_category`] opens: a nested category
/// (`Interactions/Role`) is a heading per level (`Interactions` at depth 0,
/// `Role` at depth 1), each written once while its groups follow each other.
fn headings<'c>(previous: Option<&'c str>, category: &'c str) -> Vec<(usize, &'c str)> {
    let before: Vec<&str> = previous.map_or_else(Vec::new, |p| p.split('/').collect());
    let mut same = true;
    category
        .split('/')
        .enumerate()
        .filter(|(depth, part)| {
            same = same && before.get(*depth) == Some(part);
            !same
        })
        .collect()
}

/// `34305 WrongPassword`, or the name alone for an entry without a code:
/// an entry's heading where it has one (its page, its long form).
fn entry_heading(entry: &EntryView) -> String {
    match entry.entry().code() {
        Code::None => entry.entry().name().to_owned(),
        code => format!("{code} {}", entry.entry().name()),
    }
}

/// The heading of an entry page: its entry's, or the code shared by its
/// entries.
fn page_heading(page: &pages::EntryPage<'_>) -> String {
    match page.entries() {
        [one] => entry_heading(one),
        _ => page.name().to_owned(),
    }
}

/// The `id` of an entry's long form on the catalogue page, in the
/// "Explanations" after the tables.
fn explained_id(entry: &EntryView) -> String {
    format!("explained-{}", entry.anchor())
}

/// The headings of an entry's sections as its description cell links them,
/// `Causes, Fix`; `None` without sections.
fn section_names(entry: &EntryView) -> Option<String> {
    let names: Vec<&str> = entry.entry().sections().map(|s| s.heading()).collect();
    (!names.is_empty()).then(|| names.join(", "))
}

/// Which optional columns an entry table shows: a column empty for every
/// entry of the catalogue is left out.
#[derive(Debug, Clone, Copy)]
struct Columns {
    code: bool,
    grpc: bool,
    message: bool,
    description: bool,
}

impl Columns {
    fn of(view: &View) -> Self {
        let entries = view.entries();
        Columns {
            code: entries.iter().any(|e| !e.entry().code().is_none()),
            grpc: entries.iter().any(|e| e.grpc_code().is_some()),
            message: entries.iter().any(|e| {
                !e.message().is_empty()
                    || e.entry().title().is_some()
                    || !e.entry().exposes_message()
            }),
            description: entries
                .iter()
                .any(|e| e.entry().summary().is_some() || e.entry().sections().next().is_some()),
        }
    }
}

/// The JSON type of a `#[body]` field, as the body table words it.
fn field_type(field: &crate::BodyField) -> String {
    let (schema, _) = crate::format::field_schema::body_field_schema(field);
    let json_type = schema_rows::field_json_type(&schema);
    match field.retry_after() {
        Some(unit) => format!("{json_type}, retry delay in {}", unit.name()),
        None => json_type,
    }
}

/// How the pages word a header that carries the error's own value: its
/// JSON type, and `optional` where an error may send none.
fn header_value_type(header: &crate::ResponseHeader) -> String {
    let json_type = schema_rows::json_type(&header_schema(header));
    if header.is_optional() {
        format!("{json_type}, optional")
    } else {
        json_type
    }
}

/// The JSON Schema of a header's value: the fixed value, or what the
/// field's type shows as (an integer for integer types, else a string); a
/// string where a `with` function, whose result type the catalogue does not
/// record, shows it.
fn header_schema(header: &crate::ResponseHeader) -> serde_json::Value {
    const INTEGERS: &[&str] = &[
        "u8", "u16", "u32", "u64", "u128", "usize", "i8", "i16", "i32", "i64", "i128", "isize",
    ];
    if let Some(value) = header.value() {
        return serde_json::json!({ "type": "string", "enum": [value] });
    }
    let ty = header.ty().unwrap_or("");
    let ty = ty
        .strip_prefix("Option<")
        .and_then(|t| t.strip_suffix('>'))
        .filter(|_| header.is_optional())
        .unwrap_or(ty);
    let ty = if INTEGERS.contains(&ty) && header.with().is_none() {
        "integer"
    } else {
        "string"
    };
    serde_json::json!({ "type": ty })
}

/// The paragraphs of `text`, each on one line: text from doc comments is
/// wrapped at some width, so a single line break is a space (as Markdown
/// reads it) and only a blank line separates paragraphs.
fn paragraphs(text: &str) -> Vec<String> {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut out: Vec<String> = Vec::new();
    let mut open = false;
    for line in text.split('\n').map(str::trim) {
        if line.is_empty() {
            open = false;
        } else if let (true, Some(last)) = (open, out.last_mut()) {
            last.push(' ');
            last.push_str(line);
        } else {
            out.push(line.to_owned());
            open = true;
        }
    }
    out
}
