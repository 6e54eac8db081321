use axum::{extract::Path, routing::get, Router};
use errcodes::ApiError;

/// Errors of the members API.
#[derive(Debug, ApiError)]
#[api_error(axum)]
pub enum MemberError {
    #[code(34404, status = 404, msg = "Member '{id}' not found.")]
    NotFound { id: String },

    #[code(34429, status = 429, msg = "Too many requests")]
    RateLimited {
        #[body]
        #[header("Retry-After")]
        retry_after: u64,
    },
}

async fn member(Path(id): Path<String>) -> Result<String, MemberError> {
    Err(MemberError::NotFound { id })
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> std::io::Result<()> {
    let app = Router::new().route("/members/{id}", get(member));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:3000").await?;
    axum::serve(listener, app).await
}
