use errcodes::ApiError;

#[derive(Debug, ApiError)]
pub enum AccountError {
    #[code(34305, status = 401, msg = "Wrong password")]
    WrongPassword,
}

// A transparent variant has no entry to translate: `Account` names none.
// Relative to the crate's Cargo.toml, which for trybuild is target/tests/trybuild/errcodes.
#[derive(Debug, ApiError)]
#[api_error(locales = "../../../../tests/ui/locales/transparent-name")]
pub enum ServiceError {
    #[code(500, status = 500, msg = "Internal error")]
    Internal,
    #[code(transparent)]
    Account(AccountError),
}

fn main() {}
