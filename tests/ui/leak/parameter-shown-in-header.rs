use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum LimitError<Scope: std::fmt::Display> {
    // `Scope` may be an error, whose `Display` the header would send.
    #[code(1, status = 429, msg = "slow down")]
    Limited {
        #[header("X-Scope")]
        scope: Option<Scope>,
    },
    // A `with` function is the author's choice of what the client sees.
    #[code(2, status = 429, msg = "slow down too")]
    LimitedToo {
        #[header("X-Scope", with = std::string::ToString::to_string)]
        scope: Scope,
    },
}

fn main() {}
