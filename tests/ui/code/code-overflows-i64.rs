use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[code(99999999999999999999, status = 400, msg = "huge")]
    Huge,
}

fn main() {}
