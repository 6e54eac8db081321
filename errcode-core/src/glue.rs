//! The trait the derive implements for `ApiError::__Glue`: an ordinary
//! module, so that the public modules that call it do not reach into
//! `__private_v0_1`, which only the generated code uses.

use core::fmt;

use serde::ser::SerializeMap;

use serde_json::Value;

use crate::decode::outcome::RemoteError;
use crate::disjoint::Codes;
use crate::headers::writer::Headers;
use crate::{ApiError, Catalogue, Entry};

/// What the derive implements for `ApiError::__Glue`: the plumbing that the
/// runtime calls and users do not, kept off the trait's visible surface.
pub trait Glue<E: ?Sized> {
    /// The codes, for `assert_disjoint_codes!`: included catalogues' too.
    const CODES: Codes;

    /// The codes the type retired (its own), which a type wrapping it must
    /// not use.
    const RETIRED: Codes = Codes {
        ints: &[],
        strs: &[],
        absent: false,
    };

    /// `ApiError::catalogue()` as a constant, for the catalogues that
    /// include this one.
    const CATALOGUE: &'static Catalogue;

    /// The static body of `error` in its type's format, rendered the first
    /// time it is asked for; `None` where the body depends on field values.
    fn static_body(error: &E) -> Option<&'static [u8]>;

    /// Writes the `#[body]` fields of `error` as map entries.
    ///
    /// # Errors
    ///
    /// Whatever the serializer reports.
    fn body_fields<M: SerializeMap>(error: &E, map: &mut M) -> Result<(), M::Error>
    where
        E: Sized;

    /// Rebuilds the variant at `index` from a decoded body.
    fn restore(index: usize, source: &dyn Restore) -> Option<E>
    where
        E: Sized;

    /// Writes placeholder number `index` of `error`'s template (counted
    /// among its placeholders) as the template formats it: what a
    /// translated message shows for that placeholder. Emitted only for a
    /// catalogue with `locales` or `#[code(transparent)]` variants (whose
    /// arms delegate to the wrapped type).
    fn fmt_arg(error: &E, index: usize, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let _ = (error, index, f);
        Ok(())
    }

    /// Writes the `#[header]` fields of `error`; only types with such
    /// fields override it.
    fn headers(error: &E, headers: &mut Headers<'_>) {
        let _ = (error, headers);
    }

    /// The delay `error`'s `#[body(retry_after = "...")]` field holds, in
    /// its unit; only types with such a field (or transparent variants)
    /// override it.
    fn retry_delay(error: &E) -> Option<core::time::Duration> {
        let _ = error;
        None
    }

    /// Rebuilds a `#[code(transparent)]` variant from a decoded body of one
    /// of the included catalogues' entries.
    fn restore_included(entry: &'static Entry, source: &dyn Restore) -> Option<E>
    where
        E: Sized,
    {
        let _ = (entry, source);
        None
    }
}

/// The value of `E` a decoded body of `entry` (one of
/// `E::catalogue().all_entries()`) rebuilds.
pub(crate) fn restore_entry<E: ApiError>(entry: &'static Entry, source: &dyn Restore) -> Option<E> {
    if E::catalogue().owns(entry) {
        <E::__Glue as Glue<E>>::restore(entry.index(), source)
    } else {
        <E::__Glue as Glue<E>>::restore_included(entry, source)
    }
}

/// The value of `entry`'s variant, one without fields (as
/// `#[api_error(undeclared = Variant)]` names), built from the entry alone:
/// with a code or without, where `from_code` finds only the former.
pub(crate) fn fieldless<E: ApiError>(entry: &'static Entry) -> Option<E> {
    struct Nothing;
    impl Restore for Nothing {
        fn member(&self, _: &str) -> Option<&Value> {
            None
        }
        fn placeholder(&self, _: &str) -> Option<&str> {
            None
        }
        fn remote(&self) -> RemoteError {
            RemoteError {
                code: None,
                status: None,
                message: None,
            }
        }
    }
    restore_entry::<E>(entry, &Nothing)
}

/// What a decoder offers the derive's generated code to rebuild a variant:
/// the body's members (for `#[body]` fields) and the text each placeholder of
/// the entry's template matched in the received message.
pub trait Restore {
    /// The body member with this JSON name.
    fn member(&self, name: &str) -> Option<&Value>;
    /// The text that the placeholder `{name}` matched in the message.
    fn placeholder(&self, name: &str) -> Option<&str>;
    /// What the server reported, for a `#[source]` field.
    fn remote(&self) -> RemoteError;
}

/// The codes of `E`, for `assert_disjoint_codes!`.
#[must_use]
pub const fn codes<E: ApiError>() -> Codes {
    <E::__Glue as Glue<E>>::CODES
}
