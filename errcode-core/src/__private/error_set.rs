//! What `error_set!` (`crate::error_set`) expands to calls.

use crate::ErrorSet;

/// `..Set` in a set of `E`: `Set` must be a set of `E` too, which the bound
/// says at the `Set` the user wrote.
#[inline]
pub fn set_allows<S: ErrorSet<Error = E>, E>(error: &E) -> bool {
    S::allows(error)
}
