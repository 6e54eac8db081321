//! Items the derive's generated code calls. Not public API: no stability
//! promise, reached only through `errcodes::__private_v0_1`.
//!
//! The version in the module's name is the contract between the derive and
//! this crate: it changes whenever what the derive emits changes, so a
//! derive paired with a runtime of another contract fails to build with
//! "could not find `__private_v0_1`" rather than with errors inside
//! generated code.
//!
//! Each file serves one part of the generated code and is named after it:
//! `errcode-macros/src/expand/<part>.rs` emits what `<part>.rs` here takes.

mod body;
mod catalogue;
mod checks;
mod compose;
mod display;
mod entry;
mod error_set;
mod fallback;
mod frameworks;
mod restore;
mod source;

pub use self::body::{body_entry, optional_body_entry};
pub use self::catalogue::{
    catalogue, category_range, language, retired_int, retired_str, translation,
    translation_segmented, with_code_header, with_docs_url, with_domain, with_history,
    with_languages,
};
pub use self::checks::{
    refused_code, refused_wrapped_codes, Shown, ShownItems, ShownItemsViaDeref, ShownPlain,
    ShownViaDeref, ShownViaDerefTwice,
};
pub use self::compose::{merge_ints, merge_strs, Wrapped};
pub use self::display::{PathLike, Show, ShowPath, ShowRequired, Var};
pub use self::entry::{
    body_field, body_retry_after, body_since, entries, example_json, fixed_header, header_field,
    header_since, int_entry, no_schema, none_entry, retry_delay, str_entry, EntryBuilder,
    ExampleOf, NoSchema, SchemaOf, ViaSchemars, ViaUtoipa,
};
pub use self::error_set::{deeper, inner_declares, SetOf};
pub use self::fallback::{StubGlue, STUB_CATALOGUE, STUB_ENTRIES};
pub use self::restore::{
    body_of, default_body, default_from, present_body, text_of, unit_by_code, DecodableBody,
    DefaultBody, NoFromStr, NoRemote, Restorer, ViaFromStr, ViaRemote,
};
pub use self::source::{AsDynError, FieldSource, SourceRequired, SourceViaDeref};

pub use crate::catalogue::Segment;
pub use crate::decode::RemoteError;
pub use crate::disjoint::{assert_composable, assert_disjoint, assert_not_retired, Codes};
pub use crate::format::members::{reserved_member, ReservedMessage};
pub use crate::format::shape::StaticBodies;
pub use crate::format::Plain;
pub use crate::glue::codes;
pub use crate::glue::{Glue, Restore};
pub use crate::headers::writer::Headers;
pub use crate::{ApiError, Catalogue, Code, CodeRef, Entry, Format, Language};
pub use serde;
pub use serde_json::Value;

pub use crate::__errcode_actix_web_v0_1 as actix_web_impl;
pub use crate::__errcode_axum_v0_1 as axum_impl;
#[cfg(feature = "actix-web")]
pub use ::actix_web;
#[cfg(feature = "axum")]
pub use ::axum;
