use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[code(1, status = 400, msg = "member {m} not found")]
    A {
        #[placeholder("m")]
        #[placeholder("n")]
        member: String,
    },
}

fn main() {}
