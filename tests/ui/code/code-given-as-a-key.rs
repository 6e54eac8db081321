use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[code(status = 400, msg = "x", code = 5)]
    A,
    #[code(code = 6, status = 400)]
    B,
}

fn main() {}
