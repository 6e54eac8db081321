//! Body formats: how an error becomes the JSON body a service documents.
//!
//! A format is a type implementing [`Format`]; pick one per enum with
//! `#[api_error(format = errcode::format::Problem)]`. The default is
//! [`Plain`], `{"code": ..., "message": ...}`.

mod shape;

use core::fmt;

use serde::{Serialize, Serializer};

use crate::ApiError;

pub use shape::Piece;
#[doc(hidden)]
pub use shape::{static_bodies, static_bodies_len, StaticBodies};

/// A JSON body format.
///
/// `serialize` writes the body of any error through serde. `STATIC_SHAPE`
/// describes the same body for entries whose body does not depend on field
/// values, so the derive can prepare those bodies at compile time; it must
/// produce exactly what `serialize` produces for them (the test suite checks
/// this for every built-in format).
pub trait Format {
    /// The `Content-Type` of the body, e.g. `application/problem+json`.
    const CONTENT_TYPE: &'static str;

    /// The body of a field-independent entry as a sequence of pieces, or
    /// `None` when bodies are always written by `serialize`.
    const STATIC_SHAPE: Option<&'static [Piece]> = None;

    /// Writes the body of `error`.
    ///
    /// # Errors
    ///
    /// Whatever the serializer reports.
    fn serialize<E: ApiError, S: Serializer>(error: &E, serializer: S) -> Result<S::Ok, S::Error>;
}

/// The message a body carries: the rendered message (`Display`) where the
/// entry exposes it, else the template as written.
///
/// Serializes as a JSON string written straight into the output, without an
/// intermediate `String`.
pub struct BodyMessage<'a, E: ?Sized>(&'a E);

/// The message a body carries for `error`; see [`BodyMessage`].
pub fn message<E: ApiError + ?Sized>(error: &E) -> BodyMessage<'_, E> {
    BodyMessage(error)
}

impl<E: ApiError + ?Sized> fmt::Display for BodyMessage<'_, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let info = self.0.info();
        if info.exposes_message() {
            fmt::Display::fmt(self.0, f)
        } else {
            f.write_str(info.message())
        }
    }
}

impl<E: ApiError + ?Sized> Serialize for BodyMessage<'_, E> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// `error` serialized through its format; what `Serialize` on a derived type
/// delegates to.
pub struct Body<'a, E>(pub &'a E);

impl<E: ApiError> Serialize for Body<'_, E> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        E::Format::serialize(self.0, serializer)
    }
}

pub(crate) fn write_dynamic<E: ApiError>(error: &E, out: &mut Vec<u8>) -> serde_json::Result<()> {
    let start = out.len();
    serde_json::to_writer(&mut *out, &Body(error)).inspect_err(|_| out.truncate(start))
}

mod plain;
pub use plain::Plain;
