use super::{Format, Member, Source};

/// Matrix's `{"errcode": "M_FORBIDDEN", "error": "..."}`, with
/// `retry_after_ms` from a `#[body]` field on rate-limit errors.
#[derive(Debug, Clone, Copy, Default)]
pub struct Matrix;

impl Format for Matrix {
    const CONTENT_TYPE: &'static str = "application/json";
    const MEMBERS: &'static [Member] = &[
        Member::new("errcode", Source::Code),
        Member::new("error", Source::Message),
        Member::field("retry_after_ms", "integer"),
        Member::BODY_FIELDS,
    ];
}
