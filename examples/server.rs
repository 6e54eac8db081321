//! A small members service on axum whose handlers return `ServiceError`
//! itself: `#[api_error(axum)]` makes it a response, with its status, its
//! headers (`Retry-After`, `WWW-Authenticate`) and its JSON body. Requests
//! are logged with their error's code and name, and errcodes logs each error
//! response (feature `tracing`), 5xx with their source chain.
//!
//! ```text
//! cargo run --example server --features axum,tracing
//! curl -i localhost:3000/members/ada                     # 200
//! curl -i localhost:3000/members/bob                     # 404 {"code":34404,...}
//! curl -i localhost:3000/members/locked                  # 503, the driver error in the log only
//! curl -i localhost:3000/members/suspended               # 403 {"code":35403,...}, the accounts domain's
//! curl -i -X POST localhost:3000/members -d '{"name":"","email":"x"}'   # 422 with the fields
//! curl -i localhost:3000/me                              # 401 WWW-Authenticate: Bearer
//! curl -i localhost:3000/search?q=a                      # 429 Retry-After after 3 requests
//! curl -i localhost:3000/search?q=                       # a bug: 500, an error /search does not declare
//! open http://localhost:3000/errors                      # the catalogue as HTML
//! curl -H 'Accept: application/json' localhost:3000/errors/34404   # one entry as JSON
//! ```
//!
//! Every error response links to its entry's page, `/errors/{code}`, which
//! the server itself serves (`docs_url = "/errors/"` and
//! `errcodes::axum::errors_router`): `Link: </errors/34404>; rel="help"`;
//! in English, or in German (`examples/locales/server`) for
//! `Accept-Language: de` or `?lang=de`.
//!
//! Each handler's error type is an `error_set!`: the entries its route may
//! return, checked against `ServiceError` at compile time, listed per route
//! by [`operations`] for the OpenAPI document and the contract lock, and
//! enforced when a handler returns another: in debug builds the handler
//! panics, naming the set and the entry; this server instead sends
//! `Internal` (`Undeclared::Replace`), as a release build would be set up.
//!
//! Entries' `# Example` sections are requests that the tests send to
//! [`app`] (`errcodes::axum::run_examples`), and the tests check that every
//! entry is sent by one of them (`errcodes::coverage`).
//!
//! Listens on `127.0.0.1:3000`, or on the address in `ADDR`.

use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;
use std::time::Instant;

use axum::extract::{Path, Query, Request, State};
use axum::http::header::{AUTHORIZATION, CONTENT_TYPE};
use axum::http::HeaderMap;
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use errcodes::{ApiError, ErrorInfo, Operation};
use serde::{Deserialize, Serialize};

/// Errors of the members API.
///
/// Every error body is `{"code", "message"}` plus the members an entry
/// lists; `Retry-After` and `WWW-Authenticate` come as the entries say.
#[derive(Debug, ApiError)]
#[api_error(
    axum,
    range = 34000..=34999,
    category = "Members",
    undeclared = Internal,
    docs_url = "/errors/",
    locales = "examples/locales/server"
)]
pub enum ServiceError {
    /// The request body is not a member: every failed field is listed.
    ///
    /// # Example
    ///
    /// ```http
    /// POST /members HTTP/1.1
    /// Content-Type: application/json
    ///
    /// {"name": "", "email": "x"}
    /// ```
    #[code(34422, status = 422, msg = "Invalid member")]
    Invalid {
        #[body]
        fields: Vec<FieldError>,
    },

    /// The body is not JSON at all.
    ///
    /// # Example
    ///
    /// ```http
    /// POST /members
    ///
    /// {"name": "ada",
    /// ```
    #[code(34400, status = 400, msg = "Malformed JSON: {detail}")]
    Malformed { detail: String },

    /// No member has the id in the path.
    ///
    /// # Causes
    ///
    /// A typo in the id, or a member removed since the id was read.
    ///
    /// # Fix
    ///
    /// Check the id against the members the service lists; a removed
    /// member does not come back.
    ///
    /// # Example
    ///
    /// ```http
    /// GET /members/bob
    /// ```
    #[code(34404, status = 404, msg = "Member '{id}' not found.")]
    MemberNotFound { id: String },

