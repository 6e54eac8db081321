//! Stub impls emitted next to the errors of a derive that failed, so that
//! uses of the type elsewhere (`e.status()`, `format!("{e}")`,
//! `&e as &dyn Error`) add no errors of their own.

use proc_macro2::TokenStream;
use quote::quote;
use syn::DeriveInput;

pub fn expand(input: &DeriveInput, krate: &TokenStream) -> TokenStream {
    let ident = &input.ident;
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    let private = quote!(#krate::__private);
    quote! {
        #[allow(clippy::all, clippy::pedantic)]
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

                fn info(&self) -> &'static #krate::Entry {
                    &#private::STUB_ENTRIES[0]
                }

                fn catalogue() -> &'static #krate::Catalogue {
                    &#private::STUB_CATALOGUE
                }

                fn from_code<'__a>(
                    _: impl ::core::convert::Into<#krate::CodeRef<'__a>>,
                ) -> ::core::option::Option<Self> {
                    ::core::option::Option::None
                }

                fn serialize_body_fields<__M: #private::serde::ser::SerializeMap>(
                    &self,
                    _: &mut __M,
                ) -> ::core::result::Result<(), __M::Error> {
                    ::core::result::Result::Ok(())
                }

                fn static_body(&self) -> ::core::option::Option<&'static [u8]> {
                    ::core::option::Option::None
                }

                fn __restore(
                    _: usize,
                    _: &dyn #private::Restore,
                ) -> ::core::option::Option<Self> {
                    ::core::option::Option::None
                }
            }

            #[automatically_derived]
            impl #impl_generics #private::serde::Serialize for #ident #ty_generics #where_clause {
                fn serialize<__S: #private::serde::Serializer>(
                    &self,
                    __serializer: __S,
                ) -> ::core::result::Result<__S::Ok, __S::Error> {
                    __serializer.serialize_unit()
                }
            }
        };
    }
}
