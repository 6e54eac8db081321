use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[code(1, status = 400, msg = "a", name = "Ñame\u{1b}[31m")]
    Escaped,
    #[code(2, status = 400, msg = "b", category = "Kätegory\n")]
    Broken,
}

fn main() {}
