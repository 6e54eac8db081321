//! HTTP statuses: `status = 404` and `also_status = [400, 403]`.

use proc_macro2::TokenStream;
use syn::parse::ParseStream;
use syn::{LitInt, LitStr, Token};

use super::int::no_suffix;
use super::{skip_to_comma, Spanned};

pub(super) fn parse_status(input: ParseStream, what: &str) -> syn::Result<Spanned<u16>> {
    if input.peek(LitStr) {
        let lit: LitStr = input.parse()?;
        return Err(syn::Error::new(
            lit.span(),
            format!(
                "expected an integer {what}, found a string; write `{}` without quotes",
                lit.value()
            ),
        ));
    }
    if !input.peek(LitInt) {
        return Err(input.error(format!(
            "expected an integer {what} in 100..=999, e.g. `{what} = 404`"
        )));
    }
    let lit: LitInt = input.parse()?;
    no_suffix(&lit)?;
    let value = lit
        .base10_parse::<u16>()
        .ok()
        .filter(|s| (100..=999).contains(s))
        .ok_or_else(|| {
            syn::Error::new(
                lit.span(),
                format!("{what} must be in 100..=999, found `{lit}`"),
            )
        })?;
    if let Some(why) = bodiless(value) {
        return Err(syn::Error::new(
            lit.span(),
            format!("{what} {value} cannot carry an error body: {why}; use the 4xx or 5xx status the error means"),
        ));
    }
    Ok(Spanned {
        value,
        span: lit.span(),
    })
}

/// `N` or `[N, ...]`: statuses as [`parse_status`] reads them, none twice.
/// Every bad element is reported, each at its token.
pub(super) fn parse_statuses(input: ParseStream, what: &str) -> syn::Result<Vec<Spanned<u16>>> {
    if !input.peek(syn::token::Bracket) {
        return Ok(vec![parse_status(input, what)?]);
    }
    let content;
    let brackets = syn::bracketed!(content in input);
    if content.is_empty() {
        return Err(syn::Error::new(
            brackets.span.join(),
            format!("`{what}` lists no status; name at least one, e.g. `{what} = [400, 403]`, or leave `{what}` out"),
        ));
    }
    let mut statuses: Vec<Spanned<u16>> = Vec::new();
    let mut errors: Option<syn::Error> = None;
    let mut fail = |e: syn::Error| match &mut errors {
        Some(errors) => errors.combine(e),
        None => errors = Some(e),
    };
    while !content.is_empty() {
        match parse_status(&content, what) {
            Ok(status) => match statuses.iter().find(|s| s.value == status.value) {
                Some(_) => fail(syn::Error::new(
                    status.span,
                    format!("`{what}` lists {} twice", status.value),
                )),
                None => statuses.push(status),
            },
            Err(e) => {
                fail(e);
                skip_to_comma(&content);
            }
        }
        if content.is_empty() {
            break;
        }
        if let Err(e) = content.parse::<Token![,]>() {
            fail(e);
            content.parse::<TokenStream>()?;
        }
    }
    match errors {
        Some(errors) => Err(errors),
        None => Ok(statuses),
    }
}

/// Why a response with this status has no body (RFC 9110), if it has none:
/// sent with one, it reaches clients broken or not at all.
fn bodiless(status: u16) -> Option<&'static str> {
    match status {
        100..=199 => Some("a 1xx response is informational and has no body"),
        204 => Some("a 204 No Content response has no body"),
        205 => Some("a 205 Reset Content response has no body"),
        304 => Some("a 304 Not Modified response has no body"),
        _ => None,
    }
}
