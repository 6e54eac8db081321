use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[code(34305, status = 401, msg = "Wrong password", deprecated(replaced_by = 34310))]
    WrongPassword,
    #[code(34306, status = 401, msg = "Locked", deprecated = "2.1.0")]
    Locked,
    #[code(34310, status = 401, msg = "Wrong credentials")]
    WrongCredentials,
}

fn main() {}
