//! The code a body's type URI names (RFC 9457's `type`): what follows the
//! format's base, and the entries whose code it is.

use std::borrow::Cow;

use serde_json::{Map, Value};

use super::uri;
use crate::format::members::UriCode;
use crate::format::Source as FormatSource;
use crate::{Catalogue, CodeRef, Entry, Format, Retired};

/// What follows the base in the body's type URI member, where the format
/// writes one (RFC 9457's `type`) and the body's starts with its base: the
/// format's, else a `docs_url` (see [`docs_suffix`]), which such a format
/// writes there instead of `about:blank`.
pub(super) fn type_uri_code<'b, F: Format + ?Sized>(
    body: &'b Map<String, Value>,
    catalogue: &Catalogue,
) -> Option<Cow<'b, str>> {
    F::MEMBERS.iter().find_map(|member| match member.value {
        FormatSource::TypeUri(base) => {
            let uri = body.get(member.name).and_then(Value::as_str)?;
            match base {
                Some(base) => type_suffix(base, uri),
                None => docs_suffix(catalogue, uri),
            }
        }
        _ => None,
    })
}

/// What follows a `docs_url` in `uri`: the catalogue's own, else that of a
/// catalogue it includes, whose entries link to their own pages when sent
/// through a `#[code(transparent)]` variant.
pub(super) fn docs_suffix<'u>(catalogue: &Catalogue, uri: &'u str) -> Option<Cow<'u, str>> {
    catalogue
        .docs_url()
        .and_then(|base| type_suffix(base, uri))
        .or_else(|| {
            catalogue
                .includes()
                .iter()
                .find_map(|included| docs_suffix(included, uri))
        })
}

/// What follows `base` in `uri`, both in their normal form (RFC 3986
/// §6.2.2), as errcodes writes the code there: a URI that differs from
/// `base` and a code only in the case of its escapes, in escaped
/// unreserved characters or in the case of its scheme and host is the
/// same URI.
pub(super) fn type_suffix<'u>(base: &str, uri: &'u str) -> Option<Cow<'u, str>> {
    // A base from the server's root (`/errors/`) makes relative `type`s,
    // which a client or gateway resolves against the response's URL (RFC
    // 9457 §3.1.1): the path of such an absolute URI is compared.
    if base.starts_with('/') {
        if let Some(path) = path_of_absolute(uri) {
            return type_suffix(base, path);
        }
    }
    // Most URIs start with the base as written: then only what follows it
    // needs its escapes normalised, the scheme and host being the base's.
    if let Some(suffix) = uri.strip_prefix(base) {
        return uri::normalized_path(suffix);
    }
    let base = uri::normalized(base)?;
    match uri::normalized(uri)? {
        Cow::Borrowed(uri) => uri.strip_prefix(&*base).map(Cow::Borrowed),
        Cow::Owned(uri) => uri.strip_prefix(&*base).map(|s| Cow::Owned(s.to_owned())),
    }
}

/// The path (with its query and fragment) of an absolute `scheme://host/...`
/// URI; `None` for a reference without a scheme and authority.
fn path_of_absolute(uri: &str) -> Option<&str> {
    let (scheme, rest) = uri.split_once("://")?;
    let is_scheme = scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.'));
    let path = rest.find('/').and_then(|at| rest.get(at..))?;
    is_scheme.then_some(path)
}

/// Where the entries are whose code a type URI names by `suffix`
/// (normalised, as [`type_suffix`] gives it), in catalogue order: the
/// suffix read back as a code (a number, or percent-decoded text) is looked
/// up in the code index, and only the entries whose code the format writes
/// as exactly `suffix` are kept.
pub(super) fn typed_positions(catalogue: &Catalogue, suffix: &str) -> Vec<usize> {
    let mut positions: Vec<usize> = Vec::new();
    if let Ok(n) = suffix.parse::<i64>() {
        positions.extend(catalogue.with_code(Some(CodeRef::Int(n))));
    }
    if let Some(text) = percent_decoded(suffix) {
        positions.extend(catalogue.with_code(Some(CodeRef::Str(&text))));
    }
    positions.sort_unstable();
    let entries = catalogue.indexed_entries();
    positions.retain(|&i| entries.get(i).is_some_and(|e| uri_code_is(e, suffix)));
    positions
}

/// The retirement of the code a type URI's `suffix` names, if the catalogue
/// (or one it includes) retired it: a body of a retired entry found by its
/// type alone says so as one with a `code` member does.
pub(super) fn suffix_retirement(catalogue: &Catalogue, suffix: &str) -> Option<&'static Retired> {
    if let Ok(n) = suffix.parse::<i64>() {
        if let Some(retired) = catalogue.retirement(CodeRef::Int(n)) {
            return Some(retired);
        }
    }
    let text = percent_decoded(suffix)?;
    catalogue.retirement(CodeRef::Str(&text))
}

/// `text` with its `%XX` escapes decoded; `None` for a malformed escape or
/// bytes that are not UTF-8.
pub(crate) fn percent_decoded(text: &str) -> Option<String> {
    let mut bytes = Vec::with_capacity(text.len());
    let mut rest = text.as_bytes();
    while let Some((&byte, after)) = rest.split_first() {
        if byte == b'%' {
            let hex = core::str::from_utf8(after.get(..2)?).ok()?;
            bytes.push(u8::from_str_radix(hex, 16).ok()?);
            rest = after.get(2..)?;
        } else {
            bytes.push(byte);
            rest = after;
        }
    }
    String::from_utf8(bytes).ok()
}

/// Whether `entry`'s code, percent-encoded as the format writes it and in
/// the normal form `suffix` is in, is `suffix`: a code the format writes
/// escaped where the normal form would not (a dot segment, `%2E%2E`) is
/// compared normalised.
fn uri_code_is(entry: &Entry, suffix: &str) -> bool {
    let written = UriCode(entry.code()).to_string();
    uri::normalized_path(&written).is_some_and(|normal| normal == suffix)
}
