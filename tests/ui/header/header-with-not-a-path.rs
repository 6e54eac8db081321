use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum LimitError {
    #[code(1, status = 429, msg = "slow down")]
    Limited {
        #[header("Retry-After", with = |ms: &u64| ms / 1000)]
        retry_after_ms: u64,
    },
}

fn main() {}
