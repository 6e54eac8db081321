use errcodes::ApiError;

#[derive(Debug, ApiError)]
#[api_error(docs_url = "https://:443/errors/")]
enum EmptyHost {
    #[code(7, status = 404, msg = "Gone")]
    Gone,
}

#[derive(Debug, ApiError)]
#[api_error(docs_url = "https://example.com/docs#errors#")]
enum TwoFragments {
    #[code(7, status = 404, msg = "Gone")]
    Gone,
}

fn main() {}
