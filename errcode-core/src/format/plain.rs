use super::{Format, Member, Source};

/// The default body: `{"code": ..., "message": ...}` followed by the
/// `#[body]` fields.
///
/// ```json
/// {"code": 34305, "message": "Incorrect account or wrong password"}
/// ```
///
/// Status policy: an entry without a status is sent as 500; a code and a
/// status the entry does not document decode as
/// [`Reason::StatusMismatch`](crate::decode::Reason::StatusMismatch).
///
/// Links (`#[api_error(docs_url = "...")]`): the body stays as it is, and
/// every response carries `Link: <url>; rel="help"` (RFC 8288) to the
/// entry's page ([`Entry::docs_url`](crate::Entry::docs_url)): a
/// member would change the body, its schema and every generated client
/// when a catalogue adds `docs_url`, where a header changes none of them,
/// and any HTTP client finds the page alike whatever the format.
#[derive(Debug, Clone, Copy, Default)]
pub struct Plain;

impl Format for Plain {
    const CONTENT_TYPE: &'static str = "application/json";
    const NAME: &'static str = "plain";
    const DECODES_BY_MEMBERS: bool = true;
    const MEMBERS: &'static [Member] = &[
        Member::new("code", Source::Code),
        Member::new("message", Source::Message),
        Member::BODY_FIELDS,
    ];
}
