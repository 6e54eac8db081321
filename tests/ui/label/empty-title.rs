use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[code(1, status = 400, title = "", msg = "bad {0}")]
    Bad(u8),
}

fn main() {}
