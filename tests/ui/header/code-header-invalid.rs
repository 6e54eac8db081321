use errcodes::ApiError;

#[derive(Debug, ApiError)]
#[api_error(code_header = "X Error Code")]
enum E {
    #[code(1, status = 404, msg = "Not found")]
    NotFound,
}

fn main() {}
