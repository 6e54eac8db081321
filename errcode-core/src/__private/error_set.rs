//! What `error_set!` (`crate::error_set`) expands to calls.

// First in the file: rustc names the impl below by its line when sets
// include each other, and the UI case quotes that line.
/// How deep a set's inclusions go. Sets that include each other make it a
/// cycle, which fails the build rather than `allows` recursing without end
/// at run time.
#[doc(hidden)]
#[macro_export]
macro_rules! __errcode_set_depth_v0_1 {
    ($name:ident [$($set:path)*]) => {
        impl $name {
            #[doc(hidden)]
            pub const INCLUSION_DEPTH: usize = 1 $(+ $crate::__private_v0_1::deeper(0, <$set>::INCLUSION_DEPTH))*;
        }
        const _: usize = $name::INCLUSION_DEPTH;
    };
}

/// `..Set` in a set of `E`: `Set` must be a set of `E` too, which rustc
/// then says at the `Set` the user wrote. Each set implements it for its
/// catalogue alone.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a set of `{E}`'s errors",
    label = "a set of another catalogue",
    note = "`..Set` includes a set of the same catalogue"
)]
pub trait SetOf<E> {
    fn allows(error: &E) -> bool;
}

/// The larger of two depths.
#[must_use]
pub const fn deeper(a: usize, b: usize) -> usize {
    if a > b {
        a
    } else {
        b
    }
}

/// `Variant(Inner::Sub)` in a set of `catalogue`: for a
/// `#[code(transparent)]` variant, the wrapped catalogue's `Sub` entry;
/// for a variant with a code of its own, whose values show its own entry
/// whatever they hold, that entry.
#[must_use]
pub fn inner_declares(
    catalogue: &crate::Catalogue,
    variant: &str,
    inner: &crate::Catalogue,
    sub: &str,
    entry: &crate::Entry,
) -> bool {
    if catalogue.wraps_as(variant) {
        inner.variant_declares(sub, entry)
    } else {
        catalogue.variant_declares(variant, entry)
    }
}
