use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum ImportError {
    // Not a source: the body of a 400 would show the error's text.
    #[code(1, status = 400, msg = "cannot read the file: {cause}")]
    Unreadable { cause: std::io::Error },
    // A 5xx without `expose` shows the template: no error.
    #[code(2, status = 500, msg = "storage failed: {cause}")]
    Storage { cause: std::io::Error },
}

fn main() {}
