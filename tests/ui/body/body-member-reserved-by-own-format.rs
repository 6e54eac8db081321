use errcodes::format::{Format, Member, Source};
use errcodes::ApiError;

struct Mine;

impl Format for Mine {
    const CONTENT_TYPE: &'static str = "application/json";
    const MEMBERS: &'static [Member] = &[
        Member::new("id", Source::Code),
        Member::new("kind", Source::Text("error")),
        Member::new("text", Source::Message),
        Member::BODY_FIELDS,
    ];
}

#[derive(Debug, ApiError)]
#[api_error(format = Mine)]
enum E {
    #[code(1, status = 400, msg = "bad")]
    Bad {
        #[body(rename = "kind")]
        detail: String,
    },
}

fn main() {}
