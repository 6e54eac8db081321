//! Web-framework adapters, each behind the feature of the same name. Both
//! send what the error says: `ApiError::status`, the body `write_body`
//! writes, and the format's content type.

#[cfg(feature = "actix-web")]
pub mod actix_web;
#[cfg(feature = "axum")]
pub mod axum;

use crate::format::{example, Format};
use crate::ApiError;

/// The body of `error`: its static body when it has one, borrowed rather
/// than copied; else the bytes `write_body` writes.
pub(crate) enum Body {
    Static(&'static [u8]),
    Owned(Vec<u8>),
}

pub(crate) fn body<E: ApiError>(error: &E) -> Body {
    if let Some(body) = error.static_body() {
        return Body::Static(body);
    }
    let mut out = Vec::new();
    if error.write_body(&mut out).is_err() {
        // Only a `#[body]` field's own `Serialize` can fail; the client still
        // gets the entry's code and message, without the field values.
        out = serde_json::to_vec(&example::<E::Format>(error.info())).unwrap_or_default();
    }
    Body::Owned(out)
}

pub(crate) const fn content_type<E: ApiError>() -> &'static str {
    <E::Format as Format>::CONTENT_TYPE
}
