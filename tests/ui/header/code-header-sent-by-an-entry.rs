use errcodes::ApiError;

#[derive(Debug, ApiError)]
#[api_error(code_header = "Retry-After")]
enum RetryHeaderError {
    #[code(42901, status = 429, msg = "Slow down")]
    SlowDown {
        #[header("Retry-After")]
        retry_after: u64,
    },
}

#[derive(Debug, ApiError)]
#[api_error(docs_url = "/errors/", code_header = "Link")]
enum LinkHeaderError {
    #[code(40402, status = 404, msg = "No such page")]
    NoPage,
}

#[derive(Debug, ApiError)]
#[api_error(code_header = "x-cache")]
enum FixedHeaderError {
    #[code(40403, status = 404, msg = "Gone", header("X-Cache" = "miss"))]
    Missed,
}

fn main() {}
