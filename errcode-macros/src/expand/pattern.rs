//! Patterns matching a variant and expressions building one.

use proc_macro2::TokenStream;
use quote::quote;

use super::compose::wrapped;
use crate::ast::{Field, Input, Style, Variant};

/// `Self::Variant { field: __field0, .. }`, or `Self { .. }` for a struct;
/// `Self::Variant` for a unit variant.
pub(super) fn pattern(input: &Input, variant: &Variant, bindings: TokenStream) -> TokenStream {
    let path = path(input, variant);
    if variant.style == Style::Unit {
        path
    } else {
        quote!(#path { #bindings })
    }
}

pub(super) fn path(input: &Input, variant: &Variant) -> TokenStream {
    if input.is_struct {
        quote!(Self)
    } else {
        let ident = variant.ident;
        quote!(Self::#ident)
    }
}

pub(super) fn bind(field: &Field, index: usize) -> TokenStream {
    let member = &field.member;
    let binding = Field::binding(index);
    quote!(#member: #binding,)
}

/// `Self::Variant { 0: __field0, }`: the one field of a transparent variant.
pub(super) fn transparent_pattern(input: &Input, variant: &Variant) -> TokenStream {
    let field = bind(&variant.fields[0], 0);
    pattern(input, variant, field)
}

/// An expression building `variant` from one expression per field.
pub(super) fn construct(input: &Input, variant: &Variant, values: &[TokenStream]) -> TokenStream {
    let path = path(input, variant);
    match variant.style {
        Style::Unit => path,
        Style::Tuple | Style::Named => {
            let fields = variant.fields.iter().zip(values).map(|(f, v)| {
                let member = &f.member;
                quote!(#member: #v)
            });
            quote!(#path { #(#fields),* })
        }
    }
}

/// `Self::Variant { 0: __field0, } => <Type as Wrapped>::call,`: the arm of
/// a transparent variant, which hands `call` to the type it wraps; `None`
/// for another variant.
pub(super) fn delegating_arm(
    input: &Input,
    variant: &Variant,
    call: TokenStream,
) -> Option<TokenStream> {
    let field = variant.transparent()?;
    let pattern = transparent_pattern(input, variant);
    let wrapped = wrapped(field.ty);
    Some(quote!(#pattern => #wrapped::#call,))
}

/// The fields `pick` finds something in, with their index and what it found.
pub(super) fn fields_with<'v, 'a, T>(
    variant: &'v Variant<'a>,
    pick: impl Fn(&'v Field<'a>) -> Option<T>,
) -> Vec<(usize, &'v Field<'a>, T)> {
    variant
        .fields
        .iter()
        .enumerate()
        .filter_map(|(i, f)| Some((i, f, pick(f)?)))
        .collect()
}

/// Arms per function body on a large enum (decoding, formatting `Display`
/// arms): rustc's type and borrow checking of one body grow faster than
/// linearly with its size, so many arms go into several bodies. Nesting
/// `match`es within one body was measured to gain nothing.
pub(super) const CHUNK: usize = 256;
