//! `#[api_error(axum)]`, `#[api_error(actix_web)]`: calls of the runtime's
//! `__private/frameworks.rs` macros.

use proc_macro2::{Span, TokenStream};
use quote::quote_spanned;
use syn::Ident;

use crate::ast::Input;

/// `#[api_error(axum)]`, `#[api_error(actix_web)]`: a call of the runtime's
/// macro for each, which is the impl with the feature and an error at the
/// key without it.
pub fn framework_impls(input: &Input) -> TokenStream {
    let ident = input.ident;
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    let predicates = where_clause.map(|w| &w.predicates);
    [
        (input.axum(), "axum_impl"),
        (input.actix_web(), "actix_web_impl"),
    ]
    .into_iter()
    .filter_map(|(key, name)| {
        let span = Span::call_site().located_at(key?);
        let private = Ident::new("__errcode_private", span);
        let name = Ident::new(name, span);
        Some(quote_spanned! {span=>
            #private::#name! { [#impl_generics] [#ident #ty_generics] [#predicates] }
        })
    })
    .collect()
}
