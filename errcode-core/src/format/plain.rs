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
        code_and_message(body, &mut map)?;
        body.serialize_fields(&mut map)?;
        map.end()
    }
}

/// The `code` and `message` members that `Plain` and `Fresns` bodies open with.
pub(super) fn code_and_message<B: BodySource + ?Sized, M: SerializeMap>(
    body: &B,
    map: &mut M,
) -> Result<(), M::Error> {
    map.serialize_entry("code", &body.entry().code())?;
    map.serialize_entry("message", &message(body))
}
