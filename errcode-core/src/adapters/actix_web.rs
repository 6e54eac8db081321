//! [actix-web](https://docs.rs/actix-web) 4 responses for errors (feature
//! `actix-web`).
//!
//! The shortest way in is `#[api_error(actix_web)]` on the type: the derive
//! then implements `ResponseError` too, and handlers return the type itself.
//!
//! ```
//! use actix_web::web;
//! use errcodes::ApiError;
//!
//! #[derive(Debug, ApiError)]
//! #[api_error(actix_web)]
//! pub enum AccountError {
//!     #[code(34306, status = 404, msg = "Member '{member_ref}' not found.")]
//!     MemberNotFound { member_ref: String },
//! }
//!
//! async fn member(id: web::Path<String>) -> Result<String, AccountError> {
//!     Err(AccountError::MemberNotFound { member_ref: id.into_inner() })
//! }
//!
//! let app = actix_web::App::new().route("/members/{id}", web::get().to(member));
//! ```
//!
//! A type derived elsewhere (a crate cannot implement actix-web's
//! `ResponseError` for every `ApiError` type: both the trait and your type
//! are foreign to it) has two more:
//!
//! * return [`ApiResponse<E>`] from handlers: it implements `ResponseError`,
//!   and `From<E>` lets `?` wrap your error;
//! * or implement `ResponseError` for your type with [`status_code`] and
//!   [`error_response`].
//!
//! ```
//! use actix_web::{web, App, HttpResponse, ResponseError};
//! use errcodes::actix_web::ApiResponse;
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
//! async fn member(id: web::Path<String>) -> Result<String, ApiResponse<AccountError>> {
//!     Ok(find(&id)?)
//! }
//!
//! // Or the error type itself, after one impl:
//! impl ResponseError for AccountError {
//!     fn status_code(&self) -> actix_web::http::StatusCode {
//!         errcodes::actix_web::status_code(self)
//!     }
//!
//!     fn error_response(&self) -> HttpResponse {
//!         errcodes::actix_web::error_response(self)
//!     }
//! }
//!
//! async fn member_too(id: web::Path<String>) -> Result<String, AccountError> {
//!     find(&id)
//! }
//!
//! let app = App::new()
//!     .route("/members/{id}", web::get().to(member))
//!     .route("/v2/members/{id}", web::get().to(member_too));
//! ```

use ::actix_web::http::header::{HeaderName, HeaderValue, ACCEPT_LANGUAGE, CONTENT_LANGUAGE, VARY};
use ::actix_web::http::StatusCode;
use ::actix_web::web::Bytes;
use ::actix_web::{HttpRequest, HttpResponse, ResponseError};

use crate::ApiError;

pub use super::ApiResponse;

// Already gated by the module; see `ApiResponse` for why.
#[cfg(feature = "actix-web")]
impl<E: ApiError> ResponseError for ApiResponse<E> {
    fn status_code(&self) -> StatusCode {
        status_code(&self.0)
    }

    fn error_response(&self) -> HttpResponse {
        error_response(&self.0)
    }
}

/// The status of `error` as actix-web's `StatusCode` (actix-web 4 uses
/// `http` 0.2, errcode `http` 1).
pub fn status_code<E: ApiError>(error: &E) -> StatusCode {
    StatusCode::from_u16(error.status().as_u16()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
}

/// The response for `error`, as [`ApiResponse`] sends it.
pub fn error_response<E: ApiError>(error: &E) -> HttpResponse {
    respond(error, super::body(error))
}

/// The response for `error` with its message in the language the
/// request's `Accept-Language` prefers among the catalogue's (for a
/// `#[code(transparent)]` variant, the wrapped type's, which translates it)
/// ([`Catalogue::negotiate`](crate::Catalogue::negotiate)); it says which
/// in `Content-Language`, and `Vary: Accept-Language`.
pub fn error_response_in<E: ApiError>(error: &E, request: &HttpRequest) -> HttpResponse {
    let header = request
        .headers()
        .get_all(ACCEPT_LANGUAGE)
        .filter_map(|v| v.to_str().ok())
        .collect::<Vec<_>>()
        .join(",");
    let lang = super::negotiate(error, &header);
    let mut response = respond(error, super::body_in(error, lang));
    let headers = response.headers_mut();
    headers.insert(VARY, HeaderValue::from_static("accept-language"));
    if let Ok(lang) = HeaderValue::from_str(lang) {
        headers.insert(CONTENT_LANGUAGE, lang);
    }
    response
}

fn respond<E: ApiError>(error: &E, body: super::Body) -> HttpResponse {
    let body = match body {
        super::Body::Static(bytes) => Bytes::from_static(bytes),
        super::Body::Owned(bytes) => Bytes::from(bytes),
    };
    let head = super::head(error);
    let mut response = HttpResponse::with_body(status_code(error), body);
    // actix-web 4's header types are `http` 0.2's: the same bytes, checked again.
    for (name, value) in &head.headers {
        if let (Ok(name), Ok(value)) = (
            HeaderName::from_bytes(name.as_str().as_bytes()),
            HeaderValue::from_bytes(value.as_bytes()),
        ) {
            response.headers_mut().insert(name, value);
        }
    }
    response.extensions_mut().insert(head.info);
    response.map_into_boxed_body()
}
