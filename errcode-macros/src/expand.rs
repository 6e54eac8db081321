//! Code generation for valid input. Emits the per-variant tables and thin
//! glue; everything else is ordinary code in errcode-core.

use proc_macro2::{Literal, Span, TokenStream};
use quote::{format_ident, quote, quote_spanned, ToTokens};
use syn::spanned::Spanned as _;
use syn::{Ident, Type};

use crate::ast::{is_std_unsized, option_inner, Field, Input, Part, Style, Variant};
use crate::attr::{CodeAttr, CodeValue};
use crate::bound::Bounds;
use crate::locales::Locales;

pub struct Paths {
    pub krate: TokenStream,
    pub private: TokenStream,
    pub format: TokenStream,
}

impl Paths {
    pub fn new(input: &Input) -> Self {
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
        catalogue = quote!(#private::with_languages(#catalogue, #lang, &__LANGUAGES));
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
            use __errcode_private::EntryBuilder as __ErrcodeEntry;
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

/// `#[api_error(axum)]`, `#[api_error(actix_web)]`: a call of the runtime's
/// macro for each, which is the impl with the feature and an error at the
/// key without it.
pub fn framework_impls(input: &Input) -> TokenStream {
    let ident = input.ident;
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    let predicates = where_clause.map(|w| &w.predicates);
    [
        (input.axum(), "axum_impl"),
        (input.actix_web(), "actix_web_impl"),
    ]
    .into_iter()
    .filter_map(|(key, name)| {
        let span = Span::call_site().located_at(key?);
        let private = Ident::new("__errcode_private", span);
        let name = Ident::new(name, span);
        Some(quote_spanned! {span=>
            #private::#name! { [#impl_generics] [#ident #ty_generics] [#predicates] }
        })
    })
    .collect()
}

/// A `#[body]` member the format writes itself would appear twice in a body;
/// only the format knows its members (it may be the user's own), so the check
/// is a constant evaluated against it, its panic spanned at the member's name.
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

/// `Self::Variant { field: __field0, .. }`, or `Self { .. }` for a struct;
/// `Self::Variant` for a unit variant.
fn pattern(input: &Input, variant: &Variant, bindings: TokenStream) -> TokenStream {
    let path = path(input, variant);
    if variant.style == Style::Unit {
        path
    } else {
        quote!(#path { #bindings })
    }
}

fn path(input: &Input, variant: &Variant) -> TokenStream {
    if input.is_struct {
        quote!(Self)
    } else {
        let ident = variant.ident;
        quote!(Self::#ident)
    }
}

fn bind(field: &Field, index: usize) -> TokenStream {
    let member = &field.member;
    let binding = Field::binding(index);
    quote!(#member: #binding,)
}

/// `Self::Variant { 0: __field0, }`: the one field of a transparent variant.
fn transparent_pattern(input: &Input, variant: &Variant) -> TokenStream {
    let field = bind(&variant.fields[0], 0);
    pattern(input, variant, field)
}

/// `<Type as Wrapped>`, through which a transparent variant reaches the
/// type it wraps, located at the type: see `Wrapped` in the runtime.
fn wrapped(ty: &Type) -> TokenStream {
    let span = Span::call_site().located_at(ty.span());
    quote_spanned!(span=> <#ty as __errcode_private::Wrapped>)
}

/// Each variant's position in the catalogue's own entries; `None` for a
/// `#[code(transparent)]` variant, which has none.
fn slots(input: &Input) -> Vec<Option<usize>> {
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

/// The `#[code(transparent)]` variants and their fields.
fn transparents<'i, 'a>(input: &'i Input<'a>) -> Vec<(&'i Variant<'a>, &'i Field<'a>)> {
    input
        .variants
        .iter()
        .filter_map(|v| Some((v, v.transparent()?)))
        .collect()
}

fn str_option(value: Option<&str>) -> TokenStream {
    match value {
        Some(s) => quote!(::core::option::Option::Some(#s)),
        None => quote!(::core::option::Option::None),
    }
}

fn docs_option(docs: Option<&crate::attr::Docs>) -> TokenStream {
    match docs {
        Some(docs) => {
            let expr = docs.to_expr();
            quote!(::core::option::Option::Some(#expr))
        }
        None => quote!(::core::option::Option::None),
    }
}

fn option(value: Option<u16>) -> TokenStream {
    match value {
        Some(v) => quote!(::core::option::Option::Some(#v)),
        None => quote!(::core::option::Option::None),
    }
}

/// `__ErrcodeEntry::int(34305, "WrongPassword", "msg")` and a builder call
/// for each fact that differs from the default (`errcodes::__private_v0_1`
/// states them); the enum-wide defaults are applied by `entries`.
fn entry(input: &Input, paths: &Paths, variant: &Variant, code: &CodeAttr) -> TokenStream {
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
                quote!(::core::option::Option::Some(|| #json(#value)))
            });
            let example = example.unwrap_or_else(|| quote!(::core::option::Option::None));
            let doc = docs_option(f.attrs.docs.as_ref());
            Some(quote!(#private::body_field(#member, #field, #ty, #example, #doc)))
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
            let with = header.with.as_ref().map(crate::symbol::type_text);
            let with = str_option(with.as_deref());
            Some(quote!(#private::header_field(#name, #field, #ty, #optional, #with)))
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
fn segments(variant: &Variant) -> Option<Vec<TokenStream>> {
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
    let included: Vec<_> = transparents(input)
        .iter()
        .map(|(_, f)| {
            let wrapped = wrapped(f.ty);
            quote!(#wrapped::CATALOGUE)
        })
        .collect();
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
        )
    }
}

/// How a placeholder passes its field to `write!`.
#[derive(Clone, Copy)]
enum Shown {
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

fn display_arm(
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

/// Where bodies show the rendered message, a compile error for each
/// placeholder whose field is an error (or points to one) without being the
/// source: its text would reach the client, as a source's never does. At the
/// field's type; see `__private/checks.rs` in the runtime.
fn exposed_field_checks(input: &Input, variant: &Variant) -> Vec<TokenStream> {
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

/// `Glue::fmt_arg`: each placeholder of each template, written as the
/// template writes it, for translations to show; the wrapped type's for a
/// transparent variant.
fn fmt_arg_fn(input: &Input, paths: &Paths, bounds: &mut Bounds) -> TokenStream {
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
fn write_parts(
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

fn source_fn(input: &Input, paths: &Paths, bounds: &mut Bounds) -> TokenStream {
    let private = &paths.private;
    let arms: Vec<_> = input
        .variants
        .iter()
        .filter_map(|v| {
            if let Some(field) = v.transparent() {
                bounds.push_raw(field.ty, quote!(::core::error::Error + 'static));
                let pattern = transparent_pattern(input, v);
                return Some(quote!(#pattern => ::core::error::Error::source(__field0),));
            }
            let i = v.source_field()?;
            let field = &v.fields[i];
            let ty = field.source_type();
            bounds.push_raw(ty, quote!(::core::error::Error + 'static));
            let pattern = pattern(input, v, {
                let b = bind(field, i);
                quote!(#b ..)
            });
            // Located at the field's type, so that a type that is no error
            // is reported there.
            let span = Span::call_site().located_at(ty.span());
            let mut binding = Field::binding(i);
            binding.set_span(binding.span().located_at(span));
            let some = option_inner(field.ty).is_some().then(|| quote_spanned!(span=> .as_ref()?));
            Some(quote_spanned!(span=> #pattern => ::core::option::Option::Some(#private::FieldSource(#binding #some).get()),))
        })
        .collect();
    if arms.is_empty() {
        return TokenStream::new();
    }
    let rest =
        (arms.len() < input.variants.len()).then(|| quote!(_ => ::core::option::Option::None,));
    quote! {
        fn source(&self) -> ::core::option::Option<&(dyn ::core::error::Error + 'static)> {
            use #private::{SourceRequired as _, SourceViaDeref as _};
            match self {
                #(#arms)*
                #rest
            }
        }
    }
}

fn body_fields_fn(input: &Input, paths: &Paths, bounds: &mut Bounds) -> TokenStream {
    let private = &paths.private;
    let serde = quote!(#private::serde);
    let map = crate::bound::fresh(input.generics, "__M");
    let sized = crate::bound::sized(input.generics);
    let arms: Vec<_> = input
        .variants
        .iter()
        .filter_map(|v| {
            if let Some(field) = v.transparent() {
                let pattern = transparent_pattern(input, v);
                let wrapped = wrapped(field.ty);
                return Some(quote!(#pattern => #wrapped::body_fields(__field0, __map)?,));
            }
            let fields: Vec<_> = v
                .fields
                .iter()
                .enumerate()
                .filter_map(|(i, f)| Some((i, f, f.body_member()?.0)))
                .collect();
            if fields.is_empty() {
                return None;
            }
            let binds = fields.iter().map(|(i, f, _)| bind(f, *i));
            let writes = fields.iter().map(|(i, f, member)| {
                bounds.push_raw(f.ty, quote!(#serde::Serialize));
                if f.attrs.encode_only.is_none() {
                    bounds.push_raw(f.ty, quote!(#serde::de::DeserializeOwned));
                }
                if f.attrs.default.as_ref().is_some_and(|d| d.value.is_none()) {
                    bounds.push_raw(f.ty, quote!(::core::default::Default));
                }
                let ty = f.ty;
                let binding = Field::binding(*i);
                let span = syn::spanned::Spanned::span(ty);
                let write = if let Some(inner) = option_inner(ty) {
                    quote_spanned!(span=> #private::optional_body_entry::<_, #inner>)
                } else {
                    quote_spanned!(span=> #private::body_entry::<_, #ty>)
                };
                quote!(#write(__map, #member, #binding)?;)
            });
            let pattern = pattern(input, v, quote!(#(#binds)* ..));
            Some(quote!(#pattern => { #(#writes)* }))
        })
        .collect();
    let body = if arms.is_empty() {
        quote!(let _ = (__error, __map);)
    } else {
        let rest = (arms.len() < input.variants.len()).then(|| quote!(_ => {}));
        quote!(match __error { #(#arms)* #rest })
    };
    quote! {
        fn body_fields<#map: #serde::ser::SerializeMap>(
            __error: &Self,
            __map: &mut #map,
        ) -> ::core::result::Result<(), #map::Error>
        where
            #sized
        {
            #body
            ::core::result::Result::Ok(())
        }
    }
}

/// `Glue::headers` for types with `#[header]` fields or transparent
/// variants (which write the wrapped error's); the others keep the default,
/// which writes none.
fn headers_fn(input: &Input, paths: &Paths, bounds: &mut Bounds) -> TokenStream {
    let private = &paths.private;
    let arms: Vec<_> = input
        .variants
        .iter()
        .filter_map(|v| {
            if let Some(field) = v.transparent() {
                let pattern = transparent_pattern(input, v);
                let wrapped = wrapped(field.ty);
                return Some(quote!(#pattern => #wrapped::headers(__field0, __headers),));
            }
            let fields: Vec<_> = v
                .fields
                .iter()
                .enumerate()
                .filter_map(|(i, f)| Some((i, f, f.attrs.header.as_ref()?)))
                .collect();
            if fields.is_empty() {
                return None;
            }
            let binds = fields.iter().map(|(i, f, _)| bind(f, *i));
            let writes = fields.iter().map(|(i, f, header)| {
                let binding = Field::binding(*i);
                let name = header.name.value();
                let inner = option_inner(f.ty);
                // The value shown, located where a mistake in it is the
                // user's: the `with` function's path, else the field's type.
                let at = match &header.with {
                    Some(with) => with.span(),
                    None => inner.unwrap_or(f.ty).span(),
                };
                let at = Span::call_site().located_at(at);
                let mut value = match inner {
                    Some(_) => format_ident!("__value"),
                    None => binding.clone(),
                };
                value.set_span(at);
                // At `at` too, so that rustc's span for the argument does not
                // reach back to the derive.
                let private = Ident::new("__errcode_private", at);
                let write = match &header.with {
                    Some(with) => quote_spanned! {at=>
                        #private::Headers::field(__headers, #name, #private::Shown(&#with(#value)).in_header())
                    },
                    None => {
                        let ty = inner.unwrap_or(f.ty);
                        bounds.push_raw(ty, quote!(::core::fmt::Display));
                        quote_spanned! {at=>
                            #private::Headers::field::<#ty>(__headers, #name, #private::Shown::<#ty>(#value).in_header())
                        }
                    }
                };
                if inner.is_some() {
                    quote!(if let ::core::option::Option::Some(__value) = #binding { #write; })
                } else {
                    quote!(#write;)
                }
            });
            let pattern = pattern(input, v, quote!(#(#binds)* ..));
            Some(quote!(#pattern => { #(#writes)* }))
        })
        .collect();
    if arms.is_empty() {
        return TokenStream::new();
    }
    let rest = (arms.len() < input.variants.len()).then(|| quote!(_ => {}));
    quote! {
        fn headers(__error: &Self, __headers: &mut #private::Headers<'_>) {
            use #private::{ShownItems as _, ShownItemsViaDeref as _, ShownPlain as _, ShownViaDeref as _, ShownViaDerefTwice as _};
            match __error { #(#arms)* #rest }
        }
    }
}

fn from_code_fn(input: &Input, paths: &Paths) -> TokenStream {
    let private = &paths.private;
    let a = crate::bound::fresh_lifetime(input.generics, "__a");
    let sized = crate::bound::sized(input.generics);
    let mut ints = Vec::new();
    let mut strs = Vec::new();
    for v in &input.variants {
        let code = &v.code;
        if !v.fields.is_empty() || code.shared().is_some() {
            continue;
        }
        let value = construct(input, v, &[]);
        match &code.code.value {
            CodeValue::Int(n) => {
                let lit = Literal::i64_unsuffixed(*n);
                ints.push(quote!(#lit => #value,));
            }
            CodeValue::Str(s) => strs.push(quote!(#s => #value,)),
            CodeValue::None => {}
        }
    }
    let transparents = transparents(input);
    // With transparent variants, an own code not found is no answer yet.
    let miss = if transparents.is_empty() {
        quote!(return ::core::option::Option::None)
    } else {
        quote!(break '__own ::core::option::Option::None)
    };
    // `Some(match .. { code => Self::V, _ => return None })`: one `Some`
    // per function rather than one per arm.
    let int_arm = (!ints.is_empty())
        .then(|| quote!(#private::CodeRef::Int(__n) => match __n { #(#ints)* _ => #miss },));
    let str_arm = (!strs.is_empty())
        .then(|| quote!(#private::CodeRef::Str(__s) => match __s { #(#strs)* _ => #miss },));
    let body = if !transparents.is_empty() {
        let own = (int_arm.is_some() || str_arm.is_some()).then(|| {
            quote! {
                let __own = '__own: {
                    ::core::option::Option::Some(match __code { #int_arm #str_arm _ => #miss })
                };
                if __own.is_some() {
                    return __own;
                }
            }
        });
        let tries = transparents.iter().map(|(v, f)| {
            let wrapped = wrapped(f.ty);
            let value = construct(input, v, &[quote!(__inner)]);
            quote! {
                if let ::core::option::Option::Some(__inner) = #wrapped::from_code(__code) {
                    return ::core::option::Option::Some(#value);
                }
            }
        });
        quote! {
            let __code = ::core::convert::Into::<#private::CodeRef<#a>>::into(__code);
            #own
            #(#tries)*
            ::core::option::Option::None
        }
    } else if int_arm.is_none() && str_arm.is_none() {
        quote! {
            let _ = __code;
            ::core::option::Option::None
        }
    } else {
        quote! {
            ::core::option::Option::Some(match ::core::convert::Into::<#private::CodeRef<#a>>::into(__code) {
                #int_arm
                #str_arm
                _ => return ::core::option::Option::None,
            })
        }
    };
    quote! {
        #[inline]
        fn from_code<#a>(
            __code: impl ::core::convert::Into<#private::CodeRef<#a>>,
        ) -> ::core::option::Option<Self>
        where
            #sized
        {
            #body
        }
    }
}

/// Arms per function body on a large enum (decoding, formatting `Display`
/// arms): rustc's type and borrow checking of one body grow faster than
/// linearly with its size, so many arms go into several bodies. Nesting
/// `match`es within one body was measured to gain nothing.
const CHUNK: usize = 256;

/// `match scrutinee { key => value, .., _ => return None }`.
fn option_match(scrutinee: &TokenStream, arms: &[(i128, TokenStream)]) -> TokenStream {
    let arms = arms.iter().map(|(key, value)| {
        let key = Literal::i128_unsuffixed(*key);
        quote!(#key => #value,)
    });
    quote!(match #scrutinee { #(#arms)* _ => return ::core::option::Option::None, })
}

/// An expression building `variant` from one expression per field.
fn construct(input: &Input, variant: &Variant, values: &[TokenStream]) -> TokenStream {
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

/// `Glue::restore`, and the items it calls on a large enum.
fn restore_fn(input: &Input, paths: &Paths, api_where: &TokenStream) -> (TokenStream, TokenStream) {
    let sized = crate::bound::sized(input.generics);
    let private = &paths.private;
    // One `match` over all fields' `Option`s per variant, rather than a `?`
    // per field: each `?` costs the compiler a trait selection, and this
    // function has an arm for every variant with fields.
    let arms: Vec<_> = input
        .variants
        .iter()
        .zip(slots(input))
        .filter_map(|(v, slot)| {
            let i = slot?;
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
        .collect();
    let signature = quote! {
        fn restore(
            __index: usize,
            __source: &dyn #private::Restore,
        ) -> ::core::option::Option<Self>
    };
    let chunk_body = |arms: &[(i128, TokenStream)]| {
        let arms = option_match(&quote!(__index), arms);
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
            ::core::option::Option::None
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
                _ => ::core::option::Option::None,
            }
        }
    };
    let restore = quote! {
        #signature
        where
            #sized
        {
            #body
        }
    };
    (restore, items)
}

/// A transparent variant from a decoded body of an entry of the catalogue
/// its field's type includes.
fn restore_included_fn(
    input: &Input,
    paths: &Paths,
    transparents: &[(&Variant, &Field)],
) -> TokenStream {
    if transparents.is_empty() {
        return TokenStream::new();
    }
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
fn restore_field(field: &Field, private: &TokenStream) -> Option<TokenStream> {
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
fn respanned(tokens: TokenStream, span: Span) -> TokenStream {
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
fn is_std_scalar(ty: &Type) -> bool {
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
fn borrows(tokens: TokenStream) -> bool {
    tokens.into_iter().any(|tt| match tt {
        proc_macro2::TokenTree::Punct(p) => matches!(p.as_char(), '&' | '\''),
        proc_macro2::TokenTree::Group(g) => borrows(g.stream()),
        _ => false,
    })
}

fn from_impls(input: &Input) -> TokenStream {
    let ident = input.ident;
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    input
        .variants
        .iter()
        .filter_map(|v| {
            let field = v.fields.iter().find(|f| f.attrs.from.is_some())?;
            // `#[from] Option<E>` converts from `E`.
            let ty = field.source_type();
            let source: Ident = format_ident!("__source");
            let value = if option_inner(field.ty).is_none() {
                source.to_token_stream()
            } else {
                quote!(::core::option::Option::Some(#source))
            };
            let value = construct(input, v, &[value]);
            Some(quote! {
                #[automatically_derived]
                impl #impl_generics ::core::convert::From<#ty> for #ident #ty_generics #where_clause {
                    fn from(#source: #ty) -> Self {
                        #value
                    }
                }
            })
        })
        .collect()
}

/// With `#[code(transparent)]` variants: the codes of the wrapped types
/// merged with the type's own (`__CODES`, what `Glue::CODES` then is), and
/// one check per pair of code spaces that they share no code, failing the
/// build at the wrapped type.
fn codes_items(input: &Input, paths: &Paths, transparents: &[(&Variant, &Field)]) -> TokenStream {
    if transparents.is_empty() {
        return TokenStream::new();
    }
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
    quote! {
        const __OWN_CODES: #private::Codes = #own;
        const __INT_COUNT: usize = __OWN_CODES.ints.len() #(+ #codes.ints.len())*;
        const __STR_COUNT: usize = __OWN_CODES.strs.len() #(+ #codes.strs.len())*;
        const __CODES: #private::Codes = #private::Codes {
            ints: &__INTS,
            strs: &__STRS,
            absent: __OWN_CODES.absent #(|| #codes.absent)*,
        };
        const __INTS: [i64; __INT_COUNT] =
            #private::merge_ints(&[__OWN_CODES.ints, #(#codes.ints),*]);
        const __STRS: [(u64, &str); __STR_COUNT] =
            #private::merge_strs(&[__OWN_CODES.strs, #(#codes.strs),*]);
        #(#checks)*
    }
}

/// The codes for `assert_disjoint_codes!`, in the order `errcodes::__private_v0_1::Codes` states.
fn codes_table(input: &Input, paths: &Paths) -> TokenStream {
    let private = &paths.private;
    let mut ints = Vec::new();
    let mut strs = Vec::new();
    let mut absent = false;
    for v in &input.variants {
        match &v.code.code.value {
            CodeValue::Int(n) => ints.push(*n),
            CodeValue::Str(s) => strs.push((fnv1a(s.as_bytes()), s.as_str())),
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

fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &b| {
        (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}
