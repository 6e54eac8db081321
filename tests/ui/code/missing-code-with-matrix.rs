use errcodes::ApiError;

#[derive(Debug, ApiError)]
#[api_error(format = errcodes::format::Matrix)]
enum E {
    #[code("M_FORBIDDEN", status = 403, msg = "forbidden")]
    Forbidden,
    #[code(_, status = 404, msg = "not found")]
    NotFound,
}

fn main() {}
