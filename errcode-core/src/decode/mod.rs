//! Client side: an error body (and the HTTP status) back into the typed error.
//!
//! Every byte is treated as hostile: decoding never panics, rejects bodies
//! over [`MAX_BODY_LEN`] before parsing, nests no deeper than serde_json's
//! recursion limit, and never picks a variant it cannot tell apart from
//! another: those outcomes are [`Decoded::Unrecognized`], which keeps the
//! code, status and message that were received. A variant it does pick comes
//! as a [`Received`], with the message and status the server sent and the
//! [`Evidence`] it was picked on.

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

mod map;
mod read;
mod scan;
mod template;
pub(crate) mod uri;
mod visit;

use core::fmt;
use std::borrow::Cow;

use http::StatusCode;
use serde_json::{Map, Value};

use crate::catalogue::Key;
use crate::format::members::UriCode;
use crate::format::Source as FormatSource;
use crate::{ApiError, Catalogue, CodeBuf, CodeRef, Entry, Format};
use template::Fit;

/// Bodies longer than this are refused unread (1 MiB).
pub const MAX_BODY_LEN: usize = 1 << 20;

/// What a body decoded to.
#[derive(Debug)]
pub enum Decoded<E> {
    /// The body is this variant, `#[body]` fields and placeholder fields
    /// restored, with the message and status it came with.
    Known(Received<E>),
    /// The body is well formed but names no single variant that can be rebuilt.
    Unrecognized(Unrecognized),
}

impl<E> Decoded<E> {
    /// The variant, if the body named one, without what came with it (use
    /// [`Decoded::Known`] or [`Decoded::into_result`] for the server's message).
    pub fn known(self) -> Option<E> {
        match self {
            Decoded::Known(received) => Some(received.error),
            Decoded::Unrecognized(_) => None,
        }
    }

    /// The variant with what came with it, or what was received when the
    /// body named none: for `?` in a client that handles only the errors it
    /// knows.
    ///
    /// # Errors
    ///
    /// The [`Unrecognized`] body when no variant was decoded.
    pub fn into_result(self) -> Result<Received<E>, Unrecognized> {
        match self {
            Decoded::Known(received) => Ok(received),
            Decoded::Unrecognized(u) => Err(u),
        }
    }
}

/// What the server said: the [`Received`] message, or the [`Unrecognized`]
/// body's description.
impl<E: fmt::Display> fmt::Display for Decoded<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Decoded::Known(received) => fmt::Display::fmt(received, f),
            Decoded::Unrecognized(u) => fmt::Display::fmt(u, f),
        }
    }
}

/// Transparent: the variant's (or the [`Unrecognized`] body's) own source.
impl<E: std::error::Error> std::error::Error for Decoded<E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Decoded::Known(received) => received.error.source(),
            Decoded::Unrecognized(_) => None,
        }
    }
}

/// A decoded variant and what the server sent with it. The variant's own
/// text is the catalogue's; the server's may say more (Matrix sends
/// `M_FORBIDDEN` with "You are not invited to this room."), and it is what
/// this type displays.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Received<E> {
    /// The variant the body named.
    pub error: E,
    /// The HTTP status, as given to the decoder.
    pub status: Option<StatusCode>,
    /// The message the body carried: borrowed from the catalogue when it
    /// is the entry's own text, as it is for most bodies, so that decoding
    /// one copies nothing.
    pub message: Option<Cow<'static, str>>,
    /// What singled the entry out: whether the body named it, or the status
    /// left it as the only plausible one.
    pub evidence: Evidence,
}

impl<E> Received<E> {
    /// The variant alone.
    pub fn into_inner(self) -> E {
        self.error
    }
}

