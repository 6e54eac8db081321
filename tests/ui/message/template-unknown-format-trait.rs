use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[code(1, status = 400, msg = "é {x:zz}")]
    A { x: u8 },
}

fn main() {}
