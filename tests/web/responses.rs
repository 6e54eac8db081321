//! `#[api_error(axum, actix_web)]`: handlers return the error type itself,
//! with the headers, extension and body the adapters send.
#![cfg(all(feature = "axum", feature = "actix-web"))]

use errcodes::{ApiError, ErrorInfo};

/// Errors of the accounts API.
#[derive(Debug, ApiError)]
#[api_error(axum, actix_web, range = 34000..=34999)]
pub enum AccountError {
    #[code(
        34305,
        status = 401,
        msg = "Incorrect account or wrong password",
        header("WWW-Authenticate" = "Bearer realm=\"accounts\"")
    )]
    WrongPassword,

    #[code(34306, status = 404, msg = "Member '{member_ref}' not found.")]
    MemberNotFound { member_ref: String },

    #[code(34429, status = 429, msg = "Too many requests", name = "RateLimited")]
    Throttled {
        #[body]
        #[header("Retry-After")]
        retry_after: u64,
    },

    #[code(34430, status = 429, msg = "Slow down")]
    SlowDown(#[header("retry-after")] Option<u32>),

    #[code(34431, status = 400, msg = "Bad challenge")]
    BadChallenge {
        #[header("WWW-Authenticate")]
        challenge: String,
    },
}

/// A generic type: the impls carry its bounds.
#[derive(Debug, ApiError)]
#[api_error(axum, actix_web)]
pub enum Wrapped<T: std::fmt::Display + std::fmt::Debug + 'static>
where
    T: Send,
{
    #[code(1, status = 409, msg = "conflict")]
    Conflict(#[allow(dead_code)] T),
}

mod axum_side {
    use super::*;
    use axum::body::to_bytes;
    use axum::http::header::{CONTENT_TYPE, RETRY_AFTER, WWW_AUTHENTICATE};
    use axum::http::{Request, StatusCode};
    use axum::response::IntoResponse;
    use axum::routing::get;
    use tower::ServiceExt;

    async fn throttled() -> Result<&'static str, AccountError> {
        Err(AccountError::Throttled { retry_after: 30 })
    }

    #[tokio::test]
    async fn a_handler_returns_the_enum() {
        let app = axum::Router::new().route("/", get(throttled));
        let request = Request::get("/").body(axum::body::Body::empty()).unwrap();
        let response = app.oneshot(request).await.unwrap();
        assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
        assert_eq!(response.headers()[RETRY_AFTER], "30");
        assert_eq!(response.headers()[CONTENT_TYPE], "application/json");
        let info = response.extensions().get::<ErrorInfo>().copied().unwrap();
        assert_eq!(info.code(), 34429);
        assert_eq!(info.name(), "RateLimited");
        assert_eq!(info.status(), StatusCode::TOO_MANY_REQUESTS);
        let body = to_bytes(response.into_body(), usize::MAX).await.unwrap();
        assert_eq!(
            &body[..],
            br#"{"code":34429,"message":"Too many requests","retry_after":30}"#
        );
    }

    #[test]
    fn fixed_and_optional_headers() {
        let response = AccountError::WrongPassword.into_response();
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
        assert_eq!(
            response.headers()[WWW_AUTHENTICATE],
            "Bearer realm=\"accounts\""
        );
        let response = AccountError::SlowDown(Some(2)).into_response();
        assert_eq!(response.headers()[RETRY_AFTER], "2");
        let response = AccountError::SlowDown(None).into_response();
        assert!(response.headers().get(RETRY_AFTER).is_none());
        assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
    }

    #[test]
    fn an_invalid_header_value_is_left_out_not_a_panic() {
        let e = AccountError::BadChallenge {
            challenge: "Bearer\r\nSet-Cookie: x=1".into(),
        };
        let response = e.into_response();
        assert_eq!(response.status(), StatusCode::BAD_REQUEST);
        assert!(response.headers().get(WWW_AUTHENTICATE).is_none());
        assert!(response.headers().get("set-cookie").is_none());
        assert_eq!(response.headers()[CONTENT_TYPE], "application/json");
    }

    #[test]
    fn a_generic_type() {
        let response = Wrapped::Conflict("x").into_response();
        assert_eq!(response.status(), StatusCode::CONFLICT);
    }
}

