//! The [`ApiError`] trait that `#[derive(ApiError)]` implements.

use http::StatusCode;

use crate::glue::Glue;
use crate::{Catalogue, Code, CodeRef, Entry, Format};

/// An error type with a documented catalogue: each value knows its code,
/// status, name and catalogue entry, and renders its own JSON body.
///
/// Implement it with `#[derive(ApiError)]`; the derive's documentation in the
/// `errcodes` crate describes the attribute grammar.
pub trait ApiError: std::error::Error {
    /// The body format, chosen with `#[api_error(format = ...)]`.
    type Format: Format;

    /// The derive's plumbing (static bodies, `#[body]` fields, decoding):
    /// not public API.
    #[doc(hidden)]
    type __Glue: Glue<Self> + ?Sized;

    /// The catalogue entry of this value's variant.
    fn info(&self) -> &'static Entry;

    /// The whole catalogue, in declaration order.
    fn catalogue() -> &'static Catalogue
    where
        Self: Sized;

    /// The field-less variant with this code; `None` for an unknown code, a
    /// shared code, or a variant that has fields.
    fn from_code<'a>(code: impl Into<CodeRef<'a>>) -> Option<Self>
    where
        Self: Sized;

    /// What the catalogue says about `code`: its entry's facts, summary and
    /// sections (`# Causes`, `# Fix`, ...), `Display`ed as plain text as
    /// `rustc --explain` prints; `None` for a code no entry has. See
    /// [`Catalogue::explain`].
    fn explain<'a>(code: impl Into<CodeRef<'a>>) -> Option<crate::Explanation>
    where
        Self: Sized,
    {
        Self::catalogue().explain(code)
    }

    /// The code of this value's entry.
    fn code(&self) -> Code {
        self.info().code()
    }

    /// The HTTP status: the documented one, else the format's
    /// [`Format::DEFAULT_STATUS`] (see [`Entry::http_status`]).
    fn status(&self) -> StatusCode {
        self.info().http_status()
    }

    /// The symbolic name: `name = "..."`, else the variant's name.
    fn name(&self) -> &'static str {
        self.info().name()
    }

    /// The body of this value when its variant's body is the same for every
    /// value (a variant without `#[body]` fields whose body shows no field
    /// values), rendered once per process; `None` otherwise. What
    /// [`write_body`](Self::write_body) copies, and what an adapter of your
    /// own can send without copying.
    fn static_body(&self) -> Option<&'static [u8]> {
        <Self::__Glue as Glue<Self>>::static_body(self)
    }

    /// Appends the JSON body to `out`: a copy of the static body where there is
    /// one, else the format's serializer writing straight into `out`.
    ///
    /// # Errors
    ///
    /// Only when a `#[body]` field's `Serialize` fails (a map with non-string
    /// keys, say); `out` is then left as it was.
    fn write_body(&self, out: &mut Vec<u8>) -> serde_json::Result<()>
    where
        Self: Sized,
    {
        if let Some(body) = self.static_body() {
            out.extend_from_slice(body);
            Ok(())
        } else {
            crate::format::write_dynamic(self, out)
        }
    }

    /// The message a client is shown, in the language `lang` (a tag such as
    /// `zh-Hant-TW`, looked up as [`Catalogue::translation_for`] does): the
    /// message the body of [`write_body_in`](Self::write_body_in) carries.
    /// `Display` renders the translation (or, where the catalogue has none,
    /// the template) with this value's fields where the entry exposes its
    /// message, and shows the template as written where it does not (a 5xx
    /// without `expose`, a message naming a source field): unlike the
    /// error's own `Display`, which is for logs.
    fn message_in(&self, lang: &str) -> crate::MessageIn<'_, Self>
    where
        Self: Sized,
    {
        crate::MessageIn {
            error: self,
            translation: crate::client_message::translation_of(self, lang),
        }
    }

    /// Appends the JSON body to `out` with its message in the language
    /// `lang` (see [`message_in`](Self::message_in)); where there is no
    /// translation, the body [`write_body`](Self::write_body) writes.
    ///
    /// # Errors
    ///
    /// As [`write_body`](Self::write_body).
    fn write_body_in(&self, lang: &str, out: &mut Vec<u8>) -> serde_json::Result<()>
    where
        Self: Sized,
    {
        match crate::client_message::translation_of(self, lang) {
            Some(translation) => {
                crate::format::in_language::write_translated(self, translation, out)
            }
            None => self.write_body(out),
        }
    }

    /// Writes this value's response headers into `headers`: its entry's
    /// fixed headers, then its `#[header]` fields shown by `Display` (an
    /// `Option` field that is `None` writes none). The adapters call it;
    /// an adapter of your own can too.
    ///
    /// # Errors
    ///
    /// [`InvalidHeader`](crate::InvalidHeader) for the first value that is
    /// not a valid header value; every other header is written all the
    /// same.
    fn write_headers(&self, headers: &mut http::HeaderMap) -> Result<(), crate::InvalidHeader>
    where
        Self: Sized,
    {
        let mut out = crate::headers::writer::Headers::new(headers);
        for header in self.info().headers() {
            if let Some(value) = header.value() {
                out.fixed(header.name(), value);
            }
        }
        <Self::__Glue as Glue<Self>>::headers(self, &mut out);
        out.finish()
    }

    /// Whether a client may retry this error, and after how long
    /// ([`Retry`](crate::Retry)): the entry's
    /// [`retry_class`](Entry::retry_class), and the delay this value holds
    /// in its `#[body(retry_after = "...")]` field, else in the
    /// `Retry-After` header it writes ([`write_headers`](Self::write_headers);
    /// an HTTP-date is counted from now). What the tonic status's
    /// `google.rpc.RetryInfo` carries.
    fn retry(&self) -> crate::Retry
    where
        Self: Sized,
    {
        let entry = self.info();
        let delay = <Self::__Glue as Glue<Self>>::retry_delay(self).or_else(|| {
            let sends_header = entry.headers().iter().any(|h| {
                h.name()
                    .eq_ignore_ascii_case(http::header::RETRY_AFTER.as_str())
            });
            if !sends_header {
                return None;
            }
            let mut headers = http::HeaderMap::new();
            // A value that is no header value is no delay either.
            let _ = self.write_headers(&mut headers);
            crate::Retry::from_headers(&headers)
        });
        crate::Retry::new(entry.retry_class(), delay)
    }

    /// Decodes an error body received with `status` (pass it: formats
    /// without codes, and codes shared by several entries, need it).
    ///
    /// # Errors
    ///
    /// When the body is not an error body of this type's format at all.
    fn decode(
        body: &[u8],
        status: Option<StatusCode>,
    ) -> Result<crate::decode::Decoded<Self>, crate::decode::DecodeError>
    where
        Self: Sized,
    {
        crate::decode::decode(body, status)
    }

    /// Decodes a response: its body, status and the `Retry-After` header
    /// (see [`decode::decode_response`](crate::decode::decode_response)).
    ///
    /// # Errors
    ///
    /// As [`decode`](Self::decode).
    fn decode_response(
        body: &[u8],
        status: StatusCode,
        headers: &http::HeaderMap,
    ) -> Result<crate::decode::Decoded<Self>, crate::decode::DecodeError>
    where
        Self: Sized,
    {
        crate::decode::decode_response(body, status, headers)
    }
}
