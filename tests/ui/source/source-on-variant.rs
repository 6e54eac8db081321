use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[source]
    #[code(1, status = 500, msg = "io failed")]
    Io(std::io::Error),
}

fn main() {}