/// How a decoded entry was told apart from the others, strongest first. No
/// entry is picked without one: what fits no entry, or several, is
/// [`Decoded::Unrecognized`].
///
/// [`Evidence::Status`] is the only plausible entry, not a certain one
/// ([`Evidence::is_certain`]): Mastodon's one 429 entry is
/// `{translated string}.`, which any text fits, so every 429 body decodes to
/// it; so does an OAuth error sent with 400 to the one 400 entry,
/// `{string}.`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Evidence {
    /// The body's code belongs to this entry alone.
    Code,
    /// The body's type URI (RFC 9457's `type`) names this entry alone.
    TypeUri,
    /// A gRPC status's `ErrorInfo` names this entry alone: its reason is
    /// the entry's name and its `code` metadata the entry's code.
    ErrorInfo,
    /// The message is the entry's text (trailing periods and white space
    /// aside, in any of the catalogue's languages), and no other entry the
    /// code and status admit has it.
    Message,
    /// The message fits the entry's template, its literal text around the
    /// placeholders, and no other entry's as well (a template with literal
    /// text outranks one made of placeholders alone).
    Template,
    /// Only the status tells: the entry is the one documented at the
    /// received status (a gRPC status's code; among the entries with the
    /// body's code, where it has one) that the message does not contradict,
    /// because the body has no message or the template is nothing but
    /// placeholders (`{string}.`), which any text fits.
    Status,
}

impl Evidence {
    /// Whether the body itself names the entry: by its code, type URI,
    /// `ErrorInfo`, or a message that fits its text. `false` for
    /// [`Evidence::Status`], the only plausible entry.
    pub const fn is_certain(self) -> bool {
        !matches!(self, Evidence::Status)
    }
}

/// The server's message, or the variant's own where the body carried none.
impl<E: fmt::Display> fmt::Display for Received<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.message {
            Some(message) => f.write_str(message),
            None => fmt::Display::fmt(&self.error, f),
        }
    }
}

/// Transparent: the variant's own source.
impl<E: std::error::Error> std::error::Error for Received<E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.error.source()
    }
}

/// What a server reported, as an error value: what a decoded variant's
/// `#[source]` (or `#[from]`) field is built from, for a field type that
/// implements `From<RemoteError>`. `Box<dyn Error + Send + Sync>`,
/// `anyhow::Error` and `std::io::Error` do; a type of your own can. A
/// source's own text never reaches a body, so this holds only what did.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct RemoteError {
    /// The code the body carried.
    pub code: Option<CodeBuf>,
    /// The HTTP status, as given to the decoder.
    pub status: Option<StatusCode>,
    /// The message the body carried.
    pub message: Option<String>,
}

/// The message, else the code, else the status.
impl fmt::Display for RemoteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.message, &self.code, self.status) {
            (Some(message), _, _) => f.write_str(message),
            (None, Some(code), _) => write!(f, "remote error {code}"),
            (None, None, Some(status)) => write!(f, "remote error, status {}", status.as_u16()),
            (None, None, None) => f.write_str("remote error"),
        }
    }
}

impl std::error::Error for RemoteError {}

/// An I/O error of kind `Other` wrapping what the server reported, so that
/// `#[source] std::io::Error` variants decode.
impl From<RemoteError> for std::io::Error {
    fn from(remote: RemoteError) -> Self {
        std::io::Error::other(remote)
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
            Reason::MessageMismatch => "message fits no entry's text",
            Reason::CodeMismatch => "code is not the one the type URI names",
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
    /// placeholders (Mastodon's `{string}.`), which fits any message, and no
    /// status was given to single it out: naming it would be a guess. It is
    /// the one candidate. (With a status that documents it, the entry is
    /// decoded, on [`Evidence::Status`].)
    CatchAllOnly,
    /// Entries with the body's code are documented at the status, but the
    /// message fits none of their templates: PluralKit's code 0 with 403 is
    /// "Your access to the API is blocked ...", and a 403 body with code 0
    /// and "403: Missing permissions to access this resource" is another
    /// error under the same code. They are the candidates.
    MessageMismatch,
    /// The body's type URI names entries (RFC 9457's `type`), but its
    /// `code` member is not their code: the body contradicts itself, and
    /// neither names the entry for certain. The candidates are the entries
    /// the type URI names, then those with the code.
    CodeMismatch,
    /// One entry fits, but its variant holds a value the body does not carry
    /// (a field the message hides, a `#[source]` of a type that cannot be
    /// built from a [`RemoteError`]). It is the one candidate.
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
    /// What the server reported, for a `#[source]` field.
    fn remote(&self) -> RemoteError;
}

/// Each plain placeholder's name and the text it matched.
type Captures<'a> = Vec<(&'static str, &'a str)>;

/// The members of the object holding the `#[body]` fields.
#[derive(Clone, Copy)]
enum Members<'a> {
    /// As [`Format::locate`] found them in the parsed body.
    Map(&'a Map<String, Value>),
    /// As the one-pass reader kept them.
    List(&'a read::Fields<'a>),
}

struct Source<'a> {
    members: Members<'a>,
    captures: Captures<'a>,
    code: Option<CodeRef<'a>>,
    status: Option<StatusCode>,
    message: Option<&'a str>,
}

