//! Conformance against the specs' own text: every published example error
//! body in `tests/data/specs/` (sources in its README) and what it must
//! decode to, with the seed enums and with enums that declare what the
//! examples use.

use errcodes_catalogues::fresns;
use errcodes_catalogues::mastodon;
use errcodes_catalogues::pluralkit;

use errcodes::decode::{DecodeError, Decoded, Evidence, Reason, Received, Unrecognized};
use errcodes::format::{Matrix, Problem, ProblemType};
use errcodes::{ApiError, StatusCode};
use serde::{Deserialize, Serialize};

fn spec(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/data/specs/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn decode<E: ApiError>(name: &str, status: u16) -> Decoded<E> {
    E::decode(&spec(name), Some(StatusCode::from_u16(status).unwrap()))
        .unwrap_or_else(|e| panic!("{name} with {status}: {e}"))
}

fn unrecognized<E: ApiError + std::fmt::Debug>(decoded: Decoded<E>) -> Unrecognized {
    match decoded {
        Decoded::Unrecognized(u) => u,
        Decoded::Known(e) => panic!("expected no variant, got {e:?}"),
    }
}

fn received<E: ApiError + std::fmt::Debug>(decoded: Decoded<E>) -> Received<E> {
    decoded
        .into_result()
        .unwrap_or_else(|u| panic!("expected a variant, got {u}"))
}

mod matrix;
mod retry;
mod rfc9457;
mod seeds;
