use errcodes::ApiError;

// A body member or a header cannot reach clients before the entry that
// sends it: the earlier version is a typo in one of the two, as a
// deprecation before its entry appeared is (deprecated-before-it-appeared).
#[derive(Debug, ApiError)]
#[api_error(since = "1.0.0")]
enum E {
    #[code(34310, status = 429, msg = "Slow down", since = "2.0.0")]
    Throttled {
        #[body(since = "1.5.0")]
        wait: u64,
        #[header("Retry-After", since = "0.9.0")]
        retry_after: u64,
    },
}

fn main() {}
