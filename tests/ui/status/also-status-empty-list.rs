use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum Matrix {
    #[code(1, status = 404, also_status = [], msg = "Unrecognized request")]
    Unrecognized,
}

fn main() {}
