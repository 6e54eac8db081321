use errcodes::ApiError;

#[derive(Debug, ApiError)]
#[api_error(ranges("Headers" = 31000..=31999, "Headers/Platform" = 31100..=31199, "Accounts" = 31500..=34999))]
enum Fresns {
    #[code(31000, category = "Headers", msg = "Headers error")]
    HeadersError,
}

fn main() {}
