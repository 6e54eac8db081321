//! Stub impls emitted next to the errors of a derive that failed, so that
//! uses of the type elsewhere (`e.status()`, `format!("{e}")`,
//! `&e as &dyn Error`) add no errors of their own.

use proc_macro2::TokenStream;
use quote::quote;
use syn::DeriveInput;

use crate::bound::{fresh_lifetime, sized, Bounds};

pub fn expand(input: &DeriveInput, krate: &TokenStream) -> TokenStream {
    let ident = &input.ident;
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    let private = quote!(#krate::__private_v0_1);
    let a = fresh_lifetime(&input.generics, "__a");
    let sized = sized(&input.generics);
    let serialize = super::body::serialize_impl_with(
        &private,
        ident,
        &input.generics,
        Bounds::new(&input.generics),
        &quote!(__serializer.serialize_unit()),
    );
    let allow_deprecated =
        crate::ast::mentions_deprecated(input).then(|| quote!(#[allow(deprecated)]));
    quote! {
        #allow_deprecated
        const _: () = {
            #[automatically_derived]
            impl #impl_generics ::core::fmt::Display for #ident #ty_generics #where_clause {
                fn fmt(&self, _: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    ::core::result::Result::Ok(())
                }
            }

            #[automatically_derived]
            impl #impl_generics ::core::error::Error for #ident #ty_generics
            where
                Self: ::core::fmt::Debug,
            {
            }

            #[automatically_derived]
            impl #impl_generics #krate::ApiError for #ident #ty_generics
            where
                Self: ::core::error::Error,
            {
                type Format = #krate::format::Plain;
                type __Glue = #private::StubGlue;

                fn info(&self) -> &'static #krate::Entry {
                    &#private::STUB_ENTRIES[0]
                }

                fn catalogue() -> &'static #krate::Catalogue {
                    &#private::STUB_CATALOGUE
                }

                fn from_code<#a>(
                    _: impl ::core::convert::Into<#krate::CodeRef<#a>>,
                ) -> ::core::option::Option<Self>
                where
                    #sized
                {
                    ::core::option::Option::None
                }
            }

            #serialize
        };
    }
}
