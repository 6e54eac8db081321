use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum MatrixError {
    #[code("M_FORBIDDEN", status = 403, msg = "Forbidden")]
    Forbidden,
}

#[derive(Debug, ApiError)]
enum ServiceError {
    #[code(500, status = 500, msg = "Internal")]
    Internal,
    #[code(transparent)]
    Matrix(MatrixError),
}

fn main() {}
