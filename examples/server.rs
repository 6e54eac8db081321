//! A tiny axum server whose handlers fail with an errcode error.
//!
//! ```text
//! cargo run --example server --features axum
//! curl -i localhost:3000/members/abc      # 404 {"code":34306,"message":"Member 'abc' not found."}
//! curl -i -X POST localhost:3000/login    # 401 {"code":34305,"message":"Incorrect account or wrong password"}
//! open http://localhost:3000/errors       # the catalogue as HTML
//! ```
//!
//! Listens on `127.0.0.1:3000`, or on the address in `ADDR`.

use axum::extract::Path;
use axum::response::Html;
use axum::routing::{get, post};
use axum::Router;
use errcodes::axum::ApiResponse;
use errcodes::ApiError;

/// Errors of the accounts API.
#[derive(Debug, ApiError)]
#[api_error(range = 34000..=34999, category = "Accounts")]
pub enum AccountError {
    /// Shown when the password check fails.
    #[code(34305, status = 401, msg = "Incorrect account or wrong password")]
    WrongPassword,

    #[code(34306, status = 404, msg = "Member '{member_ref}' not found.")]
    MemberNotFound { member_ref: String },
}

fn find_member(member_ref: &str) -> Result<String, AccountError> {
    Err(AccountError::MemberNotFound {
        member_ref: member_ref.to_owned(),
    })
}

async fn member(Path(member_ref): Path<String>) -> Result<String, ApiResponse<AccountError>> {
    // `?` wraps the error in `ApiResponse`, which axum turns into the response.
    Ok(find_member(&member_ref)?)
}

async fn login() -> Result<&'static str, ApiResponse<AccountError>> {
    Err(AccountError::WrongPassword.into())
}

async fn errors() -> Html<String> {
    Html(errcodes::docs::html::<AccountError>())
}

fn app() -> Router {
    Router::new()
        .route("/members/{member_ref}", get(member))
        .route("/login", post(login))
        .route("/errors", get(errors))
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> std::io::Result<()> {
    let addr = std::env::var("ADDR").unwrap_or_else(|_| "127.0.0.1:3000".to_owned());
    let listener = tokio::net::TcpListener::bind(&addr).await?;
    println!("listening on http://{addr}");
    axum::serve(listener, app()).await
}
