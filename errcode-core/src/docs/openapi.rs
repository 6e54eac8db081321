use core::fmt;
use core::marker::PhantomData;

use http::StatusCode;
use serde_json::{Map, Value};

use crate::format::{example, Format};
use crate::{Catalogue, Entry};

/// The catalogue as OpenAPI 3.1 responses: one Response Object per status.
///
/// [`responses`](Self::responses) is a Responses Object, ready to be an
/// operation's `responses` or merged into one:
///
/// ```json
/// {
///   "401": {
///     "description": "Unauthorized\n\n- 34305 WrongPassword: Incorrect account or wrong password",
///     "content": {
///       "application/json": {
///         "examples": {
///           "WrongPassword": {
///             "summary": "34305 WrongPassword",
///             "description": "Shown when the password check fails.",
///             "value": {"code": 34305, "message": "Incorrect account or wrong password"}
///           }
///         }
///       }
///     }
///   }
/// }
/// ```
///
/// Each response's description names the status and lists every entry with
/// it (code, name, message template); its content has the format's content
/// type and one named example per entry, the body that
/// [`format::example`](crate::format::example) renders. Examples are keyed
/// by the entry's name (`"name #index"` should two entries of one status
/// share a name).
///
/// Entries documented without a status (client-side codes, catalogues that
/// give none) go under `default`, OpenAPI's "any other status", because the
/// catalogue says nothing more precise about them. Its description says that
/// errcode's adapters send them with `500 Internal Server Error`
/// ([`Entry::http_status`]).
///
/// [`document`](Self::document) wraps the same responses in a whole
/// document, as `components.responses` named `{Type}.{status}`.
pub struct OpenApi<'a, F> {
    catalogue: &'a Catalogue,
    format: PhantomData<fn() -> F>,
}

/// The key status-less entries are listed under.
const DEFAULT: &str = "default";

impl<'a, F: Format> OpenApi<'a, F> {
    /// The OpenAPI responses of `catalogue`, with examples in format `F`.
    #[must_use]
    pub const fn new(catalogue: &'a Catalogue) -> Self {
        OpenApi {
            catalogue,
            format: PhantomData,
        }
    }

    /// The Responses Object: `"400"`, `"401"`, … and `"default"` for
    /// entries without a status, each present only when some entry has it.
    #[must_use]
    pub fn responses(&self) -> Value {
        let mut responses = Map::new();
        for (status, entries) in self.by_status() {
            let key = status.map_or_else(|| DEFAULT.to_owned(), |s| s.to_string());
            responses.insert(key, response::<F>(status, &entries));
        }
        Value::Object(responses)
    }

    /// A whole OpenAPI 3.1 document: `info` from the catalogue's title and
    /// description with `version` as `info.version`, and the responses under
    /// `components.responses` as `{Type}.{status}` (`AccountError.401`,
    /// `AccountError.default`) for operations to `$ref`.
    #[must_use]
    pub fn document(&self, version: &str) -> Value {
        let c = self.catalogue;
        let prefix: String = c
            .type_name()
            .chars()
            .map(|ch| {
                if ch.is_ascii_alphanumeric() || matches!(ch, '.' | '-' | '_') {
                    ch
                } else {
                    '_'
                }
            })
            .collect();
        let mut components = Map::new();
        if let Value::Object(responses) = self.responses() {
            for (key, response) in responses {
                components.insert(format!("{prefix}.{key}"), response);
            }
        }
        let mut info = Map::new();
        info.insert("title".into(), c.title().into());
        if let Some(description) = c.description() {
            info.insert("description".into(), description.into());
        }
        info.insert("version".into(), version.into());
        let mut doc = Map::new();
        doc.insert("openapi".into(), "3.1.0".into());
        doc.insert("info".into(), Value::Object(info));
        let mut responses = Map::new();
        responses.insert("responses".into(), Value::Object(components));
        doc.insert("components".into(), Value::Object(responses));
        Value::Object(doc)
    }

    /// Entries grouped by status, statuses ascending, `None` last.
    fn by_status(self) -> Vec<(Option<u16>, Vec<&'static Entry>)> {
        let mut groups: Vec<(Option<u16>, Vec<&'static Entry>)> = Vec::new();
        for entry in self.catalogue.entries() {
            let status = entry.status();
            match groups.iter_mut().find(|(s, _)| *s == status) {
                Some((_, entries)) => entries.push(entry),
                None => groups.push((status, vec![entry])),
            }
        }
        groups.sort_by_key(|&(status, _)| (status.is_none(), status));
        groups
    }
}

fn response<F: Format>(status: Option<u16>, entries: &[&'static Entry]) -> Value {
    let mut description = match status {
        Some(status) => StatusCode::from_u16(status)
            .ok()
            .and_then(|s| s.canonical_reason())
            .map_or_else(|| format!("Status {status}"), str::to_owned),
        None => "Errors documented without an HTTP status; errcode's adapters send them \
                     with 500 Internal Server Error."
            .to_owned(),
    };
    description.push('\n');
    let mut examples = Map::new();
    for entry in entries {
        description.push_str("\n- ");
        let summary = summary(entry);
        description.push_str(&summary);
        if !entry.message().is_empty() {
            description.push_str(": ");
            description.push_str(&one_line(entry.message()));
        }
        let mut ex = Map::new();
        ex.insert("summary".into(), summary.into());
        if let Some(text) = entry.description() {
            ex.insert("description".into(), text.into());
        }
        ex.insert("value".into(), example::<F>(entry));
        let mut key = entry.name().to_owned();
        if examples.contains_key(&key) {
            key = format!("{} #{}", entry.name(), entry.index());
        }
        examples.insert(key, Value::Object(ex));
    }
    let mut media = Map::new();
    media.insert("examples".into(), Value::Object(examples));
    let mut content = Map::new();
    content.insert(F::CONTENT_TYPE.into(), Value::Object(media));
    let mut response = Map::new();
    response.insert("description".into(), description.into());
    response.insert("content".into(), Value::Object(content));
    Value::Object(response)
}

/// `34305 WrongPassword`, or the name alone for an entry without a code.
fn summary(entry: &Entry) -> String {
    if entry.code().is_none() {
        one_line(entry.name())
    } else {
        format!("{} {}", entry.code(), one_line(entry.name()))
    }
}

fn one_line(text: &str) -> String {
    text.lines().map(str::trim).collect::<Vec<_>>().join(" ")
}

impl<F> Clone for OpenApi<'_, F> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<F> Copy for OpenApi<'_, F> {}

impl<F> fmt::Debug for OpenApi<'_, F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OpenApi")
            .field("catalogue", &self.catalogue.type_name())
            .finish_non_exhaustive()
    }
}
