//! Web-framework adapters, each behind the feature of the same name. Both
//! send what the error says: `ApiError::status`, the body `write_body`
//! writes, and the format's content type.

#[cfg(feature = "actix-web")]
pub mod actix_web;
#[cfg(feature = "axum")]
pub mod axum;

use core::fmt;

use crate::format::{example, Format};
use crate::ApiError;

/// An error as a web response: status from [`ApiError::status`], body from
/// [`ApiError::write_body`] (a static body is sent without copying), and the
/// format's `Content-Type`. It implements axum's `IntoResponse` and
/// actix-web's `ResponseError`, each with its feature; `From<E>` lets `?`
/// wrap your error in a handler.
///
/// `Display`, `Debug` and `Error` are the wrapped error's.
// The module's cfg again, and the features' impls each with its own: rustdoc
// carries an item's own cfg across crates, so the facade's docs show them.
#[cfg(any(feature = "axum", feature = "actix-web"))]
pub struct ApiResponse<E>(pub E);

impl<E> ApiResponse<E> {
    /// The wrapped error.
    pub fn into_inner(self) -> E {
        self.0
    }
}

impl<E> From<E> for ApiResponse<E> {
    fn from(error: E) -> Self {
        ApiResponse(error)
    }
}

impl<E: fmt::Display> fmt::Display for ApiResponse<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

impl<E: fmt::Debug> fmt::Debug for ApiResponse<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}

impl<E: std::error::Error> std::error::Error for ApiResponse<E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.0.source()
    }
}

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

/// The body of `error` with its message in the language `lang`.
pub(crate) fn body_in<E: ApiError>(error: &E, lang: &str) -> Body {
    if crate::lang::translation_of(error, lang).is_none() {
        return body(error);
    }
    let mut out = Vec::new();
    if error.write_body_in(lang, &mut out).is_err() {
        return body(error);
    }
    Body::Owned(out)
}

pub(crate) const fn content_type<E: ApiError>() -> &'static str {
    <E::Format as Format>::CONTENT_TYPE
}
