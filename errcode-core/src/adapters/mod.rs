//! Web-framework adapters, each behind the feature of the same name. Both
//! send what the error says: `ApiError::status`, the body `write_body`
//! writes, the format's content type and the headers `write_headers`
//! writes; both put an [`ErrorInfo`] in the response's extensions, and with
//! the `tracing` feature log the response and record its `error.type` on
//! the current span (see [`observe`](crate::observe) and `sent`). Under `NegotiateLanguage` both
//! answer in the request's language (see `language`).

#[cfg(feature = "actix-web")]
pub mod actix_web;
#[cfg(feature = "axum")]
pub mod axum;
mod errors_page;
mod language;
mod sent;

pub use language::WithLanguage;

use core::fmt;

use http::header::{HeaderMap, HeaderValue, CONTENT_TYPE};

use crate::format::{example, Format};
use crate::{ApiError, Code, Entry};

/// An error as a web response: status from [`ApiError::status`], body from
/// [`ApiError::write_body`] (a static body is sent without copying), and the
/// format's `Content-Type`. It implements axum's `IntoResponse` and
/// actix-web's `ResponseError`, each with its feature; `From<E>` lets `?`
/// wrap your error in a handler.
///
/// `Display`, `Debug` and `Error` are the wrapped error's.
// The module's cfg again, and the features' impls each with its own: rustdoc
// carries an item's own cfg across crates, so the facade's docs show them.
#[cfg(any(feature = "axum", feature = "actix-web"))]
pub struct ApiResponse<E>(pub E);

impl<E> ApiResponse<E> {
    /// The wrapped error.
    pub fn into_inner(self) -> E {
        self.0
    }
}

impl<E> From<E> for ApiResponse<E> {
    fn from(error: E) -> Self {
        ApiResponse(error)
    }
}

impl<E: fmt::Display> fmt::Display for ApiResponse<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

impl<E: fmt::Debug> fmt::Debug for ApiResponse<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}

impl<E: std::error::Error> std::error::Error for ApiResponse<E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.0.source()
    }
}

/// What an error response carries in its extensions (axum's
/// `Response::extensions`, actix-web's `HttpResponse::extensions`), for a
/// middleware or tracing layer to read which error it was without parsing
/// the body.
///
/// ```
/// # #[cfg(feature = "axum")] {
/// use errcodes::{ApiError, ErrorInfo};
///
/// #[derive(Debug, ApiError)]
/// enum AccountError {
///     #[code(34305, status = 401, msg = "Incorrect account or wrong password")]
///     WrongPassword,
/// }
///
/// let response = errcodes::axum::into_response(&AccountError::WrongPassword);
/// let info = response.extensions().get::<ErrorInfo>().unwrap();
/// assert_eq!(info.code(), 34305);
/// assert_eq!((info.name(), info.status().as_u16()), ("WrongPassword", 401));
/// # }
/// ```
#[cfg(any(feature = "axum", feature = "actix-web"))]
#[derive(Debug, Clone, Copy)]
pub struct ErrorInfo {
    entry: &'static Entry,
    status: http::StatusCode,
}

impl ErrorInfo {
    /// The error's code.
    #[must_use]
    pub const fn code(&self) -> Code {
        self.entry.code()
    }

    /// The error's symbolic name.
    #[must_use]
    pub const fn name(&self) -> &'static str {
        self.entry.name()
    }

    /// The status the response was sent with.
    #[must_use]
    pub const fn status(&self) -> http::StatusCode {
        self.status
    }

    /// The error's catalogue entry.
    #[must_use]
    pub const fn entry(&self) -> &'static Entry {
        self.entry
    }
}

/// Everything of an error response but its body: status, headers and
/// [`ErrorInfo`]. Building it logs the response (feature `tracing`) and
/// tells `sent` it was sent, so each response is logged, recorded and
/// counted once whichever adapter sends it.
pub(crate) struct Head {
    pub(crate) info: ErrorInfo,
    pub(crate) headers: HeaderMap,
}

