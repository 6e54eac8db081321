use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum StoreError {
    #[code(7, status = 500, msg = "db failed for {user}")]
    Db { user: String },
}

#[derive(Debug, ApiError)]
enum ServiceError {
    #[code(transparent)]
    Store(#[header("X-Store")] StoreError),
}

fn main() {}
