use std::error::Error;
use std::rc::Rc;
use std::sync::Arc;

use errcodes::ApiError;

type Shared = Arc<Box<dyn Error + Send + Sync>>;

#[derive(Debug, ApiError)]
enum SyncError {
    // An `Arc` of a boxed error is no error itself, but shows one's text.
    #[code(1, status = 409, msg = "conflict: {cause}")]
    Conflict { cause: Shared },
    #[code(2, status = 503, msg = "unavailable")]
    Unavailable {
        #[header("X-Cause")]
        cause: Rc<Box<dyn Error>>,
    },
}

fn main() {}
