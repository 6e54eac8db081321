//! The catalogue served by the service (`errcodes::axum::errors_router`,
//! `errcodes::actix_web::errors_scope`) over a loopback socket, spoken to
//! by a real client: a page per code in each language, HTML and JSON;
//! every link an error response carries (`type`, `Link: <...>; rel="help"`)
//! answers; hostile paths and headers get a clean answer.
#![cfg(all(feature = "axum", feature = "actix-web"))]

use crate::common;

use std::net::SocketAddr;

use common::http::{send, Reply};
use errcodes::{ApiError, Catalogue};
use hyper::StatusCode;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

async fn get(addr: SocketAddr, path: &str, headers: &[(&str, &str)]) -> Reply {
    send(addr, "GET", path, headers, "").await
}

/// The page of each code, in each language (by `?lang=` and by
/// `Accept-Language`), as HTML and as JSON: the JSON is the catalogue
/// export with that code's entries alone.
async fn every_code_has_its_pages(addr: SocketAddr, catalogue: &Catalogue) {
    let mut codes: Vec<_> = catalogue
        .all_entries()
        .filter(|e| !e.code().is_none())
        .collect();
    codes.dedup_by_key(|e| e.code());
    assert!(!codes.is_empty());
    let languages: Vec<&str> = catalogue.language_tags().collect();
    assert!(languages.len() > 1, "a catalogue with translations");
    for entry in codes {
        let url = entry.docs_url().expect("docs_url");
        for lang in &languages {
            let by_query = format!("{url}?lang={lang}");
            for (path, headers) in [
                (by_query.as_str(), vec![]),
                (url, vec![("accept-language", *lang)]),
            ] {
                let html = get(addr, path, &headers).await;
                assert_eq!(html.status, StatusCode::OK, "{path} {headers:?}");
                assert_eq!(
                    html.header("content-type"),
                    Some("text/html; charset=utf-8")
                );
                assert_eq!(
                    html.header("content-language"),
                    Some(*lang),
                    "{path} {headers:?}"
                );
                let page = String::from_utf8(html.body.to_vec()).unwrap();
                assert!(page.contains(&format!("lang=\"{lang}\"")), "{page}");
                assert!(page.contains(&entry.code().to_string()), "{page}");
                assert!(
                    !page.contains("id=\"search\""),
                    "the code's page, not the catalogue's"
                );

                let mut accept_json = headers.clone();
                accept_json.push(("accept", "application/json"));
                let json = get(addr, path, &accept_json).await;
                assert_eq!(json.status, StatusCode::OK, "{path}");
                assert_eq!(json.header("content-type"), Some("application/json"));
                assert_eq!(json.header("content-language"), Some(*lang));
                let doc = json.json();
                let entries = doc["entries"].as_array().unwrap();
                assert!(!entries.is_empty(), "{doc}");
                for shown in entries {
                    assert_eq!(shown["code"], serde_json::to_value(entry.code()).unwrap());
                }
            }
        }
    }
    // Translated: the German page differs from the English one.
    let url = catalogue.all_entries().find_map(|e| e.docs_url()).unwrap();
    let en = get(addr, &format!("{url}?lang={}", languages[0]), &[]).await;
    let de = get(addr, &format!("{url}?lang={}", languages[1]), &[]).await;
    assert_ne!(en.body, de.body);
}

/// `/errors` itself, HTML by default and JSON by `Accept`, cached by `ETag`.
async fn the_catalogue_page_negotiates_and_revalidates(addr: SocketAddr, catalogue: &Catalogue) {
    let html = get(addr, "/errors", &[]).await;
    assert_eq!(html.status, StatusCode::OK);
    assert_eq!(
        html.header("content-type"),
        Some("text/html; charset=utf-8")
    );
    assert_eq!(html.header("cache-control"), Some("public, max-age=300"));
    assert_eq!(html.header("vary"), Some("Accept, Accept-Language"));
    let etag = html.header("etag").unwrap().to_owned();
    let again = get(addr, "/errors", &[("if-none-match", &etag)]).await;
    assert_eq!(again.status, StatusCode::NOT_MODIFIED);
    assert!(again.body.is_empty());
    let json = get(
        addr,
        "/errors",
        &[("accept", "text/html;q=0.5, application/json")],
    )
    .await;
    assert_eq!(json.header("content-type"), Some("application/json"));
    assert_ne!(json.header("etag"), Some(etag.as_str()));
    let doc = json.json();
    assert_eq!(doc["type"], catalogue.type_name());
    assert_eq!(
        doc["entries"].as_array().unwrap().len(),
        catalogue.all_entries().count()
    );
    let head = send(addr, "HEAD", "/errors", &[], "").await;
    assert_eq!(head.status, StatusCode::OK);
    assert_eq!(head.header("etag"), Some(etag.as_str()));
    assert!(head.body.is_empty());

    // The page links to itself in each other language, and each link answers.
    let page = String::from_utf8(html.body.to_vec()).unwrap();
    let mut languages = Vec::new();
    for link in page.split("href=\"?lang=").skip(1) {
        let lang = &link[..link.find('"').unwrap()];
        let reply = get(addr, &format!("/errors?lang={lang}"), &[]).await;
        assert_eq!(reply.status, StatusCode::OK, "{lang}");
        assert_eq!(reply.header("content-language"), Some(lang));
        languages.push(lang.to_owned());
    }
    let others: Vec<&str> = catalogue.language_tags().skip(1).collect();
    assert_eq!(
        languages, others,
        "a link to each language but the page's own"
    );
}

