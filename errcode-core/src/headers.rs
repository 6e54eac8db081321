//! Response headers: what `ApiError::write_headers` writes, and the sink the
//! derive's generated code writes `#[header]` fields into.

use core::fmt::{self, Display, Write as _};

use http::header::{HeaderMap, HeaderName, HeaderValue};

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

/// Where headers are written: the map, and the first header that could not
/// be (the rest are still written).
#[doc(hidden)]
pub struct Headers<'a> {
    map: &'a mut HeaderMap,
    invalid: Option<InvalidHeader>,
    text: String,
}

impl<'a> Headers<'a> {
    pub(crate) fn new(map: &'a mut HeaderMap) -> Self {
        Headers {
            map,
            invalid: None,
            text: String::new(),
        }
    }

    pub(crate) fn finish(self) -> Result<(), InvalidHeader> {
        self.invalid.map_or(Ok(()), Err)
    }

    fn insert(&mut self, name: &'static str, value: &dyn Display) {
        self.text.clear();
        let written = write!(self.text, "{value}").is_ok();
        // `http` also takes bytes above 127 (RFC 9110's obsolete `obs-text`),
        // which clients read in differing charsets, if at all.
        let value = (self.text.is_ascii())
            .then(|| HeaderValue::from_str(&self.text).ok())
            .flatten();
        let parsed = HeaderName::from_bytes(name.as_bytes()).ok().zip(value);
        match parsed {
            Some((name, value)) if written => {
                self.map.insert(name, value);
            }
            _ => {
                self.invalid.get_or_insert(InvalidHeader { name });
            }
        }
    }

    pub(crate) fn fixed(&mut self, name: &'static str, value: &'static str) {
        self.insert(name, &value);
    }

    /// A `#[header]` field; the derive calls it through a path spanned at
    /// the field's type, so a type that is not `Display` is reported there.
    pub fn field<T: Display + ?Sized>(&mut self, name: &'static str, value: &T) {
        self.insert(name, &value);
    }

    /// An optional `#[header]` field: no header for `None`.
    pub fn optional_field<T: Display>(&mut self, name: &'static str, value: &Option<T>) {
        if let Some(value) = value {
            self.insert(name, value);
        }
    }
}
