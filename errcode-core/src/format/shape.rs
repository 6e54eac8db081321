//! Static bodies: rendered from the format's [`Member`]s and the entry's
//! parts, which the derive supplies pre-escaped, once, the first time each is
//! asked for, then copied.
//!
//! Rendering happens at run time rather than in a `const`: rustc stops a
//! constant evaluation that runs too long (`long_running_const_eval`), and
//! rendering every body of a catalogue in one evaluation made a few thousand
//! long messages a compile error. Nothing here grows with the catalogue at
//! compile time.

use core::fmt;
use std::sync::OnceLock;

use serde::ser::SerializeMap;

use super::members::{Member, Source};
use super::{BodySource, Format};
use crate::{ApiError, Entry};

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
        if !F::STATIC_BODIES || !entry.has_static_body() {
            return None;
        }
        let body = self.0.get(entry.index())?;
        Some(body.get_or_init(|| render::<F>(entry)))
    }
}

fn render<F: Format + ?Sized>(entry: &Entry) -> Box<[u8]> {
    let mut out = Vec::new();
    render_object(F::MEMBERS, entry, &mut out);
    out.into_boxed_slice()
}

/// The object these members make, for an entry without `#[body]` fields.
fn render_object(members: &[Member], entry: &Entry, out: &mut Vec<u8>) {
    let json = entry.json();
    out.push(b'{');
    let mut first = true;
    for member in members {
        if !super::members::writes_for(member, entry) {
            continue;
        }
        if !first {
            out.push(b',');
        }
        first = false;
        quoted(out, member.name);
        out.push(b':');
        match member.value {
            Source::Code => {
                out.extend_from_slice(json.code.as_bytes());
                if !entry.ancestors().is_empty() {
                    out.push(b',');
                    quoted(out, super::members::ANCESTORS_MEMBER);
                    out.push(b':');
                    // Writing codes into a `Vec` cannot fail.
                    let _ = serde_json::to_writer(&mut *out, entry.ancestors());
                }
            }
            Source::Message => {
                if let Some(message) = &json.message {
                    out.extend_from_slice(message.as_bytes());
                }
            }
            Source::Template => out.extend_from_slice(json.template.as_bytes()),
            Source::Title(base) => quoted(out, super::members::title(entry, base)),
            Source::Name => out.extend_from_slice(json.name.as_bytes()),
            Source::Status => match entry.status() {
                Some(status) => number(out, status),
                None => out.extend_from_slice(b"null"),
            },
            Source::HttpStatus => number(out, entry.http_status().as_u16()),
            Source::TypeUri(Some(base)) if !entry.code().is_none() => {
                out.push(b'"');
                escaped(out, base);
                if let crate::Code::Str(_) = entry.code() {
                    let code = super::members::UriCode(entry.code()).to_string();
                    out.extend_from_slice(code.as_bytes());
                } else {
                    out.extend_from_slice(json.code_text.as_bytes());
                }
                out.push(b'"');
            }
            Source::TypeUri(_) => quoted(out, super::members::undeclared_type(entry)),
            Source::Text(text) => quoted(out, text),
            Source::Object(inner) => render_object(inner, entry, out),
            Source::Null | Source::BodyFields | Source::Field(_) => {
                out.extend_from_slice(b"null");
            }
        }
    }
    out.push(b'}');
}

fn quoted(out: &mut Vec<u8>, text: &str) {
    out.push(b'"');
    escaped(out, text);
    out.push(b'"');
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

/// Checks that every static body of `E` (one rendered from its format's
/// [`Format::MEMBERS`]) is byte for byte what the format's `serialize` writes
/// for the same entry. Worth a test for a format of your own, above all one
/// that overrides `serialize`:
///
/// ```
/// # use errcodes::ApiError;
/// # #[derive(Debug, ApiError)]
/// # enum MyError { #[code(1, status = 400, msg = "bad")] Bad }
/// errcodes::format::check_static_bodies::<MyError>().unwrap();
/// ```
///
/// # Errors
///
/// The first entry whose two bodies differ.
pub fn check_static_bodies<E: ApiError>() -> Result<(), Mismatch> {
    for entry in E::catalogue().entries() {
        if !E::Format::STATIC_BODIES || !entry.has_static_body() {
            continue;
        }
        let rendered = render::<E::Format>(entry);
        let mut serialized = Vec::new();
        let written = E::Format::serialize(
            &Fixed(entry),
            &mut serde_json::Serializer::new(&mut serialized),
        );
        if written.is_err() || *rendered != *serialized {
            return Err(Mismatch {
                entry,
                rendered: String::from_utf8_lossy(&rendered).into_owned(),
                serialized: String::from_utf8_lossy(&serialized).into_owned(),
            });
        }
    }
    Ok(())
}

/// An entry whose static body differs from what its format serializes.
#[derive(Debug, Clone)]
pub struct Mismatch {
    /// The entry.
    pub entry: &'static Entry,
    /// Its static body, as rendered from the format's members.
    pub rendered: String,
    /// What the format's `serialize` wrote (empty if it failed).
    pub serialized: String,
}

impl fmt::Display for Mismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "static body of {} is {} but the format serializes {}",
            self.entry.variant(),
            self.rendered,
            self.serialized
        )
    }
}

impl std::error::Error for Mismatch {}

/// A static entry standing in for a value: the message its static body
/// carries, no `#[body]` fields.
struct Fixed(&'static Entry);

impl BodySource for Fixed {
    fn entry(&self) -> &'static Entry {
        self.0
    }

    fn fmt_message(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self
            .0
            .json()
            .message
            .map(|json| serde_json::from_str::<String>(&json))
        {
            Some(Ok(message)) => f.write_str(&message),
            _ => Err(fmt::Error),
        }
    }

    fn serialize_fields<M: SerializeMap>(&self, _: &mut M) -> Result<(), M::Error> {
        Ok(())
    }
}
