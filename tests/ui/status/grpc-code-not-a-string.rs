use errcodes::ApiError;

#[derive(Debug, ApiError)]
pub enum AccountError {
    #[code(1, status = 404, msg = "not found", grpc = NOT_FOUND)]
    Missing,
    #[code(2, status = 404, msg = "gone", grpc = 5)]
    Gone,
    #[code(3, status = 404, msg = "lost", grpc)]
    Lost,
}

fn main() {}
