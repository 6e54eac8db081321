use errcodes::ApiError;

#[derive(Debug, ApiError)]
#[api_error(ranges("Headers" = 31000..=31999, "Accounts" = 34000..=34999))]
enum Fresns {
    #[code(31000, category = "Headers", msg = "Headers error")]
    HeadersError,
    #[code(34100, category = "Headers", msg = "Filed under the wrong section")]
    WrongSection,
    #[code(34200, msg = "No category, but in the Accounts block")]
    Uncategorised,
}

fn main() {}
