//! [axum](https://docs.rs/axum) 0.8 responses for errors (feature `axum`).
//!
//! The shortest way in is `#[api_error(axum)]` on the type: the derive then
//! implements `IntoResponse` too, and handlers return the type itself.
//!
//! ```
//! use axum::extract::Path;
//! use errcodes::ApiError;
//!
//! #[derive(Debug, ApiError)]
//! #[api_error(axum)]
//! pub enum AccountError {
//!     #[code(34306, status = 404, msg = "Member '{member_ref}' not found.")]
//!     MemberNotFound { member_ref: String },
//! }
//!
//! async fn member(Path(member_ref): Path<String>) -> Result<String, AccountError> {
//!     Err(AccountError::MemberNotFound { member_ref })
//! }
//!
//! let app: axum::Router = axum::Router::new().route("/members/{id}", axum::routing::get(member));
//! ```
//!
//! A type derived elsewhere (a crate cannot implement axum's `IntoResponse`
//! for every `ApiError` type: both the trait and your type are foreign to
//! it) has two more:
//!
//! * return [`ApiResponse<E>`] from handlers: it implements `IntoResponse`,
//!   and `From<E>` lets `?` wrap your error;
//! * or implement `IntoResponse` for your type in three lines with
//!   [`into_response`].
//!
//! ```
//! use axum::extract::Path;
//! use axum::response::{IntoResponse, Response};
//! use axum::routing::get;
//! use errcodes::axum::ApiResponse;
//! use errcodes::ApiError;
//!
//! #[derive(Debug, ApiError)]
//! pub enum AccountError {
//!     #[code(34306, status = 404, msg = "Member '{member_ref}' not found.")]
//!     MemberNotFound { member_ref: String },
//! }
//!
//! fn find(member_ref: &str) -> Result<String, AccountError> {
//!     Err(AccountError::MemberNotFound { member_ref: member_ref.into() })
//! }
//!
//! // A handler returning the wrapper:
//! async fn member(Path(id): Path<String>) -> Result<String, ApiResponse<AccountError>> {
//!     Ok(find(&id)?)
//! }
//!
//! // Or the error type itself, after one impl:
//! impl IntoResponse for AccountError {
//!     fn into_response(self) -> Response {
//!         errcodes::axum::into_response(&self)
//!     }
//! }
//!
//! async fn member_too(Path(id): Path<String>) -> Result<String, AccountError> {
//!     find(&id)
//! }
//!
//! let app: axum::Router = axum::Router::new()
//!     .route("/members/{id}", get(member))
//!     .route("/v2/members/{id}", get(member_too));
//! ```
//!
//! # Extractor rejections
//!
//! axum's `Json`, `Path` and `Query` extractors refuse a bad request with a
//! response of their own (400, 415, 422, plain text) that no catalogue
//! documents. To send catalogue entries instead, keeping axum's statuses:
//! give each [`RejectionKind`] an entry with the status axum sends it with,
//! map them in [`FromRejection`] (one `match`), and extract through
//! [`WithRejection`]; [`check_rejections`] checks the statuses in a test.
//! The entries are ordinary ones, so they are documented and decoded like
//! the rest.
//!
//! ```
//! use axum::extract::{Json, Path};
//! use axum::routing::put;
//! use errcodes::axum::{ApiResponse, FromRejection, Rejection, RejectionKind, WithRejection};
//! use errcodes::ApiError;
//!
//! #[derive(Debug, ApiError)]
//! pub enum ItemError {
//!     #[code(40001, status = 400, msg = "Invalid request: {detail}")]
//!     BadRequest { detail: String },
//!     #[code(40002, status = 422, msg = "Invalid fields: {detail}")]
//!     InvalidFields { detail: String },
//!     #[code(40003, status = 415, msg = "Send Content-Type: application/json")]
//!     NotJson,
//!     #[code(40004, status = 413, msg = "Body too large")]
//!     TooLarge,
//!     #[code(50000, status = 500, msg = "Internal error")]
//!     Internal,
//! }
//!
//! impl FromRejection for ItemError {
//!     fn from_rejection(rejection: Rejection) -> Self {
//!         match (rejection.kind(), rejection.status().as_u16()) {
//!             (RejectionKind::JsonData, _) => ItemError::InvalidFields { detail: rejection.into_text() },
//!             (RejectionKind::JsonContentType, _) => ItemError::NotJson,
//!             (_, 413) => ItemError::TooLarge,
//!             (_, 400) => ItemError::BadRequest { detail: rejection.into_text() },
//!             _ => ItemError::Internal,
//!         }
//!     }
//! }
//!
//! async fn rename(
//!     WithRejection(Path(id), _): WithRejection<Path<u32>, ItemError>,
//!     WithRejection(Json(name), _): WithRejection<Json<String>, ItemError>,
//! ) -> Result<String, ApiResponse<ItemError>> {
//!     Ok(format!("{id}: {name}"))
//! }
//!
//! errcodes::axum::check_rejections::<ItemError>().unwrap();
//! let app: axum::Router = axum::Router::new().route("/items/{id}", put(rename));
//! ```

