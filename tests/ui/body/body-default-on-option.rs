use errcodes::ApiError;

#[derive(Debug, ApiError)]
#[api_error(format = errcodes::format::Matrix)]
enum E {
    #[code("M_UNKNOWN_TOKEN", status = 401, msg = "Unknown token")]
    UnknownToken {
        #[body(default)]
        soft_logout: Option<bool>,
    },
}

fn main() {}
