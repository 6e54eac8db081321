//! Body formats: how an error becomes the JSON body a service documents.
//!
//! A format is a type implementing [`Format`]; pick one per enum with
//! `#[api_error(format = errcode::format::Problem)]`. The default is
//! [`Plain`], `{"code": ..., "message": ...}`.

pub(crate) mod shape;

use core::fmt;

use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};

use crate::{ApiError, Entry};

#[doc(hidden)]
pub use shape::Piece;

/// A JSON body format.
///
/// `serialize` writes the body of any error through serde. `STATIC_SHAPE`
/// describes the same body for entries whose body does not depend on field
/// values, so that each of those bodies is rendered once, the first time it
/// is written, and copied after that; it must produce exactly what
/// `serialize` produces for them (the test suite checks this for every
/// built-in format).
///
/// A format of your own takes about twenty lines:
///
/// ```
/// use errcode::format::{message, BodySource, Format};
/// use serde::ser::{SerializeMap, Serializer};
/// use serde_json::{Map, Value};
///
/// /// `{"error": {"id": ..., "text": ...}}`
/// struct Nested;
///
/// impl Format for Nested {
///     const CONTENT_TYPE: &'static str = "application/json";
///
///     fn serialize<B: BodySource + ?Sized, S: Serializer>(body: &B, serializer: S) -> Result<S::Ok, S::Error> {
///         struct Inner<'a, B: ?Sized>(&'a B);
///         impl<B: BodySource + ?Sized> serde::Serialize for Inner<'_, B> {
///             fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
///                 let mut map = serializer.serialize_map(None)?;
///                 map.serialize_entry("id", &self.0.entry().code())?;
///                 map.serialize_entry("text", &message(self.0))?;
///                 self.0.serialize_fields(&mut map)?;
///                 map.end()
///             }
///         }
///         let mut map = serializer.serialize_map(Some(1))?;
///         map.serialize_entry("error", &Inner(body))?;
///         map.end()
///     }
///
///     // Decoding reads `id` and `text` inside `error`.
///     const CODE_MEMBER: Option<&'static str> = Some("id");
///     const MESSAGE_MEMBER: &'static str = "text";
///     fn members(body: &Map<String, Value>) -> Option<&Map<String, Value>> {
///         body.get("error")?.as_object()
///     }
/// }
/// ```
pub trait Format {
    /// The `Content-Type` of the body, e.g. `application/problem+json`.
    const CONTENT_TYPE: &'static str;

    /// The body of a field-independent entry as a sequence of pieces, or
    /// `None` when bodies are always written by `serialize`.
    #[doc(hidden)]
    const STATIC_SHAPE: Option<&'static [Piece]> = None;

    /// The member that carries the code, read back when decoding; `None`
    /// for a format without codes (clients then go by status and message).
    const CODE_MEMBER: Option<&'static str> = Some("code");

    /// The member that carries the message, read back when decoding.
    const MESSAGE_MEMBER: &'static str = "message";

    /// The members the format writes besides [`Format::CODE_MEMBER`] and
    /// [`Format::MESSAGE_MEMBER`] (Problem's `type`, `title`, `status`).
    /// The derive refuses a `#[body]` field written as any of these three
    /// kinds of member, which would make a body with a member twice. A member
    /// the format writes only when no `#[body]` field does (Fresns' `data`)
    /// is not reserved.
    const RESERVED_MEMBERS: &'static [&'static str] = &[];

    /// The object that holds the code, message and `#[body]` members, for a
    /// format that nests them (`{"error": {...}}`); the body itself by
    /// default. `None` when the body does not have it.
    fn members(
        body: &serde_json::Map<String, serde_json::Value>,
    ) -> Option<&serde_json::Map<String, serde_json::Value>> {
        Some(body)
    }

    /// Writes the body of `body`.
    ///
    /// # Errors
    ///
    /// Whatever the serializer reports.
    fn serialize<B: BodySource + ?Sized, S: Serializer>(
        body: &B,
        serializer: S,
    ) -> Result<S::Ok, S::Error>;
}

/// What a format writes a body from: an error value, or a bare catalogue
/// entry when documentation renders an example.
pub trait BodySource {
    /// The catalogue entry.
    fn entry(&self) -> &'static Entry;

    /// Writes the message a body carries (see [`message`]).
    ///
    /// # Errors
    ///
    /// Whatever the formatter reports.
    fn fmt_message(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;

    /// Writes the `#[body]` fields as map entries.
    ///
    /// # Errors
    ///
    /// Whatever the serializer reports.
    fn serialize_fields<M: SerializeMap>(&self, map: &mut M) -> Result<(), M::Error>;
}

impl<E: ApiError> BodySource for E {
    fn entry(&self) -> &'static Entry {
        self.info()
    }

    /// The rendered message (`Display`) where the entry exposes it, else the
    /// template as written.
    fn fmt_message(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let info = self.info();
        if info.exposes_message() {
            fmt::Display::fmt(self, f)
        } else {
            f.write_str(info.message())
        }
    }

    fn serialize_fields<M: SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        <E::__Glue as crate::__private_v0_1::Glue<E>>::body_fields(self, map)
    }
}

/// A catalogue entry standing in for an error, for documentation: its message
/// is the template as written, or the name where the template is empty, and
/// it has no field values.
#[derive(Debug, Clone, Copy)]
pub struct Example(pub &'static Entry);

impl BodySource for Example {
    fn entry(&self) -> &'static Entry {
        self.0
    }

    fn fmt_message(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0.template_or_name())
    }

    fn serialize_fields<M: SerializeMap>(&self, _: &mut M) -> Result<(), M::Error> {
        Ok(())
    }
}

/// The example body of `entry` in format `F`, as documentation shows it.
#[must_use]
pub fn example<F: Format>(entry: &'static Entry) -> serde_json::Value {
    F::serialize(&Example(entry), serde_json::value::Serializer).unwrap_or(serde_json::Value::Null)
}

/// The message a body carries, as a value that displays it and serializes
/// as a JSON string written straight into the output, without an
/// intermediate `String`.
pub struct BodyMessage<'a, B: ?Sized>(&'a B);

/// The message a body carries for `body`: the rendered message where the
/// entry exposes it, else the template as written.
pub fn message<B: BodySource + ?Sized>(body: &B) -> BodyMessage<'_, B> {
    BodyMessage(body)
}

impl<B: BodySource + ?Sized> fmt::Display for BodyMessage<'_, B> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt_message(f)
    }
}

impl<B: BodySource + ?Sized> Serialize for BodyMessage<'_, B> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// `error` serialized through its format.
pub(crate) struct Body<'a, E>(pub(crate) &'a E);

impl<E: ApiError> Serialize for Body<'_, E> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        E::Format::serialize(self.0, serializer)
    }
}

pub(crate) fn write_dynamic<E: ApiError>(error: &E, out: &mut Vec<u8>) -> serde_json::Result<()> {
    let start = out.len();
    serde_json::to_writer(&mut *out, &Body(error)).inspect_err(|_| out.truncate(start))
}

/// The template as written, or the name where it is empty, as a JSON string.
pub(crate) struct Template(pub(crate) &'static Entry);

impl Serialize for Template {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.0.template_or_name())
    }
}

mod fresns;
mod mastodon;
mod matrix;
mod plain;
mod pluralkit;
mod problem;

pub use fresns::Fresns;
pub use mastodon::Mastodon;
pub use matrix::Matrix;
pub use plain::Plain;
pub use pluralkit::PluralKit;
pub use problem::{AboutBlank, Problem, ProblemType};
