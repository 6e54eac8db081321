use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[code(1, status = 400, msg = "value } here")]
    Unmatched,
}

fn main() {}
