//! Runtime of [errcode](https://docs.rs/errcode): the [`ApiError`] trait, codes,
//! the static catalogue, body formats and decoding.
//!
//! Depend on `errcode`, not on this crate: it re-exports everything here
//! together with the derive.

mod api_error;
mod catalogue;
mod code;
mod disjoint;
pub mod decode;
pub mod format;

#[doc(hidden)]
pub mod __private;

pub use api_error::ApiError;
pub use catalogue::{BodyField, Catalogue, CategoryRange, Entry};
pub use code::{Code, CodeBuf, CodeRef};
pub use format::Format;
pub use http::StatusCode;
