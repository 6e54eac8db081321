use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[code(1, status = 400)]
    A {
        #[body(encode_only = true)]
        name: &'static str,
    },
}

fn main() {}
