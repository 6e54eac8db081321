use super::{Format, Member, Source};

/// PluralKit's `{"code": int, "message": string, "errors"?: {...}, "retry_after"?: int}`.
///
/// `errors` (model-parsing details, code 40001) and `retry_after`
/// (milliseconds) are `#[body]` fields of the variants that carry them.
/// Code 0 is shared by four errors, so decoding uses the status to tell them
/// apart.
///
/// Status policy: an entry without a status is sent as 500; a code and a
/// status the entry does not document decode as
/// [`Reason::StatusMismatch`](crate::decode::Reason::StatusMismatch); for code 0
/// the status is what tells the entries apart.
///
/// Links (`#[api_error(docs_url = "...")]`): the body stays as it is, and
/// every response carries `Link: <url>; rel="help"` (RFC 8288) to the
/// entry's page ([`Entry::docs_url`](crate::Entry::docs_url)): PluralKit's
/// Error Response Model has no member for it, and bodies stay its own.
#[derive(Debug, Clone, Copy, Default)]
pub struct PluralKit;

impl Format for PluralKit {
    const CONTENT_TYPE: &'static str = "application/json";
    const NAME: &'static str = "pluralkit";
    const DECODES_BY_MEMBERS: bool = true;
    const MEMBERS: &'static [Member] = &[
        // The descriptions are those of PluralKit's Error Response Model.
        Member::new("code", Source::Code).describe("numerical error code"),
        Member::new("message", Source::Message).describe("description of the error"),
        Member::field("errors", "object").describe(
            "map of entity keys to list of error objects; details on the error. \
             Only returned for model parsing errors.",
        ),
        Member::field("retry_after", "integer").describe(
            "if this is a rate limit error, the number of milliseconds after which you can \
             retry the request",
        ),
        Member::BODY_FIELDS,
    ];
}
