//! Header names and values: `header("Name" = "value", ...)` in `#[code]`
//! and `#[header("Name", with = path)]` on a field.

use syn::parse::ParseStream;
use syn::{Ident, LitStr, Token};

use crate::symbol::*;

/// `"Name" = "value", ...` in `header(...)`.
pub(super) fn parse_fixed_headers(input: ParseStream) -> syn::Result<Vec<(LitStr, LitStr)>> {
    let expected = "expected `\"Header-Name\" = \"value\"` in `header(...)`";
    let mut headers = Vec::new();
    while !input.is_empty() {
        let name: LitStr = input
            .parse()
            .map_err(|e| syn::Error::new(e.span(), expected))?;
        header_name(&name)?;
        input
            .parse::<Token![=]>()
            .map_err(|e| syn::Error::new(e.span(), expected))?;
        let value: LitStr = input
            .parse()
            .map_err(|e| syn::Error::new(e.span(), expected))?;
        if let Some(c) = not_in_header_value(&value.value()) {
            return Err(syn::Error::new(
                value.span(),
                format!(
                    "a header value holds visible ASCII characters, spaces and tabs; found {c:?}"
                ),
            ));
        }
        headers.push((name, value));
        if input.is_empty() {
            break;
        }
        input.parse::<Token![,]>()?;
    }
    Ok(headers)
}

/// The first character of `text` a header value cannot hold as errcodes
/// writes one: visible ASCII, spaces and tabs only.
pub fn not_in_header_value(text: &str) -> Option<char> {
    text.chars()
        .find(|c| !(*c == '\t' || (' '..='~').contains(c)))
}

/// A header name is an RFC 9110 token; the adapters write `Content-Type`
/// (the format's) and the framework the framing headers, so an error
/// setting them would contradict its own response.
pub fn header_name(name: &LitStr) -> syn::Result<()> {
    let text = name.value();
    if text.is_empty() {
        return Err(syn::Error::new(
            name.span(),
            "a header name cannot be empty",
        ));
    }
    if let Some(c) = text
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || "!#$%&'*+-.^_`|~".contains(*c)))
    {
        return Err(syn::Error::new(
            name.span(),
            format!("{c:?} cannot appear in a header name; write it as `Retry-After` is written: letters, digits and `-`"),
        ));
    }
    let lower = text.to_ascii_lowercase();
    if ["content-type", "content-length", "transfer-encoding"].contains(&lower.as_str()) {
        return Err(syn::Error::new(
            name.span(),
            format!("`{text}` is set by the response itself (the format's content type and the body's framing), not by an error"),
        ));
    }
    Ok(())
}

/// `#[header("Name")]` or `#[header("Name", with = path, since = "0.6.0")]` on a field.
pub struct FieldHeader {
    pub name: LitStr,
    /// `with = path`: the function whose result the header shows, in place
    /// of the field's own `Display`.
    pub with: Option<syn::ExprPath>,
    /// `since = "0.6.0"`: the release the header appeared in.
    pub since: Option<LitStr>,
}

pub(super) const HEADER_EXPECTED: &str =
    "expected #[header(\"Header-Name\")] or #[header(\"Header-Name\", with = path::to::function)]";

pub(super) fn parse_field_header(input: ParseStream) -> syn::Result<FieldHeader> {
    let name: LitStr = input
        .parse()
        .map_err(|e| syn::Error::new(e.span(), HEADER_EXPECTED))?;
    header_name(&name)?;
    let mut with = None;
    let mut since = None;
    while !input.is_empty() {
        input.parse::<Token![,]>()?;
        if input.is_empty() {
            break;
        }
        let key: Ident = input.parse()?;
        if key == "since" && since.is_none() {
            input.parse::<Token![=]>()?;
            since = Some(super::history::parse_version(input, "since")?);
            continue;
        }
        if key != WITH || with.is_some() {
            return Err(syn::Error::new(
                key.span(),
                format!("unknown #[header] argument `{key}`; expected `with = path::to::function`"),
            ));
        }
        input.parse::<Token![=]>()?;
        with = Some(match input.parse::<syn::Expr>()? {
            syn::Expr::Path(path) if path.qself.is_none() => path,
            other => return Err(syn::Error::new_spanned(
                other,
                "`with` takes the path of a function `fn(&FieldType) -> impl Display` whose result the header shows, e.g. `with = errcodes::headers::seconds_from_millis`",
            )),
        });
    }
    Ok(FieldHeader { name, with, since })
}
