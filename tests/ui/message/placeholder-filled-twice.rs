use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[code(1, status = 404, msg = "member '{memberRef}' not found")]
    NotFound {
        #[placeholder("memberRef")]
        member_ref: String,
        #[placeholder("memberRef")]
        member_id: u64,
    },
}

fn main() {}