    /// No bearer token, or not a valid one.
    ///
    /// # Causes
    ///
    /// The `Authorization` header is missing, is not `Bearer <token>`, or
    /// carries a token the service does not know.
    ///
    /// # Fix
    ///
    /// Send `Authorization: Bearer <token>` with a token the service issued.
    ///
    /// # Example
    ///
    /// Without a token, and with one the service does not know:
    ///
    /// ```http
    /// GET /me
    /// ```
    ///
    /// ```http
    /// GET /me
    /// Authorization: Bearer bob-token
    /// ```
    #[code(
        34401,
        status = 401,
        msg = "Missing or invalid token",
        header("WWW-Authenticate" = "Bearer realm=\"members\"")
    )]
    Unauthorized,

    /// Three searches per window; wait the seconds `Retry-After` says.
    ///
    /// # Causes
    ///
    /// More than three searches from one client within the window.
    ///
    /// # Fix
    ///
    /// Wait the seconds `Retry-After` (and `retry_after` in the body) says,
    /// then search again.
    #[code(
        34429,
        status = 429,
        msg = "Too many requests",
        name = "RateLimited",
        category = "Limits"
    )]
    RateLimited {
        #[body]
        #[header("Retry-After")]
        retry_after: u64,
    },

    /// The database failed; the driver's error is logged, never sent.
    ///
    /// # Example
    ///
    /// ```http
    /// GET /members/locked
    /// ```
    #[code(34503, status = 503, msg = "Storage unavailable, try again later")]
    Storage(#[from] DriverError),

    /// A bug on our side: sent in place of an error the route does not
    /// declare.
    #[code(34500, status = 500, msg = "Internal error")]
    Internal,

    /// The accounts domain's own errors, sent as that enum says: code,
    /// status, message and body are its entries', and the catalogue (the
    /// `/errors` page) lists them.
    #[code(transparent)]
    Account(#[from] AccountError),
}

errcodes::error_set! {
    /// What every route that reads the bearer token may return.
    pub Authenticated: ServiceError = [Unauthorized];
}

errcodes::error_set! {
    /// `GET /members/{id}`.
    pub GetMemberErrors: ServiceError = [MemberNotFound, Storage, Account(AccountError::Suspended)];
}

errcodes::error_set! {
    /// `POST /members`.
    pub CreateMemberErrors: ServiceError = [Invalid, Malformed, Storage];
}

errcodes::error_set! {
    /// `GET /me`.
    pub MeErrors: ServiceError = [..Authenticated, Storage];
}

errcodes::error_set! {
    /// `GET /search`.
    pub SearchErrors: ServiceError = [RateLimited, Storage];
}

/// The routes and the errors each may return, for the OpenAPI document and
/// the contract lock.
pub fn operations() -> [Operation; 4] {
    [
        Operation::new::<GetMemberErrors>("GET", "/members/{id}"),
        Operation::new::<CreateMemberErrors>("POST", "/members"),
        Operation::new::<MeErrors>("GET", "/me"),
        Operation::new::<SearchErrors>("GET", "/search"),
    ]
}

/// The accounts domain: an errcodes enum of its own.
#[derive(Debug, ApiError)]
#[api_error(range = 35000..=35999, category = "Accounts", docs_url = "/errors/")]
pub enum AccountError {
    /// # Example
    ///
    /// ```http
    /// GET /members/suspended
    /// ```
    #[code(35403, status = 403, msg = "Account {id} is suspended")]
    Suspended { id: String },
}

/// One field that failed validation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FieldError {
    pub field: String,
    pub problem: String,
}

/// What a database driver returns: an error with a cause of its own.
#[derive(Debug)]
pub struct DriverError {
    pub code: i32,
    pub cause: std::io::Error,
}

impl std::fmt::Display for DriverError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "database is locked (driver code {})", self.code)
    }
}

impl std::error::Error for DriverError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.cause)
    }
}

#[derive(Debug, Serialize, Deserialize)]
pub struct Member {
    pub name: String,
    pub email: String,
}

