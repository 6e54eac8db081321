use errcodes::ApiError;

// Decodable, so that the one error is the missing `Serialize`.
#[derive(serde::Deserialize)]
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
