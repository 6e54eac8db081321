//! Rules about codes that refine codes (`parent = 34300`): the parent is an
//! entry of this enum, of the enum's kind of code, and following parents
//! ends at a code without one.

use crate::ast::Input;
use crate::attr::{code_text, same_code, CodeValue};
use crate::ctxt::Ctxt;
use crate::symbol;

/// A client that does not know a code decodes it as the nearest parent it
/// knows, found by code: so the parent is a code this enum documents, of
/// the kind its codes are, and an entry without a code has nothing to
/// refine with.
pub(super) fn parents_exist(cx: &mut Ctxt, input: &Input) {
    let kind = input
        .variants
        .iter()
        .map(|v| &v.code.code.value)
        .find(|c| !matches!(c, CodeValue::None));
    let codes: Vec<String> = input
        .variants
        .iter()
        .map(|v| &v.code.code.value)
        .filter(|c| !matches!(c, CodeValue::None))
        .map(code_text)
        .collect();
    for variant in &input.variants {
        let Some(parent) = variant.code.parent() else {
            continue;
        };
        let written = code_text(&parent.value);
        let own = &variant.code.code.value;
        let message = if matches!(own, CodeValue::None) {
            format!("`{}` has no code, so it cannot refine code {written}: clients find a parent through the code a body carries; give the entry a code", variant.ident)
        } else if kind
            .is_some_and(|k| std::mem::discriminant(k) != std::mem::discriminant(&parent.value))
        {
            let (this, enum_kind) = match parent.value {
                CodeValue::Int(_) => ("an integer", "strings"),
                _ => ("a string", "integers"),
            };
            format!("`parent` is {this}, but this enum's codes are {enum_kind}; name the parent by its code as the enum writes it")
        } else if same_code(own, &parent.value) {
            format!("`{}` names its own code {written} as its parent; a parent is another, more general entry", variant.ident)
        } else if input
            .variants
            .iter()
            .any(|v| same_code(&v.code.code.value, &parent.value))
        {
            continue;
        } else {
            let known: Vec<&str> = codes.iter().map(String::as_str).collect();
            let hint = symbol::closest(&written, &known)
                .map(|c| format!(" (did you mean {c}?)"))
                .unwrap_or_default();
            format!(
                "`parent` names code {written}, which no variant of `{}` has{hint}",
                input.type_name()
            )
        };
        cx.error_at(parent.span, message);
    }
}

/// Variants that share a code are one code on the wire, and a code has one
/// place in the tree: they declare the same parent, or none of them does.
pub(super) fn shared_codes_share_parent(cx: &mut Ctxt, input: &Input) {
    for (i, variant) in input.variants.iter().enumerate() {
        let code = &variant.code.code.value;
        if matches!(code, CodeValue::None) {
            continue;
        }
        let Some(first) = input.variants[..i]
            .iter()
            .find(|v| same_code(&v.code.code.value, code))
        else {
            continue;
        };
        let (mine, theirs) = (variant.code.parent(), first.code.parent());
        let agree = match (mine, theirs) {
            (Some(a), Some(b)) => same_code(&a.value, &b.value),
            (None, None) => true,
            _ => false,
        };
        if !agree {
            let said = |p: Option<&crate::attr::Spanned<CodeValue>>| match p {
                Some(p) => format!("under {}", code_text(&p.value)),
                None => "at the top level".to_owned(),
            };
            cx.error_at(
                mine.map_or(variant.code.code.span, |p| p.span),
                format!(
                    "`{}` shares code {} with `{}`, which puts it {}, but this puts it {}; variants sharing a code declare the same `parent`",
                    variant.ident,
                    code_text(code),
                    first.ident,
                    said(theirs),
                    said(mine)
                ),
            );
        }
    }
}

/// Following parents must end at a code without one: a cycle has no
/// general entry for a client to fall back to. Reported once per cycle, at
/// the `parent` of its first variant, with the whole loop.
pub(super) fn parents_end(cx: &mut Ctxt, input: &Input) {
    let parent_of = |code: &CodeValue| {
        input
            .variants
            .iter()
            .find(|v| same_code(&v.code.code.value, code))
            .and_then(|v| v.code.parent())
    };
    for (i, variant) in input.variants.iter().enumerate() {
        let start = &variant.code.code.value;
        let Some(parent) = variant.code.parent() else {
            continue;
        };
        if matches!(start, CodeValue::None) || same_code(start, &parent.value) {
            continue;
        }
        let mut path = vec![start];
        let mut next = Some(parent);
        while let Some(at) = next {
            if same_code(&at.value, start) {
                break;
            }
            if path.iter().any(|c| same_code(c, &at.value)) || path.len() > input.variants.len() {
                // A loop that does not pass through `start`: reported from its own variants.
                next = None;
                break;
            }
            path.push(&at.value);
            next = parent_of(&at.value);
        }
        if next.is_none() {
            continue;
        }
        // Reported at the first variant on the loop, in declaration order.
        let first_on_loop = input.variants[..i].iter().any(|v| {
            path.iter().any(|c| same_code(c, &v.code.code.value)) && v.code.parent().is_some()
        });
        if first_on_loop {
            continue;
        }
        let shown: Vec<String> = path.iter().chain([&start]).map(|c| code_text(c)).collect();
        cx.error_at(
            parent.span,
            format!(
                "`parent` makes a cycle: {}; following parents must end at a code without one",
                shown.join(" -> ")
            ),
        );
    }
}
