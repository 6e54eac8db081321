use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[code(1, status = 500, msg = "io")]
    Io {
        #[from]
        error: std::io::Error,
        path: String,
    },
}

fn main() {}
