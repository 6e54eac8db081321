//! `#[api_error(...)]` on the type: every key from the table.

use proc_macro2::Ident;
use syn::spanned::Spanned as _;
use syn::Attribute;

use super::{is, keys_of, skip_to_comma, Attrs, Place};
use crate::ctxt::Ctxt;
use crate::symbol::{self, *};

pub fn parse_container(cx: &mut Ctxt, attrs: &[Attribute]) -> Attrs {
    let mut out = Attrs::default();
    for attr in attrs.iter().filter(|a| is(a, API_ERROR)) {
        let result = attr.parse_nested_meta(|meta| {
            let Some(key) = meta.path.get_ident().cloned().or_else(|| {
                meta.path
                    .is_ident("crate")
                    .then(|| Ident::new("crate", meta.path.span()))
            }) else {
                cx.push(meta.error(format!(
                    "unknown #[api_error] argument; expected {}",
                    symbol::list(&keys_of(Place::ApiError))
                )));
                skip_to_comma(meta.input);
                return Ok(());
            };
            out.parse_key(cx, Place::ApiError, key, meta.input);
            Ok(())
        });
        if let Err(e) = result {
            cx.push(e);
        }
    }
    out
}
