//! The derive's compile-time check that no error's text reaches a client
//! through a field that is not a source: a `#[header]` field (or its `with`
//! function's result), or a placeholder of a message that bodies show.
//!
//! The generated code calls `Shown(&value).in_header()` (or
//! `.in_message()`): method resolution picks the inherent method where the
//! value is an error, [`ShownViaDeref`] where it points to one
//! (`Box<dyn Error>`, `anyhow::Error`), [`ShownViaDerefTwice`] where it
//! points to such a pointer, [`ShownItems`] and [`ShownItemsViaDeref`]
//! where it holds errors that `{:?}` shows (`Option<io::Error>`), and
//! [`ShownPlain`] otherwise. All but the last ask for a trait no type
//! implements, whose message rustc then reports at the span the derive
//! gives the call: the field's type, or the `with` path.

use core::ops::Deref;

use super::source::AsDynError;
use crate::disjoint::Codes;
use crate::{Code, Format};

pub struct Shown<'r, T: ?Sized>(pub &'r T);

/// Implemented by no type: what a header may not show is asked for it.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is or holds an error, and #[header] would send its text to the client",
    label = "an error's text is for logs, not clients",
    note = "mark the field #[source] and send a value of its own in the header, or give #[header] a `with` function that returns what the client may see"
)]
pub trait NotInHeader {}

/// Implemented by no type: what a message that bodies show may not show.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is or holds an error, and the message shows its text in the body clients receive",
    label = "an error's text is for logs, not clients",
    note = "mark the field #[source] (bodies then show the template as written), or put what the client may see in a field of its own"
)]
pub trait NotInMessage {}

impl<'r, T: AsDynError + ?Sized> Shown<'r, T> {
    #[inline]
    pub fn in_header(self) -> &'r T
    where
        T: NotInHeader,
    {
        self.0
    }

    #[inline]
    pub fn in_message(self) -> &'r T
    where
        T: NotInMessage,
    {
        self.0
    }
}

// The traits are written out rather than made by a macro: rustc's notes on
// a refused field quote their methods' bounds, and a macro's would show its
// invocation. The impls only choose a level, so one macro writes them.

/// Where a value points to an error (`Box<dyn Error>`, `anyhow::Error`).
pub trait ShownViaDeref<'r, T: ?Sized> {
    fn in_header(self) -> &'r T
    where
        T: NotInHeader;

    fn in_message(self) -> &'r T
    where
        T: NotInMessage;
}

/// Where a value points to a pointer to an error, which is no error
/// itself (`Arc<Box<dyn Error + Send + Sync>>`, `Rc<anyhow::Error>`).
pub trait ShownViaDerefTwice<'r, T: ?Sized> {
    fn in_header(self) -> &'r T
    where
        T: NotInHeader;

    fn in_message(self) -> &'r T
    where
        T: NotInMessage;
}

/// Where a value holds errors, which `{:?}` shows (`Option<io::Error>`,
/// `Vec<io::Error>`).
pub trait ShownItems<'r, T: ?Sized> {
    fn in_header(self) -> &'r T
    where
        T: NotInHeader;

    fn in_message(self) -> &'r T
    where
        T: NotInMessage;
}

/// Where a value holds pointers to errors (`Option<Box<dyn Error>>`).
pub trait ShownItemsViaDeref<'r, T: ?Sized> {
    fn in_header(self) -> &'r T
    where
        T: NotInHeader;

    fn in_message(self) -> &'r T
    where
        T: NotInMessage;
}

/// Taken by reference, so that it comes after all the others.
pub trait ShownPlain<'r, T: ?Sized> {
    fn in_header(self) -> &'r T;

    fn in_message(self) -> &'r T;
}

