//! Rules about a contract's history: retired codes stay retired, and a
//! deprecation points at an entry that exists.

use crate::ast::Input;
use crate::attr::{code_text, same_code, CodeValue};
use crate::ctxt::Ctxt;

/// A retired code told clients it is gone; a variant sending it again
/// would mean something else to a client that still knows the old meaning
/// (as rustc's, buf's `reserved` and every public API guide forbid).
/// Reported at both tokens, as a duplicate code is.
pub(super) fn retired_codes_unused(cx: &mut Ctxt, input: &Input) {
    let retired = input.retired();
    let kind = input
        .variants
        .iter()
        .map(|v| &v.code.code.value)
        .find(|c| !matches!(c, CodeValue::None));
    for code in retired {
        if let Some(kind) = kind {
            if std::mem::discriminant(kind) != std::mem::discriminant(&code.code.value) {
                let (this, enum_kind) = match kind {
                    CodeValue::Int(_) => ("a string", "integers"),
                    _ => ("an integer", "strings"),
                };
                cx.error_at(
                    code.code.span,
                    format!("retired code {} is {this}, but this enum's codes are {enum_kind}; retire a code as the enum wrote it", code_text(&code.code.value)),
                );
                continue;
            }
        }
        let reused = input
            .variants
            .iter()
            .filter(|v| same_code(&v.code.code.value, &code.code.value));
        let mut reported = false;
        for variant in reused {
            reported = true;
            cx.error_at(
                variant.code.code.span,
                format!(
                    "code {} is retired ({:?}); a retired code never comes back, give `{}` a new code",
                    code_text(&code.code.value),
                    code.note.value(),
                    variant.ident
                ),
            );
        }
        if reported {
            cx.error_at(
                code.code.span,
                format!("code {} retired here", code_text(&code.code.value)),
            );
        }
    }
}

/// `replaced_by` sends clients to another entry: it must be one this
/// catalogue documents, and not the deprecated entry itself.
pub(super) fn replacements_exist(cx: &mut Ctxt, input: &Input) {
    for variant in &input.variants {
        let Some(deprecated) = variant.code.deprecated() else {
            continue;
        };
        let Some(replacement) = &deprecated.replaced_by else {
            continue;
        };
        let written = code_text(&replacement.value);
        if same_code(&replacement.value, &variant.code.code.value) {
            cx.error_at(
                replacement.span,
                format!("`replaced_by` names code {written}, the deprecated entry's own; name the entry clients should use instead"),
            );
            continue;
        }
        let exists = input
            .variants
            .iter()
            .any(|v| same_code(&v.code.code.value, &replacement.value));
        if !exists {
            cx.error_at(
                replacement.span,
                format!(
                    "`replaced_by` names code {written}, which no variant of `{}` has",
                    input.type_name()
                ),
            );
        }
    }
}

/// An entry deprecated before it appeared is a typo in one of the two
/// versions; compared as the runtime compares them (`errcode_shared`).
pub(super) fn deprecated_after_since(cx: &mut Ctxt, input: &Input) {
    for variant in &input.variants {
        let Some(deprecated) = variant.code.deprecated() else {
            continue;
        };
        let Some(since) = input.since_of(&variant.code) else {
            continue;
        };
        let at = deprecated.since.value();
        if errcode_shared::compare_versions(&at, &since) == Some(std::cmp::Ordering::Less) {
            cx.error_at(
                deprecated.since.span(),
                format!(
                    "`{}` is deprecated in {at}, before it appeared in {since}",
                    variant.ident
                ),
            );
        }
    }
}

/// A release earlier than what holds it is a typo in one of the two: an
/// entry before its type, a `#[body]` member or `#[header]` before its
/// entry (compared as the runtime compares them).
pub(super) fn releases_in_order(cx: &mut Ctxt, input: &Input) {
    let before =
        |a: &str, b: &str| errcode_shared::compare_versions(a, b) == Some(std::cmp::Ordering::Less);
    for variant in &input.variants {
        if let (Some(own), Some(of_type)) = (variant.code.since(), input.since()) {
            let (own_text, type_text) = (own.value(), of_type.value());
            if before(&own_text, &type_text) {
                cx.error_at(
                    own.span(),
                    format!(
                        "`{}` appeared in {own_text}, before its type `{}` (since {type_text})",
                        variant.ident,
                        input.type_name()
                    ),
                );
            }
        }
        let Some(entry) = input.since_of(&variant.code) else {
            continue;
        };
        for field in &variant.fields {
            let member = field
                .attrs
                .since
                .as_ref()
                .map(|s| (format!("`{}`", field.display_name()), s));
            let header =
                field.attrs.header.as_ref().and_then(|h| {
                    Some((format!("header `{}`", h.name.value()), h.since.as_ref()?))
                });
            for (what, since) in member.into_iter().chain(header) {
                if before(&since.value(), &entry) {
                    cx.error_at(
                        since.span(),
                        format!(
                            "{what} appeared in {}, before its entry `{}` appeared in {entry}",
                            since.value(),
                            variant.ident
                        ),
                    );
                }
            }
        }
    }
}
