use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[code(1, status = 400, msg = "value {value")]
    Unclosed { value: u32 },
}

fn main() {}
