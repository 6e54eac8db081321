use errcodes::ApiError;

#[derive(Debug, ApiError)]
#[api_error(retired(34301 = "2.1: use 34310"))]
pub enum AccountError {
    #[code(34310, status = 401, msg = "Wrong credentials")]
    WrongCredentials,
}

// Retires nothing itself; its catalogue includes AccountError's, whose
// retired codes `Catalogue::retirement` reports as this one's too.
#[derive(Debug, ApiError)]
pub enum AuthError {
    #[code(40000, status = 400, msg = "Bad request")]
    BadRequest,
    #[code(transparent)]
    Account(AccountError),
}

// Uses a code that a type two `#[code(transparent)]` levels down retired:
// decoding 34301 now finds `WrongPassword`, while
// `ServiceError::catalogue().retirement(34301)` says it is retired.
#[derive(Debug, ApiError)]
pub enum ServiceError {
    #[code(34301, status = 401, msg = "Wrong password")]
    WrongPassword,
    #[code(transparent)]
    Auth(AuthError),
}

fn main() {}
