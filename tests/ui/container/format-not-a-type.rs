use errcodes::ApiError;

#[derive(Debug, ApiError)]
#[api_error(format = "problem")]
enum E {
    #[code(1, status = 400, msg = "format")]
    Format,
}

fn main() {}
