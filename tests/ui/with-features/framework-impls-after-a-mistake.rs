use errcodes::ApiError;

#[derive(Debug, ApiError)]
#[api_error(axum, actix_web)]
enum E {
    #[code(1, stauts = 404)]
    NotFound,
}

async fn axum_handler() -> Result<String, E> {
    Err(E::NotFound)
}

async fn actix_handler() -> Result<String, E> {
    Err(E::NotFound)
}

fn main() {
    let _: axum::Router = axum::Router::new().route("/", axum::routing::get(axum_handler));
    let _ = actix_web::App::new().route("/", actix_web::web::get().to(actix_handler));
}
