//! What `errcodes::axum::NegotiateLanguage` costs: a request through a
//! service with and without the layer, answered with a success and with an
//! error response (then translated under the layer).
//!
//! `cargo bench --bench language --features axum`; results in BENCHMARKS.md.

use std::convert::Infallible;
use std::future::Future;
use std::pin::pin;
use std::task::{Context, Poll, Waker};

use axum::body::Body;
use axum::http::Request;
use axum::response::Response;
use divan::Bencher;
use errcodes::axum::{into_response, NegotiateLanguage};
use errcodes::ApiError;
use tower::{service_fn, Layer, Service};

#[derive(Debug, ApiError)]
#[api_error(locales = "tests/locales/members")]
pub enum MemberError {
    #[code(34404, status = 404, msg = "Member '{id}' not found.")]
    NotFound { id: String },
    #[code(34429, status = 429, msg = "Too many requests")]
    RateLimited,
    #[code(34401, status = 401, msg = "Incorrect account or wrong password")]
    Unauthorized,
}

fn main() {
    divan::main();
}

/// The output of a future that is ready when first polled, as these are.
fn ready<F: Future>(future: F) -> F::Output {
    match pin!(future).poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(output) => output,
        Poll::Pending => unreachable!("the services here never wait"),
    }
}

fn request() -> Request<Body> {
    Request::get("/members/ada")
        .header("accept-language", "zh-Hant-TW, de;q=0.8, en;q=0.5")
        .body(Body::empty())
        .unwrap()
}

/// Sends a request through `service` per iteration.
fn bench<S>(bencher: Bencher, mut service: S)
where
    S: Service<Request<Body>, Response = Response, Error = Infallible>,
{
    bencher
        .with_inputs(request)
        .bench_local_values(|request| ready(service.call(request)));
}

async fn success(_: Request<Body>) -> Result<Response, Infallible> {
    Ok(Response::new(Body::from("ok")))
}

async fn failure(_: Request<Body>) -> Result<Response, Infallible> {
    Ok(into_response(&MemberError::NotFound { id: "ada".into() }))
}

mod success {
    use super::*;

    #[divan::bench]
    fn without_layer(bencher: Bencher) {
        bench(bencher, service_fn(success));
    }

    #[divan::bench]
    fn with_layer(bencher: Bencher) {
        bench(bencher, NegotiateLanguage.layer(service_fn(success)));
    }
}

mod error {
    use super::*;

    #[divan::bench]
    fn without_layer(bencher: Bencher) {
        bench(bencher, service_fn(failure));
    }

    #[divan::bench]
    fn with_layer_translated(bencher: Bencher) {
        bench(bencher, NegotiateLanguage.layer(service_fn(failure)));
    }
}
