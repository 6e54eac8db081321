//! Client side: an error body (and the HTTP status) back into the typed error.
//!
//! Every byte is treated as hostile: decoding never panics, rejects bodies
//! over [`MAX_BODY_LEN`] before parsing, nests no deeper than serde_json's
//! recursion limit, and never picks a variant it cannot tell apart from
//! another: those outcomes are [`Decoded::Unrecognized`], which keeps the
//! code, status and message that were received.

// Every input here is hostile: these lints keep out the panicking forms
// (a byte offset inside a multi-byte character, an index past the end, an
// overflow) so that "never panics" is checked, not only tested.
#![deny(
    clippy::indexing_slicing,
    clippy::string_slice,
    clippy::arithmetic_side_effects,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::unreachable,
    clippy::todo,
    clippy::unimplemented
)]

mod object;
mod template;

use core::fmt;

use http::StatusCode;
use serde_json::{Map, Value};

use crate::__private_v0_1::Glue;
use crate::format::members::UriCode;
use crate::format::Source as FormatSource;
use crate::{ApiError, CodeBuf, Entry, Format, Segment};
use template::Fit;

/// Bodies longer than this are refused unread (1 MiB).
pub const MAX_BODY_LEN: usize = 1 << 20;

/// What a body decoded to.
#[derive(Debug)]
pub enum Decoded<E> {
    /// The body is this variant, `#[body]` fields and placeholder fields restored.
    Known(E),
    /// The body is well formed but names no single variant that can be rebuilt.
    Unrecognized(Unrecognized),
}

impl<E> Decoded<E> {
    /// The variant, if the body named one.
    pub fn known(self) -> Option<E> {
        match self {
            Decoded::Known(e) => Some(e),
            Decoded::Unrecognized(_) => None,
        }
    }
}

impl<E> Decoded<E> {
    /// The variant, or what was received when the body named none: for `?`
    /// in a client that handles only the errors it knows.
    ///
    /// # Errors
    ///
    /// The [`Unrecognized`] body when no variant was decoded.
    pub fn into_result(self) -> Result<E, Unrecognized> {
        match self {
            Decoded::Known(e) => Ok(e),
            Decoded::Unrecognized(u) => Err(u),
        }
    }
}

/// The variant's message, or the [`Unrecognized`] body's description.
impl<E: fmt::Display> fmt::Display for Decoded<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Decoded::Known(e) => fmt::Display::fmt(e, f),
            Decoded::Unrecognized(u) => fmt::Display::fmt(u, f),
        }
    }
}

/// Transparent: the variant's (or the [`Unrecognized`] body's) own source.
impl<E: std::error::Error> std::error::Error for Decoded<E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Decoded::Known(e) => e.source(),
            Decoded::Unrecognized(_) => None,
        }
    }
}

/// A well-formed error body that names no single variant.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Unrecognized {
    /// Why no variant was chosen.
    pub reason: Reason,
    /// The code the body carried.
    pub code: Option<CodeBuf>,
    /// The HTTP status, as given to the decoder.
    pub status: Option<StatusCode>,
    /// The message the body carried.
    pub message: Option<String>,
    /// The entries that fit, in catalogue order (empty for an unknown code).
    pub candidates: Vec<&'static Entry>,
}

/// `unrecognized error body (<reason>): code M_X, status 404: <message>`,
/// leaving out what the body did not carry.
impl fmt::Display for Unrecognized {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let reason = match self.reason {
            Reason::Unknown => "unknown",
            Reason::StatusMismatch => "status not documented for the code",
            Reason::Ambiguous => "ambiguous",
            Reason::CatchAllOnly => "fits only a catch-all template",
            Reason::NotRebuildable => "variant not rebuildable from the body",
        };
        write!(f, "unrecognized error body ({reason})")?;
        let mut sep = ": ";
        if let Some(code) = &self.code {
            write!(f, "{sep}code {code}")?;
            sep = ", ";
        }
        if let Some(status) = self.status {
            write!(f, "{sep}status {}", status.as_u16())?;
            sep = ", ";
        }
        if let Some(message) = &self.message {
            let sep = if sep == ", " { ": " } else { sep };
            write!(f, "{sep}{message}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Unrecognized {}

/// Why a body was not decoded to a variant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Reason {
    /// No entry has this code (or, in a format without codes, this status
    /// and message).
    Unknown,
    /// Entries with this code exist, but none documents this status.
    StatusMismatch,
    /// Several entries fit and neither status nor message tells them apart.
    Ambiguous,
    /// The only entry that fits has a template made of nothing but
    /// placeholders (Mastodon's `{string}.`), which fits any message: naming
    /// it would be a guess. It is the one candidate.
    CatchAllOnly,
    /// One entry fits, but its variant holds a value the body does not carry
    /// (a `#[source]` error, or a field the message hides).
    NotRebuildable,
}

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

/// Each plain placeholder's name and the text it matched.
type Captures<'a> = Vec<(&'static str, &'a str)>;

struct Source<'a> {
    object: &'a Map<String, Value>,
    captures: Captures<'a>,
}

impl Restore for Source<'_> {
    fn member(&self, name: &str) -> Option<&Value> {
        self.object.get(name)
    }

