use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum AccountError {
    #[code(34300, status = 400, msg = "Refused")]
    Refused,
    #[code(34301, status = 403, msg = "Forbidden")]
    Forbidden,
    #[code(34307, parent = 34300, status = 422, msg = "Password too short", shared)]
    PasswordTooShort,
    #[code(34307, parent = 34301, status = 403, msg = "Password expired", shared)]
    PasswordExpired,
}

fn main() {}
