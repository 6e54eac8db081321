use serde::Serializer;

use super::{BodySource, Format, Piece, Plain};

/// PluralKit's `{"code": int, "message": string, "errors"?: {...}, "retry_after"?: int}`.
///
/// `errors` (model-parsing details, code 40001) and `retry_after`
/// (milliseconds) are `#[body]` fields of the variants that carry them.
/// Code 0 is shared by four errors, so decoding uses the status to tell them
/// apart.
#[derive(Debug, Clone, Copy, Default)]
pub struct PluralKit;

impl Format for PluralKit {
    const CONTENT_TYPE: &'static str = "application/json";
    const STATIC_SHAPE: Option<&'static [Piece]> = Plain::STATIC_SHAPE;

    fn serialize<B: BodySource + ?Sized, S: Serializer>(
        body: &B,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        Plain::serialize(body, serializer)
    }
}
