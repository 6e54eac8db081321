//! `errcodes::actix_web`: errors as actix-web error responses.
#![cfg(feature = "actix-web")]

use actix_web::body::{to_bytes, BoxBody};
use actix_web::http::header::CONTENT_TYPE;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, ResponseError};
use errcodes::actix_web::{error_response, status_code, ApiResponse};
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

    #[code(34461, status = 461, msg = "User punishment")]
    Punishment,

    #[code(34001, msg = "Network error")]
    Offline,

    #[code(34409, status = 409, msg = "conflict: {cause}")]
    Conflict {
        #[source]
        cause: std::io::Error,
    },

    #[code(34400, status = 400, msg = "bad input: {0}")]
    Bad(#[from] std::io::Error),
}

async fn parts(response: HttpResponse<BoxBody>) -> (StatusCode, String, Vec<u8>) {
    let status = response.status();
    let content_type = response
        .headers()
        .get(CONTENT_TYPE)
        .unwrap()
        .to_str()
        .unwrap()
        .to_owned();
    let body = to_bytes(response.into_body()).await.unwrap();
    (status, content_type, body.to_vec())
}

#[tokio::test]
async fn static_body() {
    let error = ApiResponse(AccountError::WrongPassword);
    assert_eq!(error.status_code(), StatusCode::UNAUTHORIZED);
    let (status, content_type, body) = parts(error.error_response()).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(content_type, "application/json");
    assert_eq!(
        body,
        br#"{"code":34305,"message":"Incorrect account or wrong password"}"#
    );
}

#[tokio::test]
async fn rendered_message_and_body_fields() {
    let e = AccountError::MemberNotFound {
        member_ref: "abc".into(),
    };
    let (status, _, body) = parts(error_response(&e)).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(
        body,
        br#"{"code":34306,"message":"Member 'abc' not found."}"#
    );

    let e = ApiResponse::from(AccountError::Throttled { retry_after: 5 });
    let (status, _, body) = parts(e.error_response()).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(
        body,
        br#"{"code":34429,"message":"Too many requests","retry_after":5}"#
    );
}

#[tokio::test]
async fn unregistered_and_missing_statuses() {
    assert_eq!(status_code(&AccountError::Punishment).as_u16(), 461);
    let (status, _, _) = parts(error_response(&AccountError::Punishment)).await;
    assert_eq!(status.as_u16(), 461);
    let (status, _, body) = parts(error_response(&AccountError::Offline)).await;
    assert_eq!(status, StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(body, br#"{"code":34001,"message":"Network error"}"#);
}

#[tokio::test]
async fn into_actix_error() {
    fn find(id: &str) -> Result<String, AccountError> {
        Err(AccountError::MemberNotFound {
            member_ref: id.into(),
        })
    }
    fn handler(id: &str) -> Result<String, ApiResponse<AccountError>> {
        Ok(find(id)?)
    }
    let wrapped = handler("x").unwrap_err();
    assert_eq!(wrapped.to_string(), "Member 'x' not found.");
    assert_eq!(
        format!("{wrapped:?}"),
        r#"MemberNotFound { member_ref: "x" }"#
    );
    let error: actix_web::Error = wrapped.into();
    let (status, content_type, body) = parts(error.error_response()).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(content_type, "application/json");
    assert_eq!(body, br#"{"code":34306,"message":"Member 'x' not found."}"#);
}

#[tokio::test]
async fn a_source_named_in_the_message_stays_out_of_the_response() {
    let secret = || std::io::Error::other("db password=hunter2");
    let e = AccountError::Conflict { cause: secret() };
    assert_eq!(e.to_string(), "conflict: db password=hunter2");
    let (status, _, body) = parts(error_response(&e)).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(body, br#"{"code":34409,"message":"conflict: {cause}"}"#);

    let e = AccountError::from(secret());
    let (status, _, body) = parts(ApiResponse::from(e).error_response()).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(body, br#"{"code":34400,"message":"bad input: {0}"}"#);
}
