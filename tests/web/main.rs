//! The web adapters: axum and actix-web responses, rejections, language
//! negotiation, the example server over a socket, utoipa, and what never
//! leaks into a body (their logging is `tests/logging.rs`, which needs a
//! process of its own). One test binary per area (see `tests/core/main.rs`).

#[path = "../common"]
mod common {
    // Only the tests of these features use them.
    #[cfg(all(feature = "axum", any(feature = "tracing", feature = "actix-web")))]
    pub mod http;
    #[cfg(any(feature = "utoipa", all(feature = "axum", feature = "tracing")))]
    pub mod validators;
}

mod actix;
mod actix_examples;
mod axum;
mod axum_rejections;
mod coverage;
mod error_sets;
mod errors_pages;
mod leak;
mod negotiate_language;
mod responses;
mod server;
mod server_catalogue;
mod utoipa;

/// Held by each test that changes `errcodes::Undeclared` for the process.
#[cfg(any(feature = "axum", feature = "actix-web"))]
static UNDECLARED_POLICY: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// Runs `body` under `policy`, then puts the build's default back.
#[cfg(any(feature = "axum", feature = "actix-web"))]
async fn under_policy<F: std::future::Future>(policy: errcodes::Undeclared, body: F) -> F::Output {
    let _held = UNDECLARED_POLICY.lock().await;
    policy.set();
    let output = body.await;
    errcodes::Undeclared::Panic.set();
    output
}
