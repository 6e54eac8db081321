//! What a message's placeholders display.

use core::fmt::{self, Display, Pointer};
use std::path::{Path, PathBuf};

/// What `{field}` without a spec displays, as `Show(&field).get()`: the
/// field where it is `Display` (inherent `get`); a path, or a pointer to one,
/// through `.display()` ([`ShowPath`]); else [`ShowRequired`], whose
/// `T: Display` requirement is what rustc then reports, at the message.
pub struct Show<'r, T: ?Sized>(pub &'r T);

impl<'r, T: Display + ?Sized> Show<'r, T> {
    #[inline]
    pub fn get(self) -> &'r T {
        self.0
    }
}

pub trait ShowPath<'r> {
    fn get(self) -> std::path::Display<'r>;
}

impl<'r, T: PathLike + ?Sized> ShowPath<'r> for Show<'r, T> {
    #[inline]
    fn get(self) -> std::path::Display<'r> {
        self.0.path().display()
    }
}

/// Taken by reference, so that it comes after the two above. Returns a
/// `dyn Display`, so that `write!` adds no error of its own.
pub trait ShowRequired<'r, T: ?Sized> {
    fn get(self) -> &'r dyn Display
    where
        T: Display + Sized;
}

impl<'r, T: ?Sized> ShowRequired<'r, T> for &Show<'r, T> {
    #[inline]
    fn get(self) -> &'r dyn Display
    where
        T: Display + Sized,
    {
        self.0
    }
}

/// `Path`, `PathBuf`, and the pointers to them a field may hold.
pub trait PathLike {
    fn path(&self) -> &Path;
}

impl PathLike for Path {
    fn path(&self) -> &Path {
        self
    }
}

impl PathLike for PathBuf {
    fn path(&self) -> &Path {
        self
    }
}

macro_rules! path_like_pointers {
    ($($pointer:ty),*) => {$(
        impl<P: PathLike + ?Sized> PathLike for $pointer {
            fn path(&self) -> &Path {
                (**self).path()
            }
        }
    )*};
}

path_like_pointers!(&P, Box<P>, std::rc::Rc<P>, std::sync::Arc<P>);

impl PathLike for std::borrow::Cow<'_, Path> {
    fn path(&self) -> &Path {
        self
    }
}

/// `{field:p}`: formats the pointer a field holds, where a reference to the
/// field would format the field's own address.
pub struct Var<'a, T: ?Sized>(pub &'a T);

impl<T: Pointer + ?Sized> Pointer for Var<'_, T> {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        Pointer::fmt(self.0, f)
    }
}
