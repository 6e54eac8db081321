//! A body that is not an error body of the format at all, and the size past
//! which no body is read.

use core::fmt;

/// Bodies longer than this are refused unread (1 MiB).
pub const MAX_BODY_LEN: usize = 1 << 20;

/// A body that is not an error body of the expected format.
#[derive(Debug)]
#[non_exhaustive]
pub enum DecodeError {
    /// The body is longer than [`MAX_BODY_LEN`].
    TooLarge {
        /// The body's length in bytes.
        len: usize,
    },
    /// The body is not JSON (syntax, invalid UTF-8, truncation, nesting too deep).
    Json(serde_json::Error),
    /// The body is JSON but not an object, or not where the format nests
    /// its members.
    NotAnObject,
    /// The body names a member twice.
    DuplicateMember(String),
    /// A member has the wrong JSON type.
    WrongType {
        /// The member.
        member: &'static str,
        /// What it should be.
        expected: &'static str,
    },
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::TooLarge { len } => {
                write!(
                    f,
                    "error body of {len} bytes exceeds the {MAX_BODY_LEN}-byte limit"
                )
            }
            DecodeError::Json(e) => write!(f, "error body is not valid JSON: {e}"),
            DecodeError::NotAnObject => f.write_str("error body is not a JSON object"),
            DecodeError::DuplicateMember(m) => write!(f, "error body has member `{m}` twice"),
            DecodeError::WrongType { member, expected } => {
                write!(
                    f,
                    "member `{member}` of the error body should be {expected}"
                )
            }
        }
    }
}

impl std::error::Error for DecodeError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            DecodeError::Json(e) => Some(e),
            _ => None,
        }
    }
}

/// What a code member must be, as [`DecodeError::WrongType`] says it.
pub(super) const CODE_TYPE: &str = "an integer in the i64 range or a string";
