use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[code()]
    Empty,
}

fn main() {}
