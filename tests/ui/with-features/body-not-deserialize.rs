use errcodes::ApiError;

/// Written to bodies, but a client could never read it back.
#[derive(Debug, serde::Serialize)]
struct Detail {
    field: String,
}

#[derive(Debug, ApiError)]
enum E {
    #[code(1, status = 400, msg = "bad")]
    Bad {
        #[body]
        detail: Detail,
    },
}

fn main() {}
