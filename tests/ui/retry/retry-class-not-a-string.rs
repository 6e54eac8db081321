use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[code(1, status = 503, msg = "Maintenance", retry = throttled)]
    Maintenance,
}

fn main() {}
