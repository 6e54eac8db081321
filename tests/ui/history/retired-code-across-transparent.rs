use errcodes::ApiError;

#[derive(Debug, ApiError)]
#[api_error(retired(34301 = "2.1: use 34310"))]
pub enum AccountError {
    #[code(34310, status = 401, msg = "Wrong credentials")]
    WrongCredentials,
}

// Uses a code the wrapped type retired.
#[derive(Debug, ApiError)]
pub enum ServiceError {
    #[code(34301, status = 401, msg = "Wrong password")]
    WrongPassword,
    #[code(transparent)]
    Account(AccountError),
}

#[derive(Debug, ApiError)]
#[api_error(retired(34310 = "use 40001"))]
pub enum GatewayError {
    #[code(40001, status = 401, msg = "Unauthorized")]
    Unauthorized,
    // Wraps a type that uses a code this one retired.
    #[code(transparent)]
    Account(AccountError),
}

fn main() {}
