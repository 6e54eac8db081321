//! Code generation for valid input. Emits the per-variant tables and thin
//! glue; everything else is ordinary code in errcode-core.
//!
//! Each file emits one part of the generated code, and where that part
//! calls into the runtime's private module, the file there has the same
//! name: `entry.rs` writes the entries `__private/entry.rs` builds, and so
//! on for `catalogue`, `compose`, `checks`, `display`, `source`, `restore`,
//! `body`, `fallback` and `frameworks`. The other files are named for what
//! they emit: `glue.rs` the `ApiError` and `Glue` impls (`glue.rs` of the
//! runtime is their trait), `from_code.rs`, `headers.rs`, `retry.rs` (the
//! retry member's delay), `pattern.rs` the
//! patterns, arms and constructors of variants, `history.rs` the
//! catalogue's history (`since`, deprecations, retired codes), and
//! `paths.rs` the paths all of them name. `derive` only assembles.

use proc_macro2::TokenStream;
use quote::quote;

use crate::ast::Input;
use crate::locales::Locales;

mod body;
mod catalogue;
mod checks;
mod compose;
mod display;
mod entry;
pub mod fallback;
mod frameworks;
mod from_code;
mod glue;
mod headers;
mod history;
mod option;
mod paths;
mod pattern;
mod restore;
mod retry;
mod source;

pub use self::frameworks::framework_impls;
pub use self::paths::Paths;

/// The impls for `input`: each part from its file, assembled in one
/// `const _` block.
pub fn derive(input: &Input, locales: &Locales) -> TokenStream {
    let paths = Paths::new(input);
    let krate = &paths.krate;
    let allow_deprecated = input.deprecated.then(|| quote!(#[allow(deprecated)]));
    let entries = entry::entries_static(input, &paths);
    let catalogue = catalogue::catalogue_static(input, &paths, locales);
    let bodies = body::bodies_static(input, &paths);
    let codes = compose::codes_items(input, &paths);
    let retired = history::retired_items(input, &paths);
    let display = display::display_impl(input, &paths);
    let error = source::error_impl(input, &paths);
    let glue = glue::impls(input, &paths, locales);
    let serialize = body::serialize_impl(input, &paths);
    let froms = source::from_impls(input);
    let checks = checks::checks(input, &paths);
    let frameworks = frameworks::framework_impls(input);
    quote! {
        #[doc(hidden)]
        #allow_deprecated
        const _: () = {
            // The one path into the runtime's private module, whose name is
            // the version of this contract: paired with a runtime of another
            // contract, the build fails here, once, naming the module.
            use #krate::__private_v0_1 as __errcode_private;
            #entries
            #catalogue
            #bodies
            #codes
            #retired
            #display
            #error
            #glue
            #serialize
            #froms
            #checks
            #frameworks
        };
    }
}
