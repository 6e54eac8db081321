use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[code(1, status = 401, http = 401, msg = "unknown")]
    Unknown,
}

fn main() {}
