//! Body formats: how an error becomes the JSON body a service documents.
//!
//! A format is a type implementing [`Format`]; pick one per enum with
//! `#[api_error(format = errcodes::format::Problem)]`. The default is
//! [`Plain`], `{"code": ..., "message": ...}`.

pub(crate) mod field_schema;
pub(crate) mod in_language;
pub(crate) mod members;
pub(crate) mod shape;

use core::fmt;

use http::StatusCode;
use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};
use serde_json::{Map, Value};

use crate::{ApiError, Code, Entry};

pub use field_schema::field_schema;
pub use members::{serialize_members, Located, Member, Source, ANCESTORS_MEMBER};
pub use shape::{check_static_bodies, Mismatch};

/// A JSON body format, described once as data: [`Format::MEMBERS`] lists
/// the body's members and where each value comes from. The serializer, the
/// static bodies (rendered once per field-independent entry and copied after
/// that), decoding's member lookup, the JSON Schema and the derive's check
/// that a `#[body]` field does not write a member the format writes all
/// follow from it.
///
/// A format of your own is one constant (and a flag that lets decoding
/// read bodies by it):
///
/// ```
/// use errcodes::format::{Format, Member, Source};
///
/// /// `{"error": {"id": ..., "text": ..., <#[body] fields>}}`
/// struct Nested;
///
/// impl Format for Nested {
///     const CONTENT_TYPE: &'static str = "application/json";
///     const DECODES_BY_MEMBERS: bool = true;
///     const MEMBERS: &'static [Member] = &[Member::new(
///         "error",
///         Source::Object(&[
///             Member::new("id", Source::Code),
///             Member::new("text", Source::Message),
///             Member::BODY_FIELDS,
///         ]),
///     )];
/// }
/// ```
///
/// A body the description cannot express overrides [`Format::serialize`]
/// (and sets [`Format::STATIC_BODIES`] to `false`, or keeps `MEMBERS` in step:
/// [`check_static_bodies`] tells), [`Format::locate`] for decoding and
/// [`Format::entry_schema`] for documentation.
pub trait Format {
    /// The `Content-Type` of the body, e.g. `application/problem+json`.
    const CONTENT_TYPE: &'static str;

    /// The name the contract lock records the format by (`plain`,
    /// `pluralkit`): clients decode a body by its format's rules, so a
    /// change of format breaks them even with the same content type. A name
    /// rather than the Rust type's path, which moves with the code; give a
    /// format of your own its own name, since the default, `custom`, names
    /// every such format alike (the lock then tells them apart by their
    /// members only).
    const NAME: &'static str = "custom";

    /// The body's members in the order they are written, and where the
    /// `#[body]` fields go ([`Member::BODY_FIELDS`]).
    const MEMBERS: &'static [Member];

    /// Whether decoding ignores a code or message member of the wrong JSON
    /// type (as if absent) instead of refusing the body: RFC 9457 §3.1 says a
    /// problem member whose value has the wrong type must be ignored.
    const IGNORES_MISTYPED_MEMBERS: bool = false;

    /// Whether a code that names exactly one entry is trusted whatever HTTP
    /// status came with it. When `false` (the default) a status the entry
    /// does not document makes the outcome [`Reason::StatusMismatch`]; when
    /// `true` the status only tells apart entries that share a code.
    ///
    /// [`Reason::StatusMismatch`]: crate::decode::Reason::StatusMismatch
    const CODE_OUTRANKS_STATUS: bool = false;

    /// The codes the body can carry, checked by the derive at compile time
    /// (the error points at the code, or at `format = ...` when the enum's
    /// codes are of a kind the format does not take). Any kind by default;
    /// [`Matrix`] takes string codes only, and a code on every entry.
    const ACCEPTED_CODES: AcceptedCodes = AcceptedCodes::ANY;
    /// The status an entry documented without one is sent with
    /// ([`Entry::http_status`]): `500 Internal Server Error` unless the
    /// format's servers send something else ([`Fresns`]: `200 OK`).
    const DEFAULT_STATUS: StatusCode = StatusCode::INTERNAL_SERVER_ERROR;
    /// Whether decoding reads a body where [`Format::MEMBERS`] puts the code,
    /// the message and the `#[body]` members, in one pass over the bytes,
    /// without building a map of the whole body; [`Format::locate`] is then
    /// not called. `false` by default so that a format that overrides
    /// `locate` is decoded by it; a format that keeps the default `locate`
    /// should set it, as the built-in formats do: its bodies decode several
    /// times faster, with the same checks (a member named twice in an
    /// object read is refused, as at the top level).
    const DECODES_BY_MEMBERS: bool = false;

    /// Whether bodies that do not depend on field values are rendered once
    /// from [`Format::MEMBERS`] and copied after that.
    const STATIC_BODIES: bool = true;

    /// Writes the body of `body`.
    ///
    /// # Errors
    ///
    /// Whatever the serializer reports.
    fn serialize<B: BodySource + ?Sized, S: Serializer>(
        body: &B,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        members::serialize_members(Self::MEMBERS, body, &mut map)?;
        map.end()
    }

