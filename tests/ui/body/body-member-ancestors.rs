use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum AccountError {
    #[code(34300, status = 400, msg = "Refused")]
    Refused {
        #[body]
        ancestors: Vec<u32>,
    },
}

fn main() {}
