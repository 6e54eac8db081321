use errcodes::ApiError;

#[derive(Debug, ApiError)]
#[api_error(retired(34301 = "2.1: use 34310", 34301 = "gone"))]
enum E {
    #[code(34310, status = 401, msg = "Wrong credentials")]
    WrongCredentials,
}

fn main() {}
