use errcodes::ApiError;

#[derive(Debug, ApiError)]
#[code(1, status = 500, msg = "io failed")]
#[source]
struct Io(std::io::Error);

fn main() {}
