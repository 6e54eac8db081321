//! Writing a variant's `#[body]` fields.

use serde::ser::SerializeMap;
use serde::Serialize;

/// Writes a `#[body]` field. The derive calls this through a path spanned at
/// the field's type, so a type that is not `Serialize` is reported there
/// rather than at the derive.
///
/// # Errors
///
/// Whatever the map reports.
#[inline]
pub fn body_entry<M: SerializeMap, T: ?Sized + Serialize>(
    map: &mut M,
    member: &'static str,
    value: &T,
) -> Result<(), M::Error> {
    map.serialize_entry(member, value)
}

/// Writes an optional `#[body]` field, leaving the member out for `None`
/// (the body documents it as `"member"?`), not `null`.
///
/// # Errors
///
/// Whatever the map reports.
#[inline]
pub fn optional_body_entry<M: SerializeMap, T: Serialize>(
    map: &mut M,
    member: &'static str,
    value: &Option<T>,
) -> Result<(), M::Error> {
    match value {
        Some(value) => map.serialize_entry(member, value),
        None => Ok(()),
    }
}
