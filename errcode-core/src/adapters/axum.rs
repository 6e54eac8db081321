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

use ::axum::body::{Body, Bytes};
use ::axum::response::{IntoResponse, Response};

use crate::ApiError;

pub use super::ApiResponse;

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
    let head = super::head(error);
    let mut response = Response::new(body);
    *response.status_mut() = head.info.status();
    *response.headers_mut() = head.headers;
    response.extensions_mut().insert(head.info);
    response
}
