use errcodes::ApiError;

fn seconds(text: &String) -> usize {
    text.len()
}

#[derive(Debug, ApiError)]
enum LimitError {
    #[code(1, status = 429, msg = "slow down")]
    Limited {
        #[header("Retry-After", with = seconds)]
        retry_after_ms: u64,
    },
}

fn main() {}
