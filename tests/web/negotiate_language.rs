//! `NegotiateLanguage` (an axum layer, an actix-web middleware): handlers
//! return errors with `?` and the derived responses answer in the language
//! of the request's `Accept-Language`. Each framework serves on a loopback
//! port and a real client (hyper's) speaks to it.
#![cfg(all(feature = "axum", feature = "actix-web"))]

use crate::common;

use std::net::SocketAddr;

use common::http::{send, Reply};
use errcodes::ApiError;

/// Errors with translations (`tests/locales/members`).
#[derive(Debug, ApiError)]
#[api_error(axum, actix_web, locales = "tests/locales/members")]
pub enum MemberError {
    #[code(34404, status = 404, msg = "Member '{id}' not found.")]
    NotFound { id: String },

    #[code(
        34429,
        status = 429,
        msg = "Too many requests",
        header("Vary" = "Origin")
    )]
    RateLimited {
        #[header("Retry-After")]
        retry_after: u64,
    },

    #[code(34401, status = 401, msg = "Incorrect account or wrong password")]
    Unauthorized,
}

/// Errors without translations.
#[derive(Debug, ApiError)]
#[api_error(axum, actix_web)]
pub enum PlainError {
    #[code(35404, status = 404, msg = "Nothing here")]
    Missing,
}

fn find(id: &str) -> Result<String, MemberError> {
    Err(MemberError::NotFound { id: id.into() })
}

async fn get(addr: SocketAddr, path: &str, accept_language: Option<&str>) -> Reply {
    let headers: Vec<(&str, &str)> = accept_language
        .map(|value| ("accept-language", value))
        .into_iter()
        .collect();
    send(addr, "GET", path, &headers, "").await
}

/// What every server under `NegotiateLanguage` answers, whichever framework.
async fn answers_in_the_negotiated_language(addr: SocketAddr) {
    let reply = get(addr, "/members/ada", Some("zh-Hant")).await;
    assert_eq!(reply.status, 404);
    assert_eq!(reply.header("content-type"), Some("application/json"));
    assert_eq!(reply.header("content-language"), Some("zh-Hant"));
    assert_eq!(reply.header("vary"), Some("Accept-Language"));
    assert_eq!(reply.json()["message"], "找不到成員「ada」");
    let decoded = MemberError::decode(&reply.body, Some(reply.status)).unwrap();
    assert!(
        matches!(decoded.known(), Some(MemberError::NotFound { id }) if id == "ada"),
        "{reply:?}"
    );

    // A region's tag finds the script's translation; the q-values rank.
    let reply = get(addr, "/members/ada", Some("ja, zh-TW;q=0.8, de;q=0.9")).await;
    assert_eq!(reply.header("content-language"), Some("de"));
    assert_eq!(reply.json()["message"], "Mitglied 'ada' nicht gefunden.");

    // No header: the default language, still saying it varies.
    let reply = get(addr, "/members/ada", None).await;
    assert_eq!(reply.status, 404);
    assert_eq!(reply.header("content-language"), Some("en"));
    assert_eq!(reply.header("vary"), Some("Accept-Language"));
    assert_eq!(reply.json()["message"], "Member 'ada' not found.");
}

async fn malformed_headers_fall_back(addr: SocketAddr) {
    for (header, lang) in [
        (";;q=x,,", "en"),
        ("zh-Hant;q=2", "en"),
        ("zh-Hant;q=0.5x, de;q=0.1", "de"),
        ("de-\u{ff}", "en"),
        ("*", "en"),
        ("x-klingon", "en"),
    ] {
        let reply = get(addr, "/members/ada", Some(header)).await;
        assert_eq!(reply.status, 404, "{header:?}");
        assert_eq!(reply.header("content-language"), Some(lang), "{header:?}");
        let expected = if lang == "de" {
            "Mitglied 'ada' nicht gefunden."
        } else {
            "Member 'ada' not found."
        };
        assert_eq!(reply.json()["message"], expected, "{header:?}");
    }
}

async fn vary_is_added_to_and_only_with_translations(addr: SocketAddr) {
    let reply = get(addr, "/busy", Some("de")).await;
    assert_eq!(reply.status, 429);
    assert_eq!(reply.header("vary"), Some("Origin, Accept-Language"));
    assert_eq!(reply.header("retry-after"), Some("30"));
    assert_eq!(reply.json()["message"], "Zu viele Anfragen");

    // A catalogue with no translations answers as it always does.
    let reply = get(addr, "/plain", Some("de")).await;
    assert_eq!(reply.status, 404);
    assert_eq!(reply.header("content-language"), None);
    assert_eq!(reply.header("vary"), None);
    assert_eq!(reply.json()["message"], "Nothing here");
}

/// Without `NegotiateLanguage` a response is in the default language and
/// says nothing of languages, as the adapters document.
async fn without_the_layer_the_default_language(addr: SocketAddr) {
    let reply = get(addr, "/members/ada", Some("zh-Hant")).await;
    assert_eq!(reply.status, 404);
    assert_eq!(reply.header("content-language"), None);
    assert_eq!(reply.header("vary"), None);
    assert_eq!(reply.json()["message"], "Member 'ada' not found.");
}

mod axum_server {
    use std::net::SocketAddr;

    use axum::extract::Path;
    use axum::routing::get;
    use axum::Router;
    use errcodes::axum::{ApiResponse, NegotiateLanguage};