impl Restore for Source<'_> {
    fn member(&self, name: &str) -> Option<&Value> {
        match self.members {
            Members::Map(map) => map.get(name),
            Members::List(list) => list.iter().find(|(n, _)| *n == name).map(|(_, v)| v),
        }
    }

    fn placeholder(&self, name: &str) -> Option<&str> {
        self.captures
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, text)| *text)
    }

    fn remote(&self) -> RemoteError {
        RemoteError {
            code: self.code.and_then(code_buf),
            status: self.status,
            message: self.message.map(str::to_owned),
        }
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
    let lenient = <E::Format as Format>::IGNORES_MISTYPED_MEMBERS;
    if <E::Format as Format>::DECODES_BY_MEMBERS {
        let members = <E::Format as Format>::MEMBERS;
        // What decoding keeps of a body is filled in place, not moved around.
        let mut read = read::Read::default();
        // One UTF-8 check of the whole body costs less than serde_json's check
        // of each string; a body that fails it is read from bytes, so that the
        // error is the one `from_slice` gives, with its position. The common
        // body, one flat object of plain values, is read by the scanner; a
        // body the scanner gives up on is read again from the start by
        // serde_json.
        match core::str::from_utf8(body) {
            Ok(text) if scan::scan(text, members, &mut read) => read.refuse_duplicate()?,
            Ok(text) => {
                read = read::Read::default();
                visit::read_from(serde_json::Deserializer::from_str(text), members, &mut read)?;
            }
            Err(_) => {
                visit::read_from(
                    serde_json::Deserializer::from_slice(body),
                    members,
                    &mut read,
                )?;
            }
        }
        let code = ignore_if(lenient, scalar_code(read.code.as_ref()))?;
        let message = ignore_if(lenient, scalar_message(read.message.as_ref()))?;
        let by_type = match &read.type_uri {
            Some((base, read::Scalar::Str(uri))) => type_suffix(base, uri),
            _ => None,
        };
        return Ok(choose(
            code,
            message,
            by_type.as_deref(),
            status,
            Members::List(&read.fields),
        ));
    }
    // A format that finds its members itself (`Format::locate`): the whole
    // object, as a map.
    let parsed = map::parse(body)?;
    let located = <E::Format as Format>::locate(&parsed).ok_or(DecodeError::NotAnObject)?;
    let code = ignore_if(lenient, read_code(located.code))?;
    let message = ignore_if(lenient, read_message(located.message))?;
    let by_type = type_uri_code::<E::Format>(&parsed);
    Ok(choose(
        code.as_ref().map(CodeBuf::as_code_ref),
        message,
        by_type.as_deref(),
        status,
        Members::Map(located.fields),
    ))
}

