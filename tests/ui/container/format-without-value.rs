use errcodes::ApiError;

#[derive(Debug, ApiError)]
#[api_error(format = )]
enum E {
    #[code(1, status = 400)]
    A,
}

fn main() {}
