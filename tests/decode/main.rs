//! Decoding: bodies of every format back to their variants, the spec examples,
//! the seed catalogues round-tripped, and hostile bodies. One test binary per
//! area (see `tests/core/main.rs`).

#[path = "../common"]
mod common {
    pub mod hostile;
    pub mod round_trip;
}

mod body_fields;
mod decode;
mod decode_hostile;
mod decode_one_pass;
mod parent;
mod retired;
mod seed_catalogues;
mod seed_round_trips;
mod sources;
mod spec_examples;
