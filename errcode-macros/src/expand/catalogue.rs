//! The catalogue and its translations (`__private/catalogue.rs`).

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use super::compose::{transparents, wrapped};
use super::option::{docs_option, str_option};
use super::paths::Paths;
use crate::ast::{Input, Part};
use crate::locales::Locales;

/// `static __CATALOGUE`, and `static __LANGUAGES`, its translations.
pub(super) fn catalogue_static(input: &Input, paths: &Paths, locales: &Locales) -> TokenStream {
    let private = &paths.private;
    let mut catalogue = super::history::with_history(input, paths, catalogue(input, paths));
    if let Some(base) = input.docs_url() {
        catalogue = quote!(#private::with_docs_url(#catalogue, #base));
    }
    if let Some(domain) = input.domain() {
        catalogue = quote!(#private::with_domain(#catalogue, #domain));
    }
    if let Some(header) = input.code_header() {
        let header = header.value().to_ascii_lowercase();
        catalogue = quote!(#private::with_code_header(#catalogue, #header));
    }
    let languages = languages(input, paths, locales);
    let languages = (languages.is_some() || input.lang().is_some()).then(|| {
        let lang = &locales.lang;
        let count = locales.files.len();
        catalogue = quote!(#private::with_languages(#catalogue, #lang, &__LANGUAGES));
        quote!(static __LANGUAGES: [#private::Language; #count] = [#languages];)
    });
    quote! {
        static __CATALOGUE: #private::Catalogue = #catalogue;
        #languages
    }
}

fn catalogue(input: &Input, paths: &Paths) -> TokenStream {
    let Paths {
        private, format, ..
    } = paths;
    let type_name = input.type_name();
    let (title, description) = input
        .docs
        .as_ref()
        .map_or((None, None), crate::attr::Docs::split_title);
    let title = title.unwrap_or_else(|| type_name.clone());
    let description = docs_option(description.as_ref());
    let category = str_option(input.category().as_deref());
    let range = match input.range() {
        Some(r) => {
            let (low, high) = (
                Literal::i64_unsuffixed(r.value.0),
                Literal::i64_unsuffixed(r.value.1),
            );
            quote!(::core::option::Option::Some((#low, #high)))
        }
        None => quote!(::core::option::Option::None),
    };
    let transparents = transparents(input);
    let included = transparents.iter().map(|(_, f)| {
        let wrapped = wrapped(f.ty);
        quote!(#wrapped::CATALOGUE)
    });
    let included_by = transparents.iter().map(|(v, _)| v.ident.to_string());
    // Its position among the entries, which transparent variants have none of.
    let undeclared = input.undeclared().and_then(|path| {
        let mut own = input.variants.iter().filter(|v| v.transparent().is_none());
        own.position(|v| path.is_ident(v.ident))
    });
    let undeclared = match undeclared {
        Some(index) => quote!(::core::option::Option::Some(#index)),
        None => quote!(::core::option::Option::None),
    };
    let ranges = input.ranges().iter().map(|r| {
        let (category, first, last) = (
            r.category.value(),
            Literal::i64_unsuffixed(r.first),
            Literal::i64_unsuffixed(r.last),
        );
        quote!(#private::category_range(#category, #first, #last))
    });
    quote! {
        #private::catalogue(
            #type_name,
            #title,
            #description,
            #category,
            #range,
            &[#(#ranges),*],
            <#format as #private::Format>::CONTENT_TYPE,
            &__ENTRIES,
            &[#(#included),*],
            &[#(#included_by),*],
            #undeclared,
        )
    }
}

/// The translations of every locale file, as `Language`s.
fn languages(input: &Input, paths: &Paths, locales: &Locales) -> Option<TokenStream> {
    let private = &paths.private;
    if locales.files.is_empty() {
        return None;
    }
    let files = locales.files.iter().map(|file| {
        let tag = &file.tag;
        let partial = file.partial;
        // Read by the derive, named here so that the build re-runs when it changes.
        let path = file.path.display().to_string();
        // One per entry: a transparent variant has none (its entries are
        // translated by the wrapped type's catalogue).
        let own = input.variants.iter().zip(&file.translations);
        let own = own.filter(|(v, _)| v.transparent().is_none());
        let translations = own.map(|(v, t)| {
            let Some((text, segments)) = t else {
                return quote!(#private::translation(""));
            };
            let own = matches!(segments.as_slice(), [crate::template::Segment::Text(t)] if t == text);
            if own {
                return quote!(#private::translation(#text));
            }
            let segments = segments.iter().map(|s| match s {
                crate::template::Segment::Text(t) => quote!(__ErrcodeSegment::Text(#t)),
                crate::template::Segment::Arg { name, .. } => {
                    let plain = v.message.iter().any(|p| matches!(p, Part::Field { name: n, spec, .. } if n == name && spec.is_empty()));
                    if plain {
                        quote!(__ErrcodeSegment::Placeholder(#name))
                    } else {
                        quote!(__ErrcodeSegment::Formatted(#name))
                    }
                }
            });
            quote!(#private::translation_segmented(#text, &[#(#segments),*]))
        });
        quote! {
            #private::language(#tag, #partial, {
                const _: &[u8] = ::core::include_bytes!(#path);
                use __errcode_private::Segment as __ErrcodeSegment;
                &[#(#translations),*]
            }),
        }
    });
    Some(quote!(#(#files)*))
}
