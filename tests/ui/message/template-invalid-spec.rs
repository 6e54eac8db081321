use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[code(1, status = 400, msg = "value {v:>5%}")]
    A { v: u32 },
    #[code(2, status = 400, msg = "value {v:.}")]
    B { v: u32 },
}

fn main() {}
