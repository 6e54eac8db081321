//! The history the catalogue declares (`since`, `deprecated`, `retired`),
//! into the catalogue and its entries (`__private/catalogue.rs`,
//! `__private/entry.rs`).

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use super::option::{code_tokens, str_option};
use super::paths::Paths;
use crate::ast::Input;
use crate::attr::{CodeAttr, CodeValue};

/// The catalogue with its `since` and retired codes, where it declares any.
pub(super) fn with_history(input: &Input, paths: &Paths, catalogue: TokenStream) -> TokenStream {
    let private = &paths.private;
    let retired = input.retired();
    let since = input.since().map(syn::LitStr::value);
    if since.is_none() && retired.is_empty() {
        return catalogue;
    }
    let since = str_option(since.as_deref());
    let retired = retired.iter().map(|r| {
        let note = r.note.value();
        match &r.code.value {
            CodeValue::Str(s) => quote!(#private::retired_str(#s, #note)),
            CodeValue::Int(n) => {
                let n = Literal::i64_unsuffixed(*n);
                quote!(#private::retired_int(#n, #note))
            }
            CodeValue::None => TokenStream::new(),
        }
    });
    quote!(#private::with_history(#catalogue, #since, &[#(#retired),*]))
}

/// The builder calls of an entry's `since` and deprecation.
pub(super) fn entry_history(input: &Input, paths: &Paths, code: &CodeAttr) -> TokenStream {
    let mut tokens = TokenStream::new();
    if let Some(since) = code.since() {
        tokens.extend(quote!(.since(#since)));
    } else if let Some(since) = input.since() {
        tokens.extend(quote!(.inherited_since(#since)));
    }
    if let Some(deprecated) = code.deprecated() {
        let since = deprecated.since.value();
        let replacement = match deprecated.replaced_by.as_ref().map(|c| &c.value) {
            Some(code) => {
                let code = code_tokens(paths, code);
                quote!(::core::option::Option::Some(#code))
            }
            None => quote!(::core::option::Option::None),
        };
        tokens.extend(quote!(.deprecated(#since, #replacement)));
    }
    tokens
}

/// `item` (a body field or header field) with its `since`, if declared.
pub(super) fn since(
    paths: &Paths,
    wrap: &str,
    item: TokenStream,
    since: Option<&syn::LitStr>,
) -> TokenStream {
    let private = &paths.private;
    match since {
        Some(since) => {
            let wrap = syn::Ident::new(wrap, proc_macro2::Span::call_site());
            quote!(#private::#wrap(#item, #since))
        }
        None => item,
    }
}

/// `__OWN_RETIRED`, the type's retired codes as `Codes` (what
/// `Glue::RETIRED` is), and with `#[code(transparent)]` variants one check
/// per wrapped type that neither side uses a code the other retired,
/// failing the build at the wrapped type (`__private/compose.rs`).
pub(super) fn retired_items(input: &Input, paths: &Paths) -> TokenStream {
    let private = &paths.private;
    let own = !input.retired().is_empty();
    let mut items = TokenStream::new();
    if own {
        let mut ints = Vec::new();
        let mut strs = Vec::new();
        for retired in input.retired() {
            match &retired.code.value {
                CodeValue::Int(n) => ints.push(*n),
                CodeValue::Str(s) => strs.push((super::compose::order_hash(s), s.as_str())),
                CodeValue::None => {}
            }
        }
        ints.sort_unstable();
        strs.sort_unstable();
        let ints = ints.into_iter().map(Literal::i64_unsuffixed);
        let strs = strs.into_iter().map(|(hash, s)| {
            let hash = Literal::u64_unsuffixed(hash);
            quote!((#hash, #s))
        });
        items.extend(quote! {
            const __OWN_RETIRED: #private::Codes =
                #private::Codes { ints: &[#(#ints),*], strs: &[#(#strs),*], absent: false };
        });
    }
    let transparents = super::compose::transparents(input);
    if !transparents.is_empty() {
        // What a wrapping type must not use is every code retired below it,
        // however deep: its own, and each wrapped type's (theirs merged in
        // turn), as `Glue::CODES` merges codes.
        let below: Vec<TokenStream> = transparents
            .iter()
            .map(|(_, f)| {
                let wrapped = super::compose::wrapped(f.ty);
                quote!(#wrapped::RETIRED)
            })
            .collect();
        let own_retired = if own {
            quote!(__OWN_RETIRED)
        } else {
            quote!(#private::Codes { ints: &[], strs: &[], absent: false })
        };
        items.extend(super::compose::merged_codes(
            paths,
            "RETIRED",
            &own_retired,
            &below,
        ));
    }
    let name = input.type_name();
    for (_, field) in transparents {
        let wrapped = super::compose::wrapped(field.ty);
        let text = crate::symbol::type_text(field.ty);
        let span = proc_macro2::Span::call_site().located_at(syn::spanned::Spanned::span(field.ty));
        items.extend(quote::quote_spanned! {span=>
            const _: () = __errcode_private::assert_not_retired((#name, __OWN_CODES), (#text, #wrapped::RETIRED));
        });
        if own {
            items.extend(quote::quote_spanned! {span=>
                const _: () = __errcode_private::assert_not_retired((#text, #wrapped::CODES), (#name, __OWN_RETIRED));
            });
        }
    }
    items
}

/// `Glue::RETIRED`: the codes retired by the type and by every type it
/// wraps, where there are any (the trait's default is none).
pub(super) fn retired_const(input: &Input, paths: &Paths) -> TokenStream {
    let private = &paths.private;
    if !super::compose::transparents(input).is_empty() {
        quote!(const RETIRED: #private::Codes = __RETIRED;)
    } else if !input.retired().is_empty() {
        quote!(const RETIRED: #private::Codes = __OWN_RETIRED;)
    } else {
        TokenStream::new()
    }
}
