//! `NegotiateLanguage`: error responses in the request's language.

use core::future::{Future, Ready};
use core::pin::Pin;
use core::task::{ready, Context, Poll};

use ::actix_web::dev::{forward_ready, Service, ServiceRequest, ServiceResponse, Transform};
use ::actix_web::error::InternalError;
use ::actix_web::http::header::CONTENT_LANGUAGE;
use ::actix_web::Error;
use pin_project_lite::pin_project;

use crate::adapters::{ErrorInfo, WithLanguage};

/// A middleware under which error responses answer in the language of the
/// request's `Accept-Language`: those of `#[api_error(actix_web)]` types,
/// of [`ApiResponse`](super::ApiResponse) and of
/// [`error_response`](super::error_response), with `Content-Language` and
/// `Vary: Accept-Language`, where the error's catalogue has translations
/// (`#[api_error(locales = "...")]`). Handlers keep returning the error
/// with `?`.
///
/// The language is negotiated when an error response is built, against
/// that error's catalogue ([`Catalogue::negotiate`](crate::Catalogue::negotiate):
/// a missing or malformed header gives the default language). Wrap it last
/// (outermost) so that the errors other middleware fail with are answered
/// in the language too. A response built outside the request's future (in
/// a task the handler spawns) is in the default language.
///
/// ```
/// use actix_web::{web, App};
/// use errcodes::actix_web::NegotiateLanguage;
/// use errcodes::ApiError;
///
/// #[derive(Debug, ApiError)]
/// #[api_error(actix_web)]
/// pub enum AccountError {
///     #[code(34305, status = 401, msg = "Incorrect account or wrong password")]
///     WrongPassword,
/// }
///
/// async fn login() -> Result<String, AccountError> {
///     Err(AccountError::WrongPassword)?;
///     Ok("welcome".into())
/// }
///
/// let app = App::new()
///     .route("/login", web::get().to(login))
///     .wrap(NegotiateLanguage);
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct NegotiateLanguage;

impl<S, B> Transform<S, ServiceRequest> for NegotiateLanguage
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = Error>,
{
    type Response = ServiceResponse<B>;
    type Error = Error;
    type Transform = NegotiateLanguageMiddleware<S>;
    type InitError = ();
    type Future = Ready<Result<Self::Transform, Self::InitError>>;

    fn new_transform(&self, service: S) -> Self::Future {
        core::future::ready(Ok(NegotiateLanguageMiddleware { service }))
    }
}

/// The service [`NegotiateLanguage`] wraps another in.
#[derive(Debug)]
pub struct NegotiateLanguageMiddleware<S> {
    service: S,
}

impl<S, B> Service<ServiceRequest> for NegotiateLanguageMiddleware<S>
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = Error>,
{
    type Response = ServiceResponse<B>;
    type Error = Error;
    type Future = WithLanguage<AnswerErrors<S::Future>>;

    forward_ready!(service);

    fn call(&self, request: ServiceRequest) -> Self::Future {
        let accept_language = super::accept_language(request.headers());
        WithLanguage::call(accept_language, || AnswerErrors {
            future: self.service.call(request),
        })
    }
}

pin_project! {
    /// The wrapped service's future. actix-web turns an error a service
    /// fails with into its response after the middleware have returned,
    /// out of the request's scope; an errcodes error with translations is
    /// answered here instead, while the language is in scope, and passed
    /// on as an `InternalError` holding that response and the error.
    pub struct AnswerErrors<F> {
        #[pin]
        future: F,
    }
}

impl<F, B> Future for AnswerErrors<F>
where
    F: Future<Output = Result<ServiceResponse<B>, Error>>,
{
    type Output = F::Output;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<F::Output> {
        let error = match ready!(self.project().future.poll(cx)) {
            Err(error) => error,
            answered => return Poll::Ready(answered),
        };
        let response = error.error_response();
        let translated = response.extensions().get::<ErrorInfo>().is_some()
            && response.headers().contains_key(CONTENT_LANGUAGE);
        if translated {
            return Poll::Ready(Err(InternalError::from_response(error, response).into()));
        }
        Poll::Ready(Err(error))
    }
}
