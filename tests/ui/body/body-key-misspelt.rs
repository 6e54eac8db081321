use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[code(1, status = 429)]
    A {
        #[body(renam = "retry")]
        retry_after: u64,
    },
}

fn main() {}
