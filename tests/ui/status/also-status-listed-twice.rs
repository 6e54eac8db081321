use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum Matrix {
    #[code(1, status = 404, also_status = [405, 400, 405], msg = "Unrecognized request")]
    Unrecognized,
}

fn main() {}
