//! `examples/server.rs` served on a loopback port and spoken to over HTTP/1.1
//! by a real client (hyper's), as its clients would: status lines, headers,
//! content types and bodies, each body decoded back into the typed error.
#![cfg(all(feature = "axum", feature = "tracing"))]

// The example's own source, not a copy: its types decode the replies, and a
// shared crate could not hold them, as their `#[api_error(axum)]` needs
// errcodes' `axum` feature, which a dev-dependency would turn on for every
// test build (the UI cases without features included).
#[path = "../../examples/server.rs"]
#[allow(dead_code)]
pub(crate) mod example;

use crate::common;

use std::net::SocketAddr;

use common::http::{get, send, Reply};
use errcodes::{ApiError, ErrorSet as _};
use example::{AccountError, FieldError, ServiceError};
use hyper::StatusCode;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

pub(crate) async fn serve() -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, example::app()).await });
    addr
}

/// The typed error a reply's body decodes to.
fn error_of(reply: &Reply) -> ServiceError {
    ServiceError::decode(&reply.body, Some(reply.status))
        .unwrap()
        .known()
        .unwrap_or_else(|| panic!("no variant in {:?}", reply.body))
}

#[tokio::test]
async fn the_raw_status_line_and_headers() {
    let addr = serve().await;
    let mut stream = TcpStream::connect(addr).await.unwrap();
    stream
        .write_all(b"GET /members/bob HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        .await
        .unwrap();
    let mut raw = String::new();
    stream.read_to_string(&mut raw).await.unwrap();
    let (head, body) = raw.split_once("\r\n\r\n").unwrap();
    let mut lines = head.lines();
    assert_eq!(lines.next(), Some("HTTP/1.1 404 Not Found"));
    let headers: Vec<&str> = lines.collect();
    assert!(
        headers.contains(&"content-type: application/json"),
        "{headers:?}"
    );
    assert!(headers.contains(&"content-length: 50"), "{headers:?}");
    assert_eq!(
        body,
        r#"{"code":34404,"message":"Member 'bob' not found."}"#
    );
}

#[tokio::test]
async fn a_success_is_not_an_error() {
    let addr = serve().await;
    let reply = get(addr, "/members/ada").await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(reply.body, r#"{"name":"ada","email":"ada@example.org"}"#);
}

#[tokio::test]
async fn not_found_decodes_with_its_field() {
    let addr = serve().await;
    let reply = get(addr, "/members/bob").await;
    assert_eq!(reply.status, StatusCode::NOT_FOUND);
    assert_eq!(reply.header("content-type"), Some("application/json"));
    match error_of(&reply) {
        ServiceError::MemberNotFound { id } => assert_eq!(id, "bob"),
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn a_composed_domain_error_keeps_its_own_code_and_status() {
    let addr = serve().await;
    let reply = get(addr, "/members/suspended").await;
    assert_eq!(reply.status, StatusCode::FORBIDDEN);
    assert_eq!(
        &reply.body[..],
        br#"{"code":35403,"message":"Account suspended is suspended"}"#
    );
    match error_of(&reply) {
        ServiceError::Account(AccountError::Suspended { id }) => assert_eq!(id, "suspended"),
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn validation_lists_every_failed_field() {
    let addr = serve().await;
    let reply = send(
        addr,
        "POST",
        "/members",
        &[],
        r#"{"name":" ","email":"nope"}"#,
    )
    .await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        reply.body,
        r#"{"code":34422,"message":"Invalid member","fields":[{"field":"name","problem":"must not be empty"},{"field":"email","problem":"must be an email address"}]}"#
    );
    match error_of(&reply) {
        ServiceError::Invalid { fields } => assert_eq!(
            fields,
            [
                FieldError {
                    field: "name".into(),
                    problem: "must not be empty".into()
                },
                FieldError {
                    field: "email".into(),
                    problem: "must be an email address".into()
                },
            ]
        ),
        other => panic!("{other:?}"),
    }

    let reply = send(addr, "POST", "/members", &[], "{").await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);
    assert!(matches!(error_of(&reply), ServiceError::Malformed { .. }));

    let reply = send(
        addr,
        "POST",
        "/members",
        &[],
        r#"{"name":"cy","email":"cy@x"}"#,
    )
    .await;
    assert_eq!(reply.status, StatusCode::CREATED);
}

#[tokio::test]
async fn unauthorized_carries_its_challenge() {
    let addr = serve().await;
    let reply = get(addr, "/me").await;
    assert_eq!(reply.status, StatusCode::UNAUTHORIZED);
    assert_eq!(
        reply.header("www-authenticate"),
        Some("Bearer realm=\"members\"")
    );
    assert!(matches!(error_of(&reply), ServiceError::Unauthorized));

    let reply = send(
        addr,
        "GET",
        "/me",
        &[("authorization", "Bearer ada-token")],
        "",
    )
    .await;
    assert_eq!(reply.status, StatusCode::OK);
}

#[tokio::test]
async fn the_rate_limit_says_when_to_retry() {
    let addr = serve().await;
    for _ in 0..3 {
        assert_eq!(get(addr, "/search").await.status, StatusCode::OK);
    }
    let reply = get(addr, "/search").await;
    assert_eq!(reply.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(reply.header("retry-after"), Some("30"));
    assert_eq!(
        reply.body,
        r#"{"code":34429,"message":"Too many requests","retry_after":30}"#
    );
    match error_of(&reply) {
        ServiceError::RateLimited { retry_after } => assert_eq!(retry_after, 30),
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn a_driver_error_stays_in_the_log() {
    let addr = serve().await;
    let reply = get(addr, "/members/locked").await;
    assert_eq!(reply.status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(
        reply.body,
        r#"{"code":34503,"message":"Storage unavailable, try again later"}"#
    );
    let text = String::from_utf8_lossy(&reply.body);
    assert!(!text.contains("locked") && !text.contains("busy"), "{text}");
    // The driver error is not in the body: the client learns the entry, not
    // a value it cannot rebuild.
    let unrecognized = ServiceError::decode(&reply.body, Some(reply.status))
        .unwrap()
        .into_result()
        .unwrap_err();
    assert_eq!(
        unrecognized.reason,
        errcodes::decode::Reason::NotRebuildable
    );
    assert_eq!(unrecognized.candidates[0].name(), "Storage");
}

#[tokio::test]
async fn the_catalogue_page_lists_the_headers() {
    let addr = serve().await;
    let reply = get(addr, "/errors").await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(
        reply.header("content-type"),
        Some("text/html; charset=utf-8")
    );
    let page = String::from_utf8(reply.body.to_vec()).unwrap();
    assert!(page.contains("<code>Retry-After</code>"), "{page}");
    assert!(page.contains("<code>WWW-Authenticate</code>"), "{page}");
}

/// What a client reads from a raw request: the whole reply, or nothing when
/// the server closed the connection without one.
async fn raw_get(addr: SocketAddr, path: &str) -> String {
    let mut stream = TcpStream::connect(addr).await.unwrap();
    let request = format!("GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut raw = Vec::new();
    // A reset connection is as good as a closed one here.
    let _ = stream.read_to_end(&mut raw).await;
    String::from_utf8_lossy(&raw).into_owned()
}

#[tokio::test]
async fn each_route_returns_its_declared_errors() {
    let addr = serve().await;
    let reply = get(addr, "/members/suspended").await;
    assert_eq!(reply.status, StatusCode::FORBIDDEN);
    assert!(example::GetMemberErrors::allows(&error_of(&reply)));
    let reply = send(addr, "POST", "/members", &[], "{").await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);
    assert!(example::CreateMemberErrors::allows(&error_of(&reply)));
    let reply = get(addr, "/me").await;
    assert_eq!(reply.status, StatusCode::UNAUTHORIZED);
    assert!(example::MeErrors::allows(&error_of(&reply)));
}

#[tokio::test]
async fn an_undeclared_error_is_caught_as_configured() {
    use errcodes::Undeclared;
    let addr = serve().await;
    // `/search?q=` returns `Malformed`, which `SearchErrors` does not declare.
    let sent = crate::under_policy(Undeclared::Send, get(addr, "/search?q=")).await;
    assert_eq!(sent.status, StatusCode::BAD_REQUEST);
    assert_eq!(
        sent.body,
        r#"{"code":34400,"message":"Malformed JSON: empty q"}"#
    );

    let replaced = crate::under_policy(Undeclared::Replace, get(addr, "/search?q=")).await;
    assert_eq!(replaced.status, StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(
        replaced.body,
        r#"{"code":34500,"message":"Internal error"}"#
    );
    assert!(matches!(error_of(&replaced), ServiceError::Internal));

    // The default of a debug build: the handler panics, and the client
    // gets no reply at all, so the test that made the request fails.
    let raw = crate::under_policy(Undeclared::Panic, raw_get(addr, "/search?q=")).await;
    assert_eq!(raw, "", "a reply to an undeclared error: {raw}");
    // The server still serves the next request.
    assert_eq!(get(addr, "/search?q=ada").await.status, StatusCode::OK);
}

/// The codes of every example of one operation's responses in `doc`,
/// following `$ref`s to components.
fn documented_codes(doc: &serde_json::Value, operation: &errcodes::Operation) -> Vec<String> {
    let method = operation.method().to_ascii_lowercase();
    let responses = &doc["paths"][operation.path()][method.as_str()]["responses"];
    let mut codes = Vec::new();
    for response in responses.as_object().unwrap().values() {
        let response = match response["$ref"].as_str() {
            Some(target) => {
                let name = target.rsplit('/').next().unwrap();
                &doc["components"]["responses"][name]
            }
            None => response,
        };
        for content in response["content"].as_object().unwrap().values() {
            for example in content["examples"].as_object().unwrap().values() {
                codes.push(example["value"]["code"].to_string());
            }
        }
    }
    codes.sort();
    codes
}

#[test]
fn the_openapi_document_lists_each_routes_declared_errors() {
    use errcodes::docs::{License, OpenApi, View};
    let operations = example::operations();
    let view = View::of::<ServiceError>();
    let mut doc = OpenApi::new(&view)
        .license(License::new("Apache 2.0").identifier("Apache-2.0"))
        .operations(&operations)
        .document("1.0.0");
    for operation in &operations {
        let mut declared: Vec<String> = operation
            .entries()
            .iter()
            .map(|e| e.code().to_string())
            .collect();
        declared.sort();
        assert_eq!(documented_codes(&doc, operation), declared, "{operation:?}");
    }
    // `Internal` is sent only in place of an undeclared error: no route lists it.
    assert!(!doc["paths"].to_string().contains("34500"));
    // What only the service knows: its routes need no credentials here.
    doc["security"] = serde_json::json!([{}]);
    let file = crate::common::validators::target_file("server-per-route");
    std::fs::write(&file, serde_json::to_string_pretty(&doc).unwrap()).unwrap();
    crate::common::validators::validate(&[file]);
}
