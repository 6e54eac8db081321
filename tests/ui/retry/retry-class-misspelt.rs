use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[code(1, status = 500, msg = "Storage failed", retry = "sfae")]
    Storage,
}

fn main() {}
