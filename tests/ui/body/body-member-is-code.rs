use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[code(1, status = 400, msg = "bad")]
    Bad {
        #[body(rename = "code")]
        inner_code: u32,
    },
}

fn main() {}
