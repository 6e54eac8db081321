//! [axum](https://docs.rs/axum) 0.8 responses for errors (feature `axum`).
//!
//! A crate cannot implement axum's `IntoResponse` for every `ApiError` type
//! (both the trait and your type are foreign to it), so there are two ways
//! in, neither of which needs anything from the derive:
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

use ::axum::body::{Body, Bytes};
use ::axum::http::header::CONTENT_TYPE;
use ::axum::http::HeaderValue;
use ::axum::response::{IntoResponse, Response};

use crate::ApiError;

pub use super::ApiResponse;

mod rejection;
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

/// The response for `error`, as [`ApiResponse`] sends it.
pub fn into_response<E: ApiError>(error: &E) -> Response {
    let body = match super::body(error) {
        super::Body::Static(bytes) => Body::from(Bytes::from_static(bytes)),
        super::Body::Owned(bytes) => Body::from(bytes),
    };
    let content_type = HeaderValue::from_str(super::content_type::<E>())
        .unwrap_or(HeaderValue::from_static("application/json"));
    let mut response = Response::new(body);
    *response.status_mut() = error.status();
    response.headers_mut().insert(CONTENT_TYPE, content_type);
    response
}
