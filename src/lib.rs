#![doc = include_str!("../README.md")]

pub use errcode_core::*;

/// Derives [`ApiError`], `Display`, `std::error::Error`, `serde::Serialize`
/// and `From` for `#[from]` fields. See the crate documentation for the
/// attribute grammar.
pub use errcode_macros::ApiError;
