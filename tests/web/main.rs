//! The web adapters: axum and actix-web responses, rejections, language
//! negotiation, the example server over a socket, utoipa, and what never
//! leaks into a body (their logging is `tests/logging.rs`, which needs a
//! process of its own). One test binary per area (see `tests/core/main.rs`).

#[path = "../common"]
mod common {
    // Only the tests of these features use them.
    #[cfg(all(feature = "axum", any(feature = "tracing", feature = "actix-web")))]
    pub mod http;
    #[cfg(feature = "utoipa")]
    pub mod validators;
}

mod actix;
mod axum;
mod axum_rejections;
mod leak;
mod negotiate_language;
mod responses;
mod server;
mod utoipa;
