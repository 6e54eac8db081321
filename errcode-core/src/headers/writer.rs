//! What the generated code writes a type's headers into. Not public API:
//! the derive reaches it through `__private_v0_1`.

use core::fmt::{Display, Write as _};

use http::header::{HeaderMap, HeaderName, HeaderValue};

use super::InvalidHeader;

/// Where headers are written: the map, and the first header that could not
/// be (the rest are still written).
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

    /// A `#[header]` field's value, or its `with` function's result; the
    /// derive calls it through a path spanned at the field's type (or the
    /// function's path), so a type that is not `Display` is reported there.
    pub fn field<T: Display + ?Sized>(&mut self, name: &'static str, value: &T) {
        self.insert(name, &value);
    }
}
