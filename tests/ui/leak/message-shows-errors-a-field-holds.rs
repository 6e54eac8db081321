use std::error::Error;

use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum BatchError {
    // `{:?}` of an `Option` or a `Vec` shows the `Debug` of the errors in it.
    #[code(1, status = 400, msg = "first failure: {first:?}")]
    First { first: Option<std::io::Error> },
    #[code(2, status = 400, msg = "failures: {0:?}")]
    All(Vec<Box<dyn Error + Send + Sync>>),
    // Values that are no errors are shown.
    #[code(3, status = 400, msg = "rejected: {0:?}")]
    Rejected(Vec<String>),
}

fn main() {}
