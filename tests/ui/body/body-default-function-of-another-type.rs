use errcodes::ApiError;

fn thirty() -> &'static str {
    "30"
}

#[derive(Debug, ApiError)]
enum E {
    #[code(1, status = 429, msg = "Slow down")]
    Slow {
        #[body(default = thirty)]
        retry_after: u64,
    },
}

fn main() {}
