use errcodes::ApiError;

#[derive(Debug, ApiError)]
#[api_error(range = 200..=100)]
enum E {
    #[code(150, status = 400, msg = "empty")]
    Empty,
}

fn main() {}
