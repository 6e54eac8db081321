use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum LimitError {
    #[code(1, status = 429, msg = "slow down")]
    Limited {
        #[header("Retry-After", wiht = errcodes::headers::seconds_from_millis)]
        retry_after_ms: u64,
    },
}

fn main() {}
