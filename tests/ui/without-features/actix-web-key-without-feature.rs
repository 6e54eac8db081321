use errcodes::ApiError;

#[derive(Debug, ApiError)]
#[api_error(category = "Accounts", actix_web)]
enum E {
    #[code(1, status = 404)]
    NotFound,
}

fn main() {}
