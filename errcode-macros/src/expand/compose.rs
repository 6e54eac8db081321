//! `#[code(transparent)]`: the wrapped types reached through `Wrapped`, and
//! the codes merged with theirs (`__private/compose.rs`).

use proc_macro2::{Literal, Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::spanned::Spanned as _;
use syn::Type;

use super::paths::Paths;
use crate::ast::{Field, Input, Variant};
use crate::attr::CodeValue;

/// `<Type as Wrapped>`, through which a transparent variant reaches the
/// type it wraps, located at the type: see `Wrapped` in the runtime.
pub(super) fn wrapped(ty: &Type) -> TokenStream {
    let span = Span::call_site().located_at(ty.span());
    quote_spanned!(span=> <#ty as __errcode_private::Wrapped>)
}

/// The `#[code(transparent)]` variants and their fields.
pub(super) fn transparents<'i, 'a>(input: &'i Input<'a>) -> Vec<(&'i Variant<'a>, &'i Field<'a>)> {
    input
        .variants
        .iter()
        .filter_map(|v| Some((v, v.transparent()?)))
        .collect()
}

/// As [`transparents`], `None` where there are none: then a type composes
/// no codes and restores no wrapped type, and those items are not written.
pub(super) fn some_transparents<'i, 'a>(
    input: &'i Input<'a>,
) -> Option<Vec<(&'i Variant<'a>, &'i Field<'a>)>> {
    let transparents = transparents(input);
    (!transparents.is_empty()).then_some(transparents)
}

/// With `#[code(transparent)]` variants: the codes of the wrapped types
/// merged with the type's own (`__CODES`, what `Glue::CODES` then is), and
/// one check per pair of code spaces that they share no code, failing the
/// build at the wrapped type.
pub(super) fn codes_items(input: &Input, paths: &Paths) -> TokenStream {
    let Some(transparents) = some_transparents(input) else {
        return TokenStream::new();
    };
    let private = &paths.private;
    let own = codes_table(input, paths);
    let tys: Vec<&Type> = transparents.iter().map(|(_, f)| f.ty).collect();
    let codes: Vec<TokenStream> = tys
        .iter()
        .map(|ty| {
            let wrapped = wrapped(ty);
            quote!(#wrapped::CODES)
        })
        .collect();
    let name = input.type_name();
    let mut checks = Vec::new();
    for (k, ty) in tys.iter().enumerate() {
        let text = crate::symbol::type_text(ty);
        let codes_k = &codes[k];
        // Spanned at the wrapped type, so that the build fails there.
        let span = Span::call_site().located_at(ty.span());
        checks.push(quote_spanned! {span=>
            const _: () = __errcode_private::assert_composable((#name, __OWN_CODES), (#text, #codes_k));
        });
        for (earlier, codes_e) in tys[..k].iter().zip(&codes) {
            let first = crate::symbol::type_text(earlier);
            checks.push(quote_spanned! {span=>
                const _: () = __errcode_private::assert_composable((#first, #codes_e), (#text, #codes_k));
            });
        }
    }
    let merged = merged_codes(paths, "CODES", &quote!(__OWN_CODES), &codes);
    quote! {
        const __OWN_CODES: #private::Codes = #own;
        #merged
        #(#checks)*
    }
}

/// `const __{NAME}: Codes`, `own` merged with each of `lists` (each a
/// `Codes` constant, sorted), with the sized arrays the merge fills: how
/// `Glue::CODES` and `Glue::RETIRED` take in the wrapped types'.
pub(super) fn merged_codes(
    paths: &Paths,
    name: &str,
    own: &TokenStream,
    lists: &[TokenStream],
) -> TokenStream {
    let private = &paths.private;
    let [codes, ints, strs, int_count, str_count] =
        ["", "_INTS", "_STRS", "_INT_COUNT", "_STR_COUNT"]
            .map(|part| format_ident!("__{name}{part}"));
    quote! {
        const #int_count: usize = #own.ints.len() #(+ #lists.ints.len())*;
        const #str_count: usize = #own.strs.len() #(+ #lists.strs.len())*;
        const #codes: #private::Codes = #private::Codes {
            ints: &#ints,
            strs: &#strs,
            absent: #own.absent #(|| #lists.absent)*,
        };
        const #ints: [i64; #int_count] = #private::merge_ints(&[#own.ints, #(#lists.ints),*]);
        const #strs: [(u64, &str); #str_count] =
            #private::merge_strs(&[#own.strs, #(#lists.strs),*]);
    }
}

/// `Glue::CODES`: the own codes, or with `#[code(transparent)]` variants
/// `__CODES`, which `codes_items` merges.
pub(super) fn codes(input: &Input, paths: &Paths) -> TokenStream {
    if transparents(input).is_empty() {
        codes_table(input, paths)
    } else {
        quote!(__CODES)
    }
}

/// The codes for `assert_disjoint_codes!`, in the order
/// `errcodes::__private_v0_1::Codes` states.
fn codes_table(input: &Input, paths: &Paths) -> TokenStream {
    let private = &paths.private;
    let mut ints = Vec::new();
    let mut strs = Vec::new();
    let mut absent = false;
    for v in &input.variants {
        match &v.code.code.value {
            CodeValue::Int(n) => ints.push(*n),
            CodeValue::Str(s) => strs.push((order_hash(s), s.as_str())),
            CodeValue::None => absent |= v.transparent().is_none(),
        }
    }
    ints.sort_unstable();
    ints.dedup();
    strs.sort_unstable();
    strs.dedup();
    let ints = ints.into_iter().map(Literal::i64_unsuffixed);
    let strs = strs.into_iter().map(|(hash, s)| {
        let hash = Literal::u64_unsuffixed(hash);
        quote!((#hash, #s))
    });
    quote!(#private::Codes { ints: &[#(#ints),*], strs: &[#(#strs),*], absent: #absent })
}

/// The hash that orders `Codes::strs`. Any hash will do, as every `Codes`
/// of a build is written by this derive: std's (with fixed keys, the same
/// in every run) rather than a copy of the runtime's FNV-1a, the hash of
/// its catalogue index. Hashing in a `const` instead was measured: 0.8 s
/// more per rebuild of a 1000-code enum, for 4 tokens less per string code.
pub(super) fn order_hash(code: &str) -> u64 {
    use std::hash::{DefaultHasher, Hash, Hasher};
    let mut hasher = DefaultHasher::new();
    code.hash(&mut hasher);
    hasher.finish()
}