    use super::{find, MemberError, PlainError};

    async fn member(Path(id): Path<String>) -> Result<String, MemberError> {
        Err(MemberError::NotFound { id })?;
        Ok("found".into())
    }

    async fn busy() -> Result<String, MemberError> {
        Err(MemberError::RateLimited { retry_after: 30 })?;
        Ok("done".into())
    }

    async fn plain() -> Result<String, PlainError> {
        Err(PlainError::Missing)?;
        Ok("here".into())
    }

    async fn wrapped(Path(id): Path<String>) -> Result<String, ApiResponse<MemberError>> {
        Ok(find(&id)?)
    }

    async fn serve(negotiate: bool) -> SocketAddr {
        let app = Router::new()
            .route("/members/{id}", get(member))
            .route("/wrapped/{id}", get(wrapped))
            .route("/busy", get(busy))
            .route("/plain", get(plain));
        let app = if negotiate {
            app.layer(NegotiateLanguage)
        } else {
            app
        };
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move { axum::serve(listener, app).await });
        addr
    }

    #[tokio::test]
    async fn answers_in_the_negotiated_language() {
        super::answers_in_the_negotiated_language(serve(true).await).await;
    }

    #[tokio::test]
    async fn malformed_headers_fall_back() {
        super::malformed_headers_fall_back(serve(true).await).await;
    }

    #[tokio::test]
    async fn vary_is_added_to_and_only_with_translations() {
        super::vary_is_added_to_and_only_with_translations(serve(true).await).await;
    }

    #[tokio::test]
    async fn without_the_layer_the_default_language() {
        super::without_the_layer_the_default_language(serve(false).await).await;
    }

    #[tokio::test]
    async fn the_wrapper_answers_in_the_language_too() {
        let reply = super::get(serve(true).await, "/wrapped/ada", Some("zh-Hant")).await;
        assert_eq!(reply.status, 404);
        assert_eq!(reply.header("content-language"), Some("zh-Hant"));
        assert_eq!(reply.json()["message"], "找不到成員「ada」");
    }
}

mod actix_server {
    use std::net::SocketAddr;

    use actix_web::dev::Service as _;
    use actix_web::middleware::Condition;
    use actix_web::{web, App, HttpServer};
    use errcodes::actix_web::{ApiResponse, NegotiateLanguage};

    use super::{find, MemberError, PlainError};

    async fn member(id: web::Path<String>) -> Result<String, MemberError> {
        Err(MemberError::NotFound {
            id: id.into_inner(),
        })?;
        Ok("found".into())
    }

    async fn busy() -> Result<String, MemberError> {
        Err(MemberError::RateLimited { retry_after: 30 })?;
        Ok("done".into())
    }

    async fn plain() -> Result<String, PlainError> {
        Err(PlainError::Missing)?;
        Ok("here".into())
    }

    async fn wrapped(id: web::Path<String>) -> Result<String, ApiResponse<MemberError>> {
        Ok(find(&id)?)
    }

    /// An actix-web server on its own thread and runtime, as it runs.
    fn serve(negotiate: bool) -> SocketAddr {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        std::thread::spawn(move || {
            let server = HttpServer::new(move || {
                App::new()
                    .route("/members/{id}", web::get().to(member))
                    .route("/wrapped/{id}", web::get().to(wrapped))
                    .route("/busy", web::get().to(busy))
                    .route("/plain", web::get().to(plain))
                    .route("/guarded", web::get().to(plain))
                    // A middleware that fails with an error of its own.
                    .wrap_fn(|request, service| {
                        let call = (request.path() != "/guarded").then(|| service.call(request));
                        async move {
                            match call {
                                Some(call) => call.await,
                                None => Err(MemberError::Unauthorized.into()),
                            }
                        }
                    })
                    .wrap(Condition::new(negotiate, NegotiateLanguage))
            })
            .workers(1)
            .disable_signals()
            .listen(listener)
            .unwrap()
            .run();
            actix_web::rt::System::new().block_on(server)
        });
        addr
    }

    #[tokio::test]
    async fn answers_in_the_negotiated_language() {
        super::answers_in_the_negotiated_language(serve(true)).await;
    }

    #[tokio::test]
    async fn malformed_headers_fall_back() {
        super::malformed_headers_fall_back(serve(true)).await;
    }

    #[tokio::test]
    async fn vary_is_added_to_and_only_with_translations() {
        super::vary_is_added_to_and_only_with_translations(serve(true)).await;
    }

    #[tokio::test]
    async fn without_the_layer_the_default_language() {
        super::without_the_layer_the_default_language(serve(false)).await;
    }

    #[tokio::test]
    async fn the_wrapper_answers_in_the_language_too() {
        let reply = super::get(serve(true), "/wrapped/ada", Some("zh-Hant")).await;
        assert_eq!(reply.status, 404);
        assert_eq!(reply.header("content-language"), Some("zh-Hant"));
        assert_eq!(reply.json()["message"], "找不到成員「ada」");
    }

    #[tokio::test]
    async fn an_error_another_middleware_fails_with_is_answered_too() {
        let reply = super::get(serve(true), "/guarded", Some("de")).await;
        assert_eq!(reply.status, 401);
        assert_eq!(reply.header("content-language"), Some("de"));
        assert_eq!(reply.header("vary"), Some("Accept-Language"));
        assert_eq!(reply.json()["message"], "Falsches Konto oder Passwort");
    }
}
