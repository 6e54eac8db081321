use errcodes::ApiError;

#[derive(Debug, ApiError)]
#[api_error(lang = "en_US")]
pub enum AccountError {
    #[code(1, status = 401, msg = "Wrong password")]
    WrongPassword,
}

fn main() {}
