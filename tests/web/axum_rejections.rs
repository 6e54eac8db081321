//! `errcodes::axum::WithRejection`: axum's `Json`, `Path` and `Query`
//! rejections sent as catalogue entries, with axum's statuses, through a
//! router answering real requests.
#![cfg(feature = "axum")]

use axum::body::{to_bytes, Body};
use axum::extract::{Json, Path, Query};
use axum::http::header::CONTENT_TYPE;
use axum::http::{Request, StatusCode};
use axum::routing::post;
use axum::Router;
use errcodes::axum::{
    check_rejections, ApiResponse, FromRejection, Rejection, RejectionKind, WithRejection,
};
use errcodes::ApiError;
use serde::Deserialize;
use tower::ServiceExt as _;

/// Errors of the items API.
#[derive(Debug, ApiError)]
pub enum ItemError {
    #[code(40001, status = 400, msg = "Malformed JSON: {detail}")]
    MalformedJson { detail: String },
    #[code(40002, status = 422, msg = "Invalid fields: {detail}")]
    InvalidFields { detail: String },
    #[code(40003, status = 415, msg = "Send Content-Type: application/json")]
    NotJson,
    #[code(40004, status = 413, msg = "Body too large")]
    TooLarge,
    #[code(40005, status = 400, msg = "Unreadable body")]
    UnreadableBody,
    #[code(40006, status = 400, msg = "Invalid path: {detail}")]
    InvalidPath { detail: String },
    #[code(40007, status = 400, msg = "Invalid query: {detail}")]
    InvalidQuery { detail: String },
    #[code(50000, status = 500, msg = "Internal error")]
    Internal,
}

impl FromRejection for ItemError {
    fn from_rejection(rejection: Rejection) -> Self {
        let status = rejection.status();
        match rejection.kind() {
            RejectionKind::JsonSyntax => ItemError::MalformedJson {
                detail: rejection.into_text(),
            },
            RejectionKind::JsonData => ItemError::InvalidFields {
                detail: rejection.into_text(),
            },
            RejectionKind::JsonContentType => ItemError::NotJson,
            RejectionKind::Body if status == StatusCode::PAYLOAD_TOO_LARGE => ItemError::TooLarge,
            RejectionKind::Body => ItemError::UnreadableBody,
            RejectionKind::Path if status == StatusCode::BAD_REQUEST => ItemError::InvalidPath {
                detail: rejection.into_text(),
            },
            RejectionKind::Query => ItemError::InvalidQuery {
                detail: rejection.into_text(),
            },
            _ => ItemError::Internal,
        }
    }
}

#[derive(Deserialize)]
struct Item {
    name: String,
    count: u8,
}

#[derive(Deserialize)]
struct Options {
    dry_run: bool,
}

async fn create(
    WithRejection(Path(shop), _): WithRejection<Path<u32>, ItemError>,
    WithRejection(Query(options), _): WithRejection<Query<Options>, ItemError>,
    WithRejection(Json(item), _): WithRejection<Json<Item>, ItemError>,
) -> Result<String, ApiResponse<ItemError>> {
    Ok(format!(
        "{shop}: {} x{} (dry run: {})",
        item.name, item.count, options.dry_run
    ))
}

fn app() -> Router {
    Router::new().route("/shops/{shop}/items", post(create))
}

async fn send(uri: &str, content_type: Option<&str>, body: &str) -> (StatusCode, String, Vec<u8>) {
    let mut request = Request::post(uri);
    if let Some(content_type) = content_type {
        request = request.header(CONTENT_TYPE, content_type);
    }
    let response = app()
        .oneshot(request.body(Body::from(body.to_owned())).unwrap())
        .await
        .unwrap();
    let status = response.status();
    let content_type = response
        .headers()
        .get(CONTENT_TYPE)
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default();
    let body = to_bytes(response.into_body(), 1 << 20).await.unwrap();
    (status, content_type, body.to_vec())
}

/// The response is the catalogue's: its content type, its code, axum's
/// status; and a client decodes it back to the entry.
fn decoded(status: StatusCode, content_type: &str, body: &[u8]) -> ItemError {
    assert_eq!(content_type, "application/json");
    ItemError::decode(body, Some(status))
        .unwrap()
        .into_result()
        .unwrap()
        .error
}

const JSON: Option<&str> = Some("application/json");

#[tokio::test]
async fn a_good_request_passes() {
    let (status, _, body) = send(
        "/shops/7/items?dry_run=true",
        JSON,
        r#"{"name":"pen","count":2}"#,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body, b"7: pen x2 (dry run: true)");
}

#[tokio::test]
async fn malformed_json_is_the_catalogues_400() {
    let (status, content_type, body) = send("/shops/7/items?dry_run=true", JSON, "{").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let e = decoded(status, &content_type, &body);
    assert_eq!(e.code(), 40001);
    assert!(
        matches!(&e, ItemError::MalformedJson { detail } if detail.contains("EOF")),
        "{e:?}"
    );
}

#[tokio::test]
async fn json_of_the_wrong_shape_is_the_catalogues_422() {
    let (status, content_type, body) = send(
        "/shops/7/items?dry_run=true",
        JSON,
        r#"{"name":"pen","count":"two"}"#,
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let e = decoded(status, &content_type, &body);
    assert_eq!(e.code(), 40002);
    assert!(
        matches!(&e, ItemError::InvalidFields { detail } if detail.contains("count")),
        "{e:?}"
    );
}

#[tokio::test]
async fn a_wrong_content_type_is_the_catalogues_415() {
    let (status, content_type, body) = send(
        "/shops/7/items?dry_run=true",
        Some("text/plain"),
        r#"{"name":"pen","count":2}"#,
    )
    .await;
    assert_eq!(status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    assert!(matches!(
        decoded(status, &content_type, &body),
        ItemError::NotJson
    ));
}

#[tokio::test]
async fn a_bad_path_is_the_catalogues_400() {
    let (status, content_type, body) = send(
        "/shops/seven/items?dry_run=true",
        JSON,
        r#"{"name":"pen","count":2}"#,
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let e = decoded(status, &content_type, &body);
    assert_eq!(e.code(), 40006);
    assert!(
        matches!(&e, ItemError::InvalidPath { detail } if detail.contains("seven")),
        "{e:?}"
    );
}

#[tokio::test]
async fn a_bad_query_is_the_catalogues_400() {
    let (status, content_type, body) = send(
        "/shops/7/items?dry_run=maybe",
        JSON,
        r#"{"name":"pen","count":2}"#,
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    let e = decoded(status, &content_type, &body);
    assert_eq!(e.code(), 40007);
}

#[test]
fn the_mapping_keeps_axums_statuses() {
    check_rejections::<ItemError>().unwrap();
}

#[test]
fn a_mapping_that_changes_a_status_is_reported() {
    #[derive(Debug, ApiError)]
    enum Collapsed {
        #[code(1, status = 400, msg = "Bad request")]
        BadRequest,
    }
    impl FromRejection for Collapsed {
        fn from_rejection(_: Rejection) -> Self {
            Collapsed::BadRequest
        }
    }
    let mismatch = check_rejections::<Collapsed>().unwrap_err();
    assert_eq!(mismatch.kind, RejectionKind::JsonData);
    assert_eq!(mismatch.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        mismatch.to_string(),
        "JsonData rejection (status 422) mapped to `BadRequest`, which is sent with status 400"
    );
}
