//! What traces, metrics and error trackers see of an error: one short,
//! stable text per entry, from the catalogue, never from the message.
//!
//! The axum and actix-web adapters use it for each error response they
//! send: OpenTelemetry's `error.type` on the current span (feature
//! `tracing`) and the `errcodes_error_responses` counter (feature
//! `metrics`); the `code_header` a catalogue declares carries the same
//! text, written by the derive among each entry's headers.

use std::borrow::Cow;

use errcode_shared::code::CODELESS_PREFIX;

use crate::{ApiError, Code, Entry};

/// The field the adapters record on the current span (feature `tracing`):
/// OpenTelemetry's `error.type`, whose value is [`error_type`]. `tracing`
/// records only fields a span declares, so declare it empty where the
/// request's span is made: `tracing::info_span!("request", "error.type" =
/// tracing::field::Empty)`.
pub const ERROR_TYPE: &str = "error.type";

/// The counter the adapters increment for each error response (feature
/// `metrics`, through the `metrics` facade), labelled `code` (the
/// [`error_type`]) and `status` (e.g. `404`).
pub const ERROR_RESPONSES: &str = "errcodes_error_responses";

/// The entry's code as text (`34404`, `M_FORBIDDEN`), or `_` and its name
/// (`_Internal`) for an entry without a code, which no code can equal (a
/// string code cannot start with `_`): OpenTelemetry's `error.type`, which
/// asks for a low-cardinality value from a documented list (the catalogue
/// is that list), and what [`fingerprint`] and the metrics label responses
/// with.
#[must_use]
pub fn error_type(entry: &Entry) -> Cow<'static, str> {
    match entry.code() {
        Code::Int(code) => Cow::Owned(code.to_string()),
        Code::Str(code) => Cow::Borrowed(code),
        Code::None => Cow::Owned(format!("{CODELESS_PREFIX}{}", entry.name())),
    }
}

/// A fingerprint for error trackers (Sentry's `fingerprint`, a grouping
/// key): `{domain}/{error type}`, e.g. `billing.example.com/34404`, from
/// the [`error_domain`](crate::Catalogue::error_domain) of the catalogue
/// that declares the entry (a wrapped catalogue's own, through a
/// `#[code(transparent)]` variant too) and the entry's [`error_type`]. It
/// stays the same across releases and message changes, is one per entry
/// however it is sent, and differs between errors of different entries;
/// declare `#[api_error(domain = "...")]` to keep it when the type is
/// renamed (without it, the domain is the type's name).
///
/// ```
/// use errcodes::ApiError;
///
/// #[derive(Debug, ApiError)]
/// #[api_error(domain = "members.example.com")]
/// enum MemberError {
///     #[code(34404, status = 404, msg = "Member {id} not found")]
///     NotFound { id: u32 },
/// }
///
/// assert_eq!(errcodes::fingerprint(&MemberError::NotFound { id: 7 }), "members.example.com/34404");
/// ```
#[must_use]
pub fn fingerprint<E: ApiError>(error: &E) -> String {
    let entry = error.info();
    let catalogue = E::catalogue();
    let owner = catalogue.owner(entry).unwrap_or(catalogue);
    format!("{}/{}", owner.error_domain(), error_type(entry))
}
