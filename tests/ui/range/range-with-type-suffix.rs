use errcodes::ApiError;

#[derive(Debug, ApiError)]
#[api_error(range = 1000i64..=1999)]
enum E {
    #[code(1000, status = 400, msg = "first")]
    First,
}

fn main() {}
