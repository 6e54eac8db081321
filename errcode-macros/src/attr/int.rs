//! Integer literals, as codes and range ends take them.

use syn::parse::ParseStream;
use syn::{LitInt, Token};

use super::Spanned;

/// A type suffix (`300u8`) says nothing errcodes uses, and one the value does
/// not fit would read as a promise the code does not keep.
pub(super) fn no_suffix(lit: &LitInt) -> syn::Result<()> {
    if lit.suffix().is_empty() {
        Ok(())
    } else {
        Err(syn::Error::new(
            lit.span(),
            format!(
                "`{lit}` has a type suffix; write `{}` without `{}`",
                lit.base10_digits(),
                lit.suffix()
            ),
        ))
    }
}

/// An integer literal with an optional leading `-`, checked to fit in `i64`.
pub(super) fn parse_i64(input: ParseStream) -> syn::Result<Spanned<i64>> {
    let (minus, lit) = lex_int(input)?;
    int_value(minus.as_ref(), &lit)
}

/// The tokens of an integer, before any check of its value.
pub(super) fn lex_int(input: ParseStream) -> syn::Result<(Option<Token![-]>, LitInt)> {
    Ok((input.parse()?, input.parse()?))
}

pub(super) fn int_value(minus: Option<&Token![-]>, lit: &LitInt) -> syn::Result<Spanned<i64>> {
    no_suffix(lit)?;
    let span = minus.map_or(lit.span(), |m| {
        m.span.join(lit.span()).unwrap_or(lit.span())
    });
    let digits = lit.base10_digits();
    let text = if minus.is_some() {
        format!("-{digits}")
    } else {
        digits.to_owned()
    };
    let value = text.parse::<i64>().map_err(|_| {
        syn::Error::new(lit.span(), format!("code `{text}` does not fit in an i64"))
    })?;
    Ok(Spanned { value, span })
}
