use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[code(1, status = "401", msg = "quoted")]
    Quoted,
}

fn main() {}
