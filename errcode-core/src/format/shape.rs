//! Static bodies: a format describes its body as [`Piece`]s, the derive
//! supplies the entry with its parts pre-escaped, and each body is rendered
//! once, the first time it is asked for, then copied.
//!
//! Rendering happens at run time rather than in a `const`: rustc stops a
//! constant evaluation that runs too long (`long_running_const_eval`), and
//! rendering every body of a catalogue in one evaluation made a few thousand
//! long messages a compile error. Nothing here grows with the catalogue at
//! compile time.

use std::sync::OnceLock;

use crate::format::Format;
use crate::Entry;

/// One piece of a static body.
#[derive(Debug, Clone, Copy)]
#[doc(hidden)]
pub enum Piece {
    /// Bytes copied as they are (JSON punctuation, member names).
    Raw(&'static str),
    /// Text escaped as the inside of a JSON string (quotes not added).
    Text(&'static str),
    /// The code as a JSON value: a number, a string, or `null`.
    Code,
    /// The code escaped as the inside of a JSON string (empty for no code).
    CodeText,
    /// The symbolic name as a JSON string.
    Name,
    /// The message the body carries as a JSON string.
    Message,
    /// The status as a JSON number, or `null` without one.
    Status,
    /// The status sent on the wire as a JSON number: 500 without one.
    HttpStatus,
    /// The message template as written (the name if it is empty) as a JSON
    /// string: RFC 9457's `title`.
    Template,
    /// A JSON string: the base followed by the code, or `"about:blank"`
    /// without a base or for an entry without a code. RFC 9457's `type`.
    CodeUri(Option<&'static str>),
}

/// The static bodies of a type with `N` catalogue entries, each rendered the
/// first time it is asked for.
pub struct StaticBodies<const N: usize>([OnceLock<Box<[u8]>>; N]);

impl<const N: usize> StaticBodies<N> {
    #[must_use]
    #[allow(clippy::new_without_default)]
    pub const fn new() -> Self {
        StaticBodies([const { OnceLock::new() }; N])
    }

    /// The static body of `entry` in format `F`, if it has one.
    pub fn get<F: Format>(&'static self, entry: &'static Entry) -> Option<&'static [u8]> {
        let shape = F::STATIC_SHAPE?;
        if !entry.has_static_body() {
            return None;
        }
        let body = self.0.get(entry.index())?;
        Some(body.get_or_init(|| render(shape, entry)))
    }
}

fn render(shape: &[Piece], entry: &Entry) -> Box<[u8]> {
    let json = entry.json();
    let mut out = Vec::new();
    for piece in shape {
        match *piece {
            Piece::Raw(s) => out.extend_from_slice(s.as_bytes()),
            Piece::Text(s) => escaped(&mut out, s),
            Piece::Code => out.extend_from_slice(json.code.as_bytes()),
            Piece::CodeText => out.extend_from_slice(json.code_text.as_bytes()),
            Piece::Name => out.extend_from_slice(json.name.as_bytes()),
            Piece::Message => {
                if let Some(message) = &json.message {
                    out.extend_from_slice(message.as_bytes());
                }
            }
            Piece::Status => match entry.status() {
                Some(status) => number(&mut out, status),
                None => out.extend_from_slice(b"null"),
            },
            Piece::HttpStatus => number(&mut out, entry.status().unwrap_or(500)),
            Piece::Template => out.extend_from_slice(json.template.as_bytes()),
            Piece::CodeUri(base) => match base {
                Some(base) if !entry.code().is_none() => {
                    out.push(b'"');
                    escaped(&mut out, base);
                    out.extend_from_slice(json.code_text.as_bytes());
                    out.push(b'"');
                }
                _ => out.extend_from_slice(b"\"about:blank\""),
            },
        }
    }
    out.into_boxed_slice()
}

/// `text` as the inside of a JSON string, escaped by serde_json as
/// `serialize` escapes it.
fn escaped(out: &mut Vec<u8>, text: &str) {
    let start = out.len();
    // Writing a `str` into a `Vec` cannot fail.
    if serde_json::to_writer(&mut *out, text).is_ok() {
        out.pop();
        out.remove(start);
    }
}

fn number(out: &mut Vec<u8>, n: u16) {
    use std::io::Write;
    // Writing into a `Vec` cannot fail.
    let _ = write!(out, "{n}");
}
