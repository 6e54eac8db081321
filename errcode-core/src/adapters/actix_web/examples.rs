//! `run_examples`: a catalogue's `# Example` requests sent to an actix-web
//! app in process (see `crate::examples`), through `actix_web::test`.

use ::actix_web::body::MessageBody;
use ::actix_web::dev::{Service, ServiceResponse};
use ::actix_web::http::Method;
use ::actix_web::test::{try_read_body, TestRequest};

use crate::examples::{http_examples, ExampleFailure, ExampleFailures, HttpExample};
use crate::ApiError;

/// Sends each `http` example of `E`'s `# Example` sections to `app` (an
/// `actix_web::test::init_service` of your `App`), and checks that each
/// response carries its entry's code, as
/// [`axum::run_examples`](crate::axum::run_examples) does for axum.
///
/// # Errors
///
/// [`ExampleFailures`], when an example is no request or its response is
/// not its entry.
pub async fn run_examples<E, S, B>(app: &S) -> Result<usize, ExampleFailures>
where
    E: ApiError,
    S: Service<actix_http::Request, Response = ServiceResponse<B>, Error = ::actix_web::Error>,
    B: MessageBody,
{
    let examples = http_examples::<E>();
    let mut failures = Vec::new();
    for example in &examples {
        if let Err(failure) = run_one::<E, S, B>(app, example).await {
            failures.push(failure);
        }
    }
    ExampleFailures::from_run(examples.len(), failures)
}

async fn run_one<E, S, B>(app: &S, example: &HttpExample) -> Result<(), ExampleFailure>
where
    E: ApiError,
    S: Service<actix_http::Request, Response = ServiceResponse<B>, Error = ::actix_web::Error>,
    B: MessageBody,
{
    let request = example.request()?;
    let (parts, body) = request.into_parts();
    // actix-web 4's types are `http` 0.2's: the same bytes, checked again.
    let method = Method::from_bytes(parts.method.as_str().as_bytes())
        .map_err(|e| example.failure(format!("not a method: {e}")))?;
    let mut test = TestRequest::default()
        .method(method)
        .uri(&parts.uri.to_string());
    for (name, value) in &parts.headers {
        test = test.insert_header((name.as_str(), value.as_bytes()));
    }
    let (status, body) = match app.call(test.set_payload(body).to_request()).await {
        Ok(response) => {
            let status = response.status().as_u16();
            let body = try_read_body(response)
                .await
                .map_err(|_| example.failure("the body could not be read".to_owned()))?;
            (status, body.to_vec())
        }
        Err(error) => {
            let response = error.error_response();
            let status = response.status().as_u16();
            let body = ::actix_web::body::to_bytes(response.into_body())
                .await
                .map_err(|_| example.failure("the body could not be read".to_owned()))?;
            (status, body.to_vec())
        }
    };
    let status = http::StatusCode::from_u16(status)
        .map_err(|e| example.failure(format!("not a status: {e}")))?;
    example.check::<E>(status, &body)
}
