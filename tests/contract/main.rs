//! The contract lock: its format, its diff and the files it is read from and
//! written to. One test binary per area (see `tests/core/main.rs`).

#[path = "../common"]
mod common {
    pub mod child;
    pub mod fifo;
}

#[cfg(feature = "schemars")]
mod body_schemas;
mod contract;
mod contract_files;
mod history;
mod operations;
mod parents;
mod retry;
mod wire_facts;
