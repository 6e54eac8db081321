//! `NegotiateLanguage`: error responses in the request's language.

use core::task::{Context, Poll};

use ::axum::http::Request;
use tower_layer::Layer;
use tower_service::Service;

use crate::adapters::WithLanguage;

/// A tower layer under which error responses answer in the language of the
/// request's `Accept-Language`: those of `#[api_error(axum)]` types, of
/// [`ApiResponse`](super::ApiResponse) and of
/// [`into_response`](super::into_response), with `Content-Language` and
/// `Vary: Accept-Language`, where the error's catalogue has translations
/// (`#[api_error(locales = "...")]`). Handlers keep returning the error
/// with `?`.
///
/// The language is negotiated when an error response is built, against
/// that error's catalogue ([`Catalogue::negotiate`](crate::Catalogue::negotiate):
/// a missing or malformed header gives the default language). A response
/// built outside the request's future (in a task the handler spawns) is in
/// the default language. `Router::layer` wraps the routes added before it.
///
/// ```
/// use axum::routing::get;
/// use errcodes::axum::NegotiateLanguage;
/// use errcodes::ApiError;
///
/// #[derive(Debug, ApiError)]
/// #[api_error(axum)]
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
/// let app: axum::Router = axum::Router::new()
///     .route("/login", get(login))
///     .layer(NegotiateLanguage);
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct NegotiateLanguage;

impl<S> Layer<S> for NegotiateLanguage {
    type Service = NegotiateLanguageService<S>;

    fn layer(&self, inner: S) -> Self::Service {
        NegotiateLanguageService { inner }
    }
}

/// The service [`NegotiateLanguage`] wraps another in.
#[derive(Debug, Clone)]
pub struct NegotiateLanguageService<S> {
    inner: S,
}

impl<S, B> Service<Request<B>> for NegotiateLanguageService<S>
where
    S: Service<Request<B>>,
{
    type Response = S::Response;
    type Error = S::Error;
    type Future = WithLanguage<S::Future>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request<B>) -> Self::Future {
        let accept_language = super::accept_language(request.headers());
        WithLanguage::call(accept_language, || self.inner.call(request))
    }
}
