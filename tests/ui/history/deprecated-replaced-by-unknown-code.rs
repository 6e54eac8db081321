use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum E {
    #[code(34305, status = 401, msg = "Wrong password", deprecated(since = "2.1.0", replaced_by = 34399))]
    WrongPassword,
    #[code(34306, status = 401, msg = "Locked", deprecated(since = "2.1.0", replaced_by = 34306))]
    Locked,
    #[code(34310, status = 401, msg = "Wrong credentials")]
    WrongCredentials,
}

fn main() {}
