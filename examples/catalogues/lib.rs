//! The seed catalogues: five services' published error pages, entry for
//! entry, as `ApiError` enums. `cargo run --example <name>` prints one; the
//! tests compare them with `tests/data/<name>.tsv`, decode and document them;
//! the fuzz targets build hostile bodies from them. A crate of their own so
//! that each has one home all three use.

pub mod cocam;
pub mod fresns;
pub mod kakao;
pub mod mastodon;
pub mod pluralkit;
pub mod table;
