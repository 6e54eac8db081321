//! `#[code(transparent)]`: what a wrapping type calls on the type it wraps,
//! and its codes merged with the wrapped types'.

use core::fmt;

use serde::ser::SerializeMap;

use crate::disjoint::Codes;
use crate::glue::Restore;
use crate::glue::{restore_entry, Glue};
use crate::headers::writer::Headers;
use crate::{ApiError, Catalogue, CodeRef, Entry, Format};

/// What a `#[code(transparent)]` variant's generated code calls on the type
/// it wraps, always as `<Type as Wrapped>::...` spanned at the field's type:
/// one trait, so that a type that does not derive `ApiError` is one error
/// there rather than one per use.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not derive ApiError, so #[code(transparent)] cannot take its code, status and message",
    label = "not an errcodes error type",
    note = "#[code(transparent)] wraps another `#[derive(ApiError)]` type; for any other error use #[source] or #[from] with a code of its own"
)]
pub trait Wrapped: Sized {
    /// Its codes, merged into the wrapping type's.
    const CODES: Codes;
    /// The codes it retired, which the wrapping type must not use.
    const RETIRED: Codes;
    /// Its catalogue, included in the wrapping type's.
    const CATALOGUE: &'static Catalogue;

    fn info(&self) -> &'static Entry;

    /// Its static body where it is written in the wrapping type's format
    /// `F` (which writes every body the wrapping type sends); `None`
    /// otherwise, and `F` writes the body field by field.
    fn static_body_in<F: Format + 'static>(&self) -> Option<&'static [u8]>;

    /// Its `#[body]` fields.
    ///
    /// # Errors
    ///
    /// Whatever the serializer reports.
    fn body_fields<M: SerializeMap>(&self, map: &mut M) -> Result<(), M::Error>;

    /// Its `#[header]` fields (its entry's fixed headers are written through
    /// the wrapping type's `info()`, which is its own).
    fn headers(&self, headers: &mut Headers<'_>);

    /// The delay its retry member holds.
    fn retry_delay(&self) -> Option<core::time::Duration>;

    /// Writes placeholder number `index` of its template, for a translation
    /// (from its own catalogue) of its entry.
    ///
    /// # Errors
    ///
    /// Whatever the field's formatting reports.
    fn fmt_arg(&self, index: usize, f: &mut fmt::Formatter<'_>) -> fmt::Result;

    fn from_code(code: CodeRef<'_>) -> Option<Self>;

    /// The value a decoded body of `entry` rebuilds, if `entry` is in its
    /// catalogue (included ones too); `Err(())` if it is not.
    #[allow(clippy::result_unit_err)]
    fn restore(entry: &'static Entry, source: &dyn Restore) -> Result<Option<Self>, ()>;
}

impl<E: ApiError> Wrapped for E
where
    E::Format: 'static,
{
    const CODES: Codes = <E::__Glue as Glue<E>>::CODES;
    const RETIRED: Codes = <E::__Glue as Glue<E>>::RETIRED;
    const CATALOGUE: &'static Catalogue = <E::__Glue as Glue<E>>::CATALOGUE;

    #[inline]
    fn info(&self) -> &'static Entry {
        ApiError::info(self)
    }

    fn static_body_in<F: Format + 'static>(&self) -> Option<&'static [u8]> {
        if core::any::TypeId::of::<F>() == core::any::TypeId::of::<E::Format>() {
            self.static_body()
        } else {
            None
        }
    }

    fn body_fields<M: SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        <E::__Glue as Glue<E>>::body_fields(self, map)
    }

    fn headers(&self, headers: &mut Headers<'_>) {
        <E::__Glue as Glue<E>>::headers(self, headers);
    }

    fn retry_delay(&self) -> Option<core::time::Duration> {
        <E::__Glue as Glue<E>>::retry_delay(self)
    }

    fn fmt_arg(&self, index: usize, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        <E::__Glue as Glue<E>>::fmt_arg(self, index, f)
    }

    fn from_code(code: CodeRef<'_>) -> Option<Self> {
        <E as ApiError>::from_code(code)
    }

    fn restore(entry: &'static Entry, source: &dyn Restore) -> Result<Option<Self>, ()> {
        if E::catalogue().contains(entry) {
            Ok(restore_entry(entry, source))
        } else {
            Err(())
        }
    }
}

/// A const fn merging `lists` (each ascending by `$greater`) into one
/// ascending list of `N` items: const fns cannot be generic over an order,
/// so the one algorithm is stamped out for each kind of code.
macro_rules! merge_sorted {
    ($(#[$doc:meta])* $name:ident($item:ty, zero: $zero:expr, greater: $greater:path)) => {
        $(#[$doc])*
        #[must_use]
        pub const fn $name<const N: usize>(lists: &[&[$item]]) -> [$item; N] {
            let mut out = [$zero; N];
            let mut len = 0;
            let mut l = 0;
            while l < lists.len() {
                let list = lists[l];
                // Merged from the back, so that nothing is moved twice.
                let (mut i, mut j) = (len, list.len());
                while j > 0 {
                    if i > 0 && $greater(out[i - 1], list[j - 1]) {
                        out[i + j - 1] = out[i - 1];
                        i -= 1;
                    } else {
                        out[i + j - 1] = list[j - 1];
                        j -= 1;
                    }
                }
                len += list.len();
                l += 1;
            }
            out
        }
    };
}

const fn int_greater(a: i64, b: i64) -> bool {
    a > b
}

const fn str_greater(a: (u64, &str), b: (u64, &str)) -> bool {
    crate::disjoint::compare(a, b).is_gt()
}

merge_sorted! {
    /// `lists` (each ascending) merged into one ascending list of `N` codes:
    /// the codes of a type with `#[code(transparent)]` variants.
    merge_ints(i64, zero: 0, greater: int_greater)
}

merge_sorted! {
    /// As [`merge_ints`], for string codes in [`Codes::strs`] order.
    merge_strs((u64, &'static str), zero: (0, ""), greater: str_greater)
}
