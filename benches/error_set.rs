//! What an `error_set!` costs a handler: its result turned into a response
//! with the set as its error and with the catalogue itself, on success and
//! on a declared error; and the screening alone. Divan's allocation
//! profiler counts the allocations of each. Also what the response hook
//! costs: the same error from a catalogue that sends its code in a header
//! (`code_header`).
//!
//! `cargo bench --bench error_set --features axum`; results in BENCHMARKS.md.

use axum::response::{IntoResponse, Response};
use divan::{black_box, AllocProfiler, Bencher};
use errcodes::{ApiError, ErrorSet};

#[global_allocator]
static ALLOC: AllocProfiler = AllocProfiler::system();

#[derive(Debug, ApiError)]
#[api_error(axum)]
pub enum ServiceError {
    #[code(34401, status = 401, msg = "Missing or invalid token")]
    Unauthorized,
    #[code(34404, status = 404, msg = "No such member")]
    MemberNotFound,
    #[code(34409, status = 409, msg = "Taken")]
    Taken,
    #[code(34422, status = 422, msg = "Invalid member")]
    Invalid,
    #[code(34429, status = 429, msg = "Too many requests")]
    RateLimited,
    #[code(34503, status = 503, msg = "Storage unavailable")]
    Storage,
}

/// `ServiceError::Storage` again, its code repeated in `X-Error-Code`.
#[derive(Debug, ApiError)]
#[api_error(axum, code_header = "X-Error-Code")]
pub enum HeadedError {
    #[code(34503, status = 503, msg = "Storage unavailable")]
    Storage,
}

errcodes::error_set! {
    pub Authenticated: ServiceError = [Unauthorized];
}

errcodes::error_set! {
    /// The last of its entries, behind an included set: the longest check.
    pub GetMember: ServiceError = [..Authenticated, MemberNotFound, RateLimited, Storage];
}

fn main() {
    divan::main();
}

fn respond<E: IntoResponse>(result: Result<&'static str, E>) -> Response {
    result.into_response()
}

mod success {
    use super::*;

    #[divan::bench]
    fn catalogue(bencher: Bencher) {
        bencher.bench_local(|| respond::<ServiceError>(black_box(Ok("ok"))));
    }

    #[divan::bench]
    fn error_set(bencher: Bencher) {
        bencher.bench_local(|| respond::<GetMember>(black_box(Ok("ok"))));
    }
}

mod declared_error {
    use super::*;

    #[divan::bench]
    fn catalogue(bencher: Bencher) {
        bencher.bench_local(|| respond::<ServiceError>(Err(black_box(ServiceError::Storage))));
    }

    #[divan::bench]
    fn error_set(bencher: Bencher) {
        bencher.bench_local(|| respond(Err(GetMember(black_box(ServiceError::Storage)))));
    }

    #[divan::bench]
    fn code_header(bencher: Bencher) {
        bencher.bench_local(|| respond::<HeadedError>(Err(black_box(HeadedError::Storage))));
    }
}

mod screening {
    use super::*;

    #[divan::bench]
    fn allows(bencher: Bencher) {
        bencher.bench_local(|| GetMember::allows(black_box(&ServiceError::Storage)));
    }

    #[divan::bench]
    fn screen(bencher: Bencher) {
        bencher.bench_local(|| errcodes::screen::<GetMember>(black_box(&ServiceError::Storage)));
    }
}
