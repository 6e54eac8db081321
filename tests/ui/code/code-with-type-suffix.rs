use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[code(300u8, status = 400, msg = "too big for a u8")]
    TooBig,
}

fn main() {}
