//! The catalogue's entries (`__private/entry.rs`).

use proc_macro2::{Literal, TokenStream};
use quote::{quote, quote_spanned};

use super::compose::transparents;
use super::option::{docs_option, str_option};
use super::paths::Paths;
use super::pattern::{delegating_arm, pattern};
use crate::ast::{option_inner, Field, Input, Part, Variant};
use crate::attr::CodeValue;

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

/// `static __ENTRIES`, the type's own entries (a transparent variant has
/// none), and the short names they are written with.
pub(super) fn entries_static(input: &Input, paths: &Paths) -> TokenStream {
    let Paths {
        private, format, ..
    } = paths;
    let own: Vec<_> = input
        .variants
        .iter()
        .filter(|v| v.transparent().is_none())
        .collect();
    let count = own.len();
    let (schemas, keys) = schemas_const(input, &own, private);
    let entries = own.iter().map(|v| entry(input, paths, v, &keys));
    let category = str_option(input.category().as_deref());
    // Short local names for what every entry names: the generated code is
    // mostly entries, and each token of an entry is paid per variant.
    let kinds = |kind: fn(&CodeValue) -> bool| own.iter().any(|v| kind(&v.code.code.value));
    let aliases = [
        (
            kinds(|c| matches!(c, CodeValue::Int(_))),
            quote!(int_entry as __ErrcodeInt),
        ),
        (
            kinds(|c| matches!(c, CodeValue::Str(_))),
            quote!(str_entry as __ErrcodeStr),
        ),
        (
            kinds(|c| matches!(c, CodeValue::None)),
            quote!(none_entry as __ErrcodeNone),
        ),
        (
            own.iter().any(|v| segments(v).is_some()),
            quote!(Segment as __ErrcodeSegment),
        ),
    ];
    let aliases = aliases
        .iter()
        .filter(|(used, _)| *used)
        .map(|(_, alias)| alias);
    quote! {
        use __errcode_private::{#(#aliases),*};
        #schemas
        static __ENTRIES: [#private::Entry; #count] = #private::entries(
            [#(#entries),*],
            #category,
            <#format as #private::Format>::DEFAULT_STATUS,
        );
    }
}

/// `ApiError::info`: the variant's entry, or the wrapped value's for a
/// transparent variant.
pub(super) fn info_fn(input: &Input, paths: &Paths) -> TokenStream {
    let private = &paths.private;
    let transparents = transparents(input);
    let info_arms = input.variants.iter().zip(slots(input)).map(|(v, slot)| {
        if let Some(arm) = delegating_arm(input, v, quote!(info(__field0))) {
            return arm;
        }
        let Some(i) = slot else {
            return TokenStream::new();
        };
        let pattern = pattern(input, v, quote!(..));
        let i = Literal::usize_unsuffixed(i);
        if transparents.is_empty() {
            quote!(#pattern => #i,)
        } else {
            quote!(#pattern => &__ENTRIES[#i],)
        }
    });
    // An enum without variants has no value to index with.
    let body = if input.variants.is_empty() {
        quote!(match *self {})
    } else if transparents.is_empty() {
        quote!(&__ENTRIES[match self { #(#info_arms)* }])
    } else {
        quote!(match self { #(#info_arms)* })
    };
    quote! {
        #[inline]
        fn info(&self) -> &'static #private::Entry {
            #body
        }
    }
}

/// `__ErrcodeInt(34305, "WrongPassword", "msg", 401)` and a builder call
/// for each fact that differs from the default (`errcodes::__private_v0_1`
/// states them); the status is the one `Input::status_of` gives (`0`:
/// none), the enum-wide category is applied by `entries`.
fn entry(input: &Input, paths: &Paths, variant: &Variant, schemas: &[String]) -> TokenStream {
    let code = &variant.code;
    let variant_name = variant.name();
    let template = variant.template();
    let status = Literal::u16_unsuffixed(input.status_of(code).unwrap_or(0));
    let mut tokens = match &code.code.value {
        CodeValue::None => quote!(__ErrcodeNone(#variant_name, #template, #status)),
        CodeValue::Int(n) => {
            let lit = Literal::i64_unsuffixed(*n);
            quote!(__ErrcodeInt(#lit, #variant_name, #template, #status))
        }
        CodeValue::Str(s) => quote!(__ErrcodeStr(#s, #variant_name, #template, #status)),
    };
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
    if let Some(reason) = code.untested() {
        tokens.extend(quote!(.untested(#reason)));
    }
    if let Some(grpc) = code.grpc() {
        let grpc = Literal::i32_unsuffixed(grpc);
        tokens.extend(quote!(.grpc(#grpc)));
    }
    tokens.extend(super::retry::declared_classes(code));
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
    tokens.extend(super::history::entry_history(input, paths, code));
    let ancestors = input.ancestors(code);
    if !ancestors.is_empty() {
        let ancestors = ancestors
            .into_iter()
            .map(|c| super::option::code_tokens(paths, c));
        tokens.extend(quote!(.under(&[#(#ancestors),*])));
    }
    let body_fields = body_fields(input, paths, variant, schemas);
    if !body_fields.is_empty() {
        tokens.extend(quote!(.body(&[#(#body_fields),*])));
    }
    if let Some(url) = input.docs_url_of(code) {
        tokens.extend(quote!(.docs(#url)));
    }
    let headers = headers(input, paths, variant);
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

/// The `#[body]` fields of `variant`, each a `body_field(...)` call.
fn body_fields(
    input: &Input,
    paths: &Paths,
    variant: &Variant,
    schemas: &[String],
) -> Vec<TokenStream> {
    let private = &paths.private;
    variant
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
                quote!(::core::option::Option::Some(|| #json(#value)))
            });
            let example = example.unwrap_or_else(|| quote!(::core::option::Option::None));
            let doc = docs_option(f.attrs.docs.as_ref());
            let schema = schema_fn(input, f, schemas, private);
            let field = quote!(#private::body_field(#member, #field, #ty, #example, #doc, #schema));
            let field = super::retry::with_retry_after(f, field, private);
            Some(super::history::since(
                paths,
                "body_since",
                field,
                f.attrs.since.as_ref(),
            ))
        })
        .collect()
}

/// The headers `variant`'s responses send: its fixed ones, the help link
/// and the code header, and its `#[header]` fields.
fn headers(input: &Input, paths: &Paths, variant: &Variant) -> Vec<TokenStream> {
    let code = &variant.code;
    let private = &paths.private;
    let help_link = input
        .help_link_of(variant)
        .map(|link| quote!(#private::fixed_header("Link", #link)));
    let code_header = input
        .code_header_of(variant)
        .map(|(name, code)| quote!(#private::fixed_header(#name, #code)));
    code.headers()
        .iter()
        .map(|(name, value)| {
            let (name, value) = (name.value(), value.value());
            quote!(#private::fixed_header(#name, #value))
        })
        .chain(help_link)
        .chain(code_header)
        .chain(variant.fields.iter().filter_map(|f| {
            let header = f.attrs.header.as_ref()?;
            let name = header.name.value();
            let field = f.display_name();
            let ty = crate::symbol::type_text(f.ty);
            let optional = option_inner(f.ty).is_some();
            let with = header.with.as_ref().map(crate::symbol::type_text);
            let with = str_option(with.as_deref());
            let field = quote!(#private::header_field(#name, #field, #ty, #optional, #with));
            Some(super::history::since(
                paths,
                "header_since",
                field,
                header.since.as_ref(),
            ))
        }))
        .collect()
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

/// The type whose declared schema a `#[body]` field's member has (what
/// its `Some` holds, for an `Option`), as the catalogue's `static` names it;
/// `None` for a type that names a parameter of the enum, which a `static`
/// cannot name.
fn schema_type(input: &Input, field: &Field) -> Option<TokenStream> {
    let params = crate::bound::unnameable_in_static(input.generics);
    if crate::bound::mentioned(field.ty, &params).is_some() {
        return None;
    }
    let target = option_inner(field.ty).unwrap_or(field.ty);
    Some(crate::bound::with_static_lifetimes(target, input.generics))
}

/// `const __ERRCODE_SCHEMAS`: one function per distinct type of the
/// `#[body]` fields (see `SchemaOf` in `__private/entry.rs`), so that a type
/// many fields share is resolved and compiled once; and the types, in its
/// order, for [`entry`] to find each field's.
fn schemas_const(
    input: &Input,
    own: &[&Variant],
    private: &TokenStream,
) -> (TokenStream, Vec<String>) {
    let mut keys = Vec::new();
    let mut fns = Vec::new();
    let fields = own.iter().flat_map(|v| &v.fields);
    for target in fields
        .filter(|f| f.body_member().is_some())
        .filter_map(|f| schema_type(input, f))
    {
        let key = target.to_string();
        if keys.contains(&key) {
            continue;
        }
        keys.push(key);
        fns.push(quote!(|| {
            use #private::{NoSchema as _, ViaSchemars as _, ViaUtoipa as _};
            (&&&#private::SchemaOf::<#target>::new()).declared()
        }));
    }
    if fns.is_empty() {
        return (TokenStream::new(), keys);
    }
    let count = fns.len();
    let tokens = quote! {
        const __ERRCODE_SCHEMAS: [fn() -> ::core::option::Option<#private::Value>; #count] = [#(#fns),*];
    };
    (tokens, keys)
}

/// A `#[body]` field's entry in `__ERRCODE_SCHEMAS`, or the function that
/// has none for a field whose type names a parameter.
fn schema_fn(input: &Input, field: &Field, keys: &[String], private: &TokenStream) -> TokenStream {
    let position = schema_type(input, field)
        .and_then(|target| keys.iter().position(|k| *k == target.to_string()));
    match position {
        Some(i) => {
            let i = Literal::usize_unsuffixed(i);
            quote!(__ERRCODE_SCHEMAS[#i])
        }
        None => quote!(#private::no_schema),
    }
}
