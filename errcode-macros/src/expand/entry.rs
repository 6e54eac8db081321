//! The catalogue's entries (`__private/entry.rs`).

use proc_macro2::{Literal, TokenStream};
use quote::{quote, quote_spanned};

use super::Paths;
use crate::ast::{option_inner, Input, Part, Variant};
use crate::attr::{CodeAttr, CodeValue};

/// Each variant's position in the catalogue's own entries; `None` for a
/// `#[code(transparent)]` variant, which has none.
pub(super) fn slots(input: &Input) -> Vec<Option<usize>> {
    let mut next = 0;
    input
        .variants
        .iter()
        .map(|v| {
            v.transparent().is_none().then(|| {
                next += 1;
                next - 1
            })
        })
        .collect()
}

pub(super) fn option(value: Option<u16>) -> TokenStream {
    match value {
        Some(v) => quote!(::core::option::Option::Some(#v)),
        None => quote!(::core::option::Option::None),
    }
}

/// `__ErrcodeEntry::int(34305, "WrongPassword", "msg")` and a builder call
/// for each fact that differs from the default (`errcodes::__private_v0_1`
/// states them); the enum-wide defaults are applied by `entries`.
pub(super) fn entry(
    input: &Input,
    paths: &Paths,
    variant: &Variant,
    code: &CodeAttr,
) -> TokenStream {
    let private = &paths.private;
    let variant_name = variant.name();
    let template = variant.template();
    let mut tokens = match &code.code.value {
        CodeValue::None => quote!(__ErrcodeEntry::none(#variant_name, #template)),
        CodeValue::Int(n) => {
            let lit = Literal::i64_unsuffixed(*n);
            quote!(__ErrcodeEntry::int(#lit, #variant_name, #template))
        }
        CodeValue::Str(s) => quote!(__ErrcodeEntry::str(#s, #variant_name, #template)),
    };
    if let Some(status) = code.status() {
        let status = status.value;
        tokens.extend(quote!(.with_status(#status)));
    }
    let also = code.also_statuses();
    if !also.is_empty() {
        let also = also.iter().map(|s| Literal::u16_unsuffixed(s.value));
        tokens.extend(quote!(.also(&[#(#also),*])));
    }
    if let Some(name) = code.name() {
        tokens.extend(quote!(.named(#name)));
    }
    if let Some(title) = code.title() {
        tokens.extend(quote!(.titled(#title)));
    }
    if let Some(grpc) = code.grpc() {
        let grpc = Literal::i32_unsuffixed(grpc);
        tokens.extend(quote!(.grpc(#grpc)));
    }
    if let Some(segments) = segments(variant) {
        tokens.extend(quote!(.segmented(&[#(#segments),*])));
    }
    if let Some(category) = code.category() {
        tokens.extend(quote!(.in_category(#category)));
    }
    if let Some(docs) = &variant.docs {
        let docs = docs.to_expr();
        tokens.extend(quote!(.doc(#docs)));
    }
    let body_fields: Vec<_> = variant
        .fields
        .iter()
        .filter_map(|f| {
            let (member, _) = f.body_member()?;
            let field = f.display_name();
            let ty = crate::symbol::type_text(f.ty);
            let example = f.attrs.example.as_ref().map(|example| {
                // A value of the type the wire serializes: the field's, or
                // what its `Some` holds (`ExampleOf` lets `"text"` stand for
                // a `String`); a mismatch is reported at the value.
                let target = option_inner(f.ty).unwrap_or(f.ty);
                let target = crate::bound::with_static_lifetimes(target, input.generics);
                let value = &example.value;
                let span = syn::spanned::Spanned::span(value);
                let json = quote_spanned!(span=> #private::example_json::<#target, _>);
                quote!(.with_example(|| #json(#value)))
            });
            let doc = f.attrs.docs.as_ref().map(|docs| {
                let docs = docs.to_expr();
                quote!(.with_doc(#docs))
            });
            Some(quote!(#private::body_field(#member, #field, #ty) #example #doc))
        })
        .collect();
    if !body_fields.is_empty() {
        tokens.extend(quote!(.body(&[#(#body_fields),*])));
    }
    let headers: Vec<_> = code
        .headers()
        .iter()
        .map(|(name, value)| {
            let (name, value) = (name.value(), value.value());
            quote!(#private::fixed_header(#name, #value))
        })
        .chain(variant.fields.iter().filter_map(|f| {
            let header = f.attrs.header.as_ref()?;
            let name = header.name.value();
            let field = f.display_name();
            let ty = crate::symbol::type_text(f.ty);
            let optional = option_inner(f.ty).is_some();
            let with = header.with.as_ref().map(|with| {
                let path = crate::symbol::type_text(with);
                quote!(.converted(#path))
            });
            Some(quote!(#private::header_field(#name, #field, #ty, #optional) #with))
        }))
        .collect();
    if !headers.is_empty() {
        tokens.extend(quote!(.with_headers(&[#(#headers),*])));
    }
    if code.shared().is_some() {
        tokens.extend(quote!(.shared()));
    }
    if !variant.fields.is_empty() {
        tokens.extend(quote!(.with_fields()));
    }
    if !variant.exposes_message(input) {
        tokens.extend(quote!(.hidden()));
    }
    tokens
}

/// The template split into text and placeholders for the runtime, where it
/// is not its own text: it has placeholders, or `{{` and `}}` escapes.
pub(super) fn segments(variant: &Variant) -> Option<Vec<TokenStream>> {
    let template = variant.code.msg()?.value();
    if let [] | [Part::Text(_)] = variant.message.as_slice() {
        if variant.static_message().as_deref() == Some(template.as_str()) {
            return None;
        }
    }
    Some(
        variant
            .message
            .iter()
            .map(|part| match part {
                Part::Text(text) => quote!(__ErrcodeSegment::Text(#text)),
                Part::Field { name, spec, .. } if spec.is_empty() => {
                    quote!(__ErrcodeSegment::Placeholder(#name))
                }
                Part::Field { name, .. } => quote!(__ErrcodeSegment::Formatted(#name)),
            })
            .collect(),
    )
}
