//! Prints the documentation of a small demo catalogue.
//!
//! ```text
//! cargo run --example docs -- markdown|json|openapi|html
//! ```

use std::process::ExitCode;

use errcodes::ApiError;

/// Errors of the accounts API.
///
/// Every error body is `{"code": ..., "message": ...}`; a rate-limited
/// request also says when to retry.
#[derive(Debug, ApiError)]
#[api_error(range = 34000..=34999, category = "Accounts")]
pub enum AccountError {
    /// Shown when the password check fails.
    #[code(34305, status = 401, msg = "Incorrect account or wrong password")]
    WrongPassword,

    /// The member reference names no member of the system.
    #[code(34306, status = 404, msg = "Member '{member_ref}' not found.")]
    MemberNotFound { member_ref: String },

    #[code(
        34300,
        status = 500,
        msg = "Internal server error, try again later",
        shared
    )]
    Storage(#[source] std::io::Error),

    #[code(34300, status = 400, msg = "Invalid JSON", shared)]
    InvalidJson(#[from] serde_json::Error),

    /// Raised by the client library when the service cannot be reached; it
    /// has no HTTP status.
    #[code(34001, msg = "Service unreachable", category = "Client")]
    Unreachable,

    /// Wait `retry_after` milliseconds before trying again.
    #[code(
        34429,
        status = 429,
        msg = "Too many requests",
        name = "RateLimited",
        category = "Limits"
    )]
    Throttled {
        #[body]
        retry_after: u64,
    },
}

fn main() -> ExitCode {
    let format = std::env::args().nth(1).unwrap_or_default();
    let text = match format.as_str() {
        "markdown" | "md" => errcodes::docs::markdown::<AccountError>(),
        "json" => errcodes::docs::json::<AccountError>(),
        "openapi" => errcodes::docs::OpenApi::new(&errcodes::docs::View::of::<AccountError>())
            .to_string_pretty(env!("CARGO_PKG_VERSION")),
        "html" => errcodes::docs::html::<AccountError>(),
        _ => {
            eprintln!("usage: cargo run --example docs -- markdown|json|openapi|html");
            return ExitCode::FAILURE;
        }
    };
    print!("{text}");
    if !text.ends_with('\n') {
        println!();
    }
    ExitCode::SUCCESS
}
