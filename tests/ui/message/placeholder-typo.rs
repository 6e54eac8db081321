use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[code(1, status = 404, msg = "Member '{member_rf}' not found.")]
    NotFound { member_ref: String },
}

fn main() {}
