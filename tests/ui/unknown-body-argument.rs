use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[code(1, status = 429, msg = "slow down")]
    Throttled {
        #[body(encode)]
        scope: String,
    },
}

fn main() {}
