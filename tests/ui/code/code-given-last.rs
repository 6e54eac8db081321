use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[code(status = 400, msg = "x", 5)]
    A,
}

fn main() {}
