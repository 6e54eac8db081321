use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[code(1, status = 400, msg = "integer")]
    Integer,
    #[code("M_FORBIDDEN", status = 403, msg = "string")]
    Text,
}

fn main() {}
