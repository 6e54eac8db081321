//! `errcodes::actix_web::run_examples`: a catalogue's `# Example` requests
//! sent to an actix-web app through `actix_web::test`.
#![cfg(feature = "actix-web")]

use actix_web::{test, web, App};
use errcodes::ApiError;

#[derive(Debug, ApiError)]
#[api_error(actix_web)]
pub enum OrderError {
    /// # Example
    ///
    /// ```http
    /// GET /orders/9 HTTP/1.1
    /// Accept: application/json
    /// ```
    #[code(40401, status = 404, msg = "No order {id}")]
    NoOrder { id: u32 },

    /// # Example
    ///
    /// ```http
    /// POST /orders
    /// Content-Type: application/json
    ///
    /// {"items": []}
    /// ```
    #[code(42201, status = 422, msg = "An order needs items")]
    Empty,
}

async fn order(id: web::Path<u32>) -> Result<String, OrderError> {
    Err(OrderError::NoOrder {
        id: id.into_inner(),
    })
}

async fn create(body: String) -> Result<String, OrderError> {
    if body.replace(' ', "").contains("\"items\":[]") {
        return Err(OrderError::Empty);
    }
    Ok(body)
}

#[tokio::test]
async fn examples_run_against_an_actix_app() {
    let app = test::init_service(
        App::new()
            .route("/orders/{id}", web::get().to(order))
            .route("/orders", web::post().to(create)),
    )
    .await;
    assert_eq!(
        errcodes::actix_web::run_examples::<OrderError, _, _>(&app).await,
        Ok(2)
    );

    // The same examples against an app that routes nothing: each fails, named.
    let empty = test::init_service(App::new()).await;
    let failures = errcodes::actix_web::run_examples::<OrderError, _, _>(&empty)
        .await
        .unwrap_err();
    let named: Vec<&str> = failures.failures().iter().map(|f| f.example()).collect();
    assert_eq!(
        named,
        [
            "OrderError::NoOrder (40401), # Example line 2",
            "OrderError::Empty (42201), # Example line 2"
        ]
    );
    assert!(
        failures
            .to_string()
            .contains("got 404 Not Found : not an error body"),
        "{failures}"
    );
}

#[derive(Debug, ApiError)]
#[api_error(actix_web)]
pub enum TildeError {
    /// # Example
    ///
    /// ~~~http
    /// GET /tilde/1
    /// ~~~
    #[code(40402, status = 404, msg = "No tilde")]
    NoTilde,

    /// # Example
    ///
    /// ````http
    /// GET /fence/1
    /// ````
    #[code(40403, status = 404, msg = "No fence")]
    NoFence,
}

// attack: an `http` block fenced with ~~~ or ```` (CommonMark fences) is silently skipped, so its broken example passes
#[tokio::test]
async fn attack_every_commonmark_http_fence_runs() {
    // An app that routes nothing: both examples must fail, named.
    let empty = test::init_service(App::new()).await;
    let result = errcodes::actix_web::run_examples::<TildeError, _, _>(&empty).await;
    let failures = result.expect_err("two examples whose routes do not exist");
    assert_eq!(failures.failures().len(), 2, "{failures}");
}

#[derive(Debug, ApiError)]
#[api_error(actix_web)]
pub enum ProseError {
    /// # Example
    ///
    /// How an example is written, shown as text:
    ///
    /// ~~~markdown
    /// ```http
    /// DELETE /everything
    /// ```
    /// ~~~
    #[code(40404, status = 404, msg = "Only prose")]
    Prose,
}

// attack: a ```http block inside a ~~~ fence is the fence's text (as Entry::sections reads it), yet run_examples sends it
#[tokio::test]
async fn attack_an_http_block_inside_a_tilde_fence_is_prose() {
    let empty = test::init_service(App::new()).await;
    assert_eq!(
        errcodes::actix_web::run_examples::<ProseError, _, _>(&empty).await,
        Ok(0)
    );
}

#[derive(Debug, ApiError)]
#[api_error(actix_web)]
pub enum PluralError {
    /// # Examples
    ///
    /// ```http
    /// GET /plural/1
    /// ```
    #[code(40406, status = 404, msg = "Rustdoc's heading")]
    Plural,
}

// attack: under rustdoc's own heading `# Examples` an http block is silently skipped: Ok(0), a broken example passes
#[tokio::test]
async fn attack_an_http_example_under_examples_runs_or_is_refused() {
    let empty = test::init_service(App::new()).await;
    let result = errcodes::actix_web::run_examples::<PluralError, _, _>(&empty).await;
    assert_ne!(result, Ok(0), "an http block nobody runs");
}
