use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[code(1, status = 400, msg = "no section", category = "")]
    Uncategorised,
}

fn main() {}
