use errcodes::ApiError;

#[derive(Debug, ApiError)]
#[api_error(range = 1000..=99999999999999999999)]
enum E {
    #[code(1000, status = 400, msg = "bad")]
    Bad,
}

fn main() {}
