//! Arbitrary bytes and status into the decoder of every catalogue in
//! `tests/common/hostile.rs` (all six built-in formats): no input may panic,
//! and what decodes must be right (see `hostile::check`).

#![no_main]

#[path = "../../tests/common/hostile.rs"]
mod hostile;

use errcodes::StatusCode;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: &[u8]| {
    let (status, body) = match input.split_first_chunk::<2>() {
        Some((s, rest)) => (StatusCode::from_u16(u16::from_le_bytes(*s) % 1000).ok(), rest),
        None => (None, input),
    };
    hostile::decode_each(body, status);
});
