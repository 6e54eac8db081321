//! The attributes of a field: `#[source]`, `#[from]`, `#[body(...)]`,
//! `#[placeholder(...)]` and `#[header(...)]`.

use proc_macro2::{Span, TokenStream};
use syn::spanned::Spanned as _;
use syn::{Attribute, Ident, LitStr};

use super::body::parse_body;
use super::docs::{docs, Docs};
use super::header::{parse_field_header, FieldHeader, HEADER_EXPECTED};
use super::Spanned;
use crate::ctxt::Ctxt;
use crate::symbol::*;

#[derive(Default)]
pub struct FieldAttrs {
    pub source: Option<Span>,
    pub from: Option<Span>,
    /// `#[body]`, with the `rename = "..."` literal if given.
    pub body: Option<Spanned<Option<LitStr>>>,
    /// `#[body(encode_only)]`: written to bodies, never decoded.
    pub encode_only: Option<Span>,
    /// `#[body(default)]` or `#[body(default = path)]`: what decoding makes
    /// of an absent member (`Default::default()`, or the function at
    /// `path`), spanned at the key.
    pub default: Option<Spanned<Option<syn::Path>>>,
    /// `#[body(example = ...)]`: the expression as written, spanned at the
    /// key.
    pub example: Option<Spanned<TokenStream>>,
    /// `#[body(retry_after = "ms")]`: the member carries the retry delay, in
    /// the unit at this position of `DELAY_UNITS`; spanned at `body`.
    pub retry_after: Option<Spanned<usize>>,
    /// `#[body(since = "0.6.0")]`: the release the member appeared in.
    pub since: Option<LitStr>,
    /// The doc comment of a `#[body]` field: what its member holds.
    pub docs: Option<Docs>,
    pub placeholder: Option<LitStr>,
    /// `#[header("Name")]`: the field's value is that response header.
    pub header: Option<FieldHeader>,
    /// A `#[placeholder(...)]` too malformed to read: which placeholder it
    /// meant is unknown, so the message's are not checked against fields.
    pub placeholder_broken: bool,
}

/// Field attributes; `#[code]` on a field is reported here.
pub fn parse_field(cx: &mut Ctxt, attrs: &[Attribute]) -> FieldAttrs {
    let mut out = FieldAttrs::default();
    let mut seen: Vec<(&str, &Attribute)> = Vec::new();
    for attr in attrs {
        let name = attr.path().get_ident().map(ToString::to_string);
        let Some(name) = [SOURCE, FROM, BODY, PLACEHOLDER, HEADER]
            .into_iter()
            .find(|n| name.as_deref() == Some(*n))
        else {
            match name.as_deref() {
                Some(CODE) => {
                    cx.error_spanned(attr, "#[code(...)] goes on a variant, not on a field");
                }
                Some(API_ERROR) => {
                    cx.error_spanned(attr, "#[api_error(...)] goes on the type, not on a field");
                }
                _ => {}
            }
            continue;
        };
        if let Some((_, first)) = seen.iter().find(|(n, _)| *n == name) {
            cx.twice(
                attr,
                format!("#[{name}] given twice on one field"),
                first,
                format!("#[{name}] first given here"),
            );
            // Which placeholder the field fills stays the first one's.
            if name == PLACEHOLDER || name == HEADER {
                continue;
            }
        } else {
            seen.push((name, attr));
        }
        match name {
            SOURCE => {
                no_args(cx, attr);
                out.source = Some(attr.path().span());
            }
            FROM => {
                no_args(cx, attr);
                out.from = Some(attr.path().span());
            }
            BODY => parse_body(cx, attr, &mut out),
            HEADER => match attr.parse_args_with(parse_field_header) {
                Ok(header) => out.header = Some(header),
                Err(_) if matches!(attr.meta, syn::Meta::Path(_)) => {
                    cx.error_spanned(attr, HEADER_EXPECTED);
                }
                Err(e) => cx.push(e),
            },
            _ => match attr.parse_args::<LitStr>() {
                // A name no template can write: `{}` is positional, and a
                // brace or `:` ends the name.
                Ok(lit) if lit.value().is_empty() || lit.value().contains(['{', '}', ':']) => {
                    let bare = lit.value().trim_matches(['{', '}']).to_owned();
                    let hint = if bare.is_empty() || bare.contains(['{', '}', ':']) {
                        String::new()
                    } else {
                        format!("; write #[placeholder(\"{bare}\")] to fill `{{{bare}}}`")
                    };
                    cx.error_at(
                        lit.span(),
                        format!(
                            "a placeholder name cannot be empty or contain `{{`, `}}` or `:`{hint}"
                        ),
                    );
                    out.placeholder_broken = true;
                }
                Ok(lit) => out.placeholder = Some(lit),
                // `#[placeholder(n)]`: meant as the name `n`, so it is
                // taken as that and the message still resolves.
                Err(_) => match attr.parse_args::<Ident>() {
                    Ok(ident) => {
                        cx.error_at(
                            ident.span(),
                            format!("expected a string: write #[placeholder(\"{ident}\")]"),
                        );
                        out.placeholder = Some(LitStr::new(&ident.to_string(), ident.span()));
                    }
                    Err(_) => {
                        cx.error_spanned(attr, "expected #[placeholder(\"name in the message\")]");
                        out.placeholder_broken = true;
                    }
                },
            },
        }
    }
    if out.body.is_some() {
        out.docs = docs(attrs);
    }
    out
}

fn no_args(cx: &mut Ctxt, attr: &Attribute) {
    if !matches!(attr.meta, syn::Meta::Path(_)) {
        let name = attr
            .path()
            .get_ident()
            .map(ToString::to_string)
            .unwrap_or_default();
        cx.error_spanned(&attr.meta, format!("#[{name}] takes no arguments"));
    }
}
