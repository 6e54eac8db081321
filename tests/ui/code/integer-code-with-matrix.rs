use errcodes::ApiError;

#[derive(Debug, ApiError)]
#[api_error(format = errcodes::format::Matrix)]
enum E {
    #[code(403, status = 403, msg = "forbidden")]
    Forbidden,
    #[code(404, status = 404, msg = "not found")]
    NotFound,
}

fn main() {}
