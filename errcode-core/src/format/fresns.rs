use http::StatusCode;

use super::{Format, Member, Source};

/// Fresns' `{"code": int, "message": string, "data": ...}`.
///
/// `data` is `null` unless the variant has a field marked
/// `#[body(rename = "data")]`.
///
/// Status policy: Fresns documents no status and real servers send every
/// error with HTTP 200, so an entry without a status is sent with `200 OK`
/// ([`Format::DEFAULT_STATUS`], [`Entry::http_status`](crate::Entry::http_status))
/// and the documentation says "sent as 200"; decoding admits any status for
/// such an entry, 200 included. An entry that declares a status is sent
/// with it.
///
/// Links (`#[api_error(docs_url = "...")]`): the body stays as it is, and
/// every response carries `Link: <url>; rel="help"` (RFC 8288) to the
/// entry's page ([`Entry::docs_url`](crate::Entry::docs_url)): Fresns'
/// bodies are `code`, `message` and `data`, and stay so.
#[derive(Debug, Clone, Copy, Default)]
pub struct Fresns;

impl Format for Fresns {
    const CONTENT_TYPE: &'static str = "application/json";
    const NAME: &'static str = "fresns";
    const DEFAULT_STATUS: StatusCode = StatusCode::OK;
    const DECODES_BY_MEMBERS: bool = true;
    const MEMBERS: &'static [Member] = &[
        Member::new("code", Source::Code),
        Member::new("message", Source::Message),
        Member::unless_field("data", Source::Null),
        Member::BODY_FIELDS,
    ];
}
