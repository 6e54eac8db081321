use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[code(1, status = 404, msg = "member not found")]
    NotFound {
        #[placeholder("memberRef")]
        member_ref: String,
    },
}

fn main() {}
