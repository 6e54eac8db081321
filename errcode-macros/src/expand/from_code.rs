//! `ApiError::from_code`: the field-less variant with a code.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use super::compose::{transparents, wrapped};
use super::paths::Paths;
use super::pattern::construct;
use crate::ast::{Input, Variant};
use crate::attr::CodeValue;

/// Whether `from_code` finds `variant`: field-less, with a code of its own
/// (not `_`, not `shared`).
pub(super) fn found_by_code(variant: &Variant) -> bool {
    variant.fields.is_empty()
        && variant.code.shared().is_none()
        && !matches!(variant.code.code.value, CodeValue::None)
}

/// `ApiError::from_code`: a `match` on the code, then the wrapped types'.
pub(super) fn from_code_fn(input: &Input, paths: &Paths) -> TokenStream {
    let private = &paths.private;
    let a = crate::bound::fresh_lifetime(input.generics, "__a");
    let sized = crate::bound::sized(input.generics);
    let mut ints = Vec::new();
    let mut strs = Vec::new();
    for v in &input.variants {
        let code = &v.code;
        if !found_by_code(v) {
            continue;
        }
        let value = construct(input, v, &[]);
        match &code.code.value {
            CodeValue::Int(n) => {
                let lit = Literal::i64_unsuffixed(*n);
                ints.push(quote!(#lit => #value,));
            }
            CodeValue::Str(s) => strs.push(quote!(#s => #value,)),
            CodeValue::None => {}
        }
    }
    let transparents = transparents(input);
    // With transparent variants, an own code not found is no answer yet.
    let miss = if transparents.is_empty() {
        quote!(return ::core::option::Option::None)
    } else {
        quote!(break '__own ::core::option::Option::None)
    };
    // `Some(match .. { code => Self::V, _ => return None })`: one `Some`
    // per function rather than one per arm.
    let int_arm = (!ints.is_empty())
        .then(|| quote!(#private::CodeRef::Int(__n) => match __n { #(#ints)* _ => #miss },));
    let str_arm = (!strs.is_empty())
        .then(|| quote!(#private::CodeRef::Str(__s) => match __s { #(#strs)* _ => #miss },));
    let body = if !transparents.is_empty() {
        let own = (int_arm.is_some() || str_arm.is_some()).then(|| {
            quote! {
                let __own = '__own: {
                    ::core::option::Option::Some(match __code { #int_arm #str_arm _ => #miss })
                };
                if __own.is_some() {
                    return __own;
                }
            }
        });
        let tries = transparents.iter().map(|(v, f)| {
            let wrapped = wrapped(f.ty);
            let value = construct(input, v, &[quote!(__inner)]);
            quote! {
                if let ::core::option::Option::Some(__inner) = #wrapped::from_code(__code) {
                    return ::core::option::Option::Some(#value);
                }
            }
        });
        quote! {
            let __code = ::core::convert::Into::<#private::CodeRef<#a>>::into(__code);
            #own
            #(#tries)*
            ::core::option::Option::None
        }
    } else if int_arm.is_none() && str_arm.is_none() {
        quote! {
            let _ = __code;
            ::core::option::Option::None
        }
    } else {
        quote! {
            ::core::option::Option::Some(match ::core::convert::Into::<#private::CodeRef<#a>>::into(__code) {
                #int_arm
                #str_arm
                _ => return ::core::option::Option::None,
            })
        }
    };
    quote! {
        #[inline]
        fn from_code<#a>(
            __code: impl ::core::convert::Into<#private::CodeRef<#a>>,
        ) -> ::core::option::Option<Self>
        where
            #sized
        {
            #body
        }
    }
}