pub(crate) fn head<E: ApiError>(error: &E) -> Head {
    let info = ErrorInfo {
        entry: error.info(),
        status: error.status(),
    };
    let mut headers = HeaderMap::new();
    let invalid = error.write_headers(&mut headers).err();
    // Set after the error's own headers: the body's type is the format's.
    let content_type = HeaderValue::from_str(content_type::<E>())
        .unwrap_or(HeaderValue::from_static("application/json"));
    headers.insert(CONTENT_TYPE, content_type);
    sent::sent::<E>(&info);
    log(error, &info, invalid.as_ref());
    Head { info, headers }
}

/// 5xx at `ERROR` with the source chain, 4xx at `INFO` (the service doing
/// what its catalogue documents), anything else at `DEBUG`; a header that
/// could not be sent at `WARN`.
#[cfg(feature = "tracing")]
fn log<E: ApiError>(error: &E, info: &ErrorInfo, invalid: Option<&crate::InvalidHeader>) {
    use std::fmt::Write as _;

    let status = info.status.as_u16();
    let (code, name) = (info.code(), info.name());
    if let Some(invalid) = invalid {
        tracing::warn!(target: "errcodes", %code, name, status, header = invalid.name(), "{invalid}; sent without it");
    }
    if info.status.is_server_error() {
        let mut sources = String::new();
        let mut next = error.source();
        while let Some(source) = next {
            if !sources.is_empty() {
                sources.push_str(": ");
            }
            let _ = write!(sources, "{source}");
            next = source.source();
        }
        tracing::error!(target: "errcodes", %code, name, status, sources, message = %error);
    } else if info.status.is_client_error() {
        tracing::info!(target: "errcodes", %code, name, status, message = %error);
    } else {
        tracing::debug!(target: "errcodes", %code, name, status, message = %error);
    }
}

#[cfg(not(feature = "tracing"))]
fn log<E: ApiError>(_: &E, _: &ErrorInfo, _: Option<&crate::InvalidHeader>) {}

/// The body of `error`: its static body when it has one, borrowed rather
/// than copied; else the bytes `write_body` writes.
pub(crate) enum BodyBytes {
    Static(&'static [u8]),
    Owned(Vec<u8>),
}

pub(crate) fn body<E: ApiError>(error: &E) -> BodyBytes {
    if let Some(body) = error.static_body() {
        return BodyBytes::Static(body);
    }
    let mut out = Vec::new();
    if error.write_body(&mut out).is_err() {
        // Only a `#[body]` field's own `Serialize` can fail; the client still
        // gets the entry's code and message, without the field values.
        out = serde_json::to_vec(&example::<E::Format>(error.info())).unwrap_or_default();
    }
    BodyBytes::Owned(out)
}

/// The head and body of `error`'s response; in the language `lang` where
/// given and the entry has a translation in it, else in the catalogue's
/// own, which `Content-Language` and `Vary` then say.
pub(crate) fn parts<E: ApiError>(error: &E, lang: Option<&'static str>) -> (Head, BodyBytes) {
    let mut head = head(error);
    let Some(lang) = lang else {
        return (head, body(error));
    };
    let (sent_in, body) = match body_in(error, lang) {
        Some(body) => (lang, body),
        None => (language::answering(error).language(), body(error)),
    };
    language::mark(&mut head.headers, sent_in);
    (head, body)
}

/// The body of `error` with its message in the language `lang`, where its
/// entry has a translation in it.
fn body_in<E: ApiError>(error: &E, lang: &str) -> Option<BodyBytes> {
    let translation = crate::client_message::translation_of(error, lang)?;
    let mut out = Vec::new();
    crate::format::in_language::write_translated(error, translation, &mut out).ok()?;
    Some(BodyBytes::Owned(out))
}

pub(crate) const fn content_type<E: ApiError>() -> &'static str {
    <E::Format as Format>::CONTENT_TYPE
}
