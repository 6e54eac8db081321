use errcodes::ApiError;

#[derive(Debug, ApiError)]
#[from]
enum E {
    #[code(1, status = 400, msg = "bad")]
    Bad,
}

#[derive(Debug, ApiError)]
#[body]
enum F {
    #[code(1, status = 400, msg = "bad")]
    Bad,
}

#[derive(Debug, ApiError)]
enum G {
    #[placeholder("x")]
    #[code(1, status = 400, msg = "bad")]
    Bad,
}

fn main() {}
