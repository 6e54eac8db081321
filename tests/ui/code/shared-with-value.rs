use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[code(1, status = 400, msg = "a", shared = true)]
    A,
    #[code(1, status = 400, msg = "b", shared)]
    B,
}

fn main() {}
