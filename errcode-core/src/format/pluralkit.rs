use super::{Format, Member, Source};

/// PluralKit's `{"code": int, "message": string, "errors"?: {...}, "retry_after"?: int}`.
///
/// `errors` (model-parsing details, code 40001) and `retry_after`
/// (milliseconds) are `#[body]` fields of the variants that carry them.
/// Code 0 is shared by four errors, so decoding uses the status to tell them
/// apart.
///
/// Status policy: a code and a status the entry does not document decode as
/// [`Reason::StatusMismatch`](crate::decode::Reason::StatusMismatch); for code 0
/// the status is what tells the entries apart.
#[derive(Debug, Clone, Copy, Default)]
pub struct PluralKit;

impl Format for PluralKit {
    const CONTENT_TYPE: &'static str = "application/json";
    const DECODES_BY_MEMBERS: bool = true;
    const MEMBERS: &'static [Member] = &[
        Member::new("code", Source::Code),
        Member::new("message", Source::Message),
        Member::field("errors", "object"),
        Member::field("retry_after", "integer"),
        Member::BODY_FIELDS,
    ];
}
