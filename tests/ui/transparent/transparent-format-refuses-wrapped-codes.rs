use errcodes::ApiError;

// Matrix writes the wrapped entries' bodies too, and takes string codes only.
#[derive(Debug, ApiError)]
enum AccountError {
    #[code(34305, status = 401, msg = "Wrong password")]
    WrongPassword,
}

#[derive(Debug, ApiError)]
#[api_error(format = errcodes::format::Matrix)]
enum MatrixService {
    #[code(transparent)]
    Account(AccountError),
}

fn main() {}
