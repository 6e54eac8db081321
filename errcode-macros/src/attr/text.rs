//! String values: any string, one that must say something, a gRPC
//! code's name, and one of a fixed list of names.

use proc_macro2::TokenStream;
use syn::parse::ParseStream;
use syn::LitStr;

use crate::symbol;

/// A string that must say something: `name = ""` or `category = ""` would
/// document an entry under no name at all.
pub(super) fn parse_nonempty_string(
    input: ParseStream,
    key: &str,
    instead: &str,
) -> syn::Result<LitStr> {
    let lit = parse_string(input, key)?;
    if lit.value().is_empty() {
        return Err(syn::Error::new(
            lit.span(),
            format!("`{key}` cannot be empty; {instead}"),
        ));
    }
    // A one-line label in tables, headings and bodies: a line break or an
    // escape sequence there breaks every page it reaches.
    if let Some(c) = lit.value().chars().find(|c| c.is_control()) {
        return Err(syn::Error::new(
            lit.span(),
            format!(
                "`{key}` cannot contain control characters such as {c:?}; it is a one-line label"
            ),
        ));
    }
    Ok(lit)
}

/// A base URL each entry's code is appended to (`docs_url`): links leave
/// the service in headers and bodies, so what cannot be a link is refused
/// here rather than sent.
pub(super) fn parse_docs_base(input: ParseStream, key: &str) -> syn::Result<LitStr> {
    let lit = parse_string(input, key)?;
    match errcode_shared::uri::docs_base_problem(&lit.value()) {
        None => Ok(lit),
        Some(problem) => Err(syn::Error::new(
            lit.span(),
            format!(
                "invalid `{key}`: {problem}, e.g. `{key} = \"https://api.example.com/errors/\"`"
            ),
        )),
    }
}

pub(super) fn parse_string(input: ParseStream, key: &str) -> syn::Result<LitStr> {
    let expected = || format!("expected a string for `{key}`, e.g. `{key} = \"...\"`");
    if input.peek(LitStr) {
        input.parse()
    } else if input.is_empty() {
        // An empty token stream has no span of its own: it would point at the derive.
        Err(input.error(expected()))
    } else {
        let found: TokenStream = input.step(|c| {
            Ok(c.token_tree()
                .map_or((TokenStream::new(), *c), |(tt, n)| (tt.into(), n)))
        })?;
        Err(syn::Error::new_spanned(found, expected()))
    }
}

/// A `google.rpc.Code` name, as its number: the names are the ones every
/// gRPC library and `grpc-status` documentation uses, so no other spelling
/// is taken. `OK` is not an error's code.
pub(super) fn parse_grpc(input: ParseStream, key: &str) -> syn::Result<i32> {
    let names = symbol::GRPC_CODES;
    let expected =
        || format!("expected a gRPC code name for `{key}`, e.g. `{key} = \"NOT_FOUND\"`");
    if !input.peek(LitStr) {
        if input.is_empty() {
            return Err(input.error(expected()));
        }
        let found: proc_macro2::TokenTree = input.parse()?;
        return Err(syn::Error::new_spanned(found, expected()));
    }
    let lit: LitStr = input.parse()?;
    let found = lit.value();
    if let Some(i) = names.iter().position(|n| *n == found) {
        return i32::try_from(i + 1).map_err(|_| syn::Error::new(lit.span(), expected()));
    }
    let hint = match symbol::closest(&found.to_ascii_uppercase(), names) {
        Some(name) => format!(" (did you mean `{name}`?)"),
        None => String::new(),
    };
    let what = if found == "OK" {
        "`OK` is not an error's gRPC code".to_owned()
    } else {
        format!("unknown gRPC code `{found}`{hint}")
    };
    Err(syn::Error::new(
        lit.span(),
        format!("{what}; expected {}", symbol::list(names)),
    ))
}

/// One of `names`, as its position: `retry = "safe"`. Anything else is
/// reported at the value, with the closest name if it is close enough to
/// be a typo.
pub(super) fn parse_one_of(
    input: ParseStream,
    key: &str,
    what: &str,
    names: &[&str],
) -> syn::Result<usize> {
    let example = names.first().copied().unwrap_or_default();
    let expected = || format!("expected a {what} for `{key}`, e.g. `{key} = \"{example}\"`");
    if !input.peek(LitStr) {
        if input.is_empty() {
            return Err(input.error(expected()));
        }
        let found: proc_macro2::TokenTree = input.parse()?;
        let bare = found.to_string();
        if names.contains(&bare.as_str()) {
            return Err(syn::Error::new_spanned(
                found,
                format!("expected a string: write `{key} = \"{bare}\"`"),
            ));
        }
        return Err(syn::Error::new_spanned(found, expected()));
    }
    let lit: LitStr = input.parse()?;
    let found = lit.value();
    if let Some(position) = names.iter().position(|n| *n == found) {
        return Ok(position);
    }
    let hint = match symbol::closest(&found.to_ascii_lowercase(), names) {
        Some(name) => format!(" (did you mean `{name}`?)"),
        None => String::new(),
    };
    Err(syn::Error::new(
        lit.span(),
        format!(
            "unknown {what} `{found}`{hint}; expected {}",
            symbol::list(names)
        ),
    ))
}
