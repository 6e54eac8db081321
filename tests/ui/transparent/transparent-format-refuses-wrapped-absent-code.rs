use errcodes::ApiError;

// Matrix needs a code on every entry, the wrapped entries' included.
#[derive(Debug, ApiError)]
enum RoomError {
    #[code("M_FORBIDDEN", status = 403, msg = "Forbidden")]
    Forbidden,
    #[code(_, status = 500, msg = "Unclassified")]
    Unclassified,
}

#[derive(Debug, ApiError)]
#[api_error(format = errcodes::format::Matrix)]
enum MatrixService {
    #[code("M_UNKNOWN", status = 500, msg = "Unknown")]
    Unknown,
    #[code(transparent)]
    Room(RoomError),
}

fn main() {}
