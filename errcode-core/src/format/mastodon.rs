use super::{Format, Member, Source};

/// Mastodon's `{"error": "...", "error_description": "..."}`.
///
/// The body has no code: clients tell errors apart by HTTP status and text,
/// so decoding needs the status. `error_description` (documented as optional,
/// "mainly provided with the OAuth API") comes from a field marked
/// `#[body(rename = "error_description")]`.
///
/// Status policy: there is no code, so the status picks the candidates and
/// the text picks among them; an entry without a status is sent as 500.
///
/// Links (`#[api_error(docs_url = "...")]`): the body stays as it is, and
/// every response carries `Link: <url>; rel="help"` (RFC 8288) to the
/// entry's page ([`Entry::docs_url`](crate::Entry::docs_url)): Mastodon's
/// Error entity has `error` and `error_description` only, and bodies stay
/// Mastodon's.
#[derive(Debug, Clone, Copy, Default)]
pub struct Mastodon;

impl Format for Mastodon {
    const CONTENT_TYPE: &'static str = "application/json";
    const NAME: &'static str = "mastodon";
    const DECODES_BY_MEMBERS: bool = true;
    const MEMBERS: &'static [Member] = &[
        // The descriptions are those of Mastodon's Error entity.
        Member::new("error", Source::Message).describe("The error message."),
        Member::field("error_description", "string")
            .describe("A longer description of the error, mainly provided with the OAuth API."),
        Member::BODY_FIELDS,
    ];
}
