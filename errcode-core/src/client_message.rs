//! The message a client is shown: the one rule every path to a client
//! follows (bodies, translated bodies, gRPC statuses, `message_in`).

use core::fmt;

use crate::glue::Glue;
use crate::{ApiError, Segment, Translation};

/// The message of an error in a chosen language, as
/// [`ApiError::message_in`] returns it: `Display` renders it.
pub struct MessageIn<'a, E: ?Sized> {
    pub(crate) error: &'a E,
    pub(crate) translation: Option<&'static Translation>,
}

impl<E: ApiError + ?Sized> fmt::Display for MessageIn<'_, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        client_message(self.error, self.translation, f)
    }
}

/// The message a client is shown, in `translation` or else in the
/// template's language: rendered with the error's fields where its entry
/// exposes the message, else the template as written (see the derive's
/// "What reaches a client"). Bodies, gRPC statuses and `message_in` all write it.
pub(crate) fn client_message<E: ApiError + ?Sized>(
    error: &E,
    translation: Option<&Translation>,
    f: &mut fmt::Formatter<'_>,
) -> fmt::Result {
    let entry = error.info();
    match (translation, entry.exposes_message()) {
        (Some(translation), true) => render(error, translation, f),
        (Some(translation), false) => f.write_str(translation.message),
        (None, true) => fmt::Display::fmt(error, f),
        (None, false) => f.write_str(entry.message()),
    }
}

impl<E: ApiError + ?Sized> fmt::Debug for MessageIn<'_, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.to_string(), f)
    }
}

/// `translation` with each placeholder formatted as the entry's own
/// template formats the placeholder of that name.
fn render<E: ApiError + ?Sized>(
    error: &E,
    translation: &Translation,
    f: &mut fmt::Formatter<'_>,
) -> fmt::Result {
    let entry = error.info();
    for segment in translation.segments() {
        match segment {
            Segment::Text(text) => f.write_str(text)?,
            Segment::Placeholder(name) | Segment::Formatted(name) => {
                let index = entry
                    .segments()
                    .filter(|s| !matches!(s, Segment::Text(_)))
                    .position(|s| matches!(s, Segment::Placeholder(n) | Segment::Formatted(n) if n == name));
                if let Some(index) = index {
                    <E::__Glue as Glue<E>>::fmt_arg(error, index, f)?;
                }
            }
        }
    }
    Ok(())
}

/// The translation of `error`'s entry for `tag`, if it has one.
pub(crate) fn translation_of<E: ApiError>(error: &E, tag: &str) -> Option<&'static Translation> {
    let entry = error.info();
    // A `#[code(transparent)]` variant's entry is the wrapped type's, and so
    // is its translation (`Glue::fmt_arg` renders it with the wrapped
    // value's fields); the wrapping type's files have none for it.
    E::catalogue()
        .owner(entry)?
        .translation_for(tag)?
        .translation(entry)
}
