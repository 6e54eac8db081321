//! gRPC: codes mapped to gRPC statuses, and `errcodes::tonic` against a real
//! server over loopback. One test binary per area (see `tests/core/main.rs`).

mod grpc;
mod tonic;
mod tonic_details_limit;
mod tonic_retry;
