use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[code(1, status = 429, msg = "Slow down")]
    Slow {
        #[body(default = 30)]
        retry_after: u64,
    },
}

fn main() {}
