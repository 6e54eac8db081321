//! Response headers: what [`ApiError::write_headers`](crate::ApiError::write_headers)
//! writes, and the conversions `#[header("Name", with = path)]` takes.
//!
//! A `#[header]` field's value is shown by its `Display`, or by the result
//! of its `with` function, `fn(&T) -> R` with `R: Display`, where `T` is the
//! field's type (what its `Option` holds, for an optional field, which sends
//! no header when `None`). Headers are not read back by decoding, so a
//! conversion needs no inverse. Neither the field's type nor `R` may be an
//! error type (or a pointer to one): an error's text is for logs, and a
//! header reaches the client as a body does (a compile error at the type).
//!
//! ```
//! use errcodes::ApiError;
//!
//! #[derive(Debug, ApiError)]
//! #[api_error(format = errcodes::format::Matrix)]
//! enum MatrixError {
//!     #[code("M_LIMIT_EXCEEDED", status = 429, msg = "Too many requests")]
//!     LimitExceeded {
//!         #[body]
//!         #[header("Retry-After", with = errcodes::headers::seconds_from_millis)]
//!         retry_after_ms: u64,
//!     },
//! }
//!
//! let mut headers = http::HeaderMap::new();
//! MatrixError::LimitExceeded { retry_after_ms: 1500 }.write_headers(&mut headers).unwrap();
//! assert_eq!(headers["retry-after"], "2"); // whole seconds, rounded up
//! ```

use core::fmt::{self, Display};

pub(crate) mod writer;

/// A header whose value cannot be sent: its text has a line break, another
/// control character or non-ASCII text (a field's `Display` is not checked
/// at compile time). The other headers are written all the same.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidHeader {
    name: &'static str,
}

impl InvalidHeader {
    /// The header's name as declared.
    #[must_use]
    pub const fn name(&self) -> &'static str {
        self.name
    }
}

impl Display for InvalidHeader {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "the value of header `{}` is not a valid header value",
            self.name
        )
    }
}

impl std::error::Error for InvalidHeader {}

/// `Retry-After` (RFC 9110 §10.2.3: whole seconds) from a count of
/// milliseconds, as `#[header("Retry-After", with = errcodes::headers::seconds_from_millis)]`
/// on a field such as Matrix's `retry_after_ms`: rounded up, so that a
/// client never retries early (1500 ms is `2`, 1 ms is `1`, 0 ms is `0`).
#[must_use]
pub fn seconds_from_millis<T: Copy + Into<u64>>(millis: &T) -> u64 {
    (*millis).into().div_ceil(1000)
}
