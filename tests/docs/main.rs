//! Generated documentation: Markdown pages, OpenAPI documents checked by real
//! validators, pages rendered by real renderers, the seed pages, the wording of
//! messages, and the published package. One test binary per area (see
//! `tests/core/main.rs`).

#[path = "../common"]
mod common {
    pub mod child;
    pub mod fifo;
    pub mod validators;
}

// The demo's own source: what is checked is the example a reader runs first,
// which stays one screen rather than a crate.
#[path = "../../examples/demo.rs"]
#[allow(dead_code)]
mod demo;

mod architecture;
mod docs;
mod docs_fresh;
mod docs_render;
mod docs_view;
mod docs_wire_words;
mod entry_pages;
mod explain;
mod export_schema;
mod generators;
mod history;
mod long_form;
mod openapi_codes;
mod openapi_validators;
mod operations;
mod package;
mod retry;
mod schemas;
mod seed_pages;
mod tree;
mod wording;
