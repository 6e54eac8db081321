//! `#[body]` and `#[body(...)]` on a field, whose keys are rows of the
//! table, and the values of those that take more than a string.

use proc_macro2::{Span, TokenStream};
use syn::parse::ParseStream;
use syn::spanned::Spanned as _;
use syn::{Attribute, Ident, LitStr, Token};

use super::{
    parse_list, Attrs, FieldAttrs, Place, Spanned, DEFAULT, ENCODE_ONLY, EXAMPLE, RENAME,
    RETRY_AFTER, SINCE,
};
use crate::ctxt::Ctxt;

/// `#[body]`, or `#[body(...)]` with its keys, into `out`.
pub(super) fn parse_body(cx: &mut Ctxt, attr: &Attribute, out: &mut FieldAttrs) {
    let mut keys = Attrs::default();
    if !matches!(attr.meta, syn::Meta::Path(_)) {
        parse_list(cx, attr, Place::Body, &mut keys);
    }
    out.body = Some(Spanned {
        value: keys.string(&RENAME).cloned(),
        span: attr.path().span(),
    });
    // A second `#[body]` (reported) adds to the first's keys.
    out.encode_only = keys.flag(&ENCODE_ONLY).or(out.encode_only);
    out.default = keys.flag_or_path(&DEFAULT).or(out.default.take());
    out.example = keys.tokens(&EXAMPLE).or(out.example.take());
    out.since = keys.string(&SINCE).cloned().or(out.since.take());
    out.retry_after = keys
        .position(&RETRY_AFTER)
        .map(|unit| Spanned {
            value: unit,
            span: attr.path().span(),
        })
        .or(out.retry_after.take());
}

/// The value of `#[body(example = ...)]`: an expression, or an array
/// literal (which syn reads only with its `full` feature, not enabled here).
pub(super) fn parse_example(key: &Ident, input: ParseStream) -> syn::Result<TokenStream> {
    let expected = "expected a value for `example`, e.g. `example = 30` or `example = \"alice\"`";
    if !input.peek(Token![=]) {
        return Err(syn::Error::new(key.span(), expected));
    }
    input.parse::<Token![=]>()?;
    if input.peek(syn::token::Bracket) {
        return Ok(input.parse::<proc_macro2::TokenTree>()?.into());
    }
    if input.is_empty() || input.peek(Token![,]) {
        return Err(input.error(expected));
    }
    match input.parse::<syn::Expr>() {
        // A condition's `let` (parsed where another crate turns on syn's
        // `full` feature) is no value.
        Ok(expr @ syn::Expr::Let(_)) => {
            // At `let`, as the error of syn without `full` points.
            let at = quote::ToTokens::into_token_stream(expr)
                .into_iter()
                .next()
                .map_or_else(Span::call_site, |token| token.span());
            Err(syn::Error::new(at, expected))
        }
        Ok(expr) => Ok(quote::ToTokens::into_token_stream(expr)),
        Err(e) => Err(syn::Error::new(e.span(), expected)),
    }
}

/// The function of `#[body(default = path)]` (bare, or quoted as serde
/// writes it); `None` for a bare `default`.
pub(super) fn parse_default(input: ParseStream) -> syn::Result<Option<syn::Path>> {
    if !input.peek(Token![=]) {
        return Ok(None);
    }
    input.parse::<Token![=]>()?;
    let expected = "expected the path of a function for `default`, e.g. `default = default_limit`, or a bare `default` for `Default::default()`";
    let path = if input.peek(LitStr) {
        input.parse::<LitStr>()?.parse::<syn::Path>()
    } else if input.is_empty() || input.peek(Token![,]) {
        return Err(input.error(expected));
    } else {
        input.parse::<syn::Path>()
    };
    let path = path.map_err(|e| syn::Error::new(e.span(), expected))?;
    // A path followed by more (`default = f()`) is no path.
    if !input.is_empty() && !input.peek(Token![,]) {
        return Err(input.error(expected));
    }
    Ok(Some(path))
}
