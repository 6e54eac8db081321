use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[code(1, status = 502, msg = "Provider down", untested = "")]
    ProviderDown,
}

fn main() {}
