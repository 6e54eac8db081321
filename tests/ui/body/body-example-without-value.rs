use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[code(1, status = 429)]
    A {
        #[body(example)]
        retry_after: u64,
    },
    #[code(2, status = 429)]
    B {
        #[body(example = )]
        retry_after: u64,
    },
}

fn main() {}
