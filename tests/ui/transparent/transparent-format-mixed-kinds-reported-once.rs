use errcodes::ApiError;

// Integer codes wrapped in a Matrix enum of string codes: one mistake, the
// mix of kinds, reported once (not again as codes Matrix refuses).
#[derive(Debug, ApiError)]
enum AccountError {
    #[code(34305, status = 401, msg = "Wrong password")]
    WrongPassword,
}

#[derive(Debug, ApiError)]
#[api_error(format = errcodes::format::Matrix)]
enum MatrixService {
    #[code("M_UNKNOWN", status = 500, msg = "Unknown")]
    Unknown,
    #[code(transparent)]
    Account(AccountError),
}

fn main() {}
