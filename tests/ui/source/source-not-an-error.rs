use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[code(1, status = 500, msg = "attribute")]
    Attribute(#[source] String),
    #[code(2, status = 500, msg = "named")]
    Named { source: String },
    #[code(3, status = 500, msg = "optional")]
    Optional(#[source] Option<String>),
}

fn main() {}