/// The variant that `code`, `message` (or the code in the type URI) and
/// `status` name, rebuilt from `members` and the message.
// Inlined into both callers: measured about 5% faster for a body with
// `#[body]` members, at the same instruction count.
#[inline(always)]
fn choose<E: ApiError>(
    code: Option<CodeRef<'_>>,
    message: Option<&str>,
    by_type: Option<&str>,
    status: Option<StatusCode>,
    members: Members<'_>,
) -> Decoded<E> {
    let unrecognized = |reason, candidates| {
        Decoded::Unrecognized(Unrecognized {
            reason,
            code: code.and_then(code_buf),
            status,
            message: message.map(str::to_owned),
            candidates,
        })
    };

    let catalogue = E::catalogue();
    // Own entries and those of `#[code(transparent)]` variants, flattened:
    // what `with_code` positions point into.
    let entries = catalogue.indexed_entries();
    let by_code: &[usize] = match code {
        Some(CodeRef::Int(n)) => catalogue.with_code(Key::Int(n)),
        Some(CodeRef::Str(s)) => catalogue.with_code(Key::Str(s)),
        Some(CodeRef::OutOfRange) => &[],
        None => catalogue.with_code(Key::None),
    };
    let at = |positions: &[usize]| -> Vec<&'static Entry> {
        positions
            .iter()
            .filter_map(|&i| entries.get(i).copied())
            .collect()
    };
    let mut typed: Vec<usize> =
        by_type.map_or_else(Vec::new, |suffix| typed_positions(catalogue, suffix));
    if code.is_some() && !typed.is_empty() {
        if !typed.iter().any(|i| by_code.contains(i)) {
            // A body whose code is not the code its type URI names
            // contradicts itself: neither names the entry for certain.
            let mut candidates = at(&typed);
            candidates.extend(at(by_code));
            return unrecognized(Reason::CodeMismatch, candidates);
        }
        typed.retain(|i| by_code.contains(i));
    }
    // Whether the body names its entry (by type or code) rather than leaving
    // status and message to tell.
    let named = code.is_some() || !typed.is_empty();
    let coded: &[usize] = if typed.is_empty() { by_code } else { &[] };
    // The entries the body names, without collecting them: most bodies name
    // one, and that one needs no list.
    let named_entries = || {
        typed
            .iter()
            .chain(coded)
            .filter_map(|&i| entries.get(i).copied())
    };
    let one = typed.len().saturating_add(coded.len()) == 1;
    let trusted = named && one && <E::Format as Format>::CODE_OUTRANKS_STATUS;
    let admitted = |e: &&'static Entry| match status {
        Some(status) if !trusted => e.admits_status(status.as_u16()),
        _ => true,
    };
    let mut fitting = named_entries().filter(admitted);
    let Some(first) = fitting.next() else {
        // None documents the status, or none has the code.
        let all: Vec<&'static Entry> = named_entries().collect();
        let reason = if all.is_empty() {
            Reason::Unknown
        } else {
            Reason::StatusMismatch
        };
        return unrecognized(reason, all);
    };
    let several = fitting.next().is_some();
    let mut chosen = first;
    let mut captures = Vec::new();
    let evidence = if named && one {
        if let (Some(message), true) = (message, chosen.has_placeholders()) {
            captures = fit_any::<E>(chosen, message)
                .map(|(_, caps)| caps)
                .unwrap_or_default();
        }
        if typed.is_empty() {
            Evidence::Code
        } else {
            Evidence::TypeUri
        }
    } else {
        // Several entries share what the body names (or it names none):
        // the status and the message tell them apart, or nothing does.
        let candidates: Vec<&'static Entry> = if several || !named {
            named_entries().filter(admitted).collect()
        } else {
            vec![first]
        };
        match tell_apart::<E>(candidates, message, status.is_some(), named) {
            Ok((entry, evidence, caps)) => {
                chosen = entry;
                captures = caps;
                evidence
            }
            Err((reason, candidates)) => return unrecognized(reason, candidates),
        }
    };
    if !chosen.exposes_message() {
        // The body carried the template, not values: nothing to capture.
        captures.clear();
    }
    let source = Source {
        members,
        captures,
        code,
        status,
        message,
    };
    match crate::glue::restore_entry::<E>(chosen, &source) {
        Some(error) => Decoded::Known(Received {
            error,
            status,
            message: message.map(|m| kept(chosen, m)),
            evidence,
        }),
        None => unrecognized(Reason::NotRebuildable, vec![chosen]),
    }
}

