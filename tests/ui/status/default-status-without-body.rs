use errcodes::ApiError;

#[derive(Debug, ApiError)]
#[api_error(default_status = 103)]
enum E {
    #[code(1, msg = "early hints")]
    Early,
}

fn main() {}
