use errcodes::ApiError;

// Relative to the crate's Cargo.toml, which for trybuild is target/tests/trybuild/errcodes.
#[derive(Debug, ApiError)]
#[api_error(locales = "../../../../tests/ui/locales/unknown")]
pub enum AccountError {
    #[code(1, status = 401, msg = "Wrong password")]
    WrongPassword,
    #[code(2, status = 404, msg = "Member {member_ref} not found")]
    MemberNotFound { member_ref: String },
}

fn main() {}
