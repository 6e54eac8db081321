//! Rules that span attributes or variants. Each function checks one rule and
//! says why it exists; all report into the same `Ctxt` so one build shows
//! every mistake.

mod history;
mod parent;
mod undeclared;

use std::collections::HashMap;

use quote::ToTokens as _;

use syn::LitStr;

use crate::ast::{is_std_unsized, option_inner, Input, Parsed, Part, Variant, Written};
use crate::attr::{CodeAttr, CodeValue};
use crate::ctxt::Ctxt;
use crate::prop::Exposure;

/// The input to expand: `parsed` once every variant has its code and every
/// rule holds. Rules about codes read the variants that have one; rules
/// about fields read every variant.
pub fn check<'a>(cx: &mut Ctxt, parsed: Parsed<'a>) -> Option<Input<'a>> {
    let input = &parsed.input;
    one_code_kind(cx, input);
    codes_in_range(cx, input);
    codes_in_category_ranges(cx, input);
    duplicate_codes(cx, input);
    history::retired_codes_unused(cx, input);
    history::replacements_exist(cx, input);
    history::deprecated_after_since(cx, input);
    history::releases_in_order(cx, input);
    parent::parents_exist(cx, input);
    parent::shared_codes_share_parent(cx, input);
    parent::parents_end(cx, input);
    expose_only_on_5xx(cx, input);
    also_status_differs(cx, input);
    code_header_is_a_name(cx, input);
    code_header_set_by_no_entry(cx, input);
    undeclared::names_a_fieldless_variant(cx, input);
    for variant in parsed.variants() {
        match variant {
            Written::Coded(variant) => {
                transparent_wraps_one_field(cx, variant);
                field_rules(cx, input, variant, variant.code.headers());
            }
            Written::Codeless(variant) => field_rules(cx, input, variant, &[]),
        }
    }
    one_from_per_type(cx, &parsed);
    transparent_names_no_parameter(cx, input);
    shown_types_name_no_parameter(cx, input);
    if cx.has_errors() {
        return None;
    }
    parsed.complete()
}

/// The rules about one variant's fields, which hold with a code or without.
fn field_rules<C>(
    cx: &mut Ctxt,
    input: &Input,
    variant: &Variant<'_, C>,
    fixed_headers: &[(LitStr, LitStr)],
) {
    from_stands_alone(cx, variant);
    one_source(cx, variant);
    body_members_unique(cx, variant);
    one_retry_member(cx, variant);
    borrowed_body_fields_encode_only(cx, variant);
    body_defaults_decode(cx, variant);
    headers_unique(cx, variant, fixed_headers);
    examples_typed(cx, input, variant);
}

/// A client parses codes as either numbers or strings; an enum mixing both
/// would document a body whose `code` member has no single type.
fn one_code_kind(cx: &mut Ctxt, input: &Input) {
    let mut first: Option<(&CodeValue, &syn::Ident)> = None;
    for variant in &input.variants {
        let code = &variant.code;
        if matches!(code.code.value, CodeValue::None) {
            continue;
        }
        match first {
            None => first = Some((&code.code.value, variant.ident)),
            Some((kind, owner)) => {
                if std::mem::discriminant(kind) != std::mem::discriminant(&code.code.value) {
                    let (this, that) = match kind {
                        CodeValue::Int(_) => ("a string", "integer"),
                        _ => ("an integer", "string"),
                    };
                    cx.error_at(
                        code.code.span,
                        format!("integer and string codes mixed: this code is {this}, but `{owner}` and the codes before it use {that} codes; one enum uses one kind"),
                    );
                }
            }
        }
    }
}

/// `range` documents the block of codes a service owns; a code outside it is
/// almost always a typo in a digit.
fn codes_in_range(cx: &mut Ctxt, input: &Input) {
    let Some(range) = input.range() else {
        return;
    };
    let (low, high) = range.value;
    for variant in &input.variants {
        let code = &variant.code;
        match code.code.value {
            CodeValue::Int(n) if n < low || n > high => cx.error_at(
                code.code.span,
                format!("code {n} is outside the enum's range {low}..={high}"),
            ),
            CodeValue::Str(_) => {
                cx.error_at(
                    range.span,
                    "`range` applies to integer codes, but this enum uses string codes",
                );
                return;
            }
            _ => {}
        }
    }
}

