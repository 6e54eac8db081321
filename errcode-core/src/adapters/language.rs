//! The `Accept-Language` of the request being handled, for the error
//! responses built while it is: what `NegotiateLanguage` (an axum layer, an
//! actix-web middleware) puts in scope around the service it wraps.
//!
//! Neither framework hands the request to the code that turns an error into
//! a response (`IntoResponse::into_response(self)`,
//! `ResponseError::error_response(&self)`), but both run that code inside
//! the future of the request's service. So the header is set in a
//! thread-local around each poll of that future, and restored after it, as
//! tokio's task-locals do, without depending on a runtime: whichever thread
//! polls the request, the responses built there see its header.
//!
//! The header is kept as sent and negotiated only when an error response is
//! built, against that error's catalogue: most requests build none, and
//! different error types of one service may have different languages.

use core::cell::Cell;
use core::future::Future;
use core::pin::Pin;
use core::task::{Context, Poll};

use http::header::{HeaderMap, HeaderValue, CONTENT_LANGUAGE, VARY};
use pin_project_lite::pin_project;

use crate::{ApiError, Catalogue};

thread_local! {
    /// `None` outside any `NegotiateLanguage`; the header (empty when the
    /// request has none) inside.
    static ACCEPT_LANGUAGE: Cell<Option<String>> = const { Cell::new(None) };
}

pin_project! {
    /// The future of a service wrapped in `NegotiateLanguage`: the inner
    /// service's, polled with the request's `Accept-Language` in scope.
    pub struct WithLanguage<F> {
        accept_language: String,
        #[pin]
        future: F,
    }
}

impl<F> WithLanguage<F> {
    /// Calls `call` (the inner service's `call`, which may build a response
    /// before returning its future) with `accept_language` in scope, and
    /// wraps the future it returns.
    pub(crate) fn call(mut accept_language: String, call: impl FnOnce() -> F) -> Self {
        let future = in_scope(&mut accept_language, call);
        WithLanguage {
            accept_language,
            future,
        }
    }
}

impl<F: Future> Future for WithLanguage<F> {
    type Output = F::Output;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<F::Output> {
        let this = self.project();
        let future = this.future;
        in_scope(this.accept_language, || future.poll(cx))
    }
}

/// Runs `f` with `accept_language` in scope, moved in and back out (no
/// copy), the previous value restored after, even if `f` panics.
fn in_scope<R>(accept_language: &mut String, f: impl FnOnce() -> R) -> R {
    struct Restore<'a> {
        slot: &'a mut String,
        previous: Option<String>,
    }
    impl Drop for Restore<'_> {
        fn drop(&mut self) {
            let previous = self.previous.take();
            let ours = ACCEPT_LANGUAGE.try_with(|cell| cell.replace(previous));
            *self.slot = ours.ok().flatten().unwrap_or_default();
        }
    }
    let ours = Some(core::mem::take(accept_language));
    let previous = ACCEPT_LANGUAGE
        .try_with(|cell| cell.replace(ours))
        .ok()
        .flatten();
    let _restore = Restore {
        slot: accept_language,
        previous,
    };
    f()
}

/// The catalogue whose languages `error` is answered in: the one that owns
/// its entry, so that a `#[code(transparent)]` variant's entry is answered
/// in the wrapped type's translations.
pub(crate) fn answering<E: ApiError>(error: &E) -> &'static Catalogue {
    let catalogue = E::catalogue();
    catalogue.owner(error.info()).unwrap_or(catalogue)
}

/// The language to answer `error` in for the request in scope; `None`
/// where no `NegotiateLanguage` is, or its catalogue has no translations.
pub(crate) fn in_scope_for<E: ApiError>(error: &E) -> Option<&'static str> {
    let catalogue = answering(error);
    if catalogue.languages().is_empty() {
        return None;
    }
    ACCEPT_LANGUAGE
        .try_with(|cell| {
            let accept_language = cell.take();
            let lang = accept_language.as_deref().map(|a| catalogue.negotiate(a));
            cell.set(accept_language);
            lang
        })
        .ok()
        .flatten()
}

/// The language to answer `error` in for an `Accept-Language` value;
/// `None` where its catalogue has no translations.
pub(crate) fn negotiate<E: ApiError>(error: &E, accept_language: &str) -> Option<&'static str> {
    let catalogue = answering(error);
    (!catalogue.languages().is_empty()).then(|| catalogue.negotiate(accept_language))
}

/// A request's `Accept-Language` lines as one value, as RFC 9110 §5.3
/// allows; lines that are not visible ASCII are left out.
pub(crate) fn joined<'a>(lines: impl Iterator<Item = Option<&'a str>>) -> String {
    let mut joined = String::new();
    for line in lines.flatten() {
        if !joined.is_empty() {
            joined.push(',');
        }
        joined.push_str(line);
    }
    joined
}

/// Says that a response is in `lang` and depends on `Accept-Language`: sets
/// `Content-Language`, and adds `Accept-Language` to the `Vary` the error's
/// own headers may already have (one value, as some frameworks keep one).
pub(crate) fn mark(headers: &mut HeaderMap, lang: &'static str) {
    if let Ok(lang) = HeaderValue::from_str(lang) {
        headers.insert(CONTENT_LANGUAGE, lang);
    }
    let mut vary = Vec::new();
    for value in headers.get_all(VARY) {
        let covered = value.as_bytes().split(|b| *b == b',').any(|name| {
            let name = name.trim_ascii();
            name == b"*" || name.eq_ignore_ascii_case(b"accept-language")
        });
        if covered {
            return;
        }
        vary.extend_from_slice(value.as_bytes());
        vary.extend_from_slice(b", ");
    }
    vary.extend_from_slice(b"Accept-Language");
    if let Ok(vary) = HeaderValue::from_bytes(&vary) {
        headers.insert(VARY, vary);
    }
}

#[cfg(test)]
mod tests {
    use super::{in_scope, ACCEPT_LANGUAGE};

    fn current() -> Option<String> {
        ACCEPT_LANGUAGE.with(|cell| {
            let value = cell.take();
            cell.set(value.clone());
            value
        })
    }

    #[test]
    fn a_scope_restores_what_was_there_even_when_it_panics() {
        let mut outer = "de".to_owned();
        in_scope(&mut outer, || {
            let mut inner = "fr".to_owned();
            let panicked = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                in_scope(&mut inner, || {
                    assert_eq!(current().as_deref(), Some("fr"));
                    panic!("in the handler");
                })
            }));
            assert!(panicked.is_err());
            assert_eq!(inner, "fr");
            assert_eq!(current().as_deref(), Some("de"));
        });
        assert_eq!(outer, "de");
        assert_eq!(current(), None);
    }
}
