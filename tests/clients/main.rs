//! Clients in other languages: the TypeScript and Python modules of every
//! seed catalogue, the demo's and the hostile generator's, checked with
//! `tsc --strict` and `mypy --strict`, and their decoders run over the
//! conformance vectors the Rust decoder writes. One test binary per area
//! (see `tests/core/main.rs`).

#[path = "../common"]
mod common {
    pub mod hostile;
}

#[path = "../../examples/demo.rs"]
#[allow(dead_code)]
mod demo;

mod attack;
mod catalogues;
mod digits;
mod names;
mod parent;
mod tools;
mod type_uri;
mod vectors;