/// Which of `candidates` the message (and a given status) single out: the
/// entries the body's code and the status admit where several share the
/// code, or, where the body names no entry, those the status admits. A
/// message that fits none of them contradicts them; a catch-all template
/// fits any message, so it is named only where a status picked it.
pub(crate) fn tell_apart<'m, E: ApiError>(
    candidates: Vec<&'static Entry>,
    message: Option<&'m str>,
    status_given: bool,
    named: bool,
) -> Result<(&'static Entry, Evidence, Captures<'m>), (Reason, Vec<&'static Entry>)> {
    let Some(message) = message else {
        return match candidates.as_slice() {
            [entry] if status_given => Ok((entry, Evidence::Status, Vec::new())),
            _ if !named => Err((Reason::Unknown, candidates)),
            _ => Err((Reason::Ambiguous, candidates)),
        };
    };
    let fits: Vec<(&'static Entry, Fit, Captures)> = candidates
        .iter()
        .filter_map(|e| fit_any::<E>(e, message).map(|(fit, caps)| (*e, fit, caps)))
        .collect();
    let best = fits.iter().map(|f| f.1).min();
    let mut best_fits = fits.into_iter().filter(|f| Some(f.1) == best);
    match (best_fits.next(), best_fits.next()) {
        // Nothing but a fit that any message has: a guess.
        (Some((entry, Fit::Any, _)), None) if !status_given => {
            Err((Reason::CatchAllOnly, vec![entry]))
        }
        (Some((entry, fit, caps)), None) => {
            let evidence = match fit {
                Fit::Exact => Evidence::Message,
                Fit::Placeholders => Evidence::Template,
                Fit::Any => Evidence::Status,
            };
            Ok((entry, evidence, caps))
        }
        (Some(_), Some(_)) => Err((Reason::Ambiguous, candidates)),
        (None, _) if !named => Err((Reason::Unknown, candidates)),
        (None, _) => Err((Reason::MessageMismatch, candidates)),
    }
}

/// `message`, borrowed from `entry` where it is the entry's own text.
#[inline]
pub(crate) fn kept(entry: &'static Entry, message: &str) -> Cow<'static, str> {
    if message == entry.message() {
        Cow::Borrowed(entry.message())
    } else {
        Cow::Owned(message.to_owned())
    }
}

fn code_buf(code: CodeRef<'_>) -> Option<CodeBuf> {
    match code {
        CodeRef::Int(n) => Some(CodeBuf::Int(n)),
        CodeRef::Str(s) => Some(CodeBuf::Str(s.to_owned())),
        CodeRef::OutOfRange => None,
    }
}

/// How `message` fits `entry`'s template, or failing that its template in
/// one of the catalogue's other languages: a body may be in any of them.
fn fit_any<'m, E: ApiError>(entry: &Entry, message: &'m str) -> Option<(Fit, Captures<'m>)> {
    template::fit(entry, message).or_else(|| {
        E::catalogue()
            .owner(entry)?
            .languages()
            .iter()
            .filter_map(|language| language.translation(entry))
            .find_map(|translation| template::fit_translation(translation, message))
    })
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
    let code = match entry.code() {
        crate::Code::Int(n) => Some(CodeRef::Int(n)),
        crate::Code::Str(s) => Some(CodeRef::Str(s)),
        crate::Code::None => None,
    };
    let source = Source {
        members: Members::Map(members),
        captures,
        code,
        status: None,
        message: Some(message),
    };
    crate::glue::restore_entry::<E>(entry, &source)
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
fn type_uri_code<F: Format + ?Sized>(body: &Map<String, Value>) -> Option<Cow<'_, str>> {
    F::MEMBERS.iter().find_map(|member| match member.value {
        FormatSource::TypeUri(Some(base)) => {
            type_suffix(base, body.get(member.name).and_then(Value::as_str)?)
        }
        _ => None,
    })
}

/// What follows `base` in `uri`, both in their normal form (RFC 3986
/// §6.2.2), as errcodes writes the code there: a URI that differs from
/// `base` and a code only in the case of its escapes, in escaped
/// unreserved characters or in the case of its scheme and host is the
/// same URI.
fn type_suffix<'u>(base: &str, uri: &'u str) -> Option<Cow<'u, str>> {
    // Most URIs start with the base as written: then only what follows it
    // needs its escapes normalised, the scheme and host being the base's.
    if let Some(suffix) = uri.strip_prefix(base) {
        return uri::normalized_path(suffix);
    }
    let base = uri::normalized(base)?;
    match uri::normalized(uri)? {
        Cow::Borrowed(uri) => uri.strip_prefix(&*base).map(Cow::Borrowed),
        Cow::Owned(uri) => uri.strip_prefix(&*base).map(|s| Cow::Owned(s.to_owned())),
    }
}

