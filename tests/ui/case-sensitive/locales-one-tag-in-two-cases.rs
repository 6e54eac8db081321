use errcodes::ApiError;

// `tests/ui.rs` writes `de.json` and `DE.json` there: a repository cannot
// hold both where file names ignore case. The path is relative to the
// crate's Cargo.toml, which for trybuild is target/tests/trybuild/errcodes.
#[derive(Debug, ApiError)]
#[api_error(locales = "../../../tmp/ui-locales/one-tag-in-two-cases")]
pub enum AccountError {
    #[code(1, status = 401, msg = "Wrong password")]
    WrongPassword,
}

fn main() {}
