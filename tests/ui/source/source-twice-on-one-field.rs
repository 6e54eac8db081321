use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[code(1, status = 500, msg = "io")]
    Io {
        #[source]
        #[source]
        cause: std::io::Error,
    },
}

fn main() {}