/// `ranges` documents which block of codes each docs section owns (Fresns:
/// 31xxx are the Headers errors); a code filed under the wrong section, or
/// outside its section's block, is a typo in a digit or in the category.
fn codes_in_category_ranges(cx: &mut Ctxt, input: &Input) {
    let ranges = input.ranges();
    let within = |category: &str, ancestor: &str| {
        category == ancestor
            || category
                .strip_prefix(ancestor)
                .is_some_and(|rest| rest.starts_with('/'))
    };
    for (i, range) in ranges.iter().enumerate() {
        let (name, first, last) = (range.category.value(), range.first, range.last);
        // A sub-category's block may sit inside its category's; other blocks may not meet.
        let clash = ranges[..i].iter().find(|r| {
            let other = r.category.value();
            first <= r.last && r.first <= last && !within(&name, &other) && !within(&other, &name)
        });
        if let Some(other) = clash {
            cx.error_at(
                range.category.span(),
                format!(
                    "the range of `{}` overlaps the range of `{}`",
                    range.category.value(),
                    other.category.value()
                ),
            );
        }
    }
    // The most specific category that has a block.
    let owner = |category: &str| {
        ranges
            .iter()
            .filter(|r| within(category, &r.category.value()))
            .max_by_key(|r| r.category.value().len())
    };
    for variant in &input.variants {
        let code = &variant.code;
        let CodeValue::Int(n) = code.code.value else {
            continue;
        };
        let category = input.category_of(code).unwrap_or_default();
        let category = category.as_str();
        match owner(category) {
            Some(r) if n < r.first || n > r.last => cx.error_at(
                code.code.span,
                format!(
                    "code {n} is outside {}..={}, the range of category `{}`",
                    r.first,
                    r.last,
                    r.category.value()
                ),
            ),
            Some(_) => {}
            None => {
                if let Some(r) = ranges.iter().find(|r| (r.first..=r.last).contains(&n)) {
                    cx.error_at(
                        code.code.span,
                        format!(
                            "code {n} lies in the range of category `{}`, but its category is {}",
                            r.category.value(),
                            if category.is_empty() {
                                "not set".to_owned()
                            } else {
                                format!("`{category}`")
                            }
                        ),
                    );
                }
            }
        }
    }
}

/// Two variants with one code are indistinguishable to a client, so that is
/// a mistake unless every use says `shared`; and `shared` on a code used once
/// documents a sharing that does not exist. Sorting makes this O(n log n).
fn duplicate_codes(cx: &mut Ctxt, input: &Input) {
    let mut uses: Vec<(CodeKey, usize, &CodeAttr)> = input
        .variants
        .iter()
        .enumerate()
        .filter_map(|(i, v)| {
            let code = &v.code;
            let key = match &code.code.value {
                CodeValue::None => return None,
                CodeValue::Int(n) => CodeKey::Int(*n),
                CodeValue::Str(s) => CodeKey::Str(s),
            };
            Some((key, i, code))
        })
        .collect();
    uses.sort_unstable_by(|a, b| (&a.0, a.1).cmp(&(&b.0, b.1)));
    for group in uses.chunk_by(|a, b| a.0 == b.0) {
        let (key, first, first_code) = &group[0];
        if group.len() == 1 {
            if let Some(span) = first_code.shared() {
                cx.error_at(
                    span,
                    format!("`shared`, but no other variant uses code {key}"),
                );
            }
            continue;
        }
        let first = input.variants[*first].ident;
        let second = input.variants[group[1].1].ident;
        let mut later_reported = false;
        for (_, _, code) in group
            .iter()
            .skip(1)
            .filter(|(_, _, c)| c.shared().is_none())
        {
            later_reported = true;
            cx.error_at(
                code.code.span,
                format!("duplicate code {key}, first used by `{first}`; mark every use `shared` if they share it on purpose"),
            );
        }
        if later_reported {
            // Stable proc macros cannot emit a `note:`; this error plays its part.
            cx.error_at(first_code.code.span, format!("code {key} first used here"));
        } else if first_code.shared().is_none() {
            cx.error_at(
                first_code.code.span,
                format!("code {key} is also used by `{second}`, which says `shared`; mark this use `shared` too"),
            );
        }
    }
}

