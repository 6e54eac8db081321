use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[code(1, status = 409, msg = "Busy", fault = "network")]
    Busy,
}

fn main() {}
