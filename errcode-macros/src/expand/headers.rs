//! `Glue::headers`: the `#[header]` fields.

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::spanned::Spanned as _;
use syn::Ident;

use super::paths::Paths;
use super::pattern::{bind, delegating_arm, fields_with, pattern};
use crate::ast::{option_inner, Field, Input};
use crate::bound::Bounds;

/// `Glue::headers` for types with `#[header]` fields or transparent
/// variants (which write the wrapped error's); the others keep the default,
/// which writes none.
pub(super) fn headers_fn(input: &Input, paths: &Paths, bounds: &mut Bounds) -> TokenStream {
    let private = &paths.private;
    let arms: Vec<_> = input
        .variants
        .iter()
        .filter_map(|v| {
            if let Some(arm) = delegating_arm(input, v, quote!(headers(__field0, __headers))) {
                return Some(arm);
            }
            let fields = fields_with(v, |f| f.attrs.header.as_ref());
            if fields.is_empty() {
                return None;
            }
            let binds = fields.iter().map(|(i, f, _)| bind(f, *i));
            let writes = fields.iter().map(|(i, f, header)| {
                let binding = Field::binding(*i);
                let name = header.name.value();
                let inner = option_inner(f.ty);
                // The value shown, located where a mistake in it is the
                // user's: the `with` function's path, else the field's type.
                let at = match &header.with {
                    Some(with) => with.span(),
                    None => inner.unwrap_or(f.ty).span(),
                };
                let at = Span::call_site().located_at(at);
                let mut value = match inner {
                    Some(_) => format_ident!("__value"),
                    None => binding.clone(),
                };
                value.set_span(at);
                // At `at` too, so that rustc's span for the argument does not
                // reach back to the derive.
                let private = Ident::new("__errcode_private", at);
                let write = match &header.with {
                    Some(with) => quote_spanned! {at=>
                        #private::Headers::field(__headers, #name, #private::Shown(&#with(#value)).in_header())
                    },
                    None => {
                        let ty = inner.unwrap_or(f.ty);
                        bounds.push_raw(ty, quote!(::core::fmt::Display));
                        quote_spanned! {at=>
                            #private::Headers::field::<#ty>(__headers, #name, #private::Shown::<#ty>(#value).in_header())
                        }
                    }
                };
                if inner.is_some() {
                    quote!(if let ::core::option::Option::Some(__value) = #binding { #write; })
                } else {
                    quote!(#write;)
                }
            });
            let pattern = pattern(input, v, quote!(#(#binds)* ..));
            Some(quote!(#pattern => { #(#writes)* }))
        })
        .collect();
    if arms.is_empty() {
        return TokenStream::new();
    }
    let rest = (arms.len() < input.variants.len()).then(|| quote!(_ => {}));
    quote! {
        fn headers(__error: &Self, __headers: &mut #private::Headers<'_>) {
            use #private::{ShownItems as _, ShownItemsViaDeref as _, ShownPlain as _, ShownViaDeref as _, ShownViaDerefTwice as _};
            match __error { #(#arms)* #rest }
        }
    }
}