    fn placeholder(&self, name: &str) -> Option<&str> {
        self.captures
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, text)| *text)
    }
}

/// Decodes `body`, received with `status`, as an `E` in `E`'s format.
///
/// # Errors
///
/// When the body is not an error body of the format at all; see [`DecodeError`].
pub fn decode<E: ApiError>(
    body: &[u8],
    status: Option<StatusCode>,
) -> Result<Decoded<E>, DecodeError> {
    if body.len() > MAX_BODY_LEN {
        return Err(DecodeError::TooLarge { len: body.len() });
    }
    let parsed = object::parse(body)?;
    let located = <E::Format as Format>::locate(&parsed).ok_or(DecodeError::NotAnObject)?;
    let object = located.fields;
    let lenient = <E::Format as Format>::IGNORES_MISTYPED_MEMBERS;
    let code = ignore_if(lenient, read_code(located.code))?;
    let message = ignore_if(lenient, read_message(located.message))?;
    let by_type = type_uri_code::<E::Format>(&parsed);
    let unrecognized = |reason, candidates| {
        Decoded::Unrecognized(Unrecognized {
            reason,
            code: code.clone(),
            status,
            message: message.map(str::to_owned),
            candidates,
        })
    };

    let entries = E::catalogue().entries();
    let typed: Vec<&'static Entry> = by_type.map_or_else(Vec::new, |suffix| {
        entries
            .iter()
            .filter(|e| !e.code().is_none() && uri_code_is(e, suffix))
            .collect()
    });
    // Whether the body names its entry (by type or code) rather than leaving
    // status and message to tell.
    let named = code.is_some() || !typed.is_empty();
    let mut candidates: Vec<&'static Entry> = match &code {
        _ if !typed.is_empty() => typed,
        Some(code) => entries.iter().filter(|e| *code == e.code()).collect(),
        None => entries.iter().filter(|e| e.code().is_none()).collect(),
    };
    let trusted = named && candidates.len() == 1 && <E::Format as Format>::CODE_OUTRANKS_STATUS;
    if let (Some(status), false) = (status, trusted) {
        let documented = |e: &&Entry| e.admits_status(status.as_u16());
        if !candidates.is_empty() && !candidates.iter().any(documented) {
            return Ok(unrecognized(Reason::StatusMismatch, candidates));
        }
        candidates.retain(documented);
    }
    let Some(&first) = candidates.first() else {
        return Ok(unrecognized(Reason::Unknown, candidates));
    };
    let mut chosen = first;
    let mut captures = Vec::new();
    if candidates.len() > 1 || !named {
        let fits: Vec<(&'static Entry, Fit, Captures)> = candidates
            .iter()
            .filter_map(|e| template::fit(e, message?).map(|(fit, caps)| (*e, fit, caps)))
            .collect();
        let best = fits.iter().map(|f| f.1).min();
        let mut best_fits = fits.into_iter().filter(|f| Some(f.1) == best);
        match (best_fits.next(), best_fits.next()) {
            (Some((entry, _, _)), None) if catch_all(entry) => {
                return Ok(unrecognized(Reason::CatchAllOnly, vec![entry]));
            }
            (Some((entry, _, caps)), None) => {
                chosen = entry;
                captures = caps;
            }
            (Some(_), Some(_)) => return Ok(unrecognized(Reason::Ambiguous, candidates)),
            (None, _) if candidates.len() == 1 && named => {}
            (None, _) if !named => return Ok(unrecognized(Reason::Unknown, candidates)),
            (None, _) => return Ok(unrecognized(Reason::Ambiguous, candidates)),
        }
    } else if let (Some(message), true) = (message, chosen.has_placeholders()) {
        captures = template::fit(chosen, message)
            .map(|(_, caps)| caps)
            .unwrap_or_default();
    }
    if !chosen.exposes_message() {
        // The body carried the template, not values: nothing to capture.
        captures.clear();
    }
    let source = Source { object, captures };
    Ok(
        match <E::__Glue as Glue<E>>::restore(chosen.index(), &source) {
            Some(error) => Decoded::Known(error),
            None => unrecognized(Reason::NotRebuildable, vec![chosen]),
        },
    )
}

