use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[code(1, status = 1000, msg = "too large")]
    TooLarge,
}

fn main() {}
