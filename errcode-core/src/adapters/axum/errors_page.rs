//! [`errors_router`]: the catalogue served at `/errors`.

use ::axum::body::{Body, Bytes};
use ::axum::http::header::{HeaderName, ACCEPT, IF_NONE_MATCH};
use ::axum::http::{HeaderMap, HeaderValue, Uri};
use ::axum::response::Response;
use ::axum::routing::get;
use ::axum::Router;

use crate::adapters::errors_page::{site, Answer, Asked, Site, MOUNTED_AT};
use crate::adapters::language::joined;
use crate::ApiError;

/// The catalogue of `E` served by the service, for error bodies to link
/// to (`#[api_error(docs_url = "/errors/")]`): `GET /errors` is the
/// catalogue's page ([`Html`](crate::docs::Html)), and `GET /errors/{code}`
/// the page of the entries with that code
/// ([`Html::entry_page`](crate::docs::Html::entry_page); an entry without a
/// code is at its anchor, as the catalogue page links to it); each as
/// HTML, or as the JSON export ([`docs::json`](crate::docs::json), with
/// only that page's entries for `/errors/{code}`) when `Accept` weighs
/// `application/json` above `text/html`, or as much but names it more
/// specifically (`application/json, text/plain, */*`; a `+json` type
/// such as `application/problem+json` names JSON as `application/*`
/// does); and in the language `?lang=` names (percent-decoded; empty is
/// as if absent), else the one `Accept-Language` prefers among the catalogue's
/// (as error responses negotiate it). The pages link to each other as
/// [`Links::served`](crate::docs::Links::served) at the catalogue's
/// `docs_url` where it ends with `/` (the URL bodies link to), else at
/// `/errors`, and to themselves in each language by `?lang=`.
///
/// Each page is rendered on its first request and kept for the process's
/// life; responses carry `ETag` (a matching `If-None-Match` is answered
/// `304`), `Cache-Control: public, max-age=300`, `Content-Language` and
/// `Vary: Accept, Accept-Language`. An unknown code or `?lang=` is a `404`
/// (RFC 9457's `about:blank` problem to a client asking for JSON, a line
/// of text otherwise; an unknown language's lists the catalogue's); an
/// `Accept` that takes neither HTML nor JSON (`*/*;q=0`) a `406`; another
/// method than `GET` or `HEAD` a `405` with `Allow`.
///
/// A router without state: merge it into the app after its `with_state`,
/// or nest it to serve under a prefix (then give `docs_url` the same
/// prefix):
///
/// ```
/// use errcodes::ApiError;
///
/// #[derive(Debug, ApiError)]
/// #[api_error(axum, docs_url = "/errors/")]
/// pub enum AccountError {
///     #[code(34306, status = 404, msg = "Member not found.")]
///     MemberNotFound,
/// }
///
/// let app: axum::Router = axum::Router::new()
///     .merge(errcodes::axum::errors_router::<AccountError>());
/// ```
pub fn errors_router<E: ApiError + 'static>() -> Router {
    let site = site::<E>();
    Router::new()
        .route(
            MOUNTED_AT,
            get(
                move |uri: Uri, headers: HeaderMap| async move { page(site, None, &uri, &headers) },
            ),
        )
        .route(
            &format!("{MOUNTED_AT}/{{code}}"),
            get(move |uri: Uri, headers: HeaderMap| async move {
                // The segment as sent, decoded once by the site, as the
                // actix-web scope does.
                let code = uri.path().rsplit('/').next().unwrap_or("");
                page(site, Some(code), &uri, &headers)
            }),
        )
}

fn page(site: &'static Site, code: Option<&str>, uri: &Uri, headers: &HeaderMap) -> Response {
    let lines = |name: HeaderName| joined(headers.get_all(name).iter().map(|v| v.to_str().ok()));
    let (accept, if_none_match) = (lines(ACCEPT), lines(IF_NONE_MATCH));
    let accept_language = super::accept_language(headers);
    let asked = Asked {
        accept: &accept,
        accept_language: &accept_language,
        if_none_match: &if_none_match,
        query: uri.query(),
    };
    let Answer {
        status,
        body,
        headers,
    } = site.answer(code, &asked);
    let mut response = Response::new(Body::from(Bytes::from_static(body)));
    *response.status_mut() = status;
    for (name, value) in headers {
        if let Ok(value) = HeaderValue::from_str(value) {
            response.headers_mut().insert(name, value);
        }
    }
    response
}
