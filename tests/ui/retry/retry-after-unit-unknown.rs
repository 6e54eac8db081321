use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[code(1, status = 429, msg = "Slow down")]
    Limited {
        #[body(retry_after = "sec")]
        wait: u64,
    },
}

fn main() {}