/// Searches left in the current window.
#[derive(Clone, Default)]
pub struct Limits {
    searches: Arc<AtomicU32>,
}

const SEARCHES_PER_WINDOW: u32 = 3;

fn load(id: &str) -> Result<Member, DriverError> {
    if id == "locked" {
        return Err(DriverError {
            code: 5,
            cause: std::io::Error::other("busy for 5000 ms"),
        });
    }
    Ok(Member {
        name: id.to_owned(),
        email: format!("{id}@example.org"),
    })
}

fn json(value: &impl Serialize) -> Response {
    let body = serde_json::to_vec(value).unwrap_or_default();
    ([(CONTENT_TYPE, "application/json")], body).into_response()
}

async fn member(Path(id): Path<String>) -> Result<Response, GetMemberErrors> {
    if id == "suspended" {
        return Err(AccountError::Suspended { id }.into());
    }
    let member = load(&id)?;
    if member.name != "ada" && member.name != "locked" {
        return Err(ServiceError::MemberNotFound { id }.into());
    }
    Ok(json(&member))
}

async fn create(body: String) -> Result<Response, CreateMemberErrors> {
    let member: Member = serde_json::from_str(&body).map_err(|e| ServiceError::Malformed {
        detail: e.to_string(),
    })?;
    let mut fields = Vec::new();
    if member.name.trim().is_empty() {
        fields.push(FieldError {
            field: "name".into(),
            problem: "must not be empty".into(),
        });
    }
    if !member.email.contains('@') {
        fields.push(FieldError {
            field: "email".into(),
            problem: "must be an email address".into(),
        });
    }
    if !fields.is_empty() {
        return Err(ServiceError::Invalid { fields }.into());
    }
    Ok((axum::http::StatusCode::CREATED, json(&member)).into_response())
}

async fn me(headers: HeaderMap) -> Result<Response, MeErrors> {
    match headers.get(AUTHORIZATION).map(|v| v.as_bytes()) {
        Some(b"Bearer ada-token") => Ok(json(&load("ada")?)),
        _ => Err(ServiceError::Unauthorized.into()),
    }
}

#[derive(Deserialize)]
struct Search {
    q: Option<String>,
}

async fn search(
    State(limits): State<Limits>,
    Query(search): Query<Search>,
) -> Result<Response, SearchErrors> {
    // The bug the error set catches: `Malformed` is not one of /search's errors.
    if search.q.as_deref() == Some("") {
        return Err(ServiceError::Malformed {
            detail: "empty q".into(),
        }
        .into());
    }
    if limits.searches.fetch_add(1, Ordering::Relaxed) >= SEARCHES_PER_WINDOW {
        return Err(ServiceError::RateLimited { retry_after: 30 }.into());
    }
    Ok(json(&[load("ada")?]))
}

/// One line per request; an error response's extension says which error.
async fn log_requests(request: Request, next: Next) -> Response {
    let (method, path) = (request.method().clone(), request.uri().path().to_owned());
    let started = Instant::now();
    let response = next.run(request).await;
    let elapsed_us = u64::try_from(started.elapsed().as_micros()).unwrap_or(u64::MAX);
    let status = response.status().as_u16();
    match response.extensions().get::<ErrorInfo>() {
        Some(error) => tracing::info!(
            %method, path, status, elapsed_us, code = %error.code(), name = error.name(), "request"
        ),
        None => tracing::info!(%method, path, status, elapsed_us, "request"),
    }
    response
}

/// The service's routes.
pub fn app() -> Router {
    Router::new()
        .route("/members", post(create))
        .route("/members/{id}", get(member))
        .route("/me", get(me))
        .route("/search", get(search))
        .with_state(Limits::default())
        .merge(errcodes::axum::errors_router::<ServiceError>())
        .layer(middleware::from_fn(log_requests))
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> std::io::Result<()> {
    tracing_subscriber::fmt().init();
    errcodes::Undeclared::Replace.set();
    let addr = std::env::var("ADDR").unwrap_or_else(|_| "127.0.0.1:3000".to_owned());
    let listener = tokio::net::TcpListener::bind(&addr).await?;
    println!("listening on http://{addr}");
    axum::serve(listener, app()).await
}
