//! The web adapters: axum and actix-web responses, rejections, logging,
//! language negotiation, the example server over a socket, utoipa, and what
//! never leaks into a body. One test binary per area (see
//! `tests/core/main.rs`).

#[path = "../common"]
mod common {
    pub mod http;
    pub mod validators;
}

mod actix;
mod axum;
mod axum_rejections;
mod leak;
mod logging;
mod negotiate_language;
mod responses;
mod server;
mod utoipa;
