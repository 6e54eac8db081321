use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[code(1, status = 401, header("WWW-Authenticate" = "Bearer"))]
    Unauthorized {
        #[header("www-authenticate")]
        challenge: String,
    },
}

fn main() {}
