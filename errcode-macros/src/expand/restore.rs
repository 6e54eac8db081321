//! `Glue::restore`: rebuilding a variant from a decoded body (`__private/restore.rs`).

use proc_macro2::{Literal, Span, TokenStream};
use quote::{quote, quote_spanned, ToTokens};
use syn::spanned::Spanned as _;
use syn::{Ident, Type};

use super::compose::{some_transparents, wrapped};
use super::entry::slots;
use super::from_code::found_by_code;
use super::paths::Paths;
use super::pattern::construct;
use super::pattern::CHUNK;
use crate::ast::{is_std_unsized, option_inner, Field, Input};

/// `match scrutinee { key => value, .., _ => return miss }`.
fn option_match(
    scrutinee: &TokenStream,
    arms: &[(i128, TokenStream)],
    miss: &TokenStream,
) -> TokenStream {
    let arms = arms.iter().map(|(key, value)| {
        let key = Literal::i128_unsuffixed(*key);
        quote!(#key => #value,)
    });
    quote!(match #scrutinee { #(#arms)* _ => return #miss, })
}

/// `Glue::restore`, and the items it calls on a large enum.
pub(super) fn restore_fn(
    input: &Input,
    paths: &Paths,
    api_where: &TokenStream,
) -> (TokenStream, TokenStream) {
    let sized = crate::bound::sized(input.generics);
    let private = &paths.private;
    // A variant `from_code` finds has no arm: the runtime's `unit_by_code`
    // finds it by its entry's code (decoding pays a `match`, the generated
    // code six tokens less per field-less variant).
    let miss = if input.variants.iter().any(found_by_code) {
        quote!(#private::unit_by_code(&__ENTRIES, __index))
    } else {
        quote!(::core::option::Option::None)
    };
    let arms = restore_arms(input, paths);
    let signature = quote! {
        fn restore(
            __index: usize,
            __source: &dyn #private::Restore,
        ) -> ::core::option::Option<Self>
    };
    let chunk_body = |arms: &[(i128, TokenStream)]| {
        let arms = option_match(&quote!(__index), arms, &miss);
        quote! {
            use #private::{NoFromStr as _, NoRemote as _, ViaFromStr as _, ViaRemote as _};
            let _ = __source;
            ::core::option::Option::Some(#arms)
        }
    };
    let mut items = TokenStream::new();
    let body = if arms.is_empty() {
        quote! {
            let _ = (__index, __source);
            #miss
        }
    } else if arms.len() <= CHUNK {
        chunk_body(&arms)
    } else {
        // Each chunk of arms in a function of its own: borrow checking one
        // body grows faster than linearly with its size, and decoding arms
        // for variants with fields are the largest the derive emits.
        let ident = input.ident;
        let (impl_generics, ty_generics, _) = input.generics.split_for_impl();
        let mut arms = arms;
        arms.sort_unstable_by_key(|(key, _)| *key);
        let mut dispatch = Vec::new();
        for (k, chunk) in arms.chunks(CHUNK).enumerate() {
            let body = chunk_body(chunk);
            items.extend(quote! {
                #[automatically_derived]
                impl #impl_generics __ErrcodeRestore<#k> for #ident #ty_generics #api_where {
                    #signature {
                        #body
                    }
                }
            });
            let (first, last) = (
                Literal::i128_unsuffixed(chunk[0].0),
                Literal::i128_unsuffixed(chunk[chunk.len() - 1].0),
            );
            dispatch.push(quote! {
                #first..=#last => <Self as __ErrcodeRestore<#k>>::restore(__index, __source),
            });
        }
        items = quote! {
            trait __ErrcodeRestore<const K: usize>: ::core::marker::Sized {
                #signature;
            }
            #items
        };
        quote! {
            match __index {
                #(#dispatch)*
                _ => #miss,
            }
        }
    };
    // Inline: compiled where decoding is used (with `from_code`, which
    // `unit_by_code` calls), not in every crate that defines an error type.
    let restore = quote! {
        #[inline]
        #signature
        where
            #sized
        {
            #body
        }
    };
    (restore, items)
}

/// `(index, value)` for each own entry a decoded body can rebuild but
/// `from_code` does not find.
fn restore_arms(input: &Input, paths: &Paths) -> Vec<(i128, TokenStream)> {
    let private = &paths.private;
    // One `match` over all fields' `Option`s per variant, rather than a `?`
    // per field: each `?` costs the compiler a trait selection, and this
    // function has an arm for every variant with fields.
    input
        .variants
        .iter()
        .zip(slots(input))
        .filter_map(|(v, slot)| {
            let i = slot.filter(|_| !found_by_code(v))?;
            let restores: Option<Vec<TokenStream>> =
                v.fields.iter().map(|f| restore_field(f, private)).collect();
            let restores = restores?;
            let bindings: Vec<Ident> = (0..restores.len()).map(Field::binding).collect();
            let value = construct(
                input,
                v,
                &bindings
                    .iter()
                    .map(ToTokens::to_token_stream)
                    .collect::<Vec<_>>(),
            );
            let key = i128::try_from(i).ok()?;
            Some(if restores.is_empty() {
                (key, value)
            } else {
                (
                    key,
                    quote! {
                        match (#(#restores,)*) {
                            (#(::core::option::Option::Some(#bindings),)*) => #value,
                            _ => return ::core::option::Option::None,
                        }
                    },
                )
            })
        })
        .collect()
}

/// A transparent variant from a decoded body of an entry of the catalogue
/// its field's type includes.
pub(super) fn restore_included_fn(input: &Input, paths: &Paths) -> TokenStream {
    let Some(transparents) = some_transparents(input) else {
        return TokenStream::new();
    };
    let private = &paths.private;
    let sized = crate::bound::sized(input.generics);
    let tries = transparents.iter().map(|(v, f)| {
        let wrapped = wrapped(f.ty);
        let value = construct(input, v, &[quote!(__inner)]);
        quote! {
            match #wrapped::restore(__entry, __source) {
                ::core::result::Result::Ok(::core::option::Option::Some(__inner)) => {
                    return ::core::option::Option::Some(#value);
                }
                ::core::result::Result::Ok(::core::option::Option::None) => {
                    return ::core::option::Option::None;
                }
                ::core::result::Result::Err(()) => {}
            }
        }
    });
    quote! {
        fn restore_included(
            __entry: &'static #private::Entry,
            __source: &dyn #private::Restore,
        ) -> ::core::option::Option<Self>
        where
            #sized
        {
            #(#tries)*
            ::core::option::Option::None
        }
    }
}

/// How a decoder rebuilds one field: a `#[body]` field from its member, a
/// source from what the server reported, a field shown as a plain
/// placeholder from the text it matched.
pub(super) fn restore_field(field: &Field, private: &TokenStream) -> Option<TokenStream> {
    let ty: &Type = field.ty;
    if field.is_source() {
        // The source's text never reached the body: an optional one was
        // absent as far as the client can tell; a required one is what the
        // server reported, where its type can be built from that.
        if option_inner(ty).is_some() {
            return Some(quote!(::core::option::Option::Some(
                ::core::option::Option::None
            )));
        }
        if matches!(ty, Type::Reference(_)) || is_std_unsized(ty) {
            return None;
        }
        return Some(quote!((&&#private::Restorer::<#ty>::new()).restore_source(__source)));
    }
    if let Some((member, _)) = field.body_member() {
        // Spanned at the type: a type that is not `Deserialize` is reported
        // there. A borrowed or unsized one never gets here: validation asks
        // for `encode_only` on it.
        if field.attrs.encode_only.is_some() {
            return None;
        }
        let Some(default) = &field.attrs.default else {
            let body_of = quote_spanned!(ty.span()=> #private::body_of::<#ty>);
            return Some(quote!(#body_of(__source.member(#member))));
        };
        // Called where the member is absent, spanned at `default` (or the
        // path): a type without `Default`, or a function of another type, is
        // reported there, once.
        let make = match &default.value {
            Some(path) => quote!(#private::default_from::<#ty>(#path)),
            None => respanned(quote!(#private::default_body::<#ty>()), default.span),
        };
        let present = quote_spanned!(ty.span()=> #private::present_body::<#ty>);
        return Some(quote!(match #present(__source.member(#member)) {
            ::core::option::Option::Some(__decoded) => __decoded,
            ::core::option::Option::None => ::core::option::Option::Some(#make),
        }));
    }
    // A borrowed field cannot be rebuilt from a body the value would outlive;
    // and its `FromStr` impls hold only for some lifetimes, which the
    // `Restorer` dispatch cannot see, so it would pick a path that fails to
    // compile.
    if borrows(ty.to_token_stream()) || is_std_unsized(ty) {
        return None;
    }
    let placeholder = field.restored_from.as_ref()?;
    // For types known to parse, a direct call; for the rest, method
    // resolution picks a path by whether the type can (costlier to compile,
    // and it is compiled for every variant with fields).
    Some(if is_std_scalar(ty) {
        quote!(#private::text_of::<#ty>(__source.placeholder(#placeholder)))
    } else {
        quote!((&&#private::Restorer::<#ty>::new()).restore_text(__source.placeholder(#placeholder)))
    })
}

/// `tokens` with every token at `span`: for a call whose every error
/// belongs at one token of the user's.
pub(super) fn respanned(tokens: TokenStream, span: Span) -> TokenStream {
    tokens
        .into_iter()
        .map(|mut token| {
            if let proc_macro2::TokenTree::Group(group) = &token {
                let mut inner =
                    proc_macro2::Group::new(group.delimiter(), respanned(group.stream(), span));
                inner.set_span(span);
                token = inner.into();
            }
            token.set_span(span);
            token
        })
        .collect()
}

/// A primitive number, `bool` or `char`: types that implement both `FromStr`
/// and `Deserialize`. (`String` is left out: a user type may take its name.)
pub(super) fn is_std_scalar(ty: &Type) -> bool {
    const SCALARS: &[&str] = &[
        "bool", "char", "u8", "u16", "u32", "u64", "u128", "usize", "i8", "i16", "i32", "i64",
        "i128", "isize", "f32", "f64",
    ];
    match ty {
        Type::Path(path) if path.qself.is_none() => path
            .path
            .get_ident()
            .is_some_and(|ident| SCALARS.iter().any(|s| ident == s)),
        _ => false,
    }
}

/// Whether a type mentions a reference or a lifetime.
pub(super) fn borrows(tokens: TokenStream) -> bool {
    tokens.into_iter().any(|tt| match tt {
        proc_macro2::TokenTree::Punct(p) => matches!(p.as_char(), '&' | '\''),
        proc_macro2::TokenTree::Group(g) => borrows(g.stream()),
        _ => false,
    })
}
