//! Code generation for valid input. Emits the per-variant tables and thin
//! glue; everything else is ordinary code in errcode-core.

use proc_macro2::{Literal, TokenStream};
use quote::{quote, ToTokens};

use crate::ast::{Input, Variant};
use crate::bound::Bounds;
use crate::locales::Locales;

mod body;
mod catalogue;
mod checks;
mod compose;
mod display;
mod entry;
mod frameworks;
mod from_code;
mod headers;
mod pattern;
mod restore;
mod source;

use self::body::body_fields_fn;
use self::catalogue::{catalogue, languages, str_option};
use self::checks::{accepted_code_checks, reserved_member_checks};
use self::compose::{codes_items, codes_table, transparents, wrapped};
use self::display::{display_arm, fmt_arg_fn};
use self::entry::{entry, option, segments, slots};
pub use self::frameworks::framework_impls;
use self::from_code::from_code_fn;
use self::headers::headers_fn;
use self::pattern::{pattern, transparent_pattern};
use self::restore::{restore_fn, restore_included_fn};
use self::source::{from_impls, source_fn};

pub struct Paths {
    pub krate: TokenStream,
    pub private: TokenStream,
    pub format: TokenStream,
}

impl Paths {
    pub fn new<C>(input: &Input<C>) -> Self {
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

/// The impls for `input`.
pub fn derive(input: &Input, locales: &Locales) -> TokenStream {
    let paths = Paths::new(input);
    let Paths {
        krate,
        private,
        format,
    } = &paths;
    let ident = input.ident;
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    let variants = input.variants.len();
    // A transparent variant has no entry of its own: `slots` maps each
    // other variant to its entry.
    let slots = slots(input);
    let count = slots.iter().flatten().count();
    let transparents = transparents(input);
    let ser = crate::bound::fresh(input.generics, "__S");

    let entries: Vec<_> = input
        .variants
        .iter()
        .filter(|v| v.transparent().is_none())
        .map(|v| entry(input, &paths, v, &v.code))
        .collect();
    let default_status = option(input.default_status());
    let default_category = str_option(input.category().as_deref());
    let mut catalogue = catalogue(input, &paths);
    let languages = languages(input, &paths, locales);
    let languages_static = (languages.is_some() || input.lang().is_some()).then(|| {
        let lang = &locales.lang;
        let count = locales.files.len();
        catalogue.extend(quote!(.with_languages(#lang, &__LANGUAGES)));
        quote!(static __LANGUAGES: [#private::Language; #count] = [#languages];)
    });

    let mut display_bounds = Bounds::new(input.generics);
    // A message the entry holds as written is shown from the catalogue, in
    // one arm: every arm of a match over thousands of variants costs rustc
    // more than the last (its match checking and borrow checking grow
    // faster than linearly), and the entry is there anyway. Only for a type
    // without generics: elsewhere `Display` would need `ApiError`'s bounds.
    let from_catalogue = |v: &Variant| {
        input.generics.params.is_empty()
            && input.generics.where_clause.is_none()
            && v.transparent().is_none()
            && segments(v).is_none()
            && !v.template().is_empty()
    };
    // (variant, arm, whether the arm uses `Show`)
    let display_arms: Vec<_> = input
        .variants
        .iter()
        .filter(|v| !from_catalogue(v))
        .map(|v| {
            let mut shows = false;
            let arm = display_arm(input, &paths, v, &mut display_bounds, &mut shows);
            (v, arm, shows)
        })
        .collect();
    let catalogue_arm = (display_arms.len() < variants)
        .then(|| quote!(_ => __formatter.write_str(#private::ApiError::info(self).message()),));
    let display_where = display_bounds.where_clause(where_clause);
    let use_show = |arms: &[(&Variant, TokenStream, bool)]| {
        arms.iter()
            .any(|(_, _, shows)| *shows)
            .then(|| quote!(use #private::{ShowPath as _, ShowRequired as _};))
    };
    // Formatting arms (`write!` with its arguments) are the costliest per
    // variant for type and borrow checking, which grow faster than linearly
    // with one body: many of them go, a chunk at a time, into impls of a
    // private trait, each its own body.
    let mut display_chunks = TokenStream::new();
    let (display_use, display_arms) = if display_arms.len() <= CHUNK {
        let arms = display_arms.iter().map(|(_, arm, _)| arm);
        (use_show(&display_arms), quote!(#(#arms)*))
    } else {
        display_chunks.extend(quote! {
            trait __ErrcodeDisplay<const K: usize> {
                fn fmt(&self, __formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result;
            }
        });
        let mut dispatch = Vec::new();
        for (k, chunk) in display_arms.chunks(CHUNK).enumerate() {
            let use_show = use_show(chunk);
            let arms = chunk.iter().map(|(_, arm, _)| arm);
            display_chunks.extend(quote! {
                #[automatically_derived]
                impl #impl_generics __ErrcodeDisplay<#k> for #ident #ty_generics #display_where {
                    fn fmt(&self, __formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                        #use_show
                        match self {
                            #(#arms)*
                            // The other chunks' variants: never dispatched here.
                            _ => ::core::result::Result::Ok(()),
                        }
                    }
                }
            });
            let patterns = chunk.iter().map(|(v, _, _)| pattern(input, v, quote!(..)));
            dispatch.push(quote! {
                #(#patterns)|* => <Self as __ErrcodeDisplay<#k>>::fmt(self, __formatter),
            });
        }
        (None, quote!(#(#dispatch)*))
    };

    let mut error_bounds = Bounds::new(input.generics);
    let source = source_fn(input, &paths, &mut error_bounds);
    error_bounds.push_self(quote!(::core::fmt::Debug + ::core::fmt::Display));
    let error_where = error_bounds.where_clause(where_clause);

    let mut api_bounds = Bounds::new(input.generics);
    api_bounds.push_self(quote!(::core::error::Error));
    let body_fields = body_fields_fn(input, &paths, &mut api_bounds);
    // A translation of a wrapped entry (in its own catalogue) shows the
    // wrapped value's fields: the arms of transparent variants delegate.
    let fmt_arg = (!locales.files.is_empty() || !transparents.is_empty())
        .then(|| fmt_arg_fn(input, &paths, &mut api_bounds));
    let headers = headers_fn(input, &paths, &mut api_bounds);
    let api_where = api_bounds.where_clause(where_clause);

    let mut serialize_bounds = Bounds::new(input.generics);
    serialize_bounds.push_self(quote!(#private::ApiError));
    serialize_bounds.push_sized(input.generics);
    let serialize_where = serialize_bounds.where_clause(where_clause);

    let info_arms = input.variants.iter().zip(&slots).map(|(v, slot)| {
        let Some(i) = slot else {
            let pattern = transparent_pattern(input, v);
            let wrapped = wrapped(v.fields[0].ty);
            return quote!(#pattern => #wrapped::info(__field0),);
        };
        let pattern = pattern(input, v, quote!(..));
        let i = Literal::usize_unsuffixed(*i);
        if transparents.is_empty() {
            quote!(#pattern => #i,)
        } else {
            quote!(#pattern => &__ENTRIES[#i],)
        }
    });
    // An enum without variants has no value to index with.
    let info_body = if variants == 0 {
        quote!(match *self {})
    } else if transparents.is_empty() {
        quote!(&__ENTRIES[match self { #(#info_arms)* }])
    } else {
        quote!(match self { #(#info_arms)* })
    };
    let static_body = if transparents.is_empty() {
        quote!(__BODIES.get::<#format>(#private::ApiError::info(__error)))
    } else {
        let arms = transparents.iter().map(|(v, f)| {
            let pattern = transparent_pattern(input, v);
            let wrapped = wrapped(f.ty);
            quote!(#pattern => #wrapped::static_body_in::<#format>(__field0),)
        });
        let rest = (count > 0)
            .then(|| quote!(_ => __BODIES.get::<#format>(#private::ApiError::info(__error)),));
        quote!(match __error { #(#arms)* #rest })
    };
    let bodies = (count > 0 || transparents.is_empty()).then(
        || quote!(static __BODIES: #private::StaticBodies<#count> = #private::StaticBodies::new();),
    );
    let restore_included = restore_included_fn(input, &paths, &transparents);
    let codes_items = codes_items(input, &paths, &transparents);
    let from_code = from_code_fn(input, &paths);
    let (restore, restore_chunks) = restore_fn(input, &paths, &api_where);
    let froms = from_impls(input);
    let frameworks = framework_impls(input);
    let reserved = reserved_member_checks(input, &paths);
    let accepted = accepted_code_checks(input, &paths);
    let codes = if transparents.is_empty() {
        codes_table(input, &paths)
    } else {
        quote!(__CODES)
    };
    let display_match = if variants == 0 {
        quote!(match *self {})
    } else {
        quote!(match self { #display_arms #catalogue_arm })
    };

    let allow_deprecated = input.deprecated.then(|| quote!(#[allow(deprecated)]));
    // Short local names for what every entry names: the generated code is
    // mostly entries, and each token of an entry is paid per variant.
    let segment_alias = input
        .variants
        .iter()
        .any(|v| segments(v).is_some())
        .then(|| {
            quote!(
                use __errcode_private::Segment as __ErrcodeSegment;
            )
        });
    quote! {
        #[doc(hidden)]
        #allow_deprecated
        const _: () = {
            // The one path into the runtime's private module, whose name is
            // the version of this contract: paired with a runtime of another
            // contract, the build fails here, once, naming the module.
            use #krate::__private_v0_1 as __errcode_private;
            use __errcode_private::Entry as __ErrcodeEntry;
            #segment_alias
            static __ENTRIES: [#private::Entry; #count] =
                #private::entries(
                    [#(#entries),*],
                    #default_status,
                    #default_category,
                    <#format as #private::Format>::DEFAULT_STATUS,
                );
            static __CATALOGUE: #private::Catalogue = #catalogue;
            #languages_static
            #bodies
            #codes_items

            #[automatically_derived]
            impl #impl_generics ::core::fmt::Display for #ident #ty_generics #display_where {
                fn fmt(&self, __formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    #display_use
                    #display_match
                }
            }

            #[automatically_derived]
            impl #impl_generics ::core::error::Error for #ident #ty_generics #error_where {
                #source
            }

            #[automatically_derived]
            impl #impl_generics #private::ApiError for #ident #ty_generics #api_where {
                type Format = #format;
                type __Glue = Self;

                #[inline]
                fn info(&self) -> &'static #private::Entry {
                    #info_body
                }

                fn catalogue() -> &'static #private::Catalogue {
                    &__CATALOGUE
                }

                #from_code
            }

            #[automatically_derived]
            impl #impl_generics #private::Glue<Self> for #ident #ty_generics #api_where {
                const CODES: #private::Codes = #codes;
                const CATALOGUE: &'static #private::Catalogue = &__CATALOGUE;

                #[inline]
                fn static_body(__error: &Self) -> ::core::option::Option<&'static [u8]> {
                    #static_body
                }

                #body_fields

                #restore

                #fmt_arg
                #headers
                #restore_included
            }

            #[automatically_derived]
            impl #impl_generics #private::serde::Serialize for #ident #ty_generics #serialize_where {
                fn serialize<#ser: #private::serde::Serializer>(
                    &self,
                    __serializer: #ser,
                ) -> ::core::result::Result<#ser::Ok, #ser::Error> {
                    <#format as #private::Format>::serialize(self, __serializer)
                }
            }

            #froms

            #restore_chunks

            #display_chunks

            #(#reserved)*
            #(#accepted)*

            #frameworks
        };
    }
}

/// Arms per function body on a large enum (decoding, formatting `Display`
/// arms): rustc's type and borrow checking of one body grow faster than
/// linearly with its size, so many arms go into several bodies. Nesting
/// `match`es within one body was measured to gain nothing.
pub(super) const CHUNK: usize = 256;
