use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[code(1, status = 400, msg = "bad")]
    Bad {
        #[body]
        message: String,
    },
}

fn main() {}