mod actix_side {
    use super::*;
    use actix_web::body::to_bytes;
    use actix_web::http::header::{CONTENT_TYPE, RETRY_AFTER, WWW_AUTHENTICATE};
    use actix_web::http::StatusCode;
    use actix_web::{web, App, ResponseError};

    async fn throttled() -> Result<&'static str, AccountError> {
        Err(AccountError::Throttled { retry_after: 30 })
    }

    #[tokio::test]
    async fn a_handler_returns_the_enum() {
        // A handler actix-web accepts: the error type is a `ResponseError`.
        let _ = App::new().route("/", web::get().to(throttled));
        let error: actix_web::Error = throttled().await.unwrap_err().into();
        let response = error.error_response();
        assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
        assert_eq!(response.headers().get(RETRY_AFTER).unwrap(), "30");
        assert_eq!(
            response.headers().get(CONTENT_TYPE).unwrap(),
            "application/json"
        );
        let info = response.extensions().get::<ErrorInfo>().copied().unwrap();
        assert_eq!(info.code(), 34429);
        assert_eq!(info.name(), "RateLimited");
        let body = to_bytes(response.into_body()).await.unwrap();
        assert_eq!(
            &body[..],
            br#"{"code":34429,"message":"Too many requests","retry_after":30}"#
        );
    }

    #[test]
    fn fixed_headers_and_invalid_values() {
        let e = AccountError::WrongPassword;
        assert_eq!(e.status_code(), StatusCode::UNAUTHORIZED);
        let response = e.error_response();
        assert_eq!(
            response.headers().get(WWW_AUTHENTICATE).unwrap(),
            "Bearer realm=\"accounts\""
        );
        let e = AccountError::BadChallenge {
            challenge: "é".into(),
        };
        let response = e.error_response();
        assert_eq!(response.status(), StatusCode::BAD_REQUEST);
        assert!(response.headers().get(WWW_AUTHENTICATE).is_none());
    }

    #[test]
    fn a_generic_type() {
        assert_eq!(Wrapped::Conflict(1).status_code(), StatusCode::CONFLICT);
    }
}

#[test]
fn write_headers_reports_the_invalid_one_and_writes_the_rest() {
    let mut map = http::HeaderMap::new();
    assert_eq!(
        AccountError::Throttled { retry_after: 7 }.write_headers(&mut map),
        Ok(())
    );
    assert_eq!(map["retry-after"], "7");

    let mut map = http::HeaderMap::new();
    let e = AccountError::BadChallenge {
        challenge: "a\nb".into(),
    };
    let err = e.write_headers(&mut map).unwrap_err();
    assert_eq!(err.name(), "WWW-Authenticate");
    assert_eq!(
        err.to_string(),
        "the value of header `WWW-Authenticate` is not a valid header value"
    );
    assert!(map.is_empty());
}

#[test]
fn the_catalogue_lists_headers() {
    let entries = AccountError::catalogue().entries();
    let fixed = &entries[0].headers()[0];
    assert_eq!(
        (
            fixed.name(),
            fixed.value(),
            fixed.field(),
            fixed.is_optional()
        ),
        (
            "WWW-Authenticate",
            Some("Bearer realm=\"accounts\""),
            None,
            false
        )
    );
    let field = &entries[2].headers()[0];
    assert_eq!(
        (field.name(), field.value(), field.field(), field.ty()),
        ("Retry-After", None, Some("retry_after"), Some("u64"))
    );
    let optional = &entries[3].headers()[0];
    assert_eq!(
        (optional.name(), optional.field(), optional.is_optional()),
        ("retry-after", Some("0"), true)
    );
    assert!(entries[1].headers().is_empty());
}
