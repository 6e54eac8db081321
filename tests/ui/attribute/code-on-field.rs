use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[code(1, status = 400, msg = "field")]
    Field {
        #[code(2)]
        value: u32,
    },
}

fn main() {}
