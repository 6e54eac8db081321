use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[code(status = 400, msg = "no code at all")]
    A,
}

fn main() {}
