use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[code(1, status = 429, msg = "slow down")]
    Throttled {
        #[body(rename = "scope")]
        limit_scope: &'static str,
    },
}

fn main() {}
