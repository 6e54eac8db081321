use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[code(1, status = 429)]
    A {
        #[body(sample = 1)]
        retry_after: u64,
    },
}

fn main() {}
