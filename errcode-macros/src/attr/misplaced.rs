//! Attributes written where they do not belong.

use syn::Attribute;

use super::is;
use crate::ctxt::Ctxt;
use crate::symbol::*;

/// `#[code(...)]` placed on the enum itself.
pub fn reject_code_on_enum(cx: &mut Ctxt, attrs: &[Attribute]) {
    for attr in attrs.iter().filter(|a| is(a, CODE)) {
        cx.error_spanned(
            attr,
            "#[code(...)] goes on each variant of an enum; the enum takes #[api_error(...)]",
        );
    }
}

/// `#[api_error(...)]` placed on a variant.
pub fn reject_api_error_on_variant(cx: &mut Ctxt, attrs: &[Attribute]) {
    for attr in attrs.iter().filter(|a| is(a, API_ERROR)) {
        cx.error_spanned(
            attr,
            "#[api_error(...)] goes on the type; variants take #[code(...)]",
        );
    }
}

/// Field attributes placed on a variant or on the type: accepted silently,
/// `#[source]` there would leave `source()` returning `None`.
pub fn reject_field_attrs(cx: &mut Ctxt, attrs: &[Attribute]) {
    for attr in attrs {
        if let Some(name) = [SOURCE, FROM, BODY, PLACEHOLDER, HEADER]
            .into_iter()
            .find(|name| is(attr, name))
        {
            let fixed = if name == HEADER {
                " (a header every response carries is `header(\"Name\" = \"value\")` in #[code(...)])"
            } else {
                ""
            };
            cx.error_spanned(
                attr,
                format!("#[{name}] is not expected here; it goes on a field{fixed}"),
            );
        }
    }
}