/// Every link between the served pages answers: from `/errors`, each
/// `href` into the pages (an entry's page, back to the catalogue, a parent,
/// another language) is followed, each page once.
async fn every_link_between_pages_answers(addr: SocketAddr, codes: usize) {
    let mut seen = std::collections::BTreeSet::new();
    let mut next = vec!["/errors".to_owned()];
    while let Some(url) = next.pop() {
        if !seen.insert(url.clone()) {
            continue;
        }
        let reply = get(addr, &url, &[]).await;
        assert_eq!(reply.status, StatusCode::OK, "{url}");
        assert_eq!(
            reply.header("content-type"),
            Some("text/html; charset=utf-8")
        );
        let page = String::from_utf8(reply.body.to_vec()).unwrap();
        let path = url.split('?').next().unwrap();
        for href in page
            .split("href=\"")
            .skip(1)
            .map(|h| &h[..h.find('"').unwrap()])
        {
            let href = href.replace("&amp;", "&");
            if href.starts_with("/errors") {
                next.push(href);
            } else if let Some(query) = href.strip_prefix('?') {
                next.push(format!("{path}?{query}"));
            } else {
                assert!(
                    href.starts_with('#') || href.starts_with("https://"),
                    "{href} in {url}"
                );
            }
        }
    }
    let pages = seen
        .iter()
        .filter(|u| u.split('?').next() != Some("/errors"))
        .count();
    assert!(pages >= codes, "{seen:?}");
}

/// A reply read off the socket as bytes, for requests a client library
/// would refuse to send; `None` when the server closed without one.
async fn raw(addr: SocketAddr, head: &[u8]) -> Option<(u16, String)> {
    let mut stream = TcpStream::connect(addr).await.unwrap();
    stream.write_all(head).await.unwrap();
    let mut reply = Vec::new();
    let _ = stream.read_to_end(&mut reply).await;
    let reply = String::from_utf8_lossy(&reply).into_owned();
    let status = reply.split(' ').nth(1)?.parse().ok()?;
    Some((status, reply))
}

