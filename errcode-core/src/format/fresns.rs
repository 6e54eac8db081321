use super::{Format, Member, Source};

/// Fresns' `{"code": int, "message": string, "data": ...}`.
///
/// `data` is `null` unless the variant has a field marked
/// `#[body(rename = "data")]`.
///
/// Status policy: Fresns documents no status and real servers send every
/// error with HTTP 200; an entry without a status admits any status when
/// decoding (it is still sent as 500 by errcode, see `Entry::http_status`).
#[derive(Debug, Clone, Copy, Default)]
pub struct Fresns;

impl Format for Fresns {
    const CONTENT_TYPE: &'static str = "application/json";
    const DECODES_BY_MEMBERS: bool = true;
    const MEMBERS: &'static [Member] = &[
        Member::new("code", Source::Code),
        Member::new("message", Source::Message),
        Member::unless_field("data", Source::Null),
        Member::BODY_FIELDS,
    ];
}
