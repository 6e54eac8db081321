use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[code(1, status = 401, msg = "twice", status = 403)]
    Twice,
}

fn main() {}
