//! `run_examples`: a catalogue's `# Example` requests sent to an axum
//! `Router` in process (see `crate::examples`).

use ::axum::body::Body;
use ::axum::Router;
use tower_service::Service as _;

use crate::examples::{http_examples, ExampleFailure, ExampleFailures, HttpExample};
use crate::ApiError;

/// Sends each `http` example of `E`'s `# Example` sections to `router`, as
/// a client would (the router's layers included), and checks that each
/// response carries its entry's code: the number of examples run, or every
/// failure, each naming its example. See [`examples`](crate::examples) for
/// the syntax.
///
/// ```
/// use axum::routing::get;
/// use errcodes::ApiError;
///
/// #[derive(Debug, ApiError)]
/// #[api_error(axum)]
/// enum MemberError {
///     /// # Example
///     ///
///     /// ```http
///     /// GET /members/bob
///     /// ```
///     #[code(34404, status = 404, msg = "No such member")]
///     NotFound,
/// }
///
/// async fn member() -> Result<String, MemberError> {
///     Err(MemberError::NotFound)
/// }
///
/// // A test, under `#[tokio::test]`:
/// async fn examples_run() {
///     let app = axum::Router::new().route("/members/{id}", get(member));
///     assert_eq!(errcodes::axum::run_examples::<MemberError>(app).await, Ok(1));
/// }
/// ```
///
/// # Errors
///
/// [`ExampleFailures`], when an example is no request or its response is
/// not its entry.
pub async fn run_examples<E: ApiError>(router: Router) -> Result<usize, ExampleFailures> {
    let examples = http_examples::<E>();
    let mut failures = Vec::new();
    for example in &examples {
        if let Err(failure) = run_one::<E>(&router, example).await {
            failures.push(failure);
        }
    }
    ExampleFailures::from_run(examples.len(), failures)
}

async fn run_one<E: ApiError>(
    router: &Router,
    example: &HttpExample,
) -> Result<(), ExampleFailure> {
    let request = example.request()?.map(Body::from);
    let mut router = router.clone();
    let response = match router.call(request).await {
        Ok(response) => response,
        Err(never) => match never {},
    };
    let status = response.status();
    let body = ::axum::body::to_bytes(response.into_body(), usize::MAX)
        .await
        .map_err(|e| example.failure(format!("the body could not be read: {e}")))?;
    example.check::<E>(status, &body)
}
