use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[code(1, status = 400, msg = "member {member} not found")]
    A {
        #[placeholder("{member}")]
        member: String,
    },
    #[code(2, status = 400, msg = "{x}")]
    B {
        #[placeholder("")]
        x: u8,
    },
}

fn main() {}
