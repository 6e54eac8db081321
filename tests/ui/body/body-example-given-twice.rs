use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[code(1, status = 429)]
    A {
        #[body(example = 1, example = 2)]
        retry_after: u64,
    },
}

fn main() {}
