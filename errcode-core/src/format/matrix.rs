use super::{AcceptedCodes, Format, Member, Source};

/// Matrix's `{"errcode": "M_FORBIDDEN", "error": "..."}`, with
/// `retry_after_ms` from a `#[body]` field on rate-limit errors.
///
/// Status policy: Matrix codes are unique strings and several are sent with
/// a status that depends on the endpoint (the spec has clients treat
/// `M_NOT_FOUND` received with 400 as not found), so a code that names one
/// entry decodes whatever the status ([`Format::CODE_OUTRANKS_STATUS`]).
/// An entry without a status is sent as 500.
///
/// Codes: the spec makes `errcode` a required string, so the derive refuses
/// integer codes and `_` ([`AcceptedCodes::STRINGS`]).
///
/// Links (`#[api_error(docs_url = "...")]`): the body stays as it is, and
/// every response carries `Link: <url>; rel="help"` (RFC 8288) to the
/// entry's page ([`Entry::docs_url`](crate::Entry::docs_url)): the spec's
/// extra keys belong to particular error codes (`retry_after_ms`), and a key
/// of errcodes' own in every body is not one of them.
#[derive(Debug, Clone, Copy, Default)]
pub struct Matrix;

impl Format for Matrix {
    const CONTENT_TYPE: &'static str = "application/json";
    const NAME: &'static str = "matrix";
    const DECODES_BY_MEMBERS: bool = true;
    const CODE_OUTRANKS_STATUS: bool = true;
    const ACCEPTED_CODES: AcceptedCodes = AcceptedCodes::STRINGS;
    const MEMBERS: &'static [Member] = &[
        Member::new("errcode", Source::Code),
        Member::new("error", Source::Message),
        Member::field("retry_after_ms", "integer"),
        Member::BODY_FIELDS,
    ];
}
