//! What happens once per error response, whichever adapter sends it: the
//! coverage record, `error.type` on the current span and the response
//! counter. One hook, so that each fact of a sent error has one place to
//! go. (The `code_header` is one of the entry's headers, written with the
//! others by `write_headers`, so that the docs and the lock list it.)

#[cfg(any(feature = "tracing", feature = "metrics"))]
use std::borrow::Cow;

use super::ErrorInfo;
use crate::ApiError;

#[inline]
pub(super) fn sent<E: ApiError>(info: &ErrorInfo) {
    crate::coverage::sent::<E>(info.entry());
    #[cfg(any(feature = "tracing", feature = "metrics"))]
    observe(info, crate::observe::error_type(info.entry()));
}

#[cfg(any(feature = "tracing", feature = "metrics"))]
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
