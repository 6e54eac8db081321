//! `Option`s written as tokens: `::core::option::Option::Some(..)` or
//! `None`, for the facts an entry or a catalogue may leave out.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use super::paths::Paths;
use crate::attr::CodeValue;

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

/// A code as the runtime's `Code`.
pub(super) fn code_tokens(paths: &Paths, code: &CodeValue) -> TokenStream {
    let private = &paths.private;
    match code {
        CodeValue::Int(n) => {
            let n = Literal::i64_unsuffixed(*n);
            quote!(#private::Code::Int(#n))
        }
        CodeValue::Str(s) => quote!(#private::Code::Str(#s)),
        CodeValue::None => quote!(#private::Code::None),
    }
}
