//! What a body decoded to: a [`Received`] variant and the [`Evidence`] it
//! was picked on, or an [`Unrecognized`] body and the [`Reason`]; and the
//! [`RemoteError`] a decoded variant's `#[source]` is built from.

use core::fmt;
use core::time::Duration;
use std::borrow::Cow;

use http::StatusCode;

use crate::{ApiError, CodeBuf, Entry, Retry, RetryClass};

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

    /// Whether the request may be sent again, and when: see
    /// [`Received::retry`] and [`Unrecognized::retry`].
    pub fn retry(&self) -> Retry
    where
        E: ApiError,
    {
        match self {
            Decoded::Known(received) => received.retry(),
            Decoded::Unrecognized(u) => u.retry(),
        }
    }

    /// The decoded value with the delay a `Retry-After` header (or a gRPC
    /// status's `RetryInfo`) asked for.
    pub(crate) fn with_retry_after(mut self, delay: Option<Duration>) -> Self {
        match &mut self {
            Decoded::Known(received) => received.retry_after = delay,
            Decoded::Unrecognized(u) => u.retry_after = delay,
        }
        self
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
    /// The delay the response's `Retry-After` header asked for
    /// ([`decode_response`](crate::decode::decode_response)), or a gRPC
    /// status's `google.rpc.RetryInfo`; `None` where there was none, it was
    /// unreadable, or only the body was decoded.
    pub retry_after: Option<Duration>,

    /// The code the body carried, where it is not the variant's own: a
    /// refinement this catalogue does not know, decoded as its nearest
    /// known ancestor ([`Evidence::Parent`]). `None` where the body's code
    /// (if any) is the variant's.
    pub code: Option<CodeBuf>,
}

impl<E> Received<E> {
    /// The variant alone.
    pub fn into_inner(self) -> E {
        self.error
    }

    /// Whether the request may be sent again, and when: the entry's
    /// [`RetryClass`], and the delay the body's retry member carries (in
    /// the unit its `#[body(retry_after = "...")]` declares: PluralKit's
    /// `retry_after` and Matrix's `retry_after_ms` are milliseconds), else
    /// the one [`retry_after`](Self::retry_after) holds.
    ///
    /// An entry decoded as the ancestor of a code this catalogue does not
    /// know ([`Evidence::Parent`]) was sent as the refinement, whose class
    /// the client cannot know: the class is then the received status's
    /// ([`RetryClass::for_status`]) where it is not the ancestor's, and
    /// [`RetryClass::After`] for a gRPC status that gave a delay.
    pub fn retry(&self) -> Retry
    where
        E: ApiError,
    {
        let own = self.error.retry();
        let class = if self.evidence == Evidence::Parent {
            match (self.status, self.retry_after) {
                (Some(status), _) if status != self.error.status() => {
                    RetryClass::for_status(status.as_u16())
                }
                (None, Some(_)) => RetryClass::After,
                _ => own.class,
            }
        } else {
            own.class
        };
        Retry::new(class, own.delay.or(self.retry_after))
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
    /// The body's code is none of this catalogue's, but it refines this
    /// entry's: the body lists the codes it refines (its ancestors), and
    /// this entry's is the nearest one the catalogue knows. The code the
    /// body carried is [`Received::code`]. A server newer than the client
    /// added the code under one the client knows
    /// (`#[code(34307, parent = 34300)]`).
    Parent,
}

impl Evidence {
    /// Whether the body itself names the entry: by its code, type URI,
    /// `ErrorInfo`, a message that fits its text, or as an ancestor of its
    /// code ([`Evidence::Parent`]: the error is certainly of this entry's
    /// kind, and more specific). `false` for
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
    /// As [`Received::retry_after`].
    pub retry_after: Option<Duration>,
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
            Reason::Retired { note } => {
                write!(f, "unrecognized error body (code retired: {note})")?;
                return self.details(f);
            }
        };
        write!(f, "unrecognized error body ({reason})")?;
        self.details(f)
    }
}

impl Unrecognized {
    /// Whether the request may be sent again, and when: the class every
    /// candidate has, where they agree (the one entry of a body that could
    /// not be rebuilt), else the class the status has by default
    /// ([`RetryClass::for_status`]; without a status,
    /// [`RetryClass::Never`]: resending is the risk); with the delay
    /// [`retry_after`](Self::retry_after) holds. No value was rebuilt, so
    /// no retry member is read.
    #[must_use]
    pub fn retry(&self) -> Retry {
        let mut classes = self.candidates.iter().map(|e| e.retry_class());
        let agreed = classes
            .next()
            .filter(|first| classes.all(|class| class == *first));
        let class = agreed.unwrap_or_else(|| {
            self.status
                .map_or(RetryClass::Never, |s| RetryClass::for_status(s.as_u16()))
        });
        Retry::new(class, self.retry_after)
    }

    /// `: code M_X, status 404: <message>`, leaving out what the body did
    /// not carry.
    fn details(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
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
    /// No entry has the body's code because the catalogue (or one it
    /// includes) retired it (`#[api_error(retired(34301 = "..."))]`): the
    /// server is older than the catalogue, or still sends what it said it
    /// would not. `note` is the retirement's note (`"2.1: use 34310"`,
    /// [`Retired::note`](crate::Retired::note)). No candidates.
    Retired {
        /// What the catalogue tells clients about the retired code.
        note: &'static str,
    },
}

/// `message`, borrowed from `entry` where it is the entry's own text.
// Inlined into `choose` (in the caller's crate): measured faster in the
// decode benchmarks than a call, since it is in another file.
#[inline(always)]
pub(crate) fn kept(entry: &'static Entry, message: &str) -> Cow<'static, str> {
    if message == entry.message() {
        Cow::Borrowed(entry.message())
    } else {
        Cow::Owned(message.to_owned())
    }
}
