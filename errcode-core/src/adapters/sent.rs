//! What happens once per error response, whichever adapter sends it: the
//! coverage record, the code header, `error.type` on the current span and
//! the response counter. One hook, so that each fact of a sent error has
//! one place to go.

use std::borrow::Cow;

use http::header::{HeaderMap, HeaderName, HeaderValue};

use super::ErrorInfo;
use crate::ApiError;

#[inline]
pub(super) fn sent<E: ApiError>(info: &ErrorInfo, headers: &mut HeaderMap) {
    crate::coverage::sent(info.entry());
    let code_header = E::catalogue().code_header();
    if cfg!(any(feature = "tracing", feature = "metrics")) || code_header.is_some() {
        let error_type = crate::observe::error_type(info.entry());
        if let Some(name) = code_header {
            insert_code(headers, name, &error_type);
        }
        observe(info, error_type);
    }
}

#[cold]
fn insert_code(headers: &mut HeaderMap, name: &'static str, code: &str) {
    // The derive checked the name; a string code is checked here (a header
    // value cannot hold every character a code can). A header the entry
    // sets itself is never replaced: the derive refuses a `code_header` its
    // own entries send, not one a wrapped catalogue's entry sends.
    let name = HeaderName::from_static(name);
    if headers.contains_key(&name) {
        return;
    }
    if let Ok(value) = HeaderValue::from_str(code) {
        headers.insert(name, value);
    }
}

#[allow(unused_variables)]
fn observe(info: &ErrorInfo, error_type: Cow<'static, str>) {
    #[cfg(feature = "tracing")]
    tracing::Span::current().record(crate::observe::ERROR_TYPE, &*error_type);
    #[cfg(feature = "metrics")]
    metrics::counter!(
        crate::observe::ERROR_RESPONSES,
        "code" => error_type,
        "status" => info.status().as_u16().to_string()
    )
    .increment(1);
}
