use serde::ser::SerializeMap;
use serde::Serializer;

use super::{message, BodySource, Format, Piece};

/// The default body: `{"code": ..., "message": ...}` followed by the
/// `#[body]` fields.
///
/// ```json
/// {"code": 34305, "message": "Incorrect account or wrong password"}
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct Plain;

impl Format for Plain {
    const CONTENT_TYPE: &'static str = "application/json";
    const STATIC_SHAPE: Option<&'static [Piece]> = Some(&[
        Piece::Raw("{\"code\":"),
        Piece::Code,
        Piece::Raw(",\"message\":"),
        Piece::Message,
        Piece::Raw("}"),
    ]);

    fn serialize<B: BodySource + ?Sized, S: Serializer>(
        body: &B,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("code", &body.entry().code())?;
        map.serialize_entry("message", &message(body))?;
        body.serialize_fields(&mut map)?;
        map.end()
    }
}
