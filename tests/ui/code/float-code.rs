use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[code(1.5, status = 400, msg = "float")]
    Float,
}

fn main() {}
