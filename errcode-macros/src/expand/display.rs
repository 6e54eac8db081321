//! `Display`, and `Glue::fmt_arg` for translations (`__private/display.rs`).

use proc_macro2::{Literal, Span, TokenStream};
use quote::{format_ident, quote, quote_spanned, ToTokens};
use syn::Ident;

use super::checks::exposed_field_checks;
use super::compose::wrapped;
use super::entry::segments;
use super::paths::Paths;
use super::pattern::CHUNK;
use super::pattern::{bind, pattern, transparent_pattern};
use crate::ast::{Field, Input, Part, Variant};
use crate::bound::Bounds;

/// How a placeholder passes its field to `write!`.
#[derive(Clone, Copy)]
pub(super) enum Shown {
    /// By reference, for a spec that names a trait (`&T` formats as `T`).
    Ref,
    /// `{field}` without a spec: through `Show`, so that `Path` and
    /// `PathBuf` show as `.display()` does.
    Display,
    /// `{field:p}`: the pointer the field holds, not the field's address.
    Pointer,
    /// `name$`, a width or precision: rustc wants a `usize`, and says so
    /// of the field's own type rather than of a reference to it.
    Count,
}

/// `Display`, and above `CHUNK` formatting arms the impls of a private
/// trait that hold them.
pub(super) fn display_impl(input: &Input, paths: &Paths) -> TokenStream {
    let private = &paths.private;
    let ident = input.ident;
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    let mut bounds = Bounds::new(input.generics);
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
    let arms: Vec<_> = input
        .variants
        .iter()
        .filter(|v| !from_catalogue(v))
        .map(|v| {
            let mut shows = false;
            let arm = display_arm(input, paths, v, &mut bounds, &mut shows);
            (v, arm, shows)
        })
        .collect();
    let catalogue_arm = (arms.len() < input.variants.len())
        .then(|| quote!(_ => __formatter.write_str(#private::ApiError::info(self).message()),));
    let display_where = bounds.where_clause(where_clause);
    let (display_use, arms, chunks) = if arms.len() <= CHUNK {
        let used = use_show(paths, &arms);
        let arms = arms.iter().map(|(_, arm, _)| arm);
        (used, quote!(#(#arms)*), TokenStream::new())
    } else {
        let (dispatch, chunks) = display_chunks(input, paths, &arms, &display_where);
        (None, dispatch, chunks)
    };
    let display_match = if input.variants.is_empty() {
        quote!(match *self {})
    } else {
        quote!(match self { #arms #catalogue_arm })
    };
    quote! {
        #[automatically_derived]
        impl #impl_generics ::core::fmt::Display for #ident #ty_generics #display_where {
            fn fmt(&self, __formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                #display_use
                #display_match
            }
        }
        #chunks
    }
}

/// `use ShowPath as _, ..` where an arm shows a field through `Show`.
fn use_show(paths: &Paths, arms: &[(&Variant, TokenStream, bool)]) -> Option<TokenStream> {
    let private = &paths.private;
    arms.iter()
        .any(|(_, _, shows)| *shows)
        .then(|| quote!(use #private::{ShowPath as _, ShowRequired as _};))
}

/// Formatting arms (`write!` with its arguments) are the costliest per
/// variant for type and borrow checking, which grow faster than linearly
/// with one body: many of them go, a chunk at a time, into impls of a
/// private trait, each its own body. The dispatching arms, and the impls.
fn display_chunks(
    input: &Input,
    paths: &Paths,
    arms: &[(&Variant, TokenStream, bool)],
    display_where: &TokenStream,
) -> (TokenStream, TokenStream) {
    let ident = input.ident;
    let (impl_generics, ty_generics, _) = input.generics.split_for_impl();
    let mut chunks = quote! {
        trait __ErrcodeDisplay<const K: usize> {
            fn fmt(&self, __formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result;
        }
    };
    let mut dispatch = TokenStream::new();
    for (k, chunk) in arms.chunks(CHUNK).enumerate() {
        let use_show = use_show(paths, chunk);
        let arms = chunk.iter().map(|(_, arm, _)| arm);
        chunks.extend(quote! {
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
        dispatch.extend(quote! {
            #(#patterns)|* => <Self as __ErrcodeDisplay<#k>>::fmt(self, __formatter),
        });
    }
    (dispatch, chunks)
}

pub(super) fn display_arm(
    input: &Input,
    paths: &Paths,
    variant: &Variant,
    bounds: &mut Bounds,
    shows: &mut bool,
) -> TokenStream {
    if let Some(field) = variant.transparent() {
        bounds.push(field.ty, "Display");
        let pattern = transparent_pattern(input, variant);
        return quote!(#pattern => ::core::fmt::Display::fmt(__field0, __formatter),);
    }
    if let Some(text) = variant.shown_static_message() {
        let pattern = pattern(input, variant, quote!(..));
        return quote!(#pattern => __formatter.write_str(#text),);
    }
    let (pattern, write) = write_parts(input, paths, variant, &variant.message, bounds, shows);
    let checks = exposed_field_checks(input, variant);
    if checks.is_empty() {
        quote!(#pattern => #write,)
    } else {
        quote!(#pattern => { #(#checks)* #write },)
    }
}

/// `Glue::fmt_arg`: each placeholder of each template, written as the
/// template writes it, for translations to show; the wrapped type's for a
/// transparent variant.
pub(super) fn fmt_arg_fn(input: &Input, paths: &Paths, bounds: &mut Bounds) -> TokenStream {
    let mut shows = false;
    let mut arms = Vec::new();
    for variant in &input.variants {
        if let Some(field) = variant.transparent() {
            let pattern = transparent_pattern(input, variant);
            let wrapped = wrapped(field.ty);
            arms.push(quote!((#pattern, _) => #wrapped::fmt_arg(__field0, __index, __formatter),));
            continue;
        }
        let fields = variant
            .message
            .iter()
            .filter(|p| matches!(p, Part::Field { .. }));
        for (i, part) in fields.enumerate() {
            let (pattern, write) = write_parts(
                input,
                paths,
                variant,
                core::slice::from_ref(part),
                bounds,
                &mut shows,
            );
            let i = Literal::usize_unsuffixed(i);
            arms.push(quote!((#pattern, #i) => #write,));
        }
    }
    let private = &paths.private;
    let use_show = shows.then(|| quote!(use #private::{ShowPath as _, ShowRequired as _};));
    quote! {
        fn fmt_arg(
            __error: &Self,
            __index: usize,
            __formatter: &mut ::core::fmt::Formatter<'_>,
        ) -> ::core::fmt::Result {
            #use_show
            match (__error, __index) {
                #(#arms)*
                _ => ::core::result::Result::Ok(()),
            }
        }
    }
}

/// The pattern binding the fields `parts` show, and the `write!` of them.
pub(super) fn write_parts(
    input: &Input,
    paths: &Paths,
    variant: &Variant,
    parts: &[Part],
    bounds: &mut Bounds,
    shows: &mut bool,
) -> (TokenStream, TokenStream) {
    let private = &paths.private;
    let lit_span = variant
        .code
        .msg()
        .map_or_else(Span::call_site, syn::LitStr::span);
    // Generated names keep the derive's hygiene wherever the literal came
    // from (a `macro_rules!` argument has its own); only the location is the
    // literal's, so that rustc's errors about a field point at the message.
    let at_literal = Span::call_site().located_at(lit_span);
    let mut format = String::new();
    let mut bound_fields: Vec<usize> = Vec::new();
    let mut args: Vec<(Ident, TokenStream)> = Vec::new();
    let mut arg = |field: usize, shown: Shown| -> String {
        let prefix = match shown {
            Shown::Ref => "__field",
            Shown::Display => "__display",
            Shown::Pointer => "__pointer",
            Shown::Count => "__count",
        };
        let name = format_ident!("{}{}", prefix, field);
        if !args.iter().any(|(n, _)| *n == name) {
            if !bound_fields.contains(&field) {
                bound_fields.push(field);
            }
            let mut binding = Field::binding(field);
            binding.set_span(binding.span().located_at(lit_span));
            let value = match shown {
                Shown::Ref => binding.into_token_stream(),
                Shown::Display => quote_spanned!(at_literal=> #private::Show(#binding).get()),
                Shown::Pointer => quote_spanned!(at_literal=> #private::Var(#binding)),
                Shown::Count => quote_spanned!(at_literal=> *#binding),
            };
            args.push((name.clone(), value));
        }
        name.to_string()
    };
    for part in parts {
        match part {
            Part::Text(text) => format.push_str(&crate::template::escape_braces(text)),
            Part::Field {
                field,
                spec,
                width_fields,
                ..
            } => {
                let format_trait = spec.format_trait();
                let shown = if spec.is_empty() {
                    *shows = true;
                    Shown::Display
                } else if format_trait == Some("Pointer") {
                    Shown::Pointer
                } else {
                    Shown::Ref
                };
                let name = arg(*field, shown);
                let mut widths = width_fields.iter();
                let spec = spec.render(|_| {
                    widths
                        .next()
                        .map_or_else(String::new, |w| arg(*w, Shown::Count))
                });
                if let Some(format_trait) = format_trait {
                    bounds.push(variant.fields[*field].ty, format_trait);
                }
                if spec.is_empty() {
                    format.push_str(&format!("{{{name}}}"));
                } else {
                    format.push_str(&format!("{{{name}:{spec}}}"));
                }
            }
        }
    }
    let literal = syn::LitStr::new(&format, lit_span);
    let binds = bound_fields.iter().map(|&i| bind(&variant.fields[i], i));
    let args = args.iter().map(|(name, value)| quote!(#name = #value));
    let pattern = pattern(input, variant, quote!(#(#binds)* ..));
    (
        pattern,
        quote!(::core::write!(__formatter, #literal, #(#args),*)),
    )
}
