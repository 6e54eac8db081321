//! `#[api_error(...)]` on the type: every key from the table.

use syn::Attribute;

use super::{is, parse_list, Attrs, Place};
use crate::ctxt::Ctxt;
use crate::symbol::*;

pub fn parse_container(cx: &mut Ctxt, attrs: &[Attribute]) -> Attrs {
    let mut out = Attrs::default();
    for attr in attrs.iter().filter(|a| is(a, API_ERROR)) {
        parse_list(cx, attr, Place::ApiError, &mut out);
    }
    out
}
