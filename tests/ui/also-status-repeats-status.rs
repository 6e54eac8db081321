use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum Kakao {
    #[code(473, status = 473, also_status = 473, msg = "Service unavailable (maintenance)")]
    ServiceUnavailable,
    #[code(3000, also_status = 503, msg = "Initialization failed")]
    InitializationFailed,
}

fn main() {}
