//! Documentation generated from a catalogue: Markdown, JSON, OpenAPI 3.1 and
//! a self-contained HTML page.
//!
//! Each renderer is a small type over a [`Catalogue`] (and, where it shows
//! example bodies, the body [`Format`](crate::Format)); the functions here render the
//! catalogue of an [`ApiError`] type in its own format.
//!
//! ```
//! use errcode::ApiError;
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
//! let markdown = errcode::docs::markdown::<AccountError>();
//! assert_eq!(
//!     markdown,
//!     "# Errors of the accounts API.\n\n## Accounts\n\n\
//!      | Code | Status | Name | Message | Description |\n\
//!      |---|---|---|---|---|\n\
//!      | 34305 | 401 | WrongPassword | Incorrect account or wrong password | Shown when the password check fails. |\n",
//! );
//!
//! let openapi = errcode::docs::openapi::<AccountError>("1.0.0");
//! assert_eq!(
//!     openapi["components"]["responses"]["AccountError.401"]["content"]["application/json"]
//!         ["examples"]["WrongPassword"]["value"],
//!     serde_json::json!({"code": 34305, "message": "Incorrect account or wrong password"}),
//! );
//! ```
//!
//! [`Catalogue`]: crate::Catalogue

mod html;
mod json;
mod markdown;
mod openapi;

pub use html::Html;
pub use json::Json;
pub use markdown::Markdown;
pub use openapi::OpenApi;

use crate::{ApiError, Catalogue, Entry};

/// The catalogue of `E` as Markdown (see [`Markdown`]).
#[must_use]
pub fn markdown<E: ApiError>() -> String {
    Markdown::new(E::catalogue()).to_string()
}

/// The catalogue of `E` as a pretty-printed JSON document (see [`Json`]).
#[must_use]
pub fn json<E: ApiError>() -> String {
    Json::<E::Format>::new(E::catalogue()).to_string_pretty()
}

/// The catalogue of `E` as an OpenAPI 3.1 document whose
/// `components.responses` hold one response per status (see [`OpenApi`]).
///
/// `version` is the API's version, `info.version` in the document.
#[must_use]
pub fn openapi<E: ApiError>(version: &str) -> serde_json::Value {
    OpenApi::<E::Format>::new(E::catalogue()).document(version)
}

/// The catalogue of `E` as one self-contained HTML page (see [`Html`]).
#[must_use]
pub fn html<E: ApiError>() -> String {
    Html::<E::Format>::new(E::catalogue()).to_string()
}

/// The entries of `catalogue` grouped by category: first the entries without
/// one, then each category in the order it first appears; entries keep
/// declaration order inside a group.
fn by_category(catalogue: &Catalogue) -> Vec<(Option<&'static str>, Vec<&'static Entry>)> {
    let mut groups: Vec<(Option<&'static str>, Vec<&'static Entry>)> = Vec::new();
    if catalogue.entries().iter().any(|e| e.category().is_none()) {
        groups.push((None, Vec::new()));
    }
    for entry in catalogue.entries() {
        let category = entry.category();
        match groups.iter_mut().find(|(c, _)| *c == category) {
            Some((_, entries)) => entries.push(entry),
            None => groups.push((category, vec![entry])),
        }
    }
    groups
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
