//! Doc comments, as the catalogue's titles and descriptions.

use proc_macro2::TokenStream;
use syn::Attribute;

use super::is;

/// A doc comment: its text, and the values the compiler must expand
/// (`#[doc = include_str!("errors.md")]`), kept in order.
pub struct Docs(Vec<DocPiece>);

#[derive(Clone)]
enum DocPiece {
    Text(String),
    Expr(TokenStream),
}

impl Docs {
    fn push_text(&mut self, text: &str) {
        match self.0.last_mut() {
            Some(DocPiece::Text(last)) => last.push_str(text),
            _ => self.0.push(DocPiece::Text(text.to_owned())),
        }
    }

    /// The docs as one `&'static str` expression: a literal, or `concat!`
    /// around what only the compiler can expand, which is const as well.
    pub fn to_expr(&self) -> TokenStream {
        match &self.0[..] {
            [DocPiece::Text(text)] => quote::quote!(#text),
            pieces => {
                let pieces = pieces.iter().map(|p| match p {
                    DocPiece::Text(text) => quote::quote!(#text),
                    DocPiece::Expr(expr) => expr.clone(),
                });
                quote::quote!(::core::concat!(#(#pieces),*))
            }
        }
    }

    /// The first paragraph on one line, as a catalogue's title, and the rest.
    /// A title must be known to the derive, so docs that open with an
    /// expanded value have none (the type's name stands in).
    pub fn split_title(&self) -> (Option<String>, Option<Docs>) {
        let Some(DocPiece::Text(first)) = self.0.first() else {
            return (None, Some(Docs(self.0.clone())));
        };
        let (title, rest) = match first.split_once("\n\n") {
            Some((title, rest)) => (title, rest.trim_start()),
            None => (first.as_str(), ""),
        };
        let mut description = Docs(Vec::new());
        description.push_text(rest.trim_start_matches('\n'));
        description.0.extend(self.0[1..].iter().cloned());
        description
            .0
            .retain(|p| !matches!(p, DocPiece::Text(t) if t.is_empty()));
        if let Some(DocPiece::Text(last)) = description.0.last_mut() {
            *last = last.trim_end().to_owned();
        }
        let title = title.trim_end_matches('\n').replace('\n', " ");
        (
            Some(title),
            (!description.0.is_empty()).then_some(description),
        )
    }
}

/// The doc comment: lines without their leading space, joined by newlines,
/// blank lines at either end dropped. A value that is not a string literal
/// (`include_str!(..)`) is kept for the compiler to expand.
pub fn docs(attrs: &[Attribute]) -> Option<Docs> {
    let mut docs = Docs(Vec::new());
    let values = attrs
        .iter()
        .filter(|a| is(a, "doc"))
        .filter_map(|a| match &a.meta {
            syn::Meta::NameValue(nv) => Some(&nv.value),
            _ => None,
        });
    for (i, value) in values.enumerate() {
        if i > 0 {
            docs.push_text("\n");
        }
        match value {
            syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(s),
                ..
            }) => {
                let value = s.value();
                let lines: Vec<&str> = value
                    .split('\n')
                    .map(|l| l.strip_prefix(' ').unwrap_or(l).trim_end())
                    .collect();
                docs.push_text(&lines.join("\n"));
            }
            other => docs
                .0
                .push(DocPiece::Expr(quote::ToTokens::to_token_stream(other))),
        }
    }
    if let Some(DocPiece::Text(first)) = docs.0.first_mut() {
        *first = first.trim_start_matches('\n').to_owned();
    }
    if let Some(DocPiece::Text(last)) = docs.0.last_mut() {
        *last = last.trim_end_matches('\n').to_owned();
    }
    docs.0
        .retain(|p| !matches!(p, DocPiece::Text(t) if t.is_empty()));
    (!docs.0.is_empty()).then_some(docs)
}
