use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[code(1, status = 400, msg = "no name", name = "")]
    Nameless,
}

fn main() {}
