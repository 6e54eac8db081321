use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[code(1, status = 400)]
    A {
        #[body(rename = )]
        x: u8,
    },
}

fn main() {}
