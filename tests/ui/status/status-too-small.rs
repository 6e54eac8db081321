use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[code(1, status = 99, msg = "too small")]
    TooSmall,
}

fn main() {}
