//! The history of a contract: `since = "0.6.0"`,
//! `deprecated(since = "2.1.0", replaced_by = 34310)` and
//! `retired(34301 = "2.1: use 34310", ...)`.

use proc_macro2::Span;
use syn::parse::ParseStream;
use syn::{Ident, LitStr, Token};

use super::code::parse_code_value;
use super::text::parse_string;
use super::Spanned;
use crate::attr::CodeValue;

/// A version as `errcode_shared::Version` reads it, which the runtime
/// compares with the same reading.
pub(super) fn parse_version(input: ParseStream, key: &str) -> syn::Result<LitStr> {
    let lit = parse_string(input, key)?;
    check_version(&lit, key)?;
    Ok(lit)
}

fn check_version(lit: &LitStr, key: &str) -> syn::Result<()> {
    if errcode_shared::Version::parse(&lit.value()).is_none() {
        return Err(syn::Error::new(
            lit.span(),
            format!(
                "`{key}` takes a version: {}; found {:?}",
                errcode_shared::VERSION_GRAMMAR,
                lit.value()
            ),
        ));
    }
    Ok(())
}

/// A code the catalogue retired, with what its note tells clients.
pub struct RetiredCode {
    pub code: Spanned<CodeValue>,
    pub note: LitStr,
}

/// `CODE = "note", ...` in `retired(...)`.
pub(super) fn parse_retired(input: ParseStream) -> syn::Result<Vec<RetiredCode>> {
    let expected =
        "expected `CODE = \"note\"` in `retired(...)`, e.g. `retired(34301 = \"2.1: use 34310\")`";
    let mut retired: Vec<RetiredCode> = Vec::new();
    let mut bad_notes: Option<syn::Error> = None;
    while !input.is_empty() {
        let code = parse_code_value(input, input.span())
            .map_err(|e| syn::Error::new(e.span(), expected))?;
        if matches!(code.value, CodeValue::None) {
            return Err(syn::Error::new(
                code.span,
                "`_` is no code to retire; name the code clients must no longer expect",
            ));
        }
        if retired
            .iter()
            .any(|r| same_code(&r.code.value, &code.value))
        {
            return Err(syn::Error::new(
                code.span,
                "this code is already listed in `retired(...)`; list each retired code once",
            ));
        }
        input
            .parse::<Token![=]>()
            .map_err(|e| syn::Error::new(e.span(), expected))?;
        let note: LitStr = input
            .parse()
            .map_err(|e| syn::Error::new(e.span(), expected))?;
        if let Some(error) = note_error(&code.value, &note) {
            match &mut bad_notes {
                Some(errors) => errors.combine(error),
                None => bad_notes = Some(error),
            }
        }
        retired.push(RetiredCode { code, note });
        if input.is_empty() {
            break;
        }
        input.parse::<Token![,]>()?;
    }
    match bad_notes {
        Some(errors) => Err(errors),
        None => Ok(retired),
    }
}

/// What is wrong with a retired code's note, if anything: decoding clients
/// show it in their messages and logs, so it says something, on one line.
fn note_error(code: &CodeValue, note: &LitStr) -> Option<syn::Error> {
    let code = super::code::code_text(code);
    let text = note.value();
    let message = if text.trim().is_empty() {
        format!(
            "the note of retired code {code} cannot be empty; say what clients should do \
             instead, e.g. \"2.1: use 34310\""
        )
    } else {
        let c = text.chars().find(|c| c.is_control())?;
        format!("the note of retired code {code} cannot contain control characters such as {c:?}")
    };
    Some(syn::Error::new(note.span(), message))
}

/// Whether two codes as written are the same code.
pub fn same_code(a: &CodeValue, b: &CodeValue) -> bool {
    match (a, b) {
        (CodeValue::Int(a), CodeValue::Int(b)) => a == b,
        (CodeValue::Str(a), CodeValue::Str(b)) => a == b,
        _ => false,
    }
}

/// `deprecated(since = "2.1.0", replaced_by = 34310)`: since when, and the
/// entry clients should use instead, if there is one.
pub struct Deprecated {
    pub since: LitStr,
    pub replaced_by: Option<Spanned<CodeValue>>,
}

pub(super) fn parse_deprecated(input: ParseStream, span: Span) -> syn::Result<Deprecated> {
    let expected = "expected `deprecated(since = \"2.1.0\")` or `deprecated(since = \"2.1.0\", replaced_by = CODE)`";
    if !input.peek(syn::token::Paren) {
        return Err(syn::Error::new(span, expected));
    }
    let content;
    syn::parenthesized!(content in input);
    let mut since = None;
    let mut replaced_by = None;
    while !content.is_empty() {
        let key: Ident = content.parse()?;
        if key == "since" && since.is_none() {
            content.parse::<Token![=]>()?;
            since = Some(parse_version(&content, "since")?);
        } else if key == "replaced_by" && replaced_by.is_none() {
            content.parse::<Token![=]>()?;
            let code = parse_code_value(&content, key.span())
                .map_err(|e| syn::Error::new(e.span(), expected))?;
            if matches!(code.value, CodeValue::None) {
                return Err(syn::Error::new(
                    code.span,
                    "`replaced_by` names the code of the entry that replaces this one",
                ));
            }
            replaced_by = Some(code);
        } else {
            return Err(syn::Error::new(key.span(), expected));
        }
        if content.is_empty() {
            break;
        }
        content.parse::<Token![,]>()?;
    }
    let since = since.ok_or_else(|| {
        syn::Error::new(
            span,
            "`deprecated` needs `since = \"...\"`, the release that deprecated the entry: `deprecated(since = \"2.1.0\", replaced_by = CODE)`",
        )
    })?;
    Ok(Deprecated { since, replaced_by })
}
