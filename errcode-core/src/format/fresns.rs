use serde::ser::SerializeMap;
use serde::Serializer;

use super::plain::code_and_message;
use super::{BodySource, Format, Piece};

/// Fresns' `{"code": int, "message": string, "data": ...}`.
///
/// `data` is `null` unless the variant has a field marked
/// `#[body(rename = "data")]`.
#[derive(Debug, Clone, Copy, Default)]
pub struct Fresns;

impl Format for Fresns {
    const CONTENT_TYPE: &'static str = "application/json";
    const STATIC_SHAPE: Option<&'static [Piece]> = Some(&[
        Piece::Raw("{\"code\":"),
        Piece::Code,
        Piece::Raw(",\"message\":"),
        Piece::Message,
        Piece::Raw(",\"data\":null}"),
    ]);

    fn serialize<B: BodySource + ?Sized, S: Serializer>(
        body: &B,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        code_and_message(body, &mut map)?;
        if !body
            .entry()
            .body_fields()
            .iter()
            .any(|f| f.member() == "data")
        {
            map.serialize_entry("data", &())?;
        }
        body.serialize_fields(&mut map)?;
        map.end()
    }
}
