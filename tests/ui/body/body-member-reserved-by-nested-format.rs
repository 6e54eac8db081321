use errcodes::format::{Format, Member, Source};
use errcodes::ApiError;

struct Nested;

impl Format for Nested {
    const CONTENT_TYPE: &'static str = "application/json";
    const MEMBERS: &'static [Member] = &[
        Member::new("version", Source::Text("1")),
        Member::new(
            "error",
            Source::Object(&[
                Member::new("id", Source::Code),
                Member::new("text", Source::Message),
                Member::BODY_FIELDS,
            ]),
        ),
    ];
}

#[derive(Debug, ApiError)]
#[api_error(format = Nested)]
enum E {
    #[code(1, status = 400, msg = "bad")]
    Bad {
        // `version` is a sibling of `error`, so this one is free.
        #[body]
        version: u8,
        #[body(rename = "text")]
        detail: String,
    },
}

fn main() {}