#[derive(PartialEq, Eq, PartialOrd, Ord)]
enum CodeKey<'a> {
    Int(i64),
    Str(&'a str),
}

impl std::fmt::Display for CodeKey<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CodeKey::Int(n) => write!(f, "{n}"),
            CodeKey::Str(s) => write!(f, "{s:?}"),
        }
    }
}

/// `expose` lifts the rule that 5xx bodies carry no field values; where
/// another rule decides first (see `Exposure`), the flag is a
/// misunderstanding: below 500 messages are always exposed, a message without
/// placeholders is the same either way, and a source's text stays out of
/// bodies regardless.
fn expose_only_on_5xx(cx: &mut Ctxt, input: &Input) {
    for variant in &input.variants {
        let code = &variant.code;
        let Some(span) = code.expose() else { continue };
        match variant.exposure(input.status_of(code), false) {
            Exposure::Source(source) => cx.error_at(
                span,
                format!("`expose` cannot apply: the message names source field `{}`, and a source's text never reaches a body; drop the placeholder from the message, or drop `expose`", source.display_name()),
            ),
            Exposure::Status(status) => cx.error_at(
                span,
                format!("`expose` has no effect: messages of status {status} always reach the body"),
            ),
            Exposure::Static => cx.error_at(
                span,
                "`expose` has no effect: the message has no placeholders, so it is the same either way",
            ),
            Exposure::Expose | Exposure::Hidden => {}
        }
    }
}

/// `also_status` names the other statuses clients may receive for the entry
/// (Kakao's 473 was 503 on older servers; Matrix sends some codes with a
/// status that depends on the endpoint); one equal to the status, or on an
/// entry without one, says nothing.
fn also_status_differs(cx: &mut Ctxt, input: &Input) {
    for variant in &input.variants {
        let code = &variant.code;
        let also = code.also_statuses();
        let Some(first) = also.first() else { continue };
        let Some(status) = input.status_of(code) else {
            cx.error_at(
                first.span,
                "`also_status` needs a `status`: it names other statuses besides the documented one",
            );
            continue;
        };
        if let Some(repeat) = also.iter().find(|s| s.value == status) {
            cx.error_at(
                repeat.span,
                format!("`also_status` repeats the status {status}; name a status the entry is also sent with"),
            );
        }
    }
}

/// A transparent variant is the error it wraps: with no field there is
/// nothing to delegate to, with two the other would never show; a
/// `#[body]` on the field would write a member the wrapped type's body
/// does not document, and a `#[header]` would send the wrapped error's
/// `Display`, which is for logs (its source's text, its 5xx field values).
fn transparent_wraps_one_field(cx: &mut Ctxt, variant: &Variant) {
    let Some(span) = variant.code.transparent else {
        return;
    };
    if variant.fields.len() != 1 {
        cx.error_at(
            span,
            format!(
                "#[code(transparent)] requires exactly one field, the error whose code, status and message `{}` shows; it has {}",
                variant.ident,
                variant.fields.len()
            ),
        );
    }
    for field in &variant.fields {
        if let Some(body) = &field.attrs.body {
            cx.error_at(
                body.span,
                "#[body] on the field of a #[code(transparent)] variant: the body is the wrapped error's",
            );
        }
        if let Some(header) = &field.attrs.header {
            cx.error_at(
                header.name.span(),
                "#[header] on the field of a #[code(transparent)] variant: it would send the wrapped error's `Display`, which is for logs; the response carries the wrapped error's own headers",
            );
        }
    }
}

