use errcodes::ApiError;

// The type's `since` is the release its format's members (`code`,
// `message`) appeared in; an entry cannot have been sent before them.
#[derive(Debug, ApiError)]
#[api_error(since = "2.0.0")]
enum E {
    #[code(34305, status = 401, msg = "Wrong password", since = "1.0.0")]
    WrongPassword,
}

fn main() {}
