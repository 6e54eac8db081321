use errcodes::ApiError;

#[derive(Debug, ApiError)]
#[api_error(locales = "no/such/dir")]
pub enum AccountError {
    #[code(1, status = 401, msg = "Wrong password")]
    WrongPassword,
}

fn main() {}
