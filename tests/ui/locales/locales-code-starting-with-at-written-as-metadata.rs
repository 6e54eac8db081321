use errcodes::ApiError;

// Relative to the crate's Cargo.toml, which for trybuild is target/tests/trybuild/errcodes.
#[derive(Debug, ApiError)]
#[api_error(locales = "../../../../tests/ui/locales/at-code")]
pub enum Mention {
    #[code("@admin", status = 403, msg = "Only admins")]
    AdminOnly,
}

fn main() {}
