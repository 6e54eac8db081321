use errcodes::ApiError;

// A retired code's note is what a decoder's `Reason::Retired` and its
// `Display` ("code retired: ..."), the check's messages and the changelog
// show: an empty one reads "(code retired: )" and "retired ()", and a
// terminal escape colours the logs of every client that decodes the code,
// as labels (`name`, `title`, `category`) refuse them.
#[derive(Debug, ApiError)]
#[api_error(retired(34301 = "", 34302 = "use 34310\u{1b}[31m"))]
pub enum AccountError {
    #[code(34310, status = 401, msg = "Wrong credentials")]
    WrongCredentials,
}

fn main() {}
