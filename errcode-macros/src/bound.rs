//! Where-clauses for generic types: a bound is added only for a field whose
//! type mentions a type parameter, and only the bound that field's use needs.

use std::collections::BTreeSet;

use proc_macro2::{TokenStream, TokenTree};
use quote::{format_ident, quote, ToTokens};
use syn::{Generics, Ident, Type, WhereClause};

pub struct Bounds {
    params: BTreeSet<String>,
    predicates: Vec<TokenStream>,
    seen: BTreeSet<String>,
}

impl Bounds {
    pub fn new(generics: &Generics) -> Self {
        let params = generics
            .type_params()
            .map(|p| p.ident.to_string())
            .collect();
        Bounds {
            params,
            predicates: Vec::new(),
            seen: BTreeSet::new(),
        }
    }

    fn mentions_param(&self, tokens: TokenStream) -> bool {
        find_ident(tokens, &|ident| self.params.contains(&ident.to_string())).is_some()
    }

    /// `ty: ::core::fmt::Trait` for a field formatted with that trait.
    pub fn push(&mut self, ty: &Type, format_trait: &str) {
        let format_trait: Ident = format_ident!("{}", format_trait);
        self.push_raw(ty, quote!(::core::fmt::#format_trait));
    }

    pub fn push_raw(&mut self, ty: &Type, bound: TokenStream) {
        if self.mentions_param(ty.to_token_stream()) {
            self.add(quote!(#ty: #bound));
        }
    }

    /// A bound on `Self`, needed only when the type is generic.
    pub fn push_self(&mut self, bound: TokenStream) {
        if !self.params.is_empty() {
            self.add(quote!(Self: #bound));
        }
    }

    /// `Self: Sized`, for what only a sized type can have (a value returned,
    /// a generic method): an unsized struct (last field `str` or `Path`) then
    /// goes without it. The binder keeps rustc from rejecting the bound as
    /// trivially false when the type is unsized.
    pub fn push_sized(&mut self, generics: &Generics) {
        self.add(sized(generics));
    }

    fn add(&mut self, predicate: TokenStream) {
        if self.seen.insert(predicate.to_string()) {
            self.predicates.push(predicate);
        }
    }

    pub fn where_clause(&self, existing: Option<&WhereClause>) -> TokenStream {
        let existing = existing
            .map(|w| {
                w.predicates
                    .iter()
                    .map(ToTokens::to_token_stream)
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default();
        let all: Vec<&TokenStream> = existing.iter().chain(&self.predicates).collect();
        if all.is_empty() {
            TokenStream::new()
        } else {
            quote!(where #(#all),*)
        }
    }
}

/// The first identifier in `tokens`, groups included, that `wanted` accepts.
fn find_ident(tokens: TokenStream, wanted: &dyn Fn(&Ident) -> bool) -> Option<Ident> {
    tokens.into_iter().find_map(|tt| match tt {
        TokenTree::Ident(ident) if wanted(&ident) => Some(ident),
        TokenTree::Group(group) => find_ident(group.stream(), wanted),
        _ => None,
    })
}

/// The first of `params` that `ty` names, if any.
pub fn mentioned(ty: &Type, params: &[String]) -> Option<String> {
    find_ident(ty.to_token_stream(), &|ident| {
        params.iter().any(|p| ident == p)
    })
    .map(|ident| ident.to_string())
}

/// The parameters code outside the type's impls (a `static`) cannot name:
/// its type and const parameters.
pub fn unnameable_in_static(generics: &Generics) -> Vec<String> {
    generics
        .type_params()
        .map(|p| p.ident.to_string())
        .chain(generics.const_params().map(|p| p.ident.to_string()))
        .collect()
}

/// `ty` with each lifetime in `generics` made `'static`, for code outside
/// the type's impls (a `static`) that must still name the type.
pub fn with_static_lifetimes(ty: &Type, generics: &Generics) -> TokenStream {
    let lifetimes: Vec<String> = generics
        .lifetimes()
        .map(|l| l.lifetime.ident.to_string())
        .collect();
    fn walk(tokens: TokenStream, lifetimes: &[String]) -> TokenStream {
        let mut out = TokenStream::new();
        let mut after_quote = false;
        for tt in tokens {
            let tt = match tt {
                TokenTree::Ident(ident) if after_quote && lifetimes.iter().any(|l| ident == l) => {
                    TokenTree::Ident(Ident::new("static", ident.span()))
                }
                TokenTree::Group(group) => {
                    let mut new =
                        proc_macro2::Group::new(group.delimiter(), walk(group.stream(), lifetimes));
                    new.set_span(group.span());
                    TokenTree::Group(new)
                }
                other => other,
            };
            after_quote = matches!(&tt, TokenTree::Punct(p) if p.as_char() == '\'' );
            out.extend([tt]);
        }
        out
    }
    walk(ty.to_token_stream(), &lifetimes)
}

/// A generic parameter name for a generated method: `base`, with `_`
/// appended until no parameter of the user's type has the name (their
/// parameters are in scope in the method too).
pub fn fresh(generics: &Generics, base: &str) -> Ident {
    let taken: BTreeSet<String> = generics
        .params
        .iter()
        .map(|p| match p {
            syn::GenericParam::Type(t) => t.ident.to_string(),
            syn::GenericParam::Const(c) => c.ident.to_string(),
            syn::GenericParam::Lifetime(l) => l.lifetime.ident.to_string(),
        })
        .collect();
    let mut name = base.to_owned();
    while taken.contains(&name) {
        name.push('_');
    }
    format_ident!("{}", name)
}

/// A lifetime for a generated method, fresh as [`fresh`] makes names.
pub fn fresh_lifetime(generics: &Generics, base: &str) -> syn::Lifetime {
    syn::Lifetime {
        apostrophe: proc_macro2::Span::call_site(),
        ident: fresh(generics, base),
    }
}

/// The predicate of [`Bounds::push_sized`].
pub fn sized(generics: &Generics) -> TokenStream {
    let lifetime = fresh_lifetime(generics, "__s");
    quote!(for<#lifetime> Self: ::core::marker::Sized)
}
