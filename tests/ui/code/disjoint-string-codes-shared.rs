use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum Accounts {
    #[code(34305, status = 401, msg = "Wrong password")]
    WrongPassword,
}

#[derive(Debug, ApiError)]
enum Rooms {
    #[code("M_FORBIDDEN", status = 403, msg = "Forbidden")]
    Forbidden,
    #[code("M_NOT_FOUND", status = 404, msg = "No such room")]
    NotFound,
    #[code("M_UNKNOWN", status = 400, msg = "Unknown")]
    Unknown,
}

#[derive(Debug, ApiError)]
enum Media {
    #[code("M_TOO_LARGE", status = 413, msg = "Too large")]
    TooLarge,
    #[code("M_NOT_FOUND", status = 404, msg = "No such file")]
    NotFound,
}

errcodes::assert_disjoint_codes!(Accounts, Rooms, Media);

fn main() {}
