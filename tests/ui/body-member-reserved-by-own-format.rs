use errcode::format::{message, BodySource, Format};
use errcode::ApiError;
use serde::ser::{SerializeMap, Serializer};

struct Mine;

impl Format for Mine {
    const CONTENT_TYPE: &'static str = "application/json";
    const CODE_MEMBER: Option<&'static str> = Some("id");
    const MESSAGE_MEMBER: &'static str = "text";
    const RESERVED_MEMBERS: &'static [&'static str] = &["kind"];

    fn serialize<B: BodySource + ?Sized, S: Serializer>(
        body: &B,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &body.entry().code())?;
        map.serialize_entry("kind", "error")?;
        map.serialize_entry("text", &message(body))?;
        body.serialize_fields(&mut map)?;
        map.end()
    }
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
