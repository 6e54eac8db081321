use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[code(1, status = 406, header("Content-Type" = "text/plain"))]
    NotAcceptable,
}

fn main() {}
