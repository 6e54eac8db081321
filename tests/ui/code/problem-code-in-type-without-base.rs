use errcodes::format::{Problem, ProblemType};
use errcodes::ApiError;

/// `type` alone would carry the code, but it is always `about:blank`.
struct Blank;
impl ProblemType for Blank {
    const BASE: Option<&'static str> = None;
    const CODE_MEMBER: bool = false;
}

#[derive(Debug, ApiError)]
#[api_error(format = Problem<Blank>)]
enum E {
    #[code("out-of-credit", status = 403, msg = "No credit")]
    OutOfCredit,
}

fn main() {}
