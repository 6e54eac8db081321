use errcodes::ApiError;

#[derive(Debug, ApiError)]
#[api_error(since = "1.0.0")]
enum E {
    #[code(34305, status = 401, msg = "Wrong password", since = "2.0.0", deprecated(since = "1.9.0"))]
    WrongPassword,
    // The type's `since` is the entry's.
    #[code(34306, status = 401, msg = "Locked", deprecated(since = "1.0.0-rc.1"))]
    Locked,
    #[code(34307, status = 401, msg = "Expired", since = "2.0.0", deprecated(since = "2.0.0"))]
    Expired,
}

fn main() {}
