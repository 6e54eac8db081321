//! [`errors_scope`]: the catalogue served at `/errors`.

use ::actix_web::guard;
use ::actix_web::http::header::{HeaderName, HeaderValue, ACCEPT, ALLOW, IF_NONE_MATCH};
use ::actix_web::web::{self, Bytes};
use ::actix_web::{HttpRequest, HttpResponse, Route, Scope};

use crate::adapters::errors_page::{site, Answer, Asked, Site, MOUNTED_AT};
use crate::adapters::language::joined;
use crate::ApiError;

/// The catalogue of `E` served by the service at `/errors` and
/// `/errors/{code}`, as [`errcodes::axum::errors_router`] serves it (the
/// same pages, negotiation, caching and `404`s; see there).
///
/// [`errcodes::axum::errors_router`]: https://docs.rs/errcodes/latest/errcodes/axum/fn.errors_router.html
///
/// ```
/// use errcodes::ApiError;
///
/// #[derive(Debug, ApiError)]
/// #[api_error(actix_web, docs_url = "/errors/")]
/// pub enum AccountError {
///     #[code(34306, status = 404, msg = "Member not found.")]
///     MemberNotFound,
/// }
///
/// let app = actix_web::App::new().service(errcodes::actix_web::errors_scope::<AccountError>());
/// ```
pub fn errors_scope<E: ApiError + 'static>() -> Scope {
    let site = site::<E>();
    let catalogue =
        get_or_head().to(move |request: HttpRequest| async move { page(site, None, &request) });
    let entry = get_or_head().to(move |request: HttpRequest| async move {
        // The segment as sent (actix-web's match decodes some escapes and
        // not others), decoded once by the site.
        let code = request.uri().path().rsplit('/').next().unwrap_or("");
        page(site, Some(code), &request)
    });
    web::scope(MOUNTED_AT)
        .service(
            web::resource("")
                .route(catalogue)
                .default_service(other_method()),
        )
        .service(
            web::resource("/{code}")
                .route(entry)
                .default_service(other_method()),
        )
}

/// `GET`, and `HEAD` as axum's `get` takes it too (actix-web sends no
/// body to a `HEAD`).
fn get_or_head() -> Route {
    web::route().guard(guard::Any(guard::Get()).or(guard::Head()))
}

/// Any other method: `405` with `Allow: GET,HEAD`, as axum's router
/// answers it.
fn other_method() -> Route {
    web::to(|| async {
        HttpResponse::MethodNotAllowed()
            .insert_header((ALLOW, "GET,HEAD"))
            .finish()
    })
}

fn page(site: &'static Site, code: Option<&str>, request: &HttpRequest) -> HttpResponse {
    let headers = request.headers();
    let lines = |name: HeaderName| joined(headers.get_all(name).map(|v| v.to_str().ok()));
    let (accept, if_none_match) = (lines(ACCEPT), lines(IF_NONE_MATCH));
    let accept_language = super::accept_language(headers);
    let asked = Asked {
        accept: &accept,
        accept_language: &accept_language,
        if_none_match: &if_none_match,
        query: Some(request.query_string()).filter(|q| !q.is_empty()),
    };
    let Answer {
        status,
        body,
        headers,
    } = site.answer(code, &asked);
    let mut response =
        HttpResponse::with_body(super::actix_status(status), Bytes::from_static(body));
    for (name, value) in headers {
        if let Ok(value) = HeaderValue::from_str(value) {
            response
                .headers_mut()
                .insert(HeaderName::from_static(name), value);
        }
    }
    response.map_into_boxed_body()
}
