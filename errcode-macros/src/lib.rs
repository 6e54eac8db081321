//! The `#[derive(ApiError)]` macro of errcodes. Use it through the `errcodes`
//! crate, which documents the attribute grammar.

mod ast;
mod attr;
mod bound;
mod ctxt;
mod expand;
mod locales;
mod prop;
mod symbol;
mod template;
mod valid;

use proc_macro::TokenStream;
use syn::{parse_macro_input, DeriveInput};

#[proc_macro_derive(
    ApiError,
    attributes(api_error, code, source, from, body, placeholder, header)
)]
pub fn derive_api_error(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    derive(&input).into()
}

/// Parse, then validate, then expand; on any error, every error collected
/// plus stub impls.
fn derive(node: &DeriveInput) -> proc_macro2::TokenStream {
    let mut cx = ctxt::Ctxt::default();
    let parsed = ast::Parsed::from_syn(&mut cx, node);
    let krate = parsed.as_ref().map_or_else(
        || quote::quote!(::errcodes),
        |i| expand::Paths::new(i).krate,
    );
    // Kept with the stubs, so that handlers returning the type add no errors.
    let frameworks = parsed.as_ref().map(expand::framework_impls);
    if let Some(parsed) = parsed {
        valid::check(&mut cx, &parsed);
        if !cx.has_errors() {
            if let Some(input) = parsed.complete() {
                if let Some(locales) = locales::load(&mut cx, &input) {
                    return expand::derive(&input, &locales);
                }
            }
        }
    }
    let mut tokens = cx.into_compile_errors();
    // A union can be no error type at all (it cannot even derive `Debug`),
    // so stubs for it would only add errors of their own.
    if !matches!(node.data, syn::Data::Union(_)) {
        tokens.extend(expand::fallback::expand(node, &krate));
        if let Some(frameworks) = frameworks.filter(|f| !f.is_empty()) {
            tokens.extend(quote::quote! {
                const _: () = {
                    use #krate::__private_v0_1 as __errcode_private;
                    #frameworks
                };
            });
        }
    }
    tokens
}
