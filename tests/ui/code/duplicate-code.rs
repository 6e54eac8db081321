use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[code(1001, status = 400, msg = "first")]
    First,
    #[code(1001, status = 400, msg = "second")]
    Second,
}

fn main() {}
