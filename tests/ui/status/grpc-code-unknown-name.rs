use errcodes::ApiError;

#[derive(Debug, ApiError)]
pub enum AccountError {
    #[code(1, status = 404, msg = "not found", grpc = "NotFound")]
    Missing,
    #[code(2, status = 200, msg = "fine", grpc = "OK")]
    Fine,
    #[code(3, status = 418, msg = "teapot", grpc = "TEAPOT")]
    Teapot,
    #[code(4, status = 409, msg = "taken", grpc = "ALREADY_EXISTS")]
    Taken,
}

fn main() {}
