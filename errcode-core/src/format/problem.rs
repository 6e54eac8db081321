use core::fmt;
use core::marker::PhantomData;

use serde::ser::SerializeMap;
use serde::Serializer;

use super::{message, BodySource, Format, Piece, Template};

/// RFC 9457 problem details, `application/problem+json`:
/// `type`, `title` (the catalogue message), `status`, `detail` (the rendered
/// message), then `code` and the `#[body]` fields as extension members.
///
/// `type` is `about:blank` unless a [`ProblemType`] gives a base URI, which
/// is followed by the code: `Problem<MyDocs>` with
/// `BASE = "https://api.example.com/errors/"` gives
/// `"type": "https://api.example.com/errors/34305"`.
pub struct Problem<T: ProblemType = AboutBlank>(PhantomData<T>);

impl<T: ProblemType> fmt::Debug for Problem<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Problem")
    }
}

/// Where a [`Problem`]'s `type` URI points.
///
/// ```
/// use errcode::format::{Problem, ProblemType};
///
/// pub struct Docs;
/// impl ProblemType for Docs {
///     const BASE: Option<&'static str> = Some("https://api.example.com/errors/");
/// }
/// pub type ApiProblem = Problem<Docs>;
/// ```
pub trait ProblemType {
    /// The URI that the code is appended to; `None` for `about:blank`.
    const BASE: Option<&'static str>;
}

/// `type` is always `about:blank`.
#[derive(Debug, Clone, Copy, Default)]
pub struct AboutBlank;

impl ProblemType for AboutBlank {
    const BASE: Option<&'static str> = None;
}

impl<T: ProblemType> Format for Problem<T> {
    const CONTENT_TYPE: &'static str = "application/problem+json";
    const STATIC_SHAPE: Option<&'static [Piece]> = Some(&[
        Piece::Raw("{\"type\":"),
        Piece::CodeUri(T::BASE),
        Piece::Raw(",\"title\":"),
        Piece::Template,
        Piece::Raw(",\"status\":"),
        Piece::HttpStatus,
        Piece::Raw(",\"detail\":"),
        Piece::Message,
        Piece::Raw(",\"code\":"),
        Piece::Code,
        Piece::Raw("}"),
    ]);
    const CODE_MEMBER: Option<&'static str> = Some("code");
    const MESSAGE_MEMBER: &'static str = "detail";
    const RESERVED_MEMBERS: &'static [&'static str] = &["type", "title", "status"];

    fn serialize<B: BodySource + ?Sized, S: Serializer>(
        body: &B,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let entry = body.entry();
        let mut map = serializer.serialize_map(None)?;
        match (T::BASE, entry.code().is_none()) {
            (Some(base), false) => map.serialize_entry("type", &TypeUri(base, entry.code()))?,
            _ => map.serialize_entry("type", "about:blank")?,
        }
        map.serialize_entry("title", &Template(entry))?;
        map.serialize_entry("status", &entry.http_status().as_u16())?;
        map.serialize_entry("detail", &message(body))?;
        map.serialize_entry("code", &entry.code())?;
        body.serialize_fields(&mut map)?;
        map.end()
    }
}

struct TypeUri(&'static str, crate::Code);

impl serde::Serialize for TypeUri {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(&format_args!("{}{}", self.0, self.1))
    }
}
