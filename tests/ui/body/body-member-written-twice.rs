use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[code(1, status = 429, msg = "slow down")]
    Throttled {
        #[body]
        retry_after: u64,
        #[body(rename = "retry_after")]
        retry_after_ms: u64,
    },
}

fn main() {}
