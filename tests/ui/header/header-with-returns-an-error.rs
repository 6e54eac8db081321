use errcodes::ApiError;

fn reason(code: &u16) -> std::io::Error {
    std::io::Error::other(format!("internal code {code}"))
}

#[derive(Debug, ApiError)]
enum LimitError {
    #[code(1, status = 429, msg = "slow down")]
    Limited {
        #[header("X-Reason", with = reason)]
        code: u16,
    },
}

fn main() {}
