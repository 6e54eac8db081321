//! The derive itself: codes, statuses, messages, bodies, sources,
//! transparent variants, generics, hygiene and lints, large enums, and
//! parity with thiserror.
//!
//! Integration tests are one binary per area (`tests/<area>/main.rs`, one
//! module per file), not one per file: each binary links errcodes, axum,
//! actix-web, tonic and tokio, so the link, not the tests, is what a test
//! run pays for each one. A new test file goes in its area's directory,
//! with a `mod` line in that area's `main.rs`; only a test that needs a
//! process of its own stays a `tests/*.rs` binary (`tests/logging.rs` says
//! why it does).

mod bodies;
mod catalogue;
mod code;
mod custom_format;
mod disjoint;
mod display;
mod docs_url;
mod format_bodies;
mod from_code;
mod generics;
mod glue;
mod history;
mod hygiene;
mod large_catalogue;
mod large_enum;
mod large_templated;
mod lints;
mod source;
mod static_bodies;
mod status;
mod structs;
mod thiserror_parity;
mod transparent;
mod transparent_keys;