    /// Where decoding reads the code, the message and the `#[body]` members
    /// of a received body; `None` when the body does not have the shape.
    fn locate(body: &Map<String, Value>) -> Option<Located<'_>> {
        members::locate(Self::MEMBERS, body)
    }

    /// The JSON Schema (draft 2020-12) of `entry`'s body: the format's
    /// members, typed for this entry, and its `#[body]` members: its Rust
    /// type's spelling where that tells the schema exactly (std scalars,
    /// `String`, `Vec` and `Option` of those, see [`field_schema`]), else the
    /// schema its type declares ([`BodyField::schema`](crate::BodyField::schema),
    /// features `schemars` and `utoipa`), else `{}` with a `$comment` that
    /// says it has no schema.
    fn entry_schema(entry: &Entry) -> Value {
        with_dialect(members::schema(Self::MEMBERS, Some(entry)))
    }

    /// The JSON Schema (draft 2020-12) of any body in this format: the
    /// members it writes, and those it documents for `#[body]` fields.
    fn json_schema() -> Value {
        with_dialect(members::schema(Self::MEMBERS, None))
    }
}

fn with_dialect(mut schema: Value) -> Value {
    if let Value::Object(object) = &mut schema {
        object.insert(
            "$schema".to_owned(),
            Value::from("https://json-schema.org/draft/2020-12/schema"),
        );
    }
    schema
}

/// The codes a format's bodies can carry ([`Format::ACCEPTED_CODES`]).
///
/// ```
/// use errcodes::format::{AcceptedCodes, Format, Member, Source};
///
/// /// `{"id": <integer>, "text": ...}`, every error with an id.
/// struct Numbered;
///
/// impl Format for Numbered {
///     const CONTENT_TYPE: &'static str = "application/json";
///     const ACCEPTED_CODES: AcceptedCodes = AcceptedCodes::INTEGERS;
///     const MEMBERS: &'static [Member] = &[
///         Member::new("id", Source::Code),
///         Member::new("text", Source::Message),
///     ];
/// }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AcceptedCodes {
    pub(crate) integers: bool,
    pub(crate) strings: bool,
    pub(crate) absent: bool,
}

impl AcceptedCodes {
    const fn new(integers: bool, strings: bool, absent: bool) -> AcceptedCodes {
        AcceptedCodes {
            integers,
            strings,
            absent,
        }
    }

    /// Integer and string codes, and entries without one (`_`).
    pub const ANY: AcceptedCodes = AcceptedCodes::new(true, true, true);
    /// String codes only, on every entry.
    pub const STRINGS: AcceptedCodes = AcceptedCodes::new(false, true, false);
    /// Integer codes only, on every entry.
    pub const INTEGERS: AcceptedCodes = AcceptedCodes::new(true, false, false);

    /// No codes: every entry is written `_`.
    pub const NONE: AcceptedCodes = AcceptedCodes::new(false, false, true);

    /// The same codes, and entries without one (`_`) as well.
    #[must_use]
    pub const fn or_absent(self) -> AcceptedCodes {
        AcceptedCodes {
            absent: true,
            ..self
        }
    }

    /// Whether a body can carry `code` ([`Code::None`] for an entry
    /// without one).
    #[must_use]
    pub const fn accepts(self, code: Code) -> bool {
        match code {
            Code::Int(_) => self.integers,
            Code::Str(_) => self.strings,
            Code::None => self.absent,
        }
    }
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

    /// The message when it is the same text for every body of this entry,
    /// which is then written as it is, without formatting; `None` (the
    /// default) writes it through [`BodySource::fmt_message`]. Where it is
    /// `Some`, it must be what `fmt_message` writes.
    fn fixed_message(&self) -> Option<&'static str> {
        None
    }

    /// The template a body shows as written (RFC 9457's `title`): the
    /// entry's, or the name where it is empty; a translation's in another
    /// language.
    fn template(&self) -> &'static str {
        self.entry().template_or_name()
    }

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
        crate::client_message::client_message(self, None, f)
    }

    #[inline]
    fn fixed_message(&self) -> Option<&'static str> {
        self.info().fixed_message()
    }

    fn serialize_fields<M: SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        <E::__Glue as crate::glue::Glue<E>>::body_fields(self, map)
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

    fn fixed_message(&self) -> Option<&'static str> {
        Some(self.0.template_or_name())
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
pub(crate) struct InFormat<'a, E>(pub(crate) &'a E);

impl<E: ApiError> Serialize for InFormat<'_, E> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        E::Format::serialize(self.0, serializer)
    }
}

pub(crate) fn write_dynamic<E: ApiError>(error: &E, out: &mut Vec<u8>) -> serde_json::Result<()> {
    let start = out.len();
    serde_json::to_writer(&mut *out, &InFormat(error)).inspect_err(|_| out.truncate(start))
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
