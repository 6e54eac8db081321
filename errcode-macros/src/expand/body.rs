//! `Glue::body_fields`: the `#[body]` fields (`__private/body.rs`).

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};

use super::compose::wrapped;
use super::pattern::{bind, pattern, transparent_pattern};
use super::Paths;
use crate::ast::{option_inner, Field, Input};
use crate::bound::Bounds;

pub(super) fn body_fields_fn(input: &Input, paths: &Paths, bounds: &mut Bounds) -> TokenStream {
    let private = &paths.private;
    let serde = quote!(#private::serde);
    let map = crate::bound::fresh(input.generics, "__M");
    let sized = crate::bound::sized(input.generics);
    let arms: Vec<_> = input
        .variants
        .iter()
        .filter_map(|v| {
            if let Some(field) = v.transparent() {
                let pattern = transparent_pattern(input, v);
                let wrapped = wrapped(field.ty);
                return Some(quote!(#pattern => #wrapped::body_fields(__field0, __map)?,));
            }
            let fields: Vec<_> = v
                .fields
                .iter()
                .enumerate()
                .filter_map(|(i, f)| Some((i, f, f.body_member()?.0)))
                .collect();
            if fields.is_empty() {
                return None;
            }
            let binds = fields.iter().map(|(i, f, _)| bind(f, *i));
            let writes = fields.iter().map(|(i, f, member)| {
                bounds.push_raw(f.ty, quote!(#serde::Serialize));
                if f.attrs.encode_only.is_none() {
                    bounds.push_raw(f.ty, quote!(#serde::de::DeserializeOwned));
                }
                if f.attrs.default.as_ref().is_some_and(|d| d.value.is_none()) {
                    bounds.push_raw(f.ty, quote!(::core::default::Default));
                }
                let ty = f.ty;
                let binding = Field::binding(*i);
                let span = syn::spanned::Spanned::span(ty);
                let write = if let Some(inner) = option_inner(ty) {
                    quote_spanned!(span=> #private::optional_body_entry::<_, #inner>)
                } else {
                    quote_spanned!(span=> #private::body_entry::<_, #ty>)
                };
                quote!(#write(__map, #member, #binding)?;)
            });
            let pattern = pattern(input, v, quote!(#(#binds)* ..));
            Some(quote!(#pattern => { #(#writes)* }))
        })
        .collect();
    let body = if arms.is_empty() {
        quote!(let _ = (__error, __map);)
    } else {
        let rest = (arms.len() < input.variants.len()).then(|| quote!(_ => {}));
        quote!(match __error { #(#arms)* #rest })
    };
    quote! {
        fn body_fields<#map: #serde::ser::SerializeMap>(
            __error: &Self,
            __map: &mut #map,
        ) -> ::core::result::Result<(), #map::Error>
        where
            #sized
        {
            #body
            ::core::result::Result::Ok(())
        }
    }
}
