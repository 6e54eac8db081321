//! The names of the document's components, and which entries each schema
//! component stands for.

use super::super::view::{EntryView, View};
use super::{has_own_schema, DEFAULT};

/// The names of the document's components, valid in every generator's
/// language (no dots): the body schema's (the type name, the prefix of
/// every other); `{Type}_{status}` for a status's response and the schema
/// of its entries without one of their own (where the format has a code
/// member to tell them apart); `{Type}{Name}` for each entry with `#[body]`
/// members (`_{index}` after it should two entries share a name: an
/// included catalogue's entry may have the name of one of the type's own).
pub(super) struct Names<'v> {
    pub(super) body: String,
    codes: bool,
    pub(super) statuses: Vec<(String, Vec<&'v EntryView>)>,
    pub(super) entries: Vec<(&'v EntryView, String)>,
}

impl<'v> Names<'v> {
    pub(super) fn of(view: &'v View, by_status: &[(Option<u16>, Vec<&'v EntryView>)]) -> Self {
        let body = component_name(view.catalogue().type_name());
        let codes = view.code_path().is_some();
        let statuses: Vec<(String, Vec<&EntryView>)> = by_status
            .iter()
            .filter(|_| codes)
            .map(|(status, entries)| {
                let key = status.map_or_else(|| DEFAULT.to_owned(), |s| s.to_string());
                let plain = entries.iter().copied().filter(|e| !has_own_schema(e));
                (key, plain.collect::<Vec<_>>())
            })
            .filter(|(_, plain)| !plain.is_empty())
            .collect();
        let mut entries: Vec<(&EntryView, String)> = Vec::new();
        for entry in view.entries().iter().filter(|e| has_own_schema(e)) {
            let mut name = component_name(entry.entry().name());
            if let Some(first) = name.get(..1) {
                name.replace_range(..1, &first.to_ascii_uppercase());
            }
            let mut name = format!("{body}{name}");
            let taken = |name: &str| {
                entries.iter().any(|(_, n)| n == name)
                    || statuses
                        .iter()
                        .any(|(key, _)| format!("{body}_{key}") == name)
            };
            if taken(&name) {
                name = format!("{name}_{}", entry.entry().index());
            }
            entries.push((entry, name));
        }
        Names {
            body,
            codes,
            statuses,
            entries,
        }
    }

    /// `{Type}_{key}`: the response of a status (`401`, `default`), and the
    /// schema of its entries without one of their own.
    pub(super) fn status(&self, key: &str) -> String {
        format!("{}_{key}", self.body)
    }

    /// The schema component of bodies of `plain`, entries without a schema
    /// of their own: the body's, where codes do not tell them apart, else
    /// their status's where they are all of its entries; `None` for a
    /// schema to be written in (an operation's share of a status).
    pub(super) fn plain(&self, plain: &[&EntryView]) -> Option<String> {
        if !self.codes {
            return Some(self.body.clone());
        }
        self.statuses
            .iter()
            .find(|(_, entries)| {
                entries.len() == plain.len()
                    && entries
                        .iter()
                        .zip(plain)
                        .all(|(a, b)| core::ptr::eq(a.entry(), b.entry()))
            })
            .map(|(key, _)| self.status(key))
    }
}

/// The codes of `entries`, each once.
pub(super) fn codes_of(entries: &[&EntryView]) -> Vec<crate::Code> {
    let mut codes = Vec::new();
    for entry in entries {
        let code = entry.entry().code();
        if !codes.contains(&code) {
            codes.push(code);
        }
    }
    codes
}

/// `text` as a component name: OpenAPI's `^[a-zA-Z0-9.\-_]+$` without
/// `.` and `-`, which generators read as module paths or cannot name a type with.
fn component_name(text: &str) -> String {
    text.chars()
        .map(|ch| {
            if ch.is_ascii_alphanumeric() || ch == '_' {
                ch
            } else {
                '_'
            }
        })
        .collect()
}