/// The wrapped type is named where the enum's parameters do not exist: in
/// the static catalogue that includes its catalogue, and in the constant
/// code lists that merge its codes.
fn transparent_names_no_parameter(cx: &mut Ctxt, input: &Input) {
    let params: Vec<String> = input
        .generics
        .params
        .iter()
        .map(|p| match p {
            syn::GenericParam::Type(t) => t.ident.to_string(),
            syn::GenericParam::Lifetime(l) => l.lifetime.to_string(),
            syn::GenericParam::Const(c) => c.ident.to_string(),
        })
        .collect();
    for variant in &input.variants {
        if variant.code.transparent.is_none() {
            continue;
        }
        let Some(field) = variant.fields.first() else {
            continue;
        };
        if let Some(name) = named_param(quote::ToTokens::to_token_stream(field.ty), &params) {
            cx.error_spanned(
                field.ty,
                format!("#[code(transparent)] cannot wrap a type that names `{name}`: the wrapped type's catalogue is static, where the enum's parameters do not exist"),
            );
        }
    }
}

/// Whether a value shown to clients is an error, whose text is for logs, is
/// checked by its type (see `__private/checks.rs` in the runtime); a type parameter
/// may stand for any type, an error included, so a field whose type names
/// one reaches no client but through a `with` function or a `#[body]`.
fn shown_types_name_no_parameter(cx: &mut Ctxt, input: &Input) {
    let params: Vec<String> = input
        .generics
        .type_params()
        .map(|t| t.ident.to_string())
        .collect();
    if params.is_empty() {
        return;
    }
    for variant in &input.variants {
        let shown = variant.exposes_message(input);
        for (i, field) in variant.fields.iter().enumerate() {
            let in_header = field
                .attrs
                .header
                .as_ref()
                .is_some_and(|h| h.with.is_none());
            let in_message = shown
                && variant
                    .message
                    .iter()
                    .any(|part| matches!(part, Part::Field { field, .. } if *field == i));
            if !in_header && !in_message {
                continue;
            }
            let Some(name) = named_param(quote::ToTokens::to_token_stream(field.ty), &params)
            else {
                continue;
            };
            let (path, fix) = if in_header {
                (
                    "#[header] would send",
                    "give #[header] a `with` function that returns what the client may see",
                )
            } else {
                ("the message shows", "give the field a concrete type, or a status of 500 or above without `expose` (bodies then show the template)")
            };
            cx.error_spanned(
                field.ty,
                format!("{path} field `{}` to the client, and its type names parameter `{name}`, which may be an error, whose text is for logs, not clients; {fix}", field.display_name()),
            );
        }
    }
}

/// The first of `params` (`T`, `'a`) that `tokens` name.
fn named_param(tokens: proc_macro2::TokenStream, params: &[String]) -> Option<String> {
    let mut lifetime = false;
    for tt in tokens {
        let found = match &tt {
            proc_macro2::TokenTree::Group(g) => named_param(g.stream(), params),
            proc_macro2::TokenTree::Ident(i) if lifetime => Some(format!("'{i}")),
            proc_macro2::TokenTree::Ident(i) => Some(i.to_string()),
            _ => None,
        };
        lifetime = matches!(&tt, proc_macro2::TokenTree::Punct(p) if p.as_char() == '\'');
        if let Some(name) = found.filter(|n| params.contains(n)) {
            return Some(name);
        }
    }
    None
}

/// `From` builds the variant out of the one value it is given; any other
/// field would have no value to take.
fn from_stands_alone<C>(cx: &mut Ctxt, variant: &Variant<'_, C>) {
    for field in &variant.fields {
        if let Some(span) = field.attrs.from {
            if variant.fields.len() > 1 {
                cx.error_at(
                    span,
                    format!(
                        "#[from] needs the field to be the only one of `{}`; it has {} fields",
                        variant.ident,
                        variant.fields.len()
                    ),
                );
            }
        }
    }
}

