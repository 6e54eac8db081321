use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[code(1, status = 204, msg = "nothing")]
    Nothing,
}

fn main() {}