async fn hostile_requests_get_clean_answers(addr: SocketAddr, a_code_page: &str) {
    for path in [
        "/errors/%00",
        "/errors/%FF",
        "/errors/nope",
        "/errors/034404",
    ] {
        let reply = get(addr, path, &[]).await;
        assert_eq!(reply.status, StatusCode::NOT_FOUND, "{path}");
        assert_eq!(
            reply.header("content-type"),
            Some("text/plain; charset=utf-8")
        );
        assert!(
            !String::from_utf8_lossy(&reply.body).contains(&path[8..]),
            "echoed"
        );
    }
    let huge = format!("/errors/{}", "9".repeat(8000));
    assert_eq!(get(addr, &huge, &[]).await.status, StatusCode::NOT_FOUND);
    let reply = get(addr, "/errors/%00", &[("accept", "application/json")]).await;
    assert_eq!(reply.status, StatusCode::NOT_FOUND);
    assert_eq!(
        reply.header("content-type"),
        Some("application/problem+json")
    );
    assert_eq!(reply.json()["status"], 404);
    let reply = get(addr, &format!("{a_code_page}?lang=xx"), &[]).await;
    assert_eq!(
        reply.status,
        StatusCode::NOT_FOUND,
        "a language the catalogue lacks"
    );
    let reply = get(addr, a_code_page, &[("accept", "*/*;q=0")]).await;
    assert_eq!(reply.status, StatusCode::NOT_ACCEPTABLE);

    // Dot segments are not resolved into another page.
    let (status, _) = raw(
        addr,
        b"GET /errors/../x HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    )
    .await
    .unwrap();
    assert_eq!(status, 404);
    // Header values that are not text are left out, as if absent.
    let head = format!(
        "GET {a_code_page} HTTP/1.1\r\nHost: x\r\nAccept: \u{0}\r\nConnection: close\r\n\r\n"
    );
    let mut bytes = head.into_bytes();
    let at = bytes.iter().position(|b| *b == 0).unwrap();
    bytes.splice(at..=at, *b"\xff\xfe;q=\xc3");
    let mut with_language = bytes.clone();
    let at = with_language
        .windows(7)
        .position(|w| w == b"Accept:")
        .unwrap();
    with_language.splice(at..at, *b"Accept-Language: \xe4\xbd\xa0;q=\xff\r\n");
    for head in [bytes, with_language] {
        let (status, reply) = raw(addr, &head).await.unwrap();
        assert_eq!(status, 200, "{reply}");
        assert!(reply.contains("text/html; charset=utf-8"), "{reply}");
    }
    // And the server still serves.
    assert_eq!(get(addr, "/errors", &[]).await.status, StatusCode::OK);
}

/// The URL a reply links to: the `Link` header's `rel="help"` target, and
/// a Problem body's `type` where it is not `about:blank`.
fn links_of(reply: &Reply) -> Vec<String> {
    let mut links = Vec::new();
    for value in reply.headers.get_all("link") {
        let value = value.to_str().unwrap();
        let (target, params) = value.split_once(';').unwrap();
        assert_eq!(params.trim(), "rel=\"help\"", "{value}");
        links.push(
            target
                .trim()
                .trim_start_matches('<')
                .trim_end_matches('>')
                .to_owned(),
        );
    }
    if let Ok(body) = serde_json::from_slice::<serde_json::Value>(&reply.body) {
        if let Some(ty) = body["type"].as_str().filter(|t| *t != "about:blank") {
            links.push(ty.to_owned());
        }
    }
    links
}

/// Each link of each reply answers 200, with the page of the reply's code.
async fn every_link_answers(addr: SocketAddr, replies: &[Reply]) {
    assert!(!replies.is_empty());
    for reply in replies {
        assert!(
            reply.status.is_client_error() || reply.status.is_server_error(),
            "{reply:?}"
        );
        let links = links_of(reply);
        assert!(
            !links.is_empty(),
            "an error response without a link: {reply:?}"
        );
        for link in links {
            let path = link.strip_prefix("http://localhost").unwrap_or(&link);
            let page = get(addr, path, &[("accept", "application/json")]).await;
            assert_eq!(page.status, StatusCode::OK, "{link}");
            let code = &reply.json()["code"];
            if !code.is_null() {
                let shown = page.json();
                assert!(
                    shown["entries"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .any(|e| &e["code"] == code),
                    "{link}"
                );
            }
        }
    }
}

#[cfg(feature = "tracing")]
mod axum_server {
    use super::*;
    use crate::server::{example, serve};
    use example::ServiceError;

    /// One request to each error the example's routes send.
    async fn error_replies(addr: SocketAddr) -> Vec<Reply> {
        let mut replies = vec![
            get(addr, "/members/bob", &[]).await,
            get(addr, "/members/locked", &[]).await,
            get(addr, "/members/suspended", &[]).await,
            send(addr, "POST", "/members", &[], r#"{"name":"","email":"x"}"#).await,
            send(addr, "POST", "/members", &[], "{").await,
            get(addr, "/me", &[]).await,
        ];
        loop {
            let reply = get(addr, "/search?q=a", &[]).await;
            if reply.status == StatusCode::TOO_MANY_REQUESTS {
                replies.push(reply);
                break;
            }
        }
        let replaced =
            crate::under_policy(errcodes::Undeclared::Replace, get(addr, "/search?q=", &[])).await;
        replies.push(replaced);
        replies
    }

    #[tokio::test]
    async fn the_example_serves_a_page_for_every_code() {
        let addr = serve().await;
        every_code_has_its_pages(addr, ServiceError::catalogue()).await;
        the_catalogue_page_negotiates_and_revalidates(addr, ServiceError::catalogue()).await;
        every_link_between_pages_answers(addr, ServiceError::catalogue().all_entries().count())
            .await;
    }

    #[tokio::test]
    async fn every_error_the_example_sends_links_to_a_page_that_answers() {
        let addr = serve().await;
        let replies = error_replies(addr).await;
        let mut codes: Vec<String> = replies
            .iter()
            .map(|r| r.json()["code"].to_string())
            .collect();
        codes.sort();
        codes.dedup();
        assert_eq!(codes.len(), replies.len(), "one reply per entry: {codes:?}");
        every_link_answers(addr, &replies).await;
    }

    #[tokio::test]
    async fn hostile_requests_to_the_example() {
        let addr = serve().await;
        hostile_requests_get_clean_answers(addr, "/errors/34404").await;
    }
}

mod actix_server {
    use super::*;
    use actix_web::{web, App, HttpServer};
    use errcodes::format::Problem;

    /// Codes that need escaping in a URL, in RFC 9457 bodies.
    #[derive(Debug, ApiError)]
    #[api_error(actix_web, format = Problem, docs_url = "/errors/", locales = "tests/locales/pages")]
    pub enum RoomError {
        #[code("room full", status = 409, msg = "The room is full")]
        Full,
        #[code("M/FORBIDDEN", status = 403, msg = "Forbidden")]
        Forbidden,
        /// No code, so no link; its page is named by its anchor.
        #[code(_, status = 500, msg = "Internal error")]
        Internal,
    }

    async fn join(room: web::Path<String>) -> Result<String, RoomError> {
        match room.as_str() {
            "full" => Err(RoomError::Full),
            _ => Err(RoomError::Forbidden),
        }
    }

    pub(super) fn serve() -> SocketAddr {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        std::thread::spawn(move || {
            let server = HttpServer::new(|| {
                App::new()
                    .route("/rooms/{room}/join", web::post().to(join))
                    .service(errcodes::actix_web::errors_scope::<RoomError>())
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
    async fn actix_web_serves_a_page_for_every_code() {
        let addr = serve();
        every_code_has_its_pages(addr, RoomError::catalogue()).await;
        the_catalogue_page_negotiates_and_revalidates(addr, RoomError::catalogue()).await;
        every_link_between_pages_answers(addr, RoomError::catalogue().all_entries().count()).await;
        let reply = get(addr, "/errors/M%2FFORBIDDEN?lang=de", &[]).await;
        assert!(String::from_utf8_lossy(&reply.body).contains("Verboten"));
        assert_eq!(RoomError::Internal.info().docs_url(), None);
        let anchor = errcodes::docs::View::of::<RoomError>().entries()[2]
            .page_name()
            .to_owned();
        let reply = get(addr, &format!("/errors/{anchor}?lang=de"), &[]).await;
        assert_eq!(reply.status, StatusCode::OK, "{anchor}");
        assert!(String::from_utf8_lossy(&reply.body).contains("Interner Fehler"));
    }

    #[tokio::test]
    async fn every_error_actix_web_sends_links_to_a_page_that_answers() {
        let addr = serve();
        let mut replies = Vec::new();
        for room in ["full", "closed"] {
            replies.push(send(addr, "POST", &format!("/rooms/{room}/join"), &[], "").await);
        }
        assert_eq!(replies[0].json()["type"], "/errors/room%20full");
        assert_eq!(
            replies[1].header("link"),
            Some(r#"</errors/M%2FFORBIDDEN>; rel="help""#)
        );
        every_link_answers(addr, &replies).await;
    }

    #[tokio::test]
    async fn hostile_requests_to_actix_web() {
        let addr = serve();
        hostile_requests_get_clean_answers(addr, "/errors/room%20full").await;
    }
}

// attack: axum and actix-web do not answer alike: a POST or OPTIONS to the pages is 405 (with Allow) from axum, a bare 404 from actix-web
#[cfg(feature = "tracing")]
#[tokio::test]
async fn attack_both_adapters_refuse_other_methods_alike() {
    let axum = crate::server::serve().await;
    let actix = actix_server::serve();
    for method in ["POST", "OPTIONS", "DELETE"] {
        for path in ["/errors", "/errors/34404"] {
            let by_axum = send(axum, method, path, &[], "").await;
            let by_actix = send(actix, method, path, &[], "").await;
            assert_eq!(
                by_axum.status,
                StatusCode::METHOD_NOT_ALLOWED,
                "{method} {path}"
            );
            assert_eq!(by_actix.status, by_axum.status, "{method} {path}");
        }
    }
}

// attack: `?lang=` with an empty value (a form with nothing chosen) is a 404 saying "No error has this code." for a page that exists
#[cfg(feature = "tracing")]
#[tokio::test]
async fn attack_an_empty_lang_is_no_unknown_code() {
    let addr = crate::server::serve().await;
    for path in ["/errors?lang=", "/errors/34404?lang="] {
        let reply = get(addr, path, &[]).await;
        let text = String::from_utf8_lossy(&reply.body).into_owned();
        assert!(
            reply.status == StatusCode::OK || !text.contains("No error has this code"),
            "{path}: {} {text}",
            reply.status
        );
    }
}
