use errcodes::ApiError;

#[derive(Debug, serde::Serialize, serde::Deserialize)]
pub struct Scope(String);

#[derive(Debug, ApiError)]
enum E {
    #[code(1, status = 429, msg = "Slow down")]
    Slow {
        #[body(default)]
        scope: Scope,
    },
}

fn main() {}
