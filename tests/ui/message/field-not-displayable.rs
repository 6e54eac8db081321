use errcodes::ApiError;

#[derive(Debug)]
struct Opaque;

#[derive(Debug, ApiError)]
enum E {
    #[code(1, status = 400, msg = "shown {0}")]
    Shown(Opaque),
    #[code(3, status = 400, msg = "width {0:>1$}")]
    Width(u8, u32),
}

fn main() {}
