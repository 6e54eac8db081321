use errcodes::ApiError;

#[derive(Debug, ApiError)]
#[api_error(axum)]
enum E {
    #[code(1, status = 404)]
    NotFound,
}

fn main() {}
