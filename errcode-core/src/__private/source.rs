//! `Error::source` of a `#[source]` field, whatever error type it holds.

use core::ops::Deref;
use std::error::Error;

/// `source()` of a field, as `FieldSource(&field).get()`. Method resolution tries,
/// in order: the field is an error, or a `dyn Error` object (inherent
/// `get`); it derefs to one, as `Box<dyn Error>` does without being an
/// `Error` itself ([`SourceViaDeref`]); else [`SourceRequired`], whose
/// `T: Error` requirement is what rustc then reports, at the field's type.
pub struct FieldSource<'r, T: ?Sized>(pub &'r T);

impl<'r, T: AsDynError + ?Sized> FieldSource<'r, T> {
    #[inline]
    pub fn get(self) -> &'r (dyn Error + 'static) {
        self.0.as_dyn_error()
    }
}

pub trait SourceViaDeref<'r> {
    fn get(self) -> &'r (dyn Error + 'static);
}

impl<'r, T: Deref + ?Sized> SourceViaDeref<'r> for FieldSource<'r, T>
where
    T::Target: AsDynError,
{
    #[inline]
    fn get(self) -> &'r (dyn Error + 'static) {
        (**self.0).as_dyn_error()
    }
}

/// Taken by reference, so that it comes after the two above.
pub trait SourceRequired<'r, T: ?Sized> {
    fn get(self) -> &'r (dyn Error + 'static)
    where
        T: Error + Sized + 'static;
}

impl<'r, T: ?Sized> SourceRequired<'r, T> for &FieldSource<'r, T> {
    #[inline]
    fn get(self) -> &'r (dyn Error + 'static)
    where
        T: Error + Sized + 'static,
    {
        self.0
    }
}

/// An error, or an error trait object, as `&dyn Error`.
pub trait AsDynError {
    fn as_dyn_error(&self) -> &(dyn Error + 'static);
}

impl<T: Error + 'static> AsDynError for T {
    #[inline]
    fn as_dyn_error(&self) -> &(dyn Error + 'static) {
        self
    }
}

macro_rules! as_dyn_error_for_objects {
    ($($object:ty),*) => {$(
        impl AsDynError for $object {
            #[inline]
            fn as_dyn_error(&self) -> &(dyn Error + 'static) {
                self
            }
        }
    )*};
}

as_dyn_error_for_objects!(
    dyn Error,
    dyn Error + Send,
    dyn Error + Sync,
    dyn Error + Send + Sync
);
