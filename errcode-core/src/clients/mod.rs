//! Clients in other languages: a TypeScript module and a Python module per
//! catalogue, each decoding a body exactly as [`decode`](crate::decode)
//! does, with a type per entry.
//!
//! Each module is one file with no dependency beyond its language's
//! standard library: a decode runtime (the same in every module), the
//! catalogue as data (codes, statuses, templates in every language,
//! retired codes, where the format puts each member), and the types
//! written from it: the codes and names as literal types, one type per
//! entry with its `#[body]` members typed from their JSON Schemas, a
//! type guard per entry (`isWrongPassword(d)`, `is_wrong_password(d)`),
//! and `decode`.
//!
//! ```
//! use errcodes::ApiError;
//!
//! #[derive(Debug, ApiError)]
//! pub enum AccountError {
//!     #[code(34305, status = 401, msg = "Incorrect account or wrong password")]
//!     WrongPassword,
//! }
//!
//! let ts = errcodes::clients::typescript::<AccountError>();
//! assert!(ts.contains("export function isWrongPassword(d: Decoded): d is WrongPassword"));
//! let py = errcodes::clients::python::<AccountError>();
//! assert!(py.contains("def is_wrong_password(d: Decoded) -> TypeGuard[WrongPassword]:"));
//! ```
//!
//! A variant's name that the language or the module already uses (a
//! keyword such as `class` or `None`, a builtin or global such as
//! `ValueError` or `Uint8Array`, a name of the runtime such as `Parsed`, or
//! another entry's) gets `Entry` added, then a number (`ParsedEntry`,
//! `CodeEntry2`); a variant whose own name is free always keeps it.
//!
//! A field the client cannot check as Rust's `Deserialize` or `FromStr`
//! would (a type of your own) is taken as it comes; every std scalar,
//! `String`, `serde_json::Value` and `Option` of those is checked exactly.

mod model;
mod names;
mod probe;
mod python;
mod typescript;

use crate::ApiError;

/// The TypeScript module of `E`'s catalogue: `decode(status, body)` and a
/// type and a type guard per entry. Checked with `tsc --strict`.
#[must_use]
pub fn typescript<E: ApiError>() -> String {
    typescript::module(&model::Model::of::<E>())
}

/// The Python module of `E`'s catalogue: `decode(status, body)` and a
/// class and a `TypeGuard` per entry. Checked with `mypy --strict`.
#[must_use]
pub fn python<E: ApiError>() -> String {
    python::module(&model::Model::of::<E>())
}

/// `text` as a JSON string literal, which both languages read as theirs.
fn json_text(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_default()
}

/// The entries' names as string literals, for the `Name` type.
fn name_literals(model: &model::Model) -> Vec<String> {
    model
        .entries
        .iter()
        .map(|e| json_text(e.entry.name()))
        .collect()
}

/// `a | b | c`, or `empty` for none.
fn literal_union(items: &[String], empty: &str) -> String {
    let mut unique: Vec<&String> = Vec::new();
    for item in items {
        if !unique.contains(&item) {
            unique.push(item);
        }
    }
    if unique.is_empty() {
        return empty.to_owned();
    }
    unique
        .iter()
        .map(|s| s.as_str())
        .collect::<Vec<_>>()
        .join(" | ")
}

/// Whether a restored member of this kind may be absent.
fn member_optional(kind: &str) -> bool {
    kind.starts_with("option:") || kind.starts_with("default:")
}
