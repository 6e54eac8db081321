use errcodes::ApiError;

#[derive(Debug, ApiError)]
#[api_error(docs_url = "/errors/", code_header = "Link")]
enum E {
    #[code(1, status = 404, msg = "Not found")]
    NotFound,
}

fn main() {}
