use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[code(1, status = 404, msg = "member '{member}' not found")]
    MemberNotFound { member_ref: String },
}

fn main() {}
