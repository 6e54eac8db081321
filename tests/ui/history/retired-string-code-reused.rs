use errcodes::ApiError;

#[derive(Debug, ApiError)]
#[api_error(format = errcodes::format::Matrix, retired("M_OLD_LIMIT" = "use M_LIMIT_EXCEEDED"))]
enum E {
    #[code("M_OLD_LIMIT", status = 429, msg = "Too many requests")]
    Limit,
}

fn main() {}
