use errcodes::ApiError;

#[derive(Debug, ApiError)]
#[api_error(ranges("Headers" = 31000..=31999, "" = 32000..=32999))]
enum E {
    #[code(31000, status = 400, msg = "bad header", category = "Headers")]
    BadHeader,
}

fn main() {}
