use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum AccountError {
    #[code(34305, status = 401, msg = "Wrong password")]
    WrongPassword,
}

#[derive(Debug, ApiError)]
enum ServiceError {
    #[code(transparent, status = 500)]
    Account(AccountError),
    #[code(34306, transparent)]
    Other(AccountError),
}

fn main() {}
