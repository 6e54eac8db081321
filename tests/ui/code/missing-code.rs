use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[code(1, status = 401, msg = "fine")]
    Fine,
    Forgotten,
}

fn main() {}
