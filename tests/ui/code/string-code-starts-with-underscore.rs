use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum ShelfError {
    #[code(_, status = 410, msg = "Withdrawn")]
    Gone,
    #[code("_Gone", status = 404, msg = "Not on the shelf")]
    Missing,
}

fn main() {}
