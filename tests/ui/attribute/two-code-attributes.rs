use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[code(1, status = 400, msg = "one")]
    #[code(2, status = 400, msg = "two")]
    Twice,
}

fn main() {}
