// A derive paired with a runtime whose private module has another version
// (here: an older one) fails once, naming the module it needs.
mod old_runtime {
    #[doc(hidden)]
    pub mod __private_v0_0 {}
}

#[derive(Debug, errcodes::ApiError)]
#[api_error(crate = old_runtime)]
enum AccountError {
    #[code(34305, status = 401, msg = "Wrong password")]
    WrongPassword,
}

fn main() {}
