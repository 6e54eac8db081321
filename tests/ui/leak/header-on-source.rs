use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[code(1, status = 500)]
    Storage(#[source] #[header("X-Cause")] std::io::Error),
}

fn main() {}
