use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[code(1, status = 404, msg = "member {0} not found", expose)]
    NotFound(String),
}

fn main() {}
