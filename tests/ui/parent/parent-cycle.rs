use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum AccountError {
    #[code(34300, parent = 34307, status = 400, msg = "Refused")]
    Refused,
    #[code(34307, parent = 34300, status = 422, msg = "Password too short")]
    PasswordTooShort,
}

fn main() {}
