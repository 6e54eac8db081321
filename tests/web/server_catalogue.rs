//! The server example's catalogue as its tests hold it: every `# Example`
//! section runs green against the example's router, and every entry is
//! sent by a test (`errcodes::coverage`); a broken example fails, naming
//! itself.
#![cfg(all(feature = "axum", feature = "tracing"))]

use axum::body::Body;
use axum::http::Request;
use axum::routing::get;
use errcodes::coverage;
use errcodes::ApiError;
use tower::ServiceExt as _;

use super::server::example::{app, ServiceError};

async fn send(router: &axum::Router, uri: &str) -> axum::response::Response {
    let request = Request::get(uri).body(Body::empty()).unwrap();
    router.clone().oneshot(request).await.unwrap()
}

#[tokio::test]
async fn every_entry_is_sent_by_an_example_or_a_test() {
    coverage::record();
    let router = app();
    let ran = errcodes::axum::run_examples::<ServiceError>(router.clone()).await;
    assert_eq!(ran, Ok(7), "{}", ran.as_ref().unwrap_err());

    // What no example can show: the fourth search of a window, and a bug
    // (an error /search does not declare) sent as `Internal`.
    for _ in 0..4 {
        send(&router, "/search?q=a").await;
    }
    let bug = super::under_policy(errcodes::Undeclared::Replace, send(&router, "/search?q="));
    assert_eq!(bug.await.status(), 500);

    coverage::assert_covered::<ServiceError>();
}

#[derive(Debug, ApiError)]
#[api_error(axum)]
pub enum Broken {
    /// # Example
    ///
    /// ```http
    /// GET /gone
    /// ```
    #[code(1, status = 404, msg = "Not found")]
    NotFound,

    /// Gone for good.
    ///
    /// # Example
    ///
    /// Asks for the wrong route:
    ///
    /// ```http
    /// GET /missing
    /// ```
    #[code(2, status = 410, msg = "Gone")]
    Gone,

    /// # Example
    ///
    /// ```http
    /// members/1
    /// ```
    #[code(3, status = 400, msg = "Bad request")]
    BadRequest,

    /// # Example
    ///
    /// A request the server example answers with its own catalogue's body:
    ///
    /// ```http
    /// GET /members/bob
    /// ```
    #[code(4, status = 404, msg = "No such member")]
    NoMember,
}

async fn not_found() -> Broken {
    Broken::NotFound
}

#[tokio::test]
async fn a_broken_example_fails_naming_its_entry_and_line() {
    let router = axum::Router::new()
        .route("/gone", get(not_found))
        .route("/missing", get(not_found))
        .merge(app());
    let failures = errcodes::axum::run_examples::<Broken>(router)
        .await
        .unwrap_err();
    let text = failures.to_string();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "3 of 4 examples failed:", "{text}");
    assert_eq!(
        lines[1],
        "  Broken::Gone (2), # Example line 4: expected its code; got 404 Not Found {\"code\":1,\"message\":\"Not found\"}: that is 1 NotFound"
    );
    assert!(
        lines[2].starts_with("  Broken::BadRequest (3), # Example line 2: expected its code; the block must start with a request line"),
        "{text}"
    );
    assert!(
        lines[3].starts_with("  Broken::NoMember (4), # Example line 4: expected its code; got 404 Not Found {\"code\":34404,"),
        "{text}"
    );
    let named: Vec<&str> = failures.failures().iter().map(|f| f.example()).collect();
    assert_eq!(
        named,
        [
            "Broken::Gone (2), # Example line 4",
            "Broken::BadRequest (3), # Example line 2",
            "Broken::NoMember (4), # Example line 4"
        ]
    );
}
