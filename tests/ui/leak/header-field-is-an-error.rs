use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum StoreError {
    #[code(1, status = 409, msg = "conflict")]
    Conflict {
        #[header("X-Cause")]
        cause: std::io::Error,
    },
    #[code(2, status = 409, msg = "busy")]
    Busy {
        #[header("X-Cause")]
        cause: Option<Box<dyn std::error::Error + Send + Sync>>,
    },
}

fn main() {}
