//! Compile-time checks of the input against the runtime (`__private/checks.rs`):
//! reserved members, refused codes, errors shown in messages.

use proc_macro2::{Span, TokenStream};
use quote::{quote, quote_spanned};
use syn::spanned::Spanned as _;
use syn::{Ident, Type};

use super::compose::{transparents, wrapped};
use super::paths::Paths;
use crate::ast::{Field, Input, Part, Variant};
use crate::attr::CodeValue;

/// A `#[body]` member the format writes itself would appear twice in a body;
/// only the format knows its members (it may be the user's own), so the check
/// is a constant evaluated against it, its panic spanned at the member's name.
/// The compile-time checks against the format.
pub(super) fn checks(input: &Input, paths: &Paths) -> TokenStream {
    let reserved = reserved_member_checks(input, paths);
    let accepted = accepted_code_checks(input, paths);
    quote!(#(#reserved)* #(#accepted)*)
}

fn reserved_member_checks(input: &Input, paths: &Paths) -> Vec<TokenStream> {
    let Paths {
        private, format, ..
    } = paths;
    input
        .variants
        .iter()
        .flat_map(|v| &v.fields)
        .filter_map(Field::body_member)
        .map(|(member, span)| {
            quote_spanned! {span=>
                const _: () = if let ::core::option::Option::Some(__message) =
                    #private::reserved_member::<#format>(#member)
                {
                    ::core::panic!("{}", __message.as_str());
                };
            }
        })
        .collect()
}

/// A format may refuse a kind of code (Matrix's `errcode` is a required
/// string): one constant for the enum's kind, its panic spanned at the
/// `format = ...` type, one for each `_`, spanned at it, and one for each
/// `#[code(transparent)]` variant's wrapped type, whose bodies the format
/// writes too, spanned at the type. Without
/// `format = ...` the default format takes every code, so nothing is emitted.
fn accepted_code_checks(input: &Input, paths: &Paths) -> Vec<TokenStream> {
    let Some(format_type) = input.format() else {
        return Vec::new();
    };
    let Paths {
        private, format, ..
    } = paths;
    let check = |span: Span, code: TokenStream| {
        quote_spanned! {span=>
            const _: () = if let ::core::option::Option::Some(__message) =
                #private::refused_code::<#format>(#code)
            {
                ::core::panic!("{}", __message);
            };
        }
    };
    let kind = input.variants.iter().find_map(|v| match v.code.code.value {
        CodeValue::Int(_) => Some(quote!(#private::Code::Int(0))),
        CodeValue::Str(_) => Some(quote!(#private::Code::Str(""))),
        CodeValue::None => None,
    });
    // A transparent variant has no code of its own: its entries are the
    // wrapped type's, whose codes this format must take, as it writes
    // their bodies too (checked at the wrapped type).
    let absent = input
        .variants
        .iter()
        .filter(|v| v.transparent().is_none() && matches!(v.code.code.value, CodeValue::None))
        .map(|v| check(v.code.code.span, quote!(#private::Code::None)));
    let wrapped_codes = transparents(input).into_iter().map(|(_, field)| {
        let span = Span::call_site().located_at(field.ty.span());
        let wrapped = wrapped(field.ty);
        quote_spanned! {span=>
            const _: () = if let ::core::option::Option::Some(__message) =
                #private::refused_wrapped_codes::<#format>(#wrapped::CODES, __CODES)
            {
                ::core::panic!("{}", __message);
            };
        }
    });
    // The type's name (`Matrix` of `errcodes::format::Matrix`): a span
    // covers one token on stable, and the last one names the format.
    let format_span = match format_type {
        Type::Path(path) => path
            .path
            .segments
            .last()
            .map_or_else(|| format_type.span(), |s| s.ident.span()),
        _ => format_type.span(),
    };
    kind.map(|code| check(format_span, code))
        .into_iter()
        .chain(absent)
        .chain(wrapped_codes)
        .collect()
}

/// Where bodies show the rendered message, a compile error for each
/// placeholder whose field is an error (or points to one) without being the
/// source: its text would reach the client, as a source's never does. At the
/// field's type; see `__private/checks.rs` in the runtime.
pub(super) fn exposed_field_checks(input: &Input, variant: &Variant) -> Vec<TokenStream> {
    if !variant.exposes_message(input) {
        return Vec::new();
    }
    let mut checked: Vec<usize> = Vec::new();
    for part in &variant.message {
        if let Part::Field { field, .. } = part {
            if !checked.contains(field) {
                checked.push(*field);
            }
        }
    }
    checked
        .into_iter()
        .map(|i| {
            let ty = variant.fields[i].ty;
            let span = Span::call_site().located_at(ty.span());
            let mut binding = Field::binding(i);
            binding.set_span(span);
            let private = Ident::new("__errcode_private", span);
            quote_spanned! {span=>
                let _ = {
                    use #private::{ShownItems as _, ShownItemsViaDeref as _, ShownPlain as _, ShownViaDeref as _, ShownViaDerefTwice as _};
                    #private::Shown::<#ty>(#binding).in_message()
                };
            }
        })
        .collect()
}
