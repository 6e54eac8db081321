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

use ::actix_web::http::header::{HeaderMap, HeaderName, HeaderValue, ACCEPT_LANGUAGE};
use ::actix_web::http::StatusCode;
use ::actix_web::web::Bytes;
use ::actix_web::{HttpRequest, HttpResponse, ResponseError};

use crate::{ApiError, ErrorSet, Screened};

pub use super::{ApiResponse, WithLanguage};

mod errors_page;
mod examples;
mod language;
pub use errors_page::errors_scope;
pub use examples::run_examples;
pub use language::{AnswerErrors, NegotiateLanguage, NegotiateLanguageMiddleware};

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
/// `http` 0.2, errcodes `http` 1).
pub fn status_code<E: ApiError>(error: &E) -> StatusCode {
    actix_status(error.status())
}

fn actix_status(status: http::StatusCode) -> StatusCode {
    StatusCode::from_u16(status.as_u16()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
}

/// The response for `error`, as [`ApiResponse`] and
/// `#[api_error(actix_web)]` send it: inside a [`NegotiateLanguage`]
/// middleware, in the language the request's `Accept-Language` negotiates
/// (as [`error_response_in`] does); elsewhere, in the catalogue's default
/// language, with no `Content-Language` and no `Vary`.
pub fn error_response<E: ApiError>(error: &E) -> HttpResponse {
    respond(error, super::language::in_scope_for(error))
}

/// The response for `error` with its message in the language the
/// request's `Accept-Language` prefers among the catalogue's
/// ([`Catalogue::negotiate`](crate::Catalogue::negotiate)). Where the
/// catalogue has translations it says which in `Content-Language`, and
/// adds `Accept-Language` to `Vary`; without any, it is
/// [`error_response`]'s response outside a middleware.
pub fn error_response_in<E: ApiError>(error: &E, request: &HttpRequest) -> HttpResponse {
    let accept_language = accept_language(request.headers());
    respond(error, super::language::negotiate(error, &accept_language))
}

fn accept_language(headers: &HeaderMap) -> String {
    super::language::joined(headers.get_all(ACCEPT_LANGUAGE).map(|v| v.to_str().ok()))
}

fn respond<E: ApiError>(error: &E, lang: Option<&'static str>) -> HttpResponse {
    let (head, body) = super::parts(error, lang);
    let body = match body {
        super::BodyBytes::Static(bytes) => Bytes::from_static(bytes),
        super::BodyBytes::Owned(bytes) => Bytes::from(bytes),
    };
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

/// The status [`screened_response`] sends `error` with: what an
/// [`error_set!`](crate::error_set) type's `ResponseError::status_code`
/// says.
pub fn screened_status_code<S: ErrorSet>(error: &S::Error) -> StatusCode
where
    S::Error: Sized,
{
    actix_status(crate::screened_status::<S>(error))
}

/// The response for `error`, returned by a handler whose errors are `S`:
/// [`error_response`]'s when `S` declares it, else what
/// [`Undeclared::current`](crate::Undeclared::current) says. What an
/// [`error_set!`](crate::error_set) type's `ResponseError` sends.
///
/// # Panics
///
/// Under [`Undeclared::Panic`](crate::Undeclared::Panic), when `S` does not
/// declare `error`.
pub fn screened_response<S: ErrorSet>(error: &S::Error) -> HttpResponse
where
    S::Error: Sized,
{
    match crate::screen::<S>(error) {
        Screened::Send => error_response(error),
        Screened::Replace(replacement) => error_response(&replacement),
        Screened::Internal => HttpResponse::InternalServerError().finish(),
    }
}
