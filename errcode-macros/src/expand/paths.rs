//! The paths the generated code names the runtime and the format by.

use proc_macro2::TokenStream;
use quote::{quote, ToTokens};

use crate::ast::Input;

/// The runtime crate (`crate = ...`, else `::errcodes`), its private
/// module as the generated code imports it, and the body format.
pub struct Paths {
    pub krate: TokenStream,
    pub private: TokenStream,
    pub format: TokenStream,
}

impl Paths {
    pub fn new(input: &Input) -> Self {
        let krate = input
            .krate()
            .map_or_else(|| quote!(::errcodes), ToTokens::to_token_stream);
        let format = input.format().map_or_else(
            || quote!(__errcode_private::Plain),
            ToTokens::to_token_stream,
        );
        Paths {
            private: quote!(__errcode_private),
            krate,
            format,
        }
    }
}
