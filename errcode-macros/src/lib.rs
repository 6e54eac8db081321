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
/// plus stub impls. Nothing returns before `cx.check()`, so no path can
/// lose an error.
fn derive(node: &DeriveInput) -> proc_macro2::TokenStream {
    let mut cx = ctxt::Ctxt::default();
    let parsed = ast::Parsed::from_syn(&mut cx, node);
    let krate = parsed.as_ref().map_or_else(
        || quote::quote!(::errcodes),
        |p| expand::Paths::new(&p.input).krate,
    );
    // Kept with the stubs, so that handlers returning the type add no errors.
    let frameworks = parsed.as_ref().map(|p| expand::framework_impls(&p.input));
    let expanded = parsed
        .and_then(|parsed| valid::check(&mut cx, parsed))
        .and_then(|input| Some(expand::derive(&input, &locales::load(&mut cx, &input)?)));
    let mut tokens = match (cx.check(), expanded) {
        (Ok(()), Some(expanded)) => return expanded,
        (Ok(()), None) => proc_macro2::TokenStream::new(),
        (Err(errors), _) => errors,
    };
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

/// Each way through `derive` ends at `cx.check()`: `Ctxt` panics on drop
/// otherwise, so a path that skipped it fails here.
#[cfg(test)]
mod tests {
    use proc_macro2::TokenTree;
    use syn::parse_quote;

    /// The message of each `compile_error! { "..." }` in the output.
    fn errors(node: syn::DeriveInput) -> Vec<String> {
        let tokens: Vec<_> = super::derive(&node).into_iter().collect();
        tokens
            .windows(3)
            .filter_map(|w| match w {
                [TokenTree::Ident(name), TokenTree::Punct(_), TokenTree::Group(args)]
                    if name == "compile_error" =>
                {
                    syn::parse2::<syn::LitStr>(args.stream())
                        .ok()
                        .map(|m| m.value())
                }
                _ => None,
            })
            .collect()
    }

    #[test]
    fn valid_input_expands_without_errors() {
        let enumeration = parse_quote! {
            #[api_error(default_status = 400, lang = "en")]
            enum E {
                #[code(1, msg = "bad {n}")]
                A { n: u8, #[body(rename = "m", example = 1, default)] m: u8 },
                #[code(2, status = 404)]
                B,
            }
        };
        assert_eq!(errors(enumeration), Vec::<String>::new());
        let structure = parse_quote! {
            #[code("x", status = 500)]
            struct S;
        };
        assert_eq!(errors(structure), Vec::<String>::new());
    }

    #[test]
    fn each_stage_that_fails_reports() {
        let cases: [(syn::DeriveInput, &str); 6] = [
            (
                parse_quote! { #[api_error(defualt_status = 400)] enum E { #[code(1)] A } },
                "unknown #[api_error] argument `defualt_status`",
            ),
            (
                parse_quote! { enum E { #[code(1)] A, B } },
                "variant `B` has no #[code(...)]",
            ),
            (
                parse_quote! { enum E { #[code(1)] A, #[code(1)] B } },
                "duplicate code 1",
            ),
            (
                parse_quote! { union U { a: u8 } },
                "works on enums and structs, not unions",
            ),
            (
                parse_quote! { #[api_error(lang = "not a tag")] enum E { #[code(1)] A } },
                "is not a language tag",
            ),
            (
                parse_quote! { #[api_error(locales = "no such directory/")] enum E { #[code(1)] A } },
                "cannot read the locales directory",
            ),
        ];
        for (node, expected) in cases {
            let errors = errors(node);
            assert!(
                errors.iter().any(|e| e.contains(expected)),
                "{expected:?} not in {errors:?}"
            );
        }
    }
}
