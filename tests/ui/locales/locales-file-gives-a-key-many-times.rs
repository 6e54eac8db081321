use errcodes::ApiError;

// Relative to the crate's Cargo.toml, which for trybuild is target/tests/trybuild/errcodes.
#[derive(Debug, ApiError)]
#[api_error(locales = "../../../../tests/ui/locales/many-duplicates")]
pub enum AccountError {
    #[code(1, status = 401, msg = "Wrong password")]
    WrongPassword,
}

fn main() {}
