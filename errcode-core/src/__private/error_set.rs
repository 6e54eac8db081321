//! What `error_set!` (`crate::error_set`) expands to calls.

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
