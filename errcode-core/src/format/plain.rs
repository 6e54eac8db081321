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