/// Where the entries are whose code a type URI names by `suffix`
/// (normalised, as [`type_suffix`] gives it), in catalogue order: the
/// suffix read back as a code (a number, or percent-decoded text) is looked
/// up in the code index, and only the entries whose code the format writes
/// as exactly `suffix` are kept.
fn typed_positions(catalogue: &Catalogue, suffix: &str) -> Vec<usize> {
    let mut positions: Vec<usize> = Vec::new();
    if let Ok(n) = suffix.parse::<i64>() {
        positions.extend(catalogue.with_code(Key::Int(n)));
    }
    if let Some(text) = percent_decoded(suffix) {
        positions.extend(catalogue.with_code(Key::Str(&text)));
    }
    positions.sort_unstable();
    let entries = catalogue.indexed_entries();
    positions.retain(|&i| entries.get(i).is_some_and(|e| uri_code_is(e, suffix)));
    positions
}

/// `text` with its `%XX` escapes decoded; `None` for a malformed escape or
/// bytes that are not UTF-8.
fn percent_decoded(text: &str) -> Option<String> {
    let mut bytes = Vec::with_capacity(text.len());
    let mut rest = text.as_bytes();
    while let Some((&byte, after)) = rest.split_first() {
        if byte == b'%' {
            let hex = core::str::from_utf8(after.get(..2)?).ok()?;
            bytes.push(u8::from_str_radix(hex, 16).ok()?);
            rest = after.get(2..)?;
        } else {
            bytes.push(byte);
            rest = after;
        }
    }
    String::from_utf8(bytes).ok()
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
    match value {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(CodeBuf::Str(s.clone()))),
        Some(Value::Number(n)) => {
            n.as_i64()
                .map(|n| Some(CodeBuf::Int(n)))
                .ok_or(DecodeError::WrongType {
                    member,
                    expected: CODE_TYPE,
                })
        }
        Some(_) => Err(DecodeError::WrongType {
            member,
            expected: CODE_TYPE,
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

const CODE_TYPE: &str = "an integer in the i64 range or a string";

fn scalar_code<'a>(
    code: Option<&'a (&'static str, read::Scalar<'_>)>,
) -> Result<Option<CodeRef<'a>>, DecodeError> {
    match code {
        None | Some((_, read::Scalar::Null)) => Ok(None),
        Some((_, read::Scalar::Int(n))) => Ok(Some(CodeRef::Int(*n))),
        Some((_, read::Scalar::Str(s))) => Ok(Some(CodeRef::Str(s))),
        Some((member, read::Scalar::Other)) => Err(DecodeError::WrongType {
            member,
            expected: CODE_TYPE,
        }),
    }
}

fn scalar_message<'a>(
    message: Option<&'a (&'static str, read::Scalar<'_>)>,
) -> Result<Option<&'a str>, DecodeError> {
    match message {
        None | Some((_, read::Scalar::Null)) => Ok(None),
        Some((_, read::Scalar::Str(s))) => Ok(Some(s)),
        Some((member, _)) => Err(DecodeError::WrongType {
            member,
            expected: "a string",
        }),
    }
}
