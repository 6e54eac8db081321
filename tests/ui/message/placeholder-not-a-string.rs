use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[code(1, status = 400, msg = "member {n} not found")]
    A {
        #[placeholder(n)]
        member: String,
    },
}

fn main() {}
