use serde::ser::SerializeMap;
use serde::Serializer;

use super::{message, BodySource, Format, Piece};

/// Mastodon's `{"error": "...", "error_description": "..."}`.
///
/// The body has no code: clients tell errors apart by HTTP status and text,
/// so decoding needs the status. `error_description` (documented as optional,
/// "mainly provided with the OAuth API") comes from a field marked
/// `#[body(rename = "error_description")]`.
#[derive(Debug, Clone, Copy, Default)]
pub struct Mastodon;

impl Format for Mastodon {
    const CONTENT_TYPE: &'static str = "application/json";
    const STATIC_SHAPE: Option<&'static [Piece]> =
        Some(&[Piece::Raw("{\"error\":"), Piece::Message, Piece::Raw("}")]);
    const CODE_MEMBER: Option<&'static str> = None;
    const MESSAGE_MEMBER: &'static str = "error";

    fn serialize<B: BodySource + ?Sized, S: Serializer>(
        body: &B,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("error", &message(body))?;
        body.serialize_fields(&mut map)?;
        map.end()
    }
}
