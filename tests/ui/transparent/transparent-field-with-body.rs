use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum AccountError {
    #[code(34305, status = 401, msg = "Wrong password")]
    WrongPassword,
}

#[derive(Debug, ApiError)]
enum ServiceError {
    #[code(transparent)]
    Account(#[body] AccountError),
}

fn main() {}