/// `Error::source` returns one error.
fn one_source<C>(cx: &mut Ctxt, variant: &Variant<'_, C>) {
    let sources: Vec<_> = variant.fields.iter().filter(|f| f.is_source()).collect();
    for extra in sources.iter().skip(1) {
        cx.error_at(
            extra.source_span(),
            format!(
                "a second source field in `{}`; #[source] and #[from] mark one field",
                variant.ident
            ),
        );
    }
}

/// Two fields written under one JSON member would make an invalid body.
fn body_members_unique<C>(cx: &mut Ctxt, variant: &Variant<'_, C>) {
    let mut seen: HashMap<String, String> = HashMap::new();
    for field in &variant.fields {
        let Some((member, span)) = field.body_member() else {
            continue;
        };
        if field.is_source() {
            cx.error_at(
                field.attrs.body.as_ref().map_or(span, |b| b.span),
                "a source error never goes into a body: its text is for logs, not clients",
            );
            continue;
        }
        if let Some(first) = seen.insert(member.clone(), field.display_name()) {
            cx.error_at(
                span,
                format!("member `{member}` is already written by #[body] field `{first}`; give one of them #[body(rename = \"...\")]"),
            );
        }
    }
}

/// A client waits for one delay: two members claiming it would leave the
/// choice between them to whichever the derive read first.
fn one_retry_member<C>(cx: &mut Ctxt, variant: &Variant<'_, C>) {
    let mut members = variant
        .fields
        .iter()
        .filter_map(|f| Some((f.display_name(), f.attrs.retry_after.as_ref()?.span)));
    let Some((first, _)) = members.next() else {
        return;
    };
    for (_, span) in members {
        cx.error_at(
            span,
            format!("`{first}` already carries the retry delay; mark one #[body] field of a variant with `retry_after`"),
        );
    }
}

/// `#[body(default)]` is what decoding makes of an absent member: a field
/// that is never decoded has no use for it, and an `Option` field's absent
/// member is `None` already.
fn body_defaults_decode<C>(cx: &mut Ctxt, variant: &Variant<'_, C>) {
    for field in &variant.fields {
        let Some(default) = &field.attrs.default else {
            continue;
        };
        if field.attrs.encode_only.is_some() {
            cx.error_at(
                default.span,
                "`default` is what decoding gives an absent member, and an `encode_only` field is never decoded; leave one of them out",
            );
        } else if option_inner(field.ty).is_some() {
            cx.error_at(
                default.span,
                "an `Option` field is `None` when its member is absent; leave `default` out, or use a field of the inner type with `default`",
            );
        }
    }
}

/// A client decodes every `#[body]` field, and a borrowed value cannot be
/// decoded into an error that outlives the body, nor an unsized one into a
/// field: without `encode_only` saying so, the variant would compile and
/// then silently never decode. (Owned types without `Deserialize` are
/// refused by rustc, at the type.)
fn borrowed_body_fields_encode_only<C>(cx: &mut Ctxt, variant: &Variant<'_, C>) {
    for field in &variant.fields {
        if field.attrs.body.is_none() || field.attrs.encode_only.is_some() || field.is_source() {
            continue;
        }
        let kind = if has_reference(field.ty.to_token_stream()) {
            "borrowed"
        } else if is_std_unsized(field.ty) {
            "unsized"
        } else {
            continue;
        };
        cx.error_spanned(
            field.ty,
            format!(
                "#[body] field of {kind} type `{}` cannot be decoded by a client; use an owned type, or write #[body(encode_only)] to send it without decoding it",
                crate::symbol::type_text(field.ty)
            ),
        );
    }
}

fn has_reference(tokens: proc_macro2::TokenStream) -> bool {
    tokens.into_iter().any(|tt| match tt {
        proc_macro2::TokenTree::Punct(p) => p.as_char() == '&',
        proc_macro2::TokenTree::Group(g) => has_reference(g.stream()),
        _ => false,
    })
}

