use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[code(1, status = 500)]
    A(#[from] std::io::Error),
    #[code(2, status = 500)]
    B(#[from] std::io::Error),
}

fn main() {}
