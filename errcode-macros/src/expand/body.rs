//! `Glue::body_fields`: the `#[body]` fields (`__private/body.rs`).

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::{Generics, Ident};

use super::compose::transparents;
use super::entry::slots;
use super::paths::Paths;
use super::pattern::{bind, delegating_arm, fields_with, pattern};
use crate::ast::{option_inner, Field, Input};
use crate::bound::Bounds;

/// `static __BODIES`, where `Glue::static_body` keeps the own entries'
/// bodies once rendered.
pub(super) fn bodies_static(input: &Input, paths: &Paths) -> Option<TokenStream> {
    let private = &paths.private;
    let count = slots(input).iter().flatten().count();
    (count > 0 || transparents(input).is_empty()).then(
        || quote!(static __BODIES: #private::StaticBodies<#count> = #private::StaticBodies::new();),
    )
}

/// `Glue::static_body`: the wrapped type's for a transparent variant.
pub(super) fn static_body_fn(input: &Input, paths: &Paths) -> TokenStream {
    let Paths {
        private, format, ..
    } = paths;
    let transparents = transparents(input);
    let own = quote!(__BODIES.get::<#format>(#private::ApiError::info(__error)));
    let body = if transparents.is_empty() {
        own
    } else {
        let arms = input
            .variants
            .iter()
            .filter_map(|v| delegating_arm(input, v, quote!(static_body_in::<#format>(__field0))));
        let rest = slots(input)
            .iter()
            .any(Option::is_some)
            .then(|| quote!(_ => #own,));
        quote!(match __error { #(#arms)* #rest })
    };
    quote! {
        #[inline]
        fn static_body(__error: &Self) -> ::core::option::Option<&'static [u8]> {
            #body
        }
    }
}

/// `Serialize`, which the format writes.
pub(super) fn serialize_impl(input: &Input, paths: &Paths) -> TokenStream {
    let Paths {
        private, format, ..
    } = paths;
    let mut bounds = Bounds::new(input.generics);
    bounds.push_self(quote!(#private::ApiError));
    let body = quote!(<#format as #private::Format>::serialize(self, __serializer));
    serialize_impl_with(private, input.ident, input.generics, bounds, &body)
}

/// `Serialize` for `ident`, its `serialize` being `body` (which has
/// `__serializer`): the derive's, and the failed derive's stub.
pub(super) fn serialize_impl_with(
    private: &TokenStream,
    ident: &Ident,
    generics: &Generics,
    mut bounds: Bounds,
    body: &TokenStream,
) -> TokenStream {
    let (impl_generics, ty_generics, where_clause) = generics.split_for_impl();
    let ser = crate::bound::fresh(generics, "__S");
    bounds.push_sized(generics);
    let serialize_where = bounds.where_clause(where_clause);
    quote! {
        #[automatically_derived]
        impl #impl_generics #private::serde::Serialize for #ident #ty_generics #serialize_where {
            fn serialize<#ser: #private::serde::Serializer>(
                &self,
                __serializer: #ser,
            ) -> ::core::result::Result<#ser::Ok, #ser::Error> {
                #body
            }
        }
    }
}

pub(super) fn body_fields_fn(input: &Input, paths: &Paths, bounds: &mut Bounds) -> TokenStream {
    let private = &paths.private;
    let serde = quote!(#private::serde);
    let map = crate::bound::fresh(input.generics, "__M");
    let sized = crate::bound::sized(input.generics);
    let arms: Vec<_> = input
        .variants
        .iter()
        .filter_map(|v| {
            if let Some(arm) = delegating_arm(input, v, quote!(body_fields(__field0, __map)?)) {
                return Some(arm);
            }
            let fields = fields_with(v, |f| Some(f.body_member()?.0));
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
