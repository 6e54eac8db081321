use errcodes::ApiError;

struct Opaque;

impl std::fmt::Debug for Opaque {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Opaque")
    }
}

#[derive(Debug, ApiError)]
enum E {
    #[code(1, status = 400, msg = "bad")]
    Bad {
        #[body]
        detail: Opaque,
    },
}

fn main() {}
