use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[code(1, status = 500, msg = "copy failed")]
    Copy {
        #[source]
        read: std::io::Error,
        #[source]
        write: std::io::Error,
    },
}

fn main() {}
