//! `#[api_error(undeclared = Variant)]`: the entry an adapter sends in place
//! of one an operation's `ErrorSet` does not declare.

use syn::spanned::Spanned as _;

use crate::ast::{Input, Style};
use crate::ctxt::Ctxt;
use crate::symbol;

/// The adapter builds the replacement from its entry alone, with no values
/// to fill fields with, so it must be a variant of this type without
/// fields; one without a code is sent as well.
pub(super) fn names_a_fieldless_variant(cx: &mut Ctxt, input: &Input) {
    let Some(path) = input.undeclared() else {
        return;
    };
    let names: Vec<String> = input.variants.iter().map(|v| v.ident.to_string()).collect();
    let Some(ident) = path.get_ident() else {
        cx.error_at(
            path.span(),
            "`undeclared` names a variant of this type, e.g. `undeclared = Internal`",
        );
        return;
    };
    let Some(variant) = input.variants.iter().find(|v| v.ident == ident) else {
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        let hint = symbol::closest(&ident.to_string(), &names)
            .map(|near| format!(" (did you mean `{near}`?)"))
            .unwrap_or_default();
        cx.error_at(
            ident.span(),
            format!("`undeclared` names no variant of this type: `{ident}`{hint}"),
        );
        return;
    };
    let problem = if variant.transparent().is_some() {
        Some("is `#[code(transparent)]`")
    } else if variant.style != Style::Unit && !variant.fields.is_empty() {
        Some("has fields")
    } else if variant.code.shared().is_some() {
        Some("has a `shared` code")
    } else {
        None
    };
    if let Some(problem) = problem {
        cx.error_at(
            ident.span(),
            format!("`undeclared = {ident}`: `{ident}` {problem}; an adapter builds the replacement from its entry alone, so name a variant of its own without fields, and not one sharing its code"),
        );
    }
}
