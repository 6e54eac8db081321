use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[code(1, status = 429)]
    Throttled {
        #[header("Retry-After")]
        retry_after: Vec<u64>,
    },
}

fn main() {}
