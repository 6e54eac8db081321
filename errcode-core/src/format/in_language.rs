//! A body with its message in another language than the templates'.

use core::fmt;

use crate::client_message::client_message;
use crate::format::{BodySource, Format};
use crate::{ApiError, Entry, Translation};

/// Appends `error`'s body with its message in `translation`; on an error,
/// `out` is as it was.
pub(crate) fn write_translated<E: ApiError>(
    error: &E,
    translation: &'static Translation,
    out: &mut Vec<u8>,
) -> serde_json::Result<()> {
    let start = out.len();
    let body = InLanguage { error, translation };
    serde_json::to_writer(&mut *out, &body).inspect_err(|_| out.truncate(start))
}

/// An error whose body carries its message in another language.
struct InLanguage<'a, E> {
    error: &'a E,
    translation: &'static Translation,
}

impl<E: ApiError> BodySource for InLanguage<'_, E> {
    fn entry(&self) -> &'static Entry {
        self.error.info()
    }

    fn fmt_message(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        client_message(self.error, Some(self.translation), f)
    }

    fn template(&self) -> &'static str {
        self.translation.message
    }

    fn serialize_fields<M: serde::ser::SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        self.error.serialize_fields(map)
    }
}

impl<E: ApiError> serde::Serialize for InLanguage<'_, E> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        <E::Format as Format>::serialize(self, serializer)
    }
}
