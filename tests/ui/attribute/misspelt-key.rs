use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[code(1, stauts = 401, msg = "typo")]
    Typo,
}

fn main() {}
