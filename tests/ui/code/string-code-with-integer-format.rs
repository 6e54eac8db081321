use errcodes::format::{AcceptedCodes, Format, Member, Source};
use errcodes::ApiError;

struct Numbered;

impl Format for Numbered {
    const CONTENT_TYPE: &'static str = "application/json";
    const ACCEPTED_CODES: AcceptedCodes = AcceptedCodes::INTEGERS.or_absent();
    const MEMBERS: &'static [Member] = &[Member::new("id", Source::Code)];
}

#[derive(Debug, ApiError)]
#[api_error(format = Numbered)]
enum E {
    #[code("forbidden", status = 403, msg = "forbidden")]
    Forbidden,
    #[code(_, status = 404, msg = "not found")]
    NotFound,
}

fn main() {}
