use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[code(1, status = 429, msg = "Slow down")]
    Limited {
        #[body(retry_after = "s")]
        wait: String,
    },
}

fn main() {}
