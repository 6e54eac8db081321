use errcodes::ApiError;

#[derive(Debug, ApiError)]
#[api_error(docs_url = "errors/")]
enum Relative {
    #[code(1, status = 404, msg = "Gone")]
    Gone,
}

#[derive(Debug, ApiError)]
#[api_error(docs_url = "https://api.example.com/errors")]
enum NoSeparator {
    #[code(1, status = 404, msg = "Gone")]
    Gone,
}

#[derive(Debug, ApiError)]
#[api_error(docs_url = "https://api.example.com/my errors/")]
enum NotUri {
    #[code(1, status = 404, msg = "Gone")]
    Gone,
}

fn main() {}
