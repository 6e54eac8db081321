use errcodes::ApiError;

#[derive(Debug, ApiError)]
#[api_error(since = "v1")]
enum E {
    #[code(1, status = 400, msg = "Bad", since = "0.6")]
    Bad,
    #[code(2, status = 429, msg = "Slow down")]
    Slow {
        #[body(since = "latest")]
        #[header("Retry-After", since = "2.0.0.1")]
        retry_after: u64,
    },
    #[code(3, status = 400, msg = "Old", deprecated(since = "2.1"))]
    Old,
}

fn main() {}
