use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[code(1, status = 500, msg = "storage failed: {cause}", expose)]
    Storage {
        #[source]
        cause: std::io::Error,
    },
}

fn main() {}
