use errcodes::ApiError;

// Relative to the crate's Cargo.toml, which for trybuild is target/tests/trybuild/errcodes.
#[derive(Debug, ApiError)]
#[api_error(locales = "../../../../tests/ui/locales/empty")]
pub enum ManyErrors {
    #[code(1, status = 400, msg = "error 1")]
    E1,
    #[code(2, status = 400, msg = "error 2")]
    E2,
    #[code(3, status = 400, msg = "error 3")]
    E3,
    #[code(4, status = 400, msg = "error 4")]
    E4,
    #[code(5, status = 400, msg = "error 5")]
    E5,
    #[code(6, status = 400, msg = "error 6")]
    E6,
    #[code(7, status = 400, msg = "error 7")]
    E7,
    #[code(8, status = 400, msg = "error 8")]
    E8,
    #[code(9, status = 400, msg = "error 9")]
    E9,
    #[code(10, status = 400, msg = "error 10")]
    E10,
    #[code(11, status = 400, msg = "error 11")]
    E11,
}

fn main() {}
