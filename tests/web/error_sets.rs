//! `error_set!`: which entries a set declares, and the actix-web adapter's
//! screening over a real socket (the axum one is the example server's, in
//! `server.rs`).

use errcodes::{ApiError, DeclaredErrors, ErrorSet, Operation};

#[derive(Debug, ApiError)]
#[api_error(undeclared = Internal)]
pub enum ShopError {
    #[code(100, status = 401, msg = "Sign in first")]
    Unauthorized,
    #[code(101, status = 404, msg = "No item {id}")]
    NoItem { id: u32 },
    #[code(102, status = 409, msg = "Out of stock")]
    OutOfStock,
    #[code(500, status = 500, msg = "Internal error")]
    Internal,
    #[code(transparent)]
    Payment(#[from] PaymentError),
}

#[derive(Debug, ApiError)]
pub enum PaymentError {
    #[code(200, status = 402, msg = "Card declined")]
    Declined,
    #[code(201, status = 503, msg = "Payment provider down")]
    ProviderDown,
}

/// A catalogue that names no replacement.
#[derive(Debug, ApiError)]
pub enum BareError {
    #[code(1, status = 404, msg = "Gone")]
    Gone,
    #[code(2, status = 409, msg = "Taken")]
    Taken,
}

errcodes::error_set! {
    /// Signed-in operations.
    pub SignedIn: ShopError = [Unauthorized];
}

errcodes::error_set! {
    pub ViewItem: ShopError = [..SignedIn, NoItem];
}

errcodes::error_set! {
    pub Buy: ShopError = [..ViewItem, OutOfStock, Payment(PaymentError::Declined)];
}

errcodes::error_set! {
    pub Refund: ShopError = [Payment];
}

errcodes::error_set! {
    pub Release: BareError = [Gone];
}

fn codes(entries: &[&errcodes::Entry]) -> Vec<String> {
    entries.iter().map(|e| e.code().to_string()).collect()
}

#[test]
fn a_set_allows_what_it_names_and_what_it_includes() {
    assert!(ViewItem::allows(&ShopError::Unauthorized));
    assert!(ViewItem::allows(&ShopError::NoItem { id: 1 }));
    assert!(!ViewItem::allows(&ShopError::OutOfStock));
    assert!(Buy::allows(&ShopError::Payment(PaymentError::Declined)));
    assert!(!Buy::allows(&ShopError::Payment(
        PaymentError::ProviderDown
    )));
    assert!(Refund::allows(&ShopError::Payment(
        PaymentError::ProviderDown
    )));
    assert!(!Refund::allows(&ShopError::Internal));
}

#[test]
fn a_set_declares_the_entries_it_allows() {
    assert_eq!(codes(&ViewItem::entries()), ["100", "101"]);
    assert_eq!(codes(&Buy::entries()), ["100", "101", "102", "200"]);
    assert_eq!(codes(&Refund::entries()), ["200", "201"]);
    // Every value a set allows has one of the entries it declares, and no other.
    let values = [
        ShopError::Unauthorized,
        ShopError::NoItem { id: 7 },
        ShopError::OutOfStock,
        ShopError::Internal,
        ShopError::Payment(PaymentError::Declined),
        ShopError::Payment(PaymentError::ProviderDown),
    ];
    for value in &values {
        for (set, allows, declares) in [
            (
                "ViewItem",
                ViewItem::allows(value),
                ViewItem::declares(value.info()),
            ),
            ("Buy", Buy::allows(value), Buy::declares(value.info())),
            (
                "Refund",
                Refund::allows(value),
                Refund::declares(value.info()),
            ),
        ] {
            assert_eq!(allows, declares, "{set} and {value:?}");
        }
    }
}

#[test]
fn an_operation_is_its_set_on_a_route() {
    let buy = Operation::new::<Buy>("POST", "/items/{id}/buy");
    assert_eq!(
        (buy.method(), buy.path(), buy.id()),
        ("POST", "/items/{id}/buy", "Buy")
    );
    assert_eq!(codes(&buy.entries()), ["100", "101", "102", "200"]);
    assert!(std::ptr::eq(buy.catalogue(), ShopError::catalogue()));
    assert_eq!(
        ShopError::catalogue()
            .undeclared()
            .map(|e| e.code().to_string()),
        Some("500".into())
    );
    assert!(BareError::catalogue().undeclared().is_none());
}

#[test]
fn a_set_is_the_handlers_error_and_converts_like_the_catalogue() {
    fn buy(declined: bool) -> Result<(), Buy> {
        if declined {
            Err(PaymentError::Declined)?;
        }
        Err(ShopError::OutOfStock)?
    }
    let error = buy(true).unwrap_err();
    assert!(matches!(
        error.0,
        ShopError::Payment(PaymentError::Declined)
    ));
    assert_eq!(error.to_string(), "Card declined");
    assert_eq!(buy(false).unwrap_err().to_string(), "Out of stock");
}

#[cfg(feature = "actix-web")]
mod actix_server {
    use std::net::SocketAddr;

    use actix_web::{web, App, HttpServer};
    use errcodes::Undeclared;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    use tokio::net::TcpStream;

    use super::{BareError, Buy, PaymentError, Release, ShopError};

    async fn buy(id: web::Path<u32>) -> Result<String, Buy> {
        match *id {
            1 => Err(ShopError::OutOfStock)?,
            // Not declared by `Buy`.
            2 => Err(PaymentError::ProviderDown)?,
            _ => Ok("bought".into()),
        }
    }

