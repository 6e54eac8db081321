use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[code(1, status = 429, msg = "slow down")]
    Throttled {
        #[body(rename = "")]
        retry_after: u64,
    },
}

fn main() {}
