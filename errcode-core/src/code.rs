//! Error codes: the static [`Code`] of a catalogue entry, the borrowed [`CodeRef`]
//! used for look-ups, and the owned [`CodeBuf`] a decoder keeps for codes it does
//! not know.

use core::fmt;

use serde::{Serialize, Serializer};

/// The code of a catalogue entry: an integer, a string, or none at all.
///
/// Compares equal to integers and strings, prints as the bare code and
/// serializes as a JSON number, a JSON string, or `null`.
///
/// ```
/// use errcodes::Code;
/// assert_eq!(Code::Int(34305), 34305);
/// assert_eq!(Code::Str("M_FORBIDDEN"), "M_FORBIDDEN");
/// assert_eq!(Code::Int(-1).to_string(), "-1");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Code {
    /// The entry has no code (Mastodon's errors are told apart by status and text).
    None,
    /// An integer code such as `34305`.
    Int(i64),
    /// A string code such as `"M_FORBIDDEN"`.
    Str(&'static str),
}

impl Code {
    /// The code as an integer, if it is one.
    #[must_use]
    pub const fn as_int(self) -> Option<i64> {
        match self {
            Code::Int(n) => Some(n),
            _ => None,
        }
    }

    /// The code as a string, if it is one.
    #[must_use]
    pub const fn as_str(self) -> Option<&'static str> {
        match self {
            Code::Str(s) => Some(s),
            _ => None,
        }
    }

    /// Whether the entry has no code.
    #[must_use]
    pub const fn is_none(self) -> bool {
        matches!(self, Code::None)
    }

    /// The code borrowed for a look-up; `None` for [`Code::None`].
    #[must_use]
    pub const fn as_ref(self) -> Option<CodeRef<'static>> {
        match self {
            Code::None => None,
            Code::Int(n) => Some(CodeRef::Int(n)),
            Code::Str(s) => Some(CodeRef::Str(s)),
        }
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Code::None => Ok(()),
            Code::Int(n) => fmt::Display::fmt(n, f),
            Code::Str(s) => f.write_str(s),
        }
    }
}

impl Serialize for Code {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Code::None => serializer.serialize_none(),
            Code::Int(n) => serializer.serialize_i64(*n),
            Code::Str(s) => serializer.serialize_str(s),
        }
    }
}

macro_rules! eq_int {
    ($($t:ty),*) => {$(
        impl PartialEq<$t> for Code {
            fn eq(&self, other: &$t) -> bool {
                matches!(*self, Code::Int(n) if i128::from(n) == i128::from(*other))
            }
        }
        impl PartialEq<Code> for $t {
            fn eq(&self, other: &Code) -> bool {
                other == self
            }
        }
        impl<'a> From<$t> for CodeRef<'a> {
            #[inline]
            fn from(n: $t) -> Self {
                i64::try_from(n).map_or(CodeRef::OutOfRange, CodeRef::Int)
            }
        }
    )*};
}
eq_int!(i16, i32, i64, u16, u32, u64);

impl PartialEq<str> for Code {
    fn eq(&self, other: &str) -> bool {
        matches!(*self, Code::Str(s) if s == other)
    }
}

impl PartialEq<&str> for Code {
    fn eq(&self, other: &&str) -> bool {
        self == *other
    }
}

impl PartialEq<Code> for &str {
    fn eq(&self, other: &Code) -> bool {
        other == *self
    }
}

/// A code to look up, borrowed from wherever it came from.
///
/// Built with `.into()` from integers, `&str` and [`Code`]; this is what
/// `ApiError::from_code` accepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CodeRef<'a> {
    /// An integer code.
    Int(i64),
    /// A string code.
    Str(&'a str),
    /// An integer outside `i64`: no catalogue holds it.
    OutOfRange,
}

impl<'a> From<&'a str> for CodeRef<'a> {
    #[inline]
    fn from(s: &'a str) -> Self {
        CodeRef::Str(s)
    }
}

impl<'a> From<&'a String> for CodeRef<'a> {
    #[inline]
    fn from(s: &'a String) -> Self {
        CodeRef::Str(s)
    }
}

impl From<Code> for CodeRef<'static> {
    #[inline]
    fn from(code: Code) -> Self {
        code.as_ref().unwrap_or(CodeRef::OutOfRange)
    }
}

impl<'a> From<&'a CodeBuf> for CodeRef<'a> {
    #[inline]
    fn from(code: &'a CodeBuf) -> Self {
        match code {
            CodeBuf::Int(n) => CodeRef::Int(*n),
            CodeBuf::Str(s) => CodeRef::Str(s),
        }
    }
}

impl PartialEq<Code> for CodeRef<'_> {
    fn eq(&self, other: &Code) -> bool {
        match (*self, *other) {
            (CodeRef::Int(a), Code::Int(b)) => a == b,
            (CodeRef::Str(a), Code::Str(b)) => a == b,
            _ => false,
        }
    }
}

/// An owned code, as a decoder read it from a body (and a contract lock
/// records it). Ordered as [`Code`]: integers before strings.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CodeBuf {
    /// An integer code.
    Int(i64),
    /// A string code.
    Str(String),
}

impl CodeRef<'_> {
    /// The code owned; `None` for [`CodeRef::OutOfRange`], which no code is.
    pub(crate) fn to_buf(self) -> Option<CodeBuf> {
        match self {
            CodeRef::Int(n) => Some(CodeBuf::Int(n)),
            CodeRef::Str(s) => Some(CodeBuf::Str(s.to_owned())),
            CodeRef::OutOfRange => None,
        }
    }
}

impl CodeBuf {
    /// The code borrowed for a look-up.
    #[must_use]
    pub fn as_code_ref(&self) -> CodeRef<'_> {
        self.into()
    }
}

impl fmt::Display for CodeBuf {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CodeBuf::Int(n) => fmt::Display::fmt(n, f),
            CodeBuf::Str(s) => f.write_str(s),
        }
    }
}

impl PartialEq<Code> for CodeBuf {
    fn eq(&self, other: &Code) -> bool {
        self.as_code_ref() == *other
    }
}
