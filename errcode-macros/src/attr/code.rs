//! `#[code(...)]`: the code first, then the keys of the table, or
//! `transparent` alone.

use proc_macro2::{Span, TokenStream};
use syn::parse::ParseStream;
use syn::spanned::Spanned as _;
use syn::{Attribute, Ident, LitInt, LitStr, Token};

use super::int::parse_i64;
use super::{is, keys_of, skip_to_comma, Attrs, Place, Spanned};
use crate::ctxt::Ctxt;
use crate::symbol::{self, *};

/// The code of a `#[code(...)]`.
#[derive(Clone)]
pub enum CodeValue {
    /// `_`: an entry documented without a code.
    None,
    Int(i64),
    Str(String),
}

pub struct CodeAttr {
    pub code: Spanned<CodeValue>,
    pub keys: Attrs,
    /// `#[code(transparent)]`, with the span of the word.
    pub transparent: Option<Span>,
}

const EXPECTED_CODE: &str =
    "expected the code first: an integer, a string, or `_` for an entry without one";

pub(super) fn parse_code_value(
    input: ParseStream,
    attr_span: Span,
) -> syn::Result<Spanned<CodeValue>> {
    const EXPECTED: &str = EXPECTED_CODE;
    if input.is_empty() {
        return Err(syn::Error::new(
            attr_span,
            format!("empty #[code(...)]; {EXPECTED}"),
        ));
    }
    if input.peek(Token![_]) {
        let underscore: Token![_] = input.parse()?;
        return Ok(Spanned {
            value: CodeValue::None,
            span: underscore.span,
        });
    }
    if input.peek(LitStr) {
        let lit: LitStr = input.parse()?;
        if let Some(problem) = errcode_shared::code::string_code_problem(&lit.value()) {
            return Err(syn::Error::new(lit.span(), problem));
        }
        return Ok(Spanned {
            value: CodeValue::Str(lit.value()),
            span: lit.span(),
        });
    }
    if input.peek(LitInt) || input.peek(Token![-]) {
        let n = parse_i64(input)?;
        return Ok(Spanned {
            value: CodeValue::Int(n.value),
            span: n.span,
        });
    }
    let tt: proc_macro2::TokenTree = input.parse()?;
    let found = match &tt {
        proc_macro2::TokenTree::Literal(l) if l.to_string().contains('.') => "a float".to_owned(),
        proc_macro2::TokenTree::Ident(i) if input.peek(Token![=]) => format!("`{i} = ...`"),
        other => format!("`{other}`"),
    };
    Err(syn::Error::new(
        tt.span(),
        format!("{EXPECTED}; found {found}"),
    ))
}

/// The value of a key that names another entry by its code
/// (`parent = 34300`): a code as `#[code(...)]` writes it, but not `_`,
/// which names no entry.
pub(super) fn parse_code_key(input: ParseStream, key: &str) -> syn::Result<Spanned<CodeValue>> {
    let expected = format!(
        "expected a code for `{key}`, an integer or a string as the enum's codes are written, e.g. `{key} = 34300`"
    );
    let code =
        parse_code_value(input, input.span()).map_err(|e| syn::Error::new(e.span(), &expected))?;
    if matches!(code.value, CodeValue::None) {
        return Err(syn::Error::new(
            code.span,
            format!("`_` is no code: `{key}` names the code of another entry of this enum"),
        ));
    }
    Ok(code)
}

/// The code as the user would write it first in `#[code(...)]`.
pub fn code_text(code: &CodeValue) -> String {
    match code {
        CodeValue::None => "_".to_owned(),
        CodeValue::Int(n) => n.to_string(),
        CodeValue::Str(s) => format!("{s:?}"),
    }
}

pub fn parse_code(cx: &mut Ctxt, attr: &Attribute) -> Option<CodeAttr> {
    // The parentheses, so that `#[code()]` is reported on `()`; `join`
    // of a delimiter works on stable where joining other spans does not.
    let attr_span = match &attr.meta {
        syn::Meta::List(list) => list.delimiter.span().join(),
        _ => attr.span(),
    };
    let mut result = None;
    let parser = |input: ParseStream| -> syn::Result<()> {
        let transparent = input.peek(Ident)
            && !input.peek2(Token![=])
            && input.fork().parse::<Ident>()? == TRANSPARENT;
        result = Some(if transparent {
            parse_transparent(cx, input)?
        } else {
            parse_code_list(cx, input, attr_span)?
        });
        Ok(())
    };
    match attr.parse_args_with(parser) {
        Ok(()) => result,
        Err(e) => {
            cx.push(syn::Error::new(
                e.span(),
                format!("{e}; write #[code(CODE, status = ..., msg = \"...\")]"),
            ));
            None
        }
    }
}

/// `#[code(transparent)]`, alone.
fn parse_transparent(cx: &mut Ctxt, input: ParseStream) -> syn::Result<CodeAttr> {
    let word: Ident = input.parse()?;
    if input.parse::<Option<Token![,]>>()?.is_some() && !input.is_empty() {
        let extra: proc_macro2::TokenTree = input.parse()?;
        cx.error_spanned(extra, "#[code(transparent)] takes no other arguments: the code, status, message and the rest come from the field's error type");
        input.parse::<TokenStream>()?;
    }
    Ok(CodeAttr {
        code: Spanned {
            value: CodeValue::None,
            span: word.span(),
        },
        keys: Attrs::default(),
        transparent: Some(word.span()),
    })
}