use core::convert::Infallible;

use ::axum::body::{Body, Bytes};
use ::axum::extract::FromRequestParts;
use ::axum::http::header::ACCEPT_LANGUAGE;
use ::axum::http::request::Parts;
use ::axum::http::{HeaderMap, StatusCode};
use ::axum::response::{IntoResponse, Response};

use crate::{ApiError, ErrorSet, Screened};

pub use super::{ApiResponse, WithLanguage};

mod errors_page;
mod examples;
mod language;
mod rejection;
pub use errors_page::errors_router;
pub use examples::run_examples;
pub use language::{NegotiateLanguage, NegotiateLanguageService};
pub use rejection::{
    check_rejections, FromRejection, Rejection, RejectionKind, RejectionMismatch, WithRejection,
};

// Already gated by the module; see `ApiResponse` for why.
#[cfg(feature = "axum")]
impl<E: ApiError> IntoResponse for ApiResponse<E> {
    fn into_response(self) -> Response {
        into_response(&self.0)
    }
}

/// The response for `error`, as [`ApiResponse`] and `#[api_error(axum)]`
/// send it: inside a [`NegotiateLanguage`] layer, in the language the
/// request's `Accept-Language` negotiates (as [`into_response_in`] does);
/// elsewhere, in the catalogue's default language, with no
/// `Content-Language` and no `Vary`.
pub fn into_response<E: ApiError>(error: &E) -> Response {
    respond(error, super::language::in_scope_for(error))
}

/// A request's `Accept-Language`, as an extractor that never rejects (a
/// missing or unreadable header is an empty one): answer in the language
/// it asks for with [`AcceptLanguage::response`].
///
/// ```
/// use axum::response::Response;
/// use errcodes::axum::AcceptLanguage;
/// # #[derive(Debug, errcodes::ApiError)]
/// # enum AccountError { #[code(1, status = 404, msg = "Not found")] NotFound }
///
/// async fn member(lang: AcceptLanguage) -> Result<String, Response> {
///     Err(lang.response(&AccountError::NotFound))
/// }
/// ```
#[derive(Debug, Clone, Default)]
pub struct AcceptLanguage(pub String);

impl<S: Send + Sync> FromRequestParts<S> for AcceptLanguage {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(AcceptLanguage(accept_language(&parts.headers)))
    }
}

impl AcceptLanguage {
    /// The response for `error` in the language the header prefers among
    /// those of `E`'s catalogue (see [`into_response_in`]).
    pub fn response<E: ApiError>(&self, error: &E) -> Response {
        into_response_in(error, &self.0)
    }
}

/// The response for `error` with its message in the language an
/// `Accept-Language` header value prefers among the catalogue's
/// ([`Catalogue::negotiate`](crate::Catalogue::negotiate)). Where the
/// catalogue has translations it says which in `Content-Language`, and
/// adds `Accept-Language` to `Vary`; without any, it is [`into_response`]'s
/// response outside a layer.
pub fn into_response_in<E: ApiError>(error: &E, accept_language: &str) -> Response {
    respond(error, super::language::negotiate(error, accept_language))
}

fn accept_language(headers: &HeaderMap) -> String {
    super::language::joined(
        headers
            .get_all(ACCEPT_LANGUAGE)
            .iter()
            .map(|v| v.to_str().ok()),
    )
}

fn respond<E: ApiError>(error: &E, lang: Option<&'static str>) -> Response {
    let (head, body) = super::parts(error, lang);
    let body = match body {
        super::BodyBytes::Static(bytes) => Body::from(Bytes::from_static(bytes)),
        super::BodyBytes::Owned(bytes) => Body::from(bytes),
    };
    let mut response = Response::new(body);
    *response.status_mut() = head.info.status();
    *response.headers_mut() = head.headers;
    response.extensions_mut().insert(head.info);
    response
}

/// The response for `error`, returned by a handler whose errors are `S`:
/// [`into_response`]'s when `S` declares it, else what
/// [`Undeclared::current`](crate::Undeclared::current) says. What an
/// [`error_set!`](crate::error_set) type's `IntoResponse` sends.
///
/// # Panics
///
/// Under [`Undeclared::Panic`](crate::Undeclared::Panic), when `S` does not
/// declare `error`.
pub fn screened_response<S: ErrorSet>(error: S::Error) -> Response
where
    S::Error: Sized,
{
    match crate::screen::<S>(&error) {
        Screened::Send => into_response(&error),
        Screened::Replace(replacement) => into_response(&replacement),
        Screened::Internal => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}
