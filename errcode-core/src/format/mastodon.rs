use super::{Format, Member, Source};

/// Mastodon's `{"error": "...", "error_description": "..."}`.
///
/// The body has no code: clients tell errors apart by HTTP status and text,
/// so decoding needs the status. `error_description` (documented as optional,
/// "mainly provided with the OAuth API") comes from a field marked
/// `#[body(rename = "error_description")]`.
///
/// Status policy: there is no code, so the status picks the candidates and
/// the text picks among them.
#[derive(Debug, Clone, Copy, Default)]
pub struct Mastodon;

impl Format for Mastodon {
    const CONTENT_TYPE: &'static str = "application/json";
    const DECODES_BY_MEMBERS: bool = true;
    const MEMBERS: &'static [Member] = &[
        Member::new("error", Source::Message),
        Member::field("error_description", "string"),
        Member::BODY_FIELDS,
    ];
}
