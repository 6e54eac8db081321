use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[code(1, status = 401)]
    #[header("WWW-Authenticate")]
    Unauthorized,
}

fn main() {}
