use errcodes::ApiError;

#[derive(Debug, ApiError)]
#[api_error(format = errcodes::format::Problem)]
enum E {
    #[code(1, status = 400, msg = "bad")]
    Bad {
        #[body]
        title: String,
    },
}

fn main() {}