/// Rebuilds `entry`'s variant from what another transport carried (gRPC's
/// `ErrorInfo`): its `#[body]` members, and the message for placeholders.
#[cfg(feature = "tonic")]
pub(crate) fn rebuild<E: ApiError>(
    entry: &'static Entry,
    members: &Map<String, Value>,
    message: &str,
) -> Option<E> {
    let captures = if entry.exposes_message() && entry.has_placeholders() {
        template::fit(entry, message)
            .map(|(_, caps)| caps)
            .unwrap_or_default()
    } else {
        Vec::new()
    };
    let source = Source {
        object: members,
        captures,
    };
    <E::__Glue as Glue<E>>::restore(entry.index(), &source)
}

/// Whether `entry`'s template has no literal text but placeholders, trailing
/// periods and white space (which matching ignores): it fits any message.
fn catch_all(entry: &Entry) -> bool {
    let mut placeholder = false;
    for segment in entry.segments() {
        match segment {
            Segment::Text(text) => {
                if !text.chars().all(|c| c == '.' || c.is_whitespace()) {
                    return false;
                }
            }
            Segment::Placeholder(_) | Segment::Formatted(_) => placeholder = true,
        }
    }
    placeholder
}

/// A mistyped member read as absent where the format says to ignore it.
fn ignore_if<T>(
    lenient: bool,
    read: Result<Option<T>, DecodeError>,
) -> Result<Option<T>, DecodeError> {
    match read {
        Err(DecodeError::WrongType { .. }) if lenient => Ok(None),
        other => other,
    }
}

/// What follows the base in the body's type URI member, where the format
/// writes one with a base (RFC 9457's `type`) and the body's starts with it.
fn type_uri_code<F: Format + ?Sized>(body: &Map<String, Value>) -> Option<&str> {
    F::MEMBERS.iter().find_map(|member| match member.value {
        FormatSource::TypeUri(Some(base)) => body
            .get(member.name)
            .and_then(Value::as_str)
            .and_then(|uri| uri.strip_prefix(base)),
        _ => None,
    })
}

/// Whether `entry`'s code, percent-encoded as the format writes it, is `suffix`.
fn uri_code_is(entry: &Entry, suffix: &str) -> bool {
    struct Compare<'a>(&'a str);
    impl fmt::Write for Compare<'_> {
        fn write_str(&mut self, s: &str) -> fmt::Result {
            match self.0.strip_prefix(s) {
                Some(rest) => {
                    self.0 = rest;
                    Ok(())
                }
                None => Err(fmt::Error),
            }
        }
    }
    let mut rest = Compare(suffix);
    fmt::write(&mut rest, format_args!("{}", UriCode(entry.code()))).is_ok() && rest.0.is_empty()
}

fn read_code(code: Option<(&'static str, Option<&Value>)>) -> Result<Option<CodeBuf>, DecodeError> {
    let Some((member, value)) = code else {
        return Ok(None);
    };
    const EXPECTED: &str = "an integer in the i64 range or a string";
    match value {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(CodeBuf::Str(s.clone()))),
        Some(Value::Number(n)) => {
            n.as_i64()
                .map(|n| Some(CodeBuf::Int(n)))
                .ok_or(DecodeError::WrongType {
                    member,
                    expected: EXPECTED,
                })
        }
        Some(_) => Err(DecodeError::WrongType {
            member,
            expected: EXPECTED,
        }),
    }
}

fn read_message<'a>(
    message: Option<(&'static str, Option<&'a Value>)>,
) -> Result<Option<&'a str>, DecodeError> {
    let Some((member, value)) = message else {
        return Ok(None);
    };
    match value {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(_) => Err(DecodeError::WrongType {
            member,
            expected: "a string",
        }),
    }
}