    async fn release() -> Result<String, Release> {
        // Not declared by `Release`, and `BareError` names no replacement.
        Err(BareError::Taken)?
    }

    fn serve() -> SocketAddr {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        std::thread::spawn(move || {
            let server = HttpServer::new(|| {
                App::new()
                    .route("/items/{id}/buy", web::post().to(buy))
                    .route("/release", web::post().to(release))
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

    /// The status line and body of a reply; empty when there was none.
    async fn post(addr: SocketAddr, path: &str) -> (String, String) {
        let mut stream = TcpStream::connect(addr).await.unwrap();
        let request = format!(
            "POST {path} HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
        );
        stream.write_all(request.as_bytes()).await.unwrap();
        let mut raw = Vec::new();
        let _ = stream.read_to_end(&mut raw).await;
        let raw = String::from_utf8_lossy(&raw).into_owned();
        let status = raw.lines().next().unwrap_or_default().to_owned();
        let body = raw
            .split_once("\r\n\r\n")
            .map(|(_, b)| b.to_owned())
            .unwrap_or_default();
        (status, body)
    }

    #[tokio::test]
    async fn an_undeclared_error_is_caught_as_configured() {
        let addr = serve();
        let declared = post(addr, "/items/1/buy").await;
        assert_eq!(
            declared,
            (
                "HTTP/1.1 409 Conflict".into(),
                r#"{"code":102,"message":"Out of stock"}"#.into()
            )
        );

        let sent = crate::under_policy(Undeclared::Send, post(addr, "/items/2/buy")).await;
        assert_eq!(
            sent,
            (
                "HTTP/1.1 503 Service Unavailable".into(),
                r#"{"code":201,"message":"Payment provider down"}"#.into()
            )
        );

        let replaced = crate::under_policy(Undeclared::Replace, post(addr, "/items/2/buy")).await;
        assert_eq!(
            replaced,
            (
                "HTTP/1.1 500 Internal Server Error".into(),
                r#"{"code":500,"message":"Internal error"}"#.into()
            )
        );

        let bare = crate::under_policy(Undeclared::Replace, post(addr, "/release")).await;
        assert_eq!(
            bare,
            ("HTTP/1.1 500 Internal Server Error".into(), String::new())
        );

        let panicked = crate::under_policy(Undeclared::Panic, post(addr, "/items/2/buy")).await;
        assert_eq!(
            panicked.0, "",
            "a reply to an undeclared error: {panicked:?}"
        );
    }
}

/// actix-web's `ResponseError::status_code` is what its middleware and
/// loggers (`tracing-actix-web`, `Logger`'s `%s` on errors, `ErrorHandlers`
/// keyed by the error) read as the status of an error. Under
/// `Undeclared::Replace` the response a set sends for an undeclared entry is
/// the replacement's (500 here), so `status_code` must say 500 too, not the
/// undeclared entry's 503: otherwise the process reports a status it never
/// sent, and an `ErrorHandlers` for 503 rewrites the replaced response.
#[cfg(feature = "actix-web")]
#[tokio::test]
async fn actix_status_code_of_a_replaced_error_is_the_replacements() {
    use actix_web::ResponseError;
    use errcodes::Undeclared;

    let undeclared = Buy(ShopError::Payment(PaymentError::ProviderDown));
    let (reported, sent) = crate::under_policy(Undeclared::Replace, async {
        (
            undeclared.status_code().as_u16(),
            undeclared.error_response().status().as_u16(),
        )
    })
    .await;
    assert_eq!(sent, 500);
    assert_eq!(
        reported, sent,
        "status_code says {reported}, the response is {sent}"
    );

    let bare = Release(BareError::Taken);
    let (reported, sent) = crate::under_policy(Undeclared::Replace, async {
        (
            bare.status_code().as_u16(),
            bare.error_response().status().as_u16(),
        )
    })
    .await;
    assert_eq!(sent, 500);
    assert_eq!(
        reported, sent,
        "status_code says {reported}, the response is {sent}"
    );
}

/// A catalogue with a variant that wraps another catalogue's error without
/// being `#[code(transparent)]`: it has a code of its own, and the inner
/// error is only its source.
#[derive(Debug, ApiError)]
pub enum GatewayError {
    #[code(300, status = 502, msg = "Upstream failed")]
    Upstream(#[source] PaymentError),
    #[code(301, status = 404, msg = "No route")]
    NoRoute,
}

errcodes::error_set! {
    pub Forward: GatewayError = [Upstream(PaymentError::Declined), NoRoute];
}

/// `Variant(Inner::A)` is documented for `#[code(transparent)]` variants.
/// On a variant that has a code of its own it is accepted too, and then
/// the set's two halves disagree: `allows` (what the adapters enforce)
/// matches `Upstream(PaymentError::Declined)`, while `declares` (what the
/// OpenAPI document and the lock read) looks `Declined` up in
/// `PaymentError`'s catalogue and never finds the `Upstream` entry (code
/// 300). A handler may then send a 502 its documented operation does not
/// list. Expected: either a compile error at `Upstream(...)`, or both
/// halves agree (the entry 300 declared).
#[test]
fn a_set_naming_inner_entries_of_a_non_transparent_variant_documents_what_it_allows() {
    let value = GatewayError::Upstream(PaymentError::Declined);
    assert!(Forward::allows(&value));
    assert_eq!(
        Forward::declares(value.info()),
        Forward::allows(&value),
        "allowed at run time, but {:?} declared",
        codes(&Forward::entries())
    );
}
