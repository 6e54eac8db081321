//! `Option`s written as tokens: `::core::option::Option::Some(..)` or
//! `None`, for the facts an entry or a catalogue may leave out.

use proc_macro2::TokenStream;
use quote::quote;

pub(super) fn str_option(value: Option<&str>) -> TokenStream {
    match value {
        Some(s) => quote!(::core::option::Option::Some(#s)),
        None => quote!(::core::option::Option::None),
    }
}

pub(super) fn docs_option(docs: Option<&crate::attr::Docs>) -> TokenStream {
    match docs {
        Some(docs) => {
            let expr = docs.to_expr();
            quote!(::core::option::Option::Some(#expr))
        }
        None => quote!(::core::option::Option::None),
    }
}
