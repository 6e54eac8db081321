//! `errcodes::axum`: errors as axum responses.
#![cfg(feature = "axum")]

use axum::body::to_bytes;
use axum::http::header::CONTENT_TYPE;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use errcodes::axum::{into_response, ApiResponse};
use errcodes::format::{Member, Source};
use errcodes::ApiError;

#[derive(Debug, ApiError)]
pub enum AccountError {
    #[code(34305, status = 401, msg = "Incorrect account or wrong password")]
    WrongPassword,

    #[code(34306, status = 404, msg = "Member '{member_ref}' not found.")]
    MemberNotFound { member_ref: String },

    #[code(34429, status = 429, msg = "Too many requests", name = "RateLimited")]
    Throttled {
        #[body]
        retry_after: u64,
    },

    #[code(34473, status = 473, msg = "Service unavailable")]
    Maintenance,

    #[code(34001, msg = "Network error")]
    Offline,

    #[code(34409, status = 409, msg = "conflict: {cause}")]
    Conflict {
        #[source]
        cause: std::io::Error,
    },

    #[code(34400, status = 400, msg = "bad input: {0}")]
    Bad(#[from] std::io::Error),

    #[code(34002, status = 400, msg = "Bad map")]
    BadMap {
        #[body]
        map: std::collections::HashMap<(u8, u8), u8>,
    },
}

async fn parts(response: Response) -> (StatusCode, String, Vec<u8>) {
    let status = response.status();
    let content_type = response.headers()[CONTENT_TYPE]
        .to_str()
        .unwrap()
        .to_owned();
    let body = to_bytes(response.into_body(), usize::MAX).await.unwrap();
    (status, content_type, body.to_vec())
}

#[tokio::test]
async fn static_body() {
    let (status, content_type, body) =
        parts(ApiResponse(AccountError::WrongPassword).into_response()).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(content_type, "application/json");
    assert_eq!(
        body,
        br#"{"code":34305,"message":"Incorrect account or wrong password"}"#
    );
    assert_eq!(Some(&body[..]), AccountError::WrongPassword.static_body());
}

#[tokio::test]
async fn rendered_message_and_body_fields() {
    let e = AccountError::MemberNotFound {
        member_ref: "abc".into(),
    };
    let (status, _, body) = parts(into_response(&e)).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(
        body,
        br#"{"code":34306,"message":"Member 'abc' not found."}"#
    );

    let (status, _, body) =
        parts(ApiResponse::from(AccountError::Throttled { retry_after: 5 }).into_response()).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(
        body,
        br#"{"code":34429,"message":"Too many requests","retry_after":5}"#
    );
}

#[tokio::test]
async fn unregistered_and_missing_statuses() {
    let (status, _, _) = parts(into_response(&AccountError::Maintenance)).await;
    assert_eq!(status.as_u16(), 473);
    // No documented status: 500, as `ApiError::status` says.
    let (status, _, body) = parts(into_response(&AccountError::Offline)).await;
    assert_eq!(status, StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(body, br#"{"code":34001,"message":"Network error"}"#);
}

#[tokio::test]
async fn a_body_field_that_fails_to_serialize_leaves_code_and_message() {
    let e = AccountError::BadMap {
        map: [((1, 2), 3)].into(),
    };
    let (status, _, body) = parts(into_response(&e)).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(body, br#"{"code":34002,"message":"Bad map"}"#);
}

#[tokio::test]
async fn handlers_return_the_wrapper_with_question_mark() {
    fn find(id: &str) -> Result<String, AccountError> {
        Err(AccountError::MemberNotFound {
            member_ref: id.into(),
        })
    }
    async fn handler(id: &str) -> Result<String, ApiResponse<AccountError>> {
        Ok(find(id)?)
    }
    let (status, _, body) = parts(handler("x").await.into_response()).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(body, br#"{"code":34306,"message":"Member 'x' not found."}"#);
    let wrapped = handler("y").await.unwrap_err();
    assert_eq!(wrapped.to_string(), "Member 'y' not found.");
    assert!(matches!(
        wrapped.into_inner(),
        AccountError::MemberNotFound { .. }
    ));
}

/// `application/problem+json`-like content type from a format of one's own.
pub struct Custom;

impl errcodes::Format for Custom {
    const CONTENT_TYPE: &'static str = "application/vnd.custom+json";
    const MEMBERS: &'static [Member] = &[Member::new("id", Source::Code)];
}

#[derive(Debug, ApiError)]
#[api_error(format = Custom)]
pub enum CustomError {
    #[code("E_ONE", status = 409)]
    One,
}

#[tokio::test]
async fn content_type_is_the_formats() {
    let (status, content_type, body) = parts(into_response(&CustomError::One)).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(content_type, "application/vnd.custom+json");
    assert_eq!(body, br#"{"id":"E_ONE"}"#);
}

#[tokio::test]
async fn through_a_router() {
    use axum::routing::get;
    use tower::ServiceExt;

    async fn handler() -> Result<&'static str, ApiResponse<AccountError>> {
        Err(AccountError::WrongPassword.into())
    }
    let app = axum::Router::new().route("/", get(handler));
    let request = axum::http::Request::get("/")
        .body(axum::body::Body::empty())
        .unwrap();
    let response = app.oneshot(request).await.unwrap();
    let (status, content_type, body) = parts(response).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(content_type, "application/json");
    assert_eq!(
        body,
        br#"{"code":34305,"message":"Incorrect account or wrong password"}"#
    );
}

#[tokio::test]
async fn a_source_named_in_the_message_stays_out_of_the_response() {
    let secret = || std::io::Error::other("db password=hunter2");
    let e = AccountError::Conflict { cause: secret() };
    assert_eq!(e.to_string(), "conflict: db password=hunter2");
    let (status, _, body) = parts(into_response(&e)).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(body, br#"{"code":34409,"message":"conflict: {cause}"}"#);

    let e = AccountError::from(secret());
    let (status, _, body) = parts(ApiResponse::from(e).into_response()).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(body, br#"{"code":34400,"message":"bad input: {0}"}"#);
}
