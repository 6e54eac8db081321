use errcodes::ApiError;

#[derive(Debug, ApiError)]
#[api_error(default_status = 400, category = "A", default_status = 404)]
enum E {
    #[code(1, msg = "twice")]
    Twice,
}

fn main() {}
