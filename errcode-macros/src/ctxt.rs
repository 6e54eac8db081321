//! Collects every error of one derive so that a build reports them all.

use std::fmt::Display;

use proc_macro2::{Span, TokenStream};
use quote::ToTokens;

/// Dropped without [`Ctxt::check`], it panics (as serde_derive's does): the
/// errors it holds would vanish and the derive would expand input it had
/// found wrong.
#[derive(Default)]
pub struct Ctxt {
    errors: Vec<syn::Error>,
    checked: bool,
}

impl Ctxt {
    pub fn error_spanned(&mut self, tokens: impl ToTokens, message: impl Display) {
        self.errors.push(syn::Error::new_spanned(tokens, message));
    }

    pub fn error_at(&mut self, span: Span, message: impl Display) {
        self.errors.push(syn::Error::new(span, message));
    }

    /// Something given twice: an error at the second, and one at the first
    /// in place of the `note:` stable proc macros cannot emit.
    pub fn twice(
        &mut self,
        second: impl ToTokens,
        message: impl Display,
        first: impl ToTokens,
        note: impl Display,
    ) {
        self.error_spanned(second, message);
        self.error_spanned(first, note);
    }

    pub fn push(&mut self, error: syn::Error) {
        self.errors.push(error);
    }

    pub fn has_errors(&self) -> bool {
        !self.errors.is_empty()
    }

    /// The end of the derive's use of the context: every error collected,
    /// as compile errors.
    pub fn check(mut self) -> Result<(), TokenStream> {
        self.checked = true;
        if self.errors.is_empty() {
            return Ok(());
        }
        Err(self
            .errors
            .iter()
            .map(syn::Error::to_compile_error)
            .collect())
    }
}

impl Drop for Ctxt {
    fn drop(&mut self) {
        // During a panic already under way a second one would abort.
        if !self.checked && !std::thread::panicking() {
            panic!("a Ctxt was dropped without check(): its errors would be lost");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Ctxt;

    #[test]
    #[should_panic(expected = "dropped without check()")]
    fn dropped_unchecked_panics() {
        let _ = Ctxt::default();
    }

    #[test]
    fn checked_reports_its_errors() {
        let mut cx = Ctxt::default();
        assert!(cx.check().is_ok());
        cx = Ctxt::default();
        cx.error_at(proc_macro2::Span::call_site(), "wrong");
        let errors = cx.check().unwrap_err().to_string();
        assert!(
            errors.contains("compile_error") && errors.contains("wrong"),
            "{errors}"
        );
    }
}