/// Each trait's impl for the receiver and bounds that choose it. The
/// bounds that refuse are the traits' methods' own, which every call
/// through the trait is checked against.
macro_rules! shown_at {
    ($($trait:ident<$($param:ident),*> for $receiver:ty where [$($bound:tt)*];)*) => {$(
        impl<'r, T: ?Sized, $($param),*> $trait<'r, T> for $receiver
        where
            $($bound)*
        {
            #[inline]
            fn in_header(self) -> &'r T {
                self.0
            }

            #[inline]
            fn in_message(self) -> &'r T {
                self.0
            }
        }
    )*};
}

shown_at! {
    ShownViaDeref<> for Shown<'r, T> where [T: Deref, T::Target: AsDynError];
    ShownViaDerefTwice<> for Shown<'r, T> where [
        T: Deref,
        T::Target: Deref,
        <T::Target as Deref>::Target: AsDynError,
    ];
    ShownItems<E> for Shown<'r, T> where [&'r T: IntoIterator<Item = &'r E>, E: AsDynError + 'r];
    ShownItemsViaDeref<P> for Shown<'r, T> where [
        &'r T: IntoIterator<Item = &'r P>,
        P: Deref + 'r,
        P::Target: AsDynError,
    ];
    ShownPlain<> for &Shown<'r, T> where [];
}

/// Why the derive refuses `code` for format `F`: `None` when `F` takes it
/// ([`Format::ACCEPTED_CODES`](crate::Format::ACCEPTED_CODES)). Asked once
/// per `_` entry, and once with any code of the enum's kind, for the kind.
#[must_use]
pub const fn refused_code<F: Format + ?Sized>(code: Code) -> Option<&'static str> {
    let accepted = F::ACCEPTED_CODES;
    if accepted.accepts(code) {
        return None;
    }
    Some(match code {
        Code::None => "the body format needs a code on every entry; replace `_` with a code",
        Code::Int(_) if accepted.strings => {
            "the body format takes string codes and this enum's codes are integers; \
             write each code as a string literal, e.g. #[code(\"NOT_FOUND\", ...)]"
        }
        Code::Str(_) if accepted.integers => {
            "the body format takes integer codes and this enum's codes are strings; \
             write each code as an integer literal, e.g. #[code(404, ...)]"
        }
        Code::Int(_) | Code::Str(_) => {
            "the body format takes no codes; write `_` as each entry's code"
        }
    })
}

/// Why the derive refuses to wrap a type with `codes` in a
/// `#[code(transparent)]` variant of a type in format `F`: `F` writes the
/// wrapped type's bodies too, so it must take their codes. `None` when it
/// does, and for the kind of code when the `composed` codes (the wrapping
/// type's, wrapped ones included) mix kinds: `assert_composable` says so,
/// and one mistake is one error.
#[must_use]
pub const fn refused_wrapped_codes<F: Format + ?Sized>(
    codes: Codes,
    composed: Codes,
) -> Option<&'static str> {
    let accepted = F::ACCEPTED_CODES;
    if codes.absent && !accepted.accepts(Code::None) {
        return Some(
            "the body format needs a code on every entry, and this wrapped type has entries \
             without one (`_`); the wrapping type's format writes the wrapped type's bodies too",
        );
    }
    if !composed.ints.is_empty() && !composed.strs.is_empty() {
        return None;
    }
    let refused_ints = !codes.ints.is_empty() && !accepted.accepts(Code::Int(0));
    let refused_strs = !codes.strs.is_empty() && !accepted.accepts(Code::Str(""));
    Some(match (refused_ints, refused_strs) {
        (false, false) => return None,
        (true, _) if accepted.strings => {
            "the body format takes string codes and this wrapped type's codes are integers; \
             the wrapping type's format writes the wrapped type's bodies too"
        }
        (false, true) if accepted.integers => {
            "the body format takes integer codes and this wrapped type's codes are strings; \
             the wrapping type's format writes the wrapped type's bodies too"
        }
        _ => {
            "the body format takes no codes and this wrapped type's entries have codes; \
             the wrapping type's format writes the wrapped type's bodies too"
        }
    })
}
