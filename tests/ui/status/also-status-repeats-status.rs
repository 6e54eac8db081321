use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum Kakao {
    #[code(473, status = 473, also_status = 473, msg = "Service unavailable (maintenance)")]
    ServiceUnavailable,
    #[code(3000, also_status = 503, msg = "Initialization failed")]
    InitializationFailed,
    #[code(4000, status = 404, also_status = [405, 404], msg = "Unrecognized request")]
    Unrecognized,
    #[code(5000, also_status = [503, 502], msg = "Upstream failed")]
    Upstream,
}

fn main() {}