/// A header given twice would send one of the values and lose the other
/// (names compare without case, as HTTP's do); a source error's text is for
/// logs, and a header reaches the client as a body does.
fn headers_unique<C>(cx: &mut Ctxt, variant: &Variant<'_, C>, fixed: &[(LitStr, LitStr)]) {
    let mut seen: Vec<String> = Vec::new();
    let fixed = fixed.iter().map(|(n, _)| n);
    let fields = variant.fields.iter().filter_map(|f| {
        let name = &f.attrs.header.as_ref()?.name;
        if f.is_source() {
            cx.error_at(
                name.span(),
                "a source error never goes into a header: its text is for logs, not clients",
            );
            return None;
        }
        Some(name)
    });
    for name in fixed.chain(fields.collect::<Vec<_>>()) {
        let lower = name.value().to_ascii_lowercase();
        if seen.contains(&lower) {
            cx.error_at(
                name.span(),
                format!(
                    "header `{}` is already given for `{}`; each response carries it once",
                    name.value(),
                    variant.ident
                ),
            );
        } else {
            seen.push(lower);
        }
    }
}

/// An example is checked against its field's type where the catalogue is
/// built, a `static` that cannot name the type's parameters.
fn examples_typed<C>(cx: &mut Ctxt, input: &Input, variant: &Variant<'_, C>) {
    for field in &variant.fields {
        let Some(example) = &field.attrs.example else {
            continue;
        };
        if field.attrs.body.is_none() {
            continue;
        }
        let params = crate::bound::unnameable_in_static(input.generics);
        if let Some(param) = crate::bound::mentioned(field.ty, &params) {
            cx.error_at(
                example.span,
                format!("`example` cannot be given for a field whose type uses the parameter `{param}`: the example is checked against the field's type, which must be concrete"),
            );
        }
    }
}

/// Two `From` impls for one type conflict; say which variants.
fn one_from_per_type(cx: &mut Ctxt, parsed: &Parsed) {
    let mut seen: HashMap<String, &syn::Ident> = HashMap::new();
    for variant in parsed.variants() {
        for field in variant.fields() {
            let Some(span) = field.attrs.from else {
                continue;
            };
            let ty = crate::symbol::type_text(field.source_type());
            if let Some(first) = seen.get(&ty) {
                cx.error_at(
                    span,
                    format!(
                        "`{}` already has #[from] of type `{ty}`; From can build only one of them",
                        first
                    ),
                );
            } else {
                seen.insert(ty, variant.ident());
            }
        }
    }
}

/// `code_header` is sent as a header name, so it is one (whether an entry
/// sends it for its own reason is `code_header_set_by_no_entry`'s rule).
fn code_header_is_a_name(cx: &mut Ctxt, input: &Input) {
    if let Some(Err(e)) = input.code_header().map(crate::attr::header_name) {
        cx.push(e);
    }
}

/// The code repeated in a header an entry sends for its own reason (a
/// `Retry-After` field, docs_url's `Link`) would take that header's place:
/// name the entry, at the `code_header` written.
fn code_header_set_by_no_entry(cx: &mut Ctxt, input: &Input) {
    let Some(header) = input.code_header() else {
        return;
    };
    let name = header.value();
    let fixed = |variant: &Variant| {
        variant
            .code
            .headers()
            .iter()
            .any(|(fixed, _)| fixed.value().eq_ignore_ascii_case(&name))
    };
    let field = |variant: &Variant| {
        variant.fields.iter().any(|f| {
            f.attrs
                .header
                .as_ref()
                .is_some_and(|h| h.name.value().eq_ignore_ascii_case(&name))
        })
    };
    let link = |variant: &Variant| {
        name.eq_ignore_ascii_case("link") && input.help_link_of(variant).is_some()
    };
    if let Some(variant) = input
        .variants
        .iter()
        .find(|v| fixed(v) || field(v) || link(v))
    {
        cx.error_at(
            header.span(),
            format!(
                "`{}` sends `{name}` itself; the code cannot go in that header: name another, e.g. `code_header = \"X-Error-Code\"`",
                variant.ident
            ),
        );
    }
}
