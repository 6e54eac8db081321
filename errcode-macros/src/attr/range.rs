//! `range = FIRST..=LAST` and `ranges("Category" = FIRST..=LAST, ...)`.

use proc_macro2::TokenStream;
use syn::parse::ParseStream;
use syn::{LitStr, Token};

use super::int::{int_value, lex_int};
use super::Spanned;

pub struct CategoryRange {
    pub category: LitStr,
    pub first: i64,
    pub last: i64,
}

/// `FIRST..=LAST` or `FIRST..END`; `syntax` words the error for tokens that
/// are no range at all, while a bad value keeps its own message.
pub(super) fn parse_range(
    input: ParseStream,
    syntax: impl Fn(syn::Error) -> syn::Error,
) -> syn::Result<Spanned<(i64, i64)>> {
    let (minus, lit) = lex_int(input).map_err(&syntax)?;
    let start = int_value(minus.as_ref(), &lit)?;
    let inclusive = if input.peek(Token![..=]) {
        input.parse::<Token![..=]>()?;
        true
    } else {
        input.parse::<Token![..]>().map_err(&syntax)?;
        false
    };
    let (minus, lit) = lex_int(input).map_err(&syntax)?;
    let end = int_value(minus.as_ref(), &lit)?;
    let last = if inclusive {
        Some(end.value)
    } else {
        end.value.checked_sub(1)
    };
    match last {
        Some(last) if last >= start.value => Ok(Spanned {
            value: (start.value, last),
            span: start.span,
        }),
        _ => {
            // Two tokens carrying the spans of both ends, so the error covers
            // the whole range on stable, where spans cannot be joined.
            let ends: TokenStream = [start.span, end.span]
                .into_iter()
                .map(|span| {
                    let mut dot = proc_macro2::Punct::new('.', proc_macro2::Spacing::Alone);
                    dot.set_span(span);
                    proc_macro2::TokenTree::Punct(dot)
                })
                .collect();
            Err(syn::Error::new_spanned(
                ends,
                "`range` is empty; write `range = FIRST..=LAST`",
            ))
        }
    }
}

/// `"Section" = A..=B, ...`
pub(super) fn parse_category_ranges(input: ParseStream) -> syn::Result<Vec<CategoryRange>> {
    let mut ranges = Vec::new();
    while !input.is_empty() {
        let category: LitStr = input.parse().map_err(|e| {
            syn::Error::new(
                e.span(),
                "expected `\"Category\" = FIRST..=LAST` in `ranges(...)`",
            )
        })?;
        if category.value().is_empty() {
            return Err(syn::Error::new(
                category.span(),
                "a category in `ranges(...)` cannot be empty; name the docs section the codes belong to",
            ));
        }
        if let Some(first) = ranges
            .iter()
            .find(|r: &&CategoryRange| r.category.value() == category.value())
        {
            return Err(syn::Error::new(
                category.span(),
                format!(
                    "category `{}` already has a range in `ranges(...)` ({}..={}); give each category one range",
                    category.value(),
                    first.first,
                    first.last
                ),
            ));
        }
        input.parse::<Token![=]>()?;
        let range = parse_range(input, |e| e)?;
        ranges.push(CategoryRange {
            category,
            first: range.value.0,
            last: range.value.1,
        });
        if input.is_empty() {
            break;
        }
        input.parse::<Token![,]>()?;
    }
    Ok(ranges)
}
