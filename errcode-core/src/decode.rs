//! Client side: body bytes back into the typed error.

use serde_json::Value;

/// What a decoder offers the derive's generated code to rebuild a variant:
/// the body's members (for `#[body]` fields) and the text each placeholder of
/// the entry's template matched in the received message.
#[doc(hidden)]
pub trait Restore {
    /// The body member with this JSON name.
    fn member(&self, name: &str) -> Option<&Value>;
    /// The text that the placeholder `{name}` matched in the message.
    fn placeholder(&self, name: &str) -> Option<&str>;
}
