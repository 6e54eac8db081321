use errcodes::ApiError;

#[derive(Debug, ApiError)]
#[code(1, status = 400, msg = "bad")]
struct Bad {
    code: u32,
    #[body]
    text: str,
}

fn main() {}
