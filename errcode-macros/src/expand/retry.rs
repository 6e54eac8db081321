//! Retry classes into the entries (`retry = "..."`, `fault = "..."`, the
//! `#[body(retry_after = "...")]` field), and `Glue::retry_delay`, the
//! delay a value's retry member holds.

use proc_macro2::{Literal, Span, TokenStream};
use quote::{quote, quote_spanned};
use syn::spanned::Spanned as _;
use syn::Ident;

use super::pattern::{bind, delegating_arm, fields_with, pattern};
use crate::ast::{Field, Input};
use crate::attr::CodeAttr;

/// `.retry(1)` and `.fault(1)` where the entry declares them: each name
/// as its position in `errcode_shared::retry`'s lists.
pub(super) fn declared_classes(code: &CodeAttr) -> TokenStream {
    let retry = code.retry().map(Literal::usize_unsuffixed).into_iter();
    let fault = code.fault().map(Literal::usize_unsuffixed).into_iter();
    quote!(#(.retry(#retry))* #(.fault(#fault))*)
}

/// A `#[body]` field's entry, marked as the retry member where it is one.
pub(super) fn with_retry_after(
    f: &Field,
    field: TokenStream,
    private: &TokenStream,
) -> TokenStream {
    match &f.attrs.retry_after {
        Some(unit) => {
            let unit = Literal::usize_unsuffixed(unit.value);
            quote!(#private::body_retry_after(#field, #unit))
        }
        None => field,
    }
}

/// `Glue::retry_delay` for types with a retry member or transparent
/// variants (whose arms ask the wrapped error); the others keep the
/// default, which knows no delay.
pub(super) fn retry_delay_fn(input: &Input) -> TokenStream {
    let arms: Vec<_> = input
        .variants
        .iter()
        .filter_map(|v| {
            if let Some(arm) = delegating_arm(input, v, quote!(retry_delay(__field0))) {
                return Some(arm);
            }
            // The derive refuses a second retry member, so this is the one.
            let (i, f, unit) = fields_with(v, |f| f.attrs.retry_after.as_ref())
                .into_iter()
                .next()?;
            let mut binding = Field::binding(i);
            let unit = Literal::usize_unsuffixed(unit.value);
            let pattern = pattern(input, v, {
                let bind = bind(f, i);
                quote!(#bind ..)
            });
            // A type that is no number is reported at the field's type.
            let at = Span::call_site().located_at(f.ty.span());
            let private = Ident::new("__errcode_private", at);
            binding.set_span(at);
            let delay = quote_spanned!(at=> #private::retry_delay(#binding, #unit));
            Some(quote!(#pattern => #delay,))
        })
        .collect();
    if arms.is_empty() {
        return TokenStream::new();
    }
    let rest =
        (arms.len() < input.variants.len()).then(|| quote!(_ => ::core::option::Option::None,));
    quote! {
        fn retry_delay(__error: &Self) -> ::core::option::Option<::core::time::Duration> {
            match __error { #(#arms)* #rest }
        }
    }
}
