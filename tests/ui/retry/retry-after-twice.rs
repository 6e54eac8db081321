use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[code(1, status = 429, msg = "Slow down")]
    Limited {
        #[body(retry_after = "ms")]
        wait_ms: u64,
        #[body(retry_after = "s")]
        wait: u64,
    },
}

fn main() {}
