//! `Error::source` and the `From` impls of `#[from]` fields (`__private/source.rs`).

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote, quote_spanned, ToTokens};
use syn::spanned::Spanned as _;
use syn::Ident;

use super::paths::Paths;
use super::pattern::{bind, construct, pattern, transparent_pattern};
use crate::ast::{option_inner, Field, Input};
use crate::bound::Bounds;

/// `Error`, whose `source` is the `#[source]` field's, or the wrapped value's.
pub(super) fn error_impl(input: &Input, paths: &Paths) -> TokenStream {
    let ident = input.ident;
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    let mut bounds = Bounds::new(input.generics);
    let source = source_fn(input, paths, &mut bounds);
    bounds.push_self(quote!(::core::fmt::Debug + ::core::fmt::Display));
    let error_where = bounds.where_clause(where_clause);
    quote! {
        #[automatically_derived]
        impl #impl_generics ::core::error::Error for #ident #ty_generics #error_where {
            #source
        }
    }
}

fn source_fn(input: &Input, paths: &Paths, bounds: &mut Bounds) -> TokenStream {
    let private = &paths.private;
    let arms: Vec<_> = input
        .variants
        .iter()
        .filter_map(|v| {
            if let Some(field) = v.transparent() {
                bounds.push_raw(field.ty, quote!(::core::error::Error + 'static));
                let pattern = transparent_pattern(input, v);
                return Some(quote!(#pattern => ::core::error::Error::source(__field0),));
            }
            let i = v.source_field()?;
            let field = &v.fields[i];
            let ty = field.source_type();
            bounds.push_raw(ty, quote!(::core::error::Error + 'static));
            let pattern = pattern(input, v, {
                let b = bind(field, i);
                quote!(#b ..)
            });
            // Located at the field's type, so that a type that is no error
            // is reported there.
            let span = Span::call_site().located_at(ty.span());
            let mut binding = Field::binding(i);
            binding.set_span(binding.span().located_at(span));
            let some = option_inner(field.ty).is_some().then(|| quote_spanned!(span=> .as_ref()?));
            Some(quote_spanned!(span=> #pattern => ::core::option::Option::Some(#private::FieldSource(#binding #some).get()),))
        })
        .collect();
    if arms.is_empty() {
        return TokenStream::new();
    }
    let rest =
        (arms.len() < input.variants.len()).then(|| quote!(_ => ::core::option::Option::None,));
    quote! {
        fn source(&self) -> ::core::option::Option<&(dyn ::core::error::Error + 'static)> {
            use #private::{SourceRequired as _, SourceViaDeref as _};
            match self {
                #(#arms)*
                #rest
            }
        }
    }
}

pub(super) fn from_impls(input: &Input) -> TokenStream {
    let ident = input.ident;
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    input
        .variants
        .iter()
        .filter_map(|v| {
            let field = v.fields.iter().find(|f| f.attrs.from.is_some())?;
            // `#[from] Option<E>` converts from `E`.
            let ty = field.source_type();
            let source: Ident = format_ident!("__source");
            let value = if option_inner(field.ty).is_none() {
                source.to_token_stream()
            } else {
                quote!(::core::option::Option::Some(#source))
            };
            let value = construct(input, v, &[value]);
            Some(quote! {
                #[automatically_derived]
                impl #impl_generics ::core::convert::From<#ty> for #ident #ty_generics #where_clause {
                    fn from(#source: #ty) -> Self {
                        #value
                    }
                }
            })
        })
        .collect()
}
