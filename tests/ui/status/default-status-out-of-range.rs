use errcodes::ApiError;

#[derive(Debug, ApiError)]
#[api_error(default_status = 600000)]
enum E {
    #[code(1, msg = "default")]
    Default,
}

fn main() {}
