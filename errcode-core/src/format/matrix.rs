use serde::ser::SerializeMap;
use serde::Serializer;

use super::{message, BodySource, Format, Piece};

/// Matrix's `{"errcode": "M_FORBIDDEN", "error": "..."}`, with
/// `retry_after_ms` from a `#[body]` field on rate-limit errors.
#[derive(Debug, Clone, Copy, Default)]
pub struct Matrix;

impl Format for Matrix {
    const CONTENT_TYPE: &'static str = "application/json";
    const STATIC_SHAPE: Option<&'static [Piece]> = Some(&[
        Piece::Raw("{\"errcode\":"),
        Piece::Code,
        Piece::Raw(",\"error\":"),
        Piece::Message,
        Piece::Raw("}"),
    ]);
    const CODE_MEMBER: Option<&'static str> = Some("errcode");
    const MESSAGE_MEMBER: &'static str = "error";

    fn serialize<B: BodySource + ?Sized, S: Serializer>(
        body: &B,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("errcode", &body.entry().code())?;
        map.serialize_entry("error", &message(body))?;
        body.serialize_fields(&mut map)?;
        map.end()
    }
}