/// The code, then the keys of the table.
fn parse_code_list(cx: &mut Ctxt, input: ParseStream, attr_span: Span) -> syn::Result<CodeAttr> {
    // A key where the code belongs (`#[code(status = 400, msg = "x", 5)]`):
    // the keys are read anyway, and the one mistake reported once.
    let mut missing_code = input
        .fork()
        .parse::<Ident>()
        .ok()
        .filter(|_| input.peek2(Token![=]));
    let code = if missing_code.is_some() {
        Spanned {
            value: CodeValue::None,
            span: attr_span,
        }
    } else {
        match parse_code_value(input, attr_span) {
            Ok(code) => code,
            Err(e) => {
                cx.push(e);
                Spanned {
                    value: CodeValue::None,
                    span: attr_span,
                }
            }
        }
    };
    let mut expect_comma = missing_code.is_none();
    let mut out = CodeAttr {
        code,
        keys: Attrs::default(),
        transparent: None,
    };
    while !input.is_empty() {
        if expect_comma {
            if let Err(e) = input.parse::<Token![,]>() {
                cx.push(e);
                skip_to_comma(input);
                continue;
            }
        }
        expect_comma = true;
        if input.is_empty() {
            break;
        }
        let code_here = input.peek(LitInt)
            || input.peek(LitStr)
            || input.peek(Token![_])
            || input.peek(Token![-]);
        if let (Some(first), true) = (&missing_code, code_here) {
            if let Some(code) = code_after_keys(cx, input, attr_span, first) {
                out.code = code;
            }
            missing_code = None;
            continue;
        }
        let key: Ident = match syn::ext::IdentExt::parse_any(input) {
            Ok(k) => k,
            Err(_) if missing_code.is_some() => {
                // Neither a key nor a code: reported as the missing code.
                skip_to_comma(input);
                continue;
            }
            Err(e) => {
                cx.push(syn::Error::new(
                    e.span(),
                    format!(
                        "expected a #[code] argument after the code: {}",
                        symbol::list(&keys_of(Place::Code))
                    ),
                ));
                skip_to_comma(input);
                continue;
            }
        };
        if let (Some(first), true) = (&missing_code, key == CODE && input.peek(Token![=])) {
            if let Some(code) = code_as_key(cx, input, attr_span, first, &key)? {
                out.code = code;
            }
            missing_code = None;
            continue;
        }
        if key == TRANSPARENT {
            cx.error_at(
                key.span(),
                "`transparent` stands alone: write #[code(transparent)] without a code or other arguments",
            );
            skip_to_comma(input);
            continue;
        }
        out.keys.parse_key(cx, Place::Code, key, input);
    }
    if let Some(found) = missing_code {
        cx.error_at(
            found.span(),
            format!("{EXPECTED_CODE}; found `{found} = ...`"),
        );
    }
    Ok(out)
}

/// The code written after a key (`#[code(status = 400, 5)]`), where the
/// code was missing: read, and the one mistake reported.
fn code_after_keys(
    cx: &mut Ctxt,
    input: ParseStream,
    attr_span: Span,
    first: &Ident,
) -> Option<Spanned<CodeValue>> {
    match parse_code_value(input, attr_span) {
        Ok(code) => {
            let text = code_text(&code.value);
            cx.error_at(
                code.span,
                format!(
                    "the code goes first, before `{first}`: write `#[code({text}, {first} = ...)]`"
                ),
            );
            Some(code)
        }
        Err(e) => {
            cx.push(e);
            None
        }
    }
}

/// The code written as a key (`code = 5`): read, and one mistake, one error.
fn code_as_key(
    cx: &mut Ctxt,
    input: ParseStream,
    attr_span: Span,
    first: &Ident,
    key: &Ident,
) -> syn::Result<Option<Spanned<CodeValue>>> {
    input.parse::<Token![=]>()?;
    Ok(match parse_code_value(input, attr_span) {
        Ok(code) => {
            let text = code_text(&code.value);
            let rest = if first != CODE {
                format!(", {first} = ...")
            } else if input.is_empty() {
                String::new()
            } else {
                ", ...".to_owned()
            };
            cx.error_at(
                key.span(),
                format!("the code takes no key and goes first: write `#[code({text}{rest})]`"),
            );
            Some(code)
        }
        Err(e) => {
            cx.push(e);
            None
        }
    })
}

/// The `#[code(...)]` of a variant (or struct): exactly one.
pub fn parse_code_attrs(cx: &mut Ctxt, attrs: &[Attribute]) -> Option<CodeAttr> {
    let mut found: Option<CodeAttr> = None;
    let mut first = None;
    for attr in attrs.iter().filter(|a| is(a, CODE)) {
        if let Some(first) = first {
            cx.twice(
                attr,
                "a second #[code(...)]; each variant has exactly one",
                first,
                "first #[code(...)] here",
            );
            continue;
        }
        first = Some(attr);
        found = parse_code(cx, attr);
    }
    found
}
