//! `ApiError` and its `Glue` (`errcode-core/src/glue.rs`): the trait users
//! call and the plumbing the runtime calls, under one set of bounds.

use proc_macro2::TokenStream;
use quote::quote;

use super::body::{body_fields_fn, static_body_fn};
use super::compose::{codes, transparents};
use super::display::fmt_arg_fn;
use super::entry::info_fn;
use super::from_code::from_code_fn;
use super::headers::headers_fn;
use super::paths::Paths;
use super::restore::{restore_fn, restore_included_fn};
use super::retry::retry_delay_fn;
use crate::ast::Input;
use crate::bound::Bounds;
use crate::locales::Locales;

/// The `ApiError` and `Glue` impls, and the items `Glue::restore` calls on
/// a large enum.
pub(super) fn impls(input: &Input, paths: &Paths, locales: &Locales) -> TokenStream {
    let Paths {
        private, format, ..
    } = paths;
    let ident = input.ident;
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    let mut bounds = Bounds::new(input.generics);
    bounds.push_self(quote!(::core::error::Error));
    let body_fields = body_fields_fn(input, paths, &mut bounds);
    // A translation of a wrapped entry (in its own catalogue) shows the
    // wrapped value's fields: the arms of transparent variants delegate.
    let fmt_arg = (!locales.files.is_empty() || !transparents(input).is_empty())
        .then(|| fmt_arg_fn(input, paths, &mut bounds));
    let headers = headers_fn(input, paths, &mut bounds);
    let api_where = bounds.where_clause(where_clause);
    let info = info_fn(input, paths);
    let from_code = from_code_fn(input, paths);
    let codes = codes(input, paths);
    let retired = super::history::retired_const(input, paths);
    let static_body = static_body_fn(input, paths);
    let (restore, restore_chunks) = restore_fn(input, paths, &api_where);
    let restore_included = restore_included_fn(input, paths);
    let retry_delay = retry_delay_fn(input);
    quote! {
        #[automatically_derived]
        impl #impl_generics #private::ApiError for #ident #ty_generics #api_where {
            type Format = #format;
            type __Glue = Self;

            #info

            fn catalogue() -> &'static #private::Catalogue {
                &__CATALOGUE
            }

            #from_code
        }

        #[automatically_derived]
        impl #impl_generics #private::Glue<Self> for #ident #ty_generics #api_where {
            const CODES: #private::Codes = #codes;
            #retired
            const CATALOGUE: &'static #private::Catalogue = &__CATALOGUE;

            #static_body
            #body_fields
            #restore
            #fmt_arg
            #headers
            #retry_delay
            #restore_included
        }

        #restore_chunks
    }
}
