//! Runtime of [errcodes](https://docs.rs/errcodes): the [`ApiError`] trait, codes,
//! the static catalogue, body formats, decoding, docs and the contract guard.
//!
//! Depend on `errcodes`, not on this crate: it re-exports everything here
//! together with the derive.

#![cfg_attr(docsrs, feature(doc_cfg))]

mod api_error;
mod atomic_file;
mod catalogue;
mod client_message;
pub mod clients;
mod code;
pub mod contract;
pub mod coverage;
pub mod decode;
mod disjoint;
pub mod docs;
mod error_set;
pub mod examples;
pub mod format;
mod glue;
mod grpc;
pub mod headers;
mod lang;
pub mod observe;
mod retry;
mod schema;

#[cfg(any(feature = "axum", feature = "actix-web"))]
mod adapters;
#[cfg(feature = "actix-web")]
pub use adapters::actix_web;
#[cfg(feature = "axum")]
pub use adapters::axum;
#[cfg(any(feature = "axum", feature = "actix-web"))]
pub use adapters::{ApiResponse, ErrorInfo};

#[cfg(feature = "tonic")]
pub mod tonic;
#[cfg(feature = "utoipa")]
pub mod utoipa;

#[doc(hidden)]
#[path = "__private/mod.rs"]
pub mod __private_v0_1;

pub use api_error::ApiError;
pub use catalogue::{
    AllEntries, BodyField, Catalogue, CategoryRange, Deprecation, Entry, Explanation,
    ResponseHeader, Retired, Section, Sections, Segment,
};
pub use client_message::MessageIn;
pub use code::{Code, CodeBuf, CodeRef};
/// Release versions as `since` and `deprecated` write them, compared as
/// SemVer orders them; the derive checks each with the same reading.
pub use errcode_shared::{compare_versions, Version};
pub use error_set::{
    screen, screened_status, DeclaredErrors, ErrorSet, InvalidOperation, Operation,
    OperationProblem, Screened, Undeclared,
};
pub use format::Format;
pub use grpc::GrpcCode;
pub use headers::InvalidHeader;
pub use http::StatusCode;
pub use lang::{Language, Translation};
pub use observe::fingerprint;
pub use retry::{DelayUnit, Fault, Retry, RetryClass, RetryDelay};
