use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[code(1, status = 412, msg = "stale", also_status = 304)]
    Stale,
}

fn main() {}
