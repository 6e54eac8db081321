//! The contract guard: a lock file of what clients rely on in a catalogue,
//! checked into the repository, and a test that fails on a breaking change.
//!
//! ```no_run
//! # #[derive(Debug, errcodes::ApiError)]
//! # enum AccountError { #[code(1, status = 400)] A }
//! #[test]
//! fn error_contract() {
//!     errcodes::contract::assert_contract::<AccountError>("errors.lock");
//! }
//! ```
//!
//! The lock holds, per entry, the code, the name, the status sent, the gRPC
//! code, the `also_status` set, whether the code is shared, the
//! placeholders of the template (and the template itself where clients read
//! the text: entries without a code, with a shared code, or with
//! placeholders, and then whether bodies carry it rendered, `expose`), the
//! response headers, the retry class and fault side (where they are not the
//! status's defaults) and the member carrying the retry delay with its
//! unit, and every body member with its type (kinds, an
//! integer's range, a string's format, an enum's values; nested objects'
//! and array items' members by path) and whether it may be absent; its
//! header line, the content type and the body format ([`Format::NAME`]);
//! and the code each entry refines (`parent`), where it has one.
//! One line per entry, sorted by code, so that a change is a one-line diff;
//! then, for a lock given the API's operations ([`Lock::with_operations`],
//! checked with [`assert_lock`]), one line per operation with the entries
//! it may return; then one line per retired code.
//!
//! What breaks a client fails the test, each change explained: a code
//! removed, a code used by another name, a code newly shared, a status, gRPC
//! code, content type or format changed, a placeholder removed or added or
//! the text around placeholders changed (a client reads placeholder values
//! out of the text by the old template), `expose` dropped, a header removed,
//! made optional or given another value, a body member removed, made
//! optional or given a type that allows more, a retry class changed, the
//! retry delay's member removed or its unit changed, a parent changed or
//! dropped (clients that fall back to it no longer do). Additions (entries, members,
//! headers, a member made always present, a type narrowed) pass and are
//! written to the lock, for the diff to be reviewed and committed. In a
//! catalogue whose codes form a tree, a new entry under an existing code is
//! an addition, and a new entry at the top level is a finding of its own
//! ([`ChangeKind::NewTopLevel`]), not breaking but for review. Run the
//! tests with `ERRCODE_ACCEPT=1` to accept breaking changes and rewrite the
//! lock. An accepted removal retires the code: no later catalogue may use it
//! again ([`Error::Refused`]). Locks of version 1 still read: what they did
//! not record is not compared, and a check rewrites them in this version.
//!
//! A missing lock fails rather than being written: a guard that writes its
//! own baseline would pass in CI for a lock that was never committed (or a
//! path that is wrong), and so never guard. `ERRCODE_ACCEPT=1` writes it.
//!
//! The header line names the catalogue's type: a lock is never checked
//! against, nor written over by, another catalogue (two tests given one
//! path), nor is a file that is no lock at all. The lock is written whole
//! (staged beside it, synced, renamed over it), so that checks running at
//! once in several threads or test binaries each read a whole lock. It
//! reads with a byte order mark or CRLF line endings, as an editor or a
//! checkout may leave it, and is then left as it is unless it changed.

use std::borrow::Cow;
use std::collections::HashSet;
use std::fmt;

mod changelog;
mod check;
mod diff;
mod member;
mod operation;
mod read;
mod write;

pub use crate::error_set::wire_path;
pub use changelog::changelog;
pub use check::{assert_contract, assert_lock, check, check_lock, check_with, Error, Outcome};

pub use crate::atomic_file::WriteError;
use crate::{
    ApiError, Catalogue, CodeBuf, CodeRef, DelayUnit, Entry, Fault, Format, RetryClass, Segment,
};
use member::MemberType;
use operation::LockedOperation;
use read::Read;

/// The environment variable that accepts changes: set to `1`, `true`,
/// `yes` or `on` (in any case), [`assert_contract`] and
/// [`docs::assert_fresh`](crate::docs::assert_fresh) rewrite their files;
/// unset, empty, `0`, `false`, `no` or `off`, they check them. Any other
/// value fails the check, naming the value, rather than be taken for one
/// or the other.
pub const ACCEPT_VAR: &str = "ERRCODE_ACCEPT";

/// The values of [`ACCEPT_VAR`] that accept, and those that check (with
/// the empty value, `ERRCODE_ACCEPT=`).
const ACCEPTING: [&str; 4] = ["1", "true", "yes", "on"];
const CHECKING: [&str; 4] = ["0", "false", "no", "off"];

/// The version of the lock format, on its header line. Version 1 did not
/// record headers, gRPC codes, exposure, the body format, members inside
/// arrays, nor ranges, values and formats of members; its locks still read.
const VERSION: u64 = 2;

/// Whether a check may rewrite a file that records a breaking change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Fail on a breaking change (or a missing file); record compatible changes.
    Check,
    /// Write the file as the catalogue is now, whatever changed.
    Accept,
}

impl Mode {
    /// The mode [`ACCEPT_VAR`] selects ([`Mode::Check`] when it is unset).
    ///
    /// # Errors
    ///
    /// A value that is neither a yes nor a no (see [`ACCEPT_VAR`]).
    pub fn from_env() -> Result<Self, InvalidAccept> {
        match std::env::var_os(ACCEPT_VAR) {
            None => Ok(Mode::Check),
            Some(value) => value
                .to_str()
                .ok_or_else(|| InvalidAccept {
                    value: value.to_string_lossy().into_owned(),
                })?
                .parse(),
        }
    }
}

impl std::str::FromStr for Mode {
    type Err = InvalidAccept;

    /// A value of [`ACCEPT_VAR`], trimmed and in any case.
    fn from_str(value: &str) -> Result<Self, InvalidAccept> {
        let word = value.trim().to_ascii_lowercase();
        if ACCEPTING.contains(&word.as_str()) {
            Ok(Mode::Accept)
        } else if word.is_empty() || CHECKING.contains(&word.as_str()) {
            Ok(Mode::Check)
        } else {
            Err(InvalidAccept {
                value: value.to_owned(),
            })
        }
    }
}

/// A value of [`ACCEPT_VAR`] that neither accepts nor checks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidAccept {
    /// The value, as set.
    pub value: String,
}

impl fmt::Display for InvalidAccept {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (yes_last, yes) = ACCEPTING.split_last().unwrap_or((&"", &[]));
        write!(
            f,
            "{ACCEPT_VAR} is {:?}: set it to {} or {yes_last} to accept changes, \
             or to {} or nothing to check them",
            self.value,
            yes.join(", "),
            CHECKING.join(", "),
        )
    }
}

impl std::error::Error for InvalidAccept {}

/// What a lock records of a catalogue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lock {
    /// The version of the format it was read in ([`VERSION`] for a lock of
    /// a catalogue): facts a lock of an older version did not record are not
    /// compared, and it is written back in its own version.
    version: u64,
    type_name: String,
    content_type: String,
    /// [`Format::NAME`]; `None` in a version 1 lock.
    format: Option<String>,
    /// Whether additions must say when they appeared (`since`): set by hand
    /// in the header line, `"require_since":true`, and kept on every rewrite.
    require_since: bool,
    entries: Vec<Locked>,
    /// The API's operations ([`Lock::with_operations`]), by path and method;
    /// none in a lock of a catalogue alone.
    operations: Vec<LockedOperation>,
    /// Codes removed with [`ACCEPT_VAR`] or declared retired: never used
    /// again, by any name. By code.
    retired: Vec<LockedRetirement>,
}

/// What a lock records of one entry. The facts a version 1 lock did not
/// record are `None` where they are read from one.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Locked {
    /// `None` for the entry without a code.
    code: Option<CodeBuf>,
    name: String,
    status: u16,
    /// Ascending: the lock records the set, not the order it is declared in.
    also_status: Vec<u16>,
    shared: bool,
    placeholders: Vec<String>,
    message: Option<String>,
    /// By path, sorted (see [`member`]).
    members: Vec<(String, MemberType)>,
    /// The gRPC status code's name (`ALREADY_EXISTS`), borrowed where it is
    /// one of gRPC's.
    grpc: Option<Cow<'static, str>>,
    /// Whether the body carries the rendered message (`Entry::exposes_message`);
    /// recorded only where the template has placeholders, since elsewhere
    /// the two are the same text.
    exposed: Option<bool>,
    /// By lower-case name (HTTP's names compare without case), sorted.
    headers: Option<Vec<(String, Header)>>,
    /// The release it appeared in, where the catalogue says (not a wire
    /// fact: never a change, but [`changelog`] shows it and
    /// `require_since` asks for it).
    since: Option<String>,
    /// The release each `#[body]` member and each `#[header]` appeared in,
    /// where declared: by member name and by lower-case header name, sorted
    /// (not wire facts either: `require_since` asks for them on additions).
    member_since: Vec<(String, String)>,
    header_since: Vec<(String, String)>,
    deprecated: Option<Deprecated>,
    /// The retry class: written where it is not the status's default
    /// ([`RetryClass::for_status`]), which a line without one (every line
    /// of a lock older than the class) has.
    retry: RetryClass,
    /// The fault side, written likewise.
    fault: Fault,
    /// The member that carries the retry delay, and its unit.
    retry_after: Option<(String, DelayUnit)>,
    /// The code the entry refines (`parent = ...`).
    parent: Option<CodeBuf>,
}

/// A response header as the lock records it.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Header {
    /// `header("WWW-Authenticate" = "Bearer")`: this value on every response.
    Fixed(String),
    /// `#[header("Retry-After")]` on a field: its value, on every response
    /// or (an `Option` field) on some.
    Field { optional: bool },
}

/// An entry's deprecation as the lock records it.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Deprecated {
    since: String,
    replaced_by: Option<CodeBuf>,
}

/// A code that is retired: its last name and why.
#[derive(Debug, Clone, PartialEq, Eq)]
struct LockedRetirement {
    code: CodeBuf,
    name: Option<String>,
    note: Option<String>,
}

impl Locked {
    /// The order of the lock's lines: by code, entries without a code last.
    fn code_order(&self) -> (bool, Option<&CodeBuf>) {
        (self.code.is_none(), self.code.as_ref())
    }

    /// The entry's code as a change names it.
    fn code_text(&self) -> String {
        entry_code_text(self.code.as_ref())
    }
}

/// An entry's code as a change names it, `None` for the entry without one.
fn entry_code_text(code: Option<&CodeBuf>) -> String {
    match code {
        Some(code) => code_text(code),
        None => "the entry without a code".to_owned(),
    }
}

/// A code as a change names it.
fn code_text(code: &CodeBuf) -> String {
    match code {
        CodeBuf::Int(n) => format!("code {n}"),
        CodeBuf::Str(s) => format!("code {s:?}"),
    }
}

impl Lock {
    /// The lock of `E`'s catalogue, with `E`'s body format.
    #[must_use]
    pub fn of<E: ApiError>() -> Self {
        let catalogue = E::catalogue();
        let mut schemas = Schemas::default();
        let mut entries: Vec<Locked> = catalogue
            .all_entries()
            .map(|entry| Locked::of::<E::Format>(entry, &mut schemas))
            .collect();
        entries.sort_by(|a, b| (a.code_order(), &a.name).cmp(&(b.code_order(), &b.name)));
        let mut retired: Vec<LockedRetirement> = declared_retired(catalogue)
            .filter_map(|declared| {
                Some(LockedRetirement {
                    code: declared.code().as_ref()?.to_buf()?,
                    name: None,
                    note: Some(declared.note().to_owned()),
                })
            })
            .collect();
        retired.sort_by(|a, b| a.code.cmp(&b.code));
        Lock {
            version: VERSION,
            type_name: catalogue.type_name().to_owned(),
            content_type: catalogue.content_type().to_owned(),
            format: Some(<E::Format as Format>::NAME.to_owned()),
            require_since: false,
            entries,
            operations: Vec::new(),
            retired,
        }
    }

    /// Reads a lock written by [`Lock`]'s `Display` (also with a byte order
    /// mark or CRLF line endings, as an editor or a checkout may leave it),
    /// of this version or an older one.
    ///
    /// # Errors
    ///
    /// The line that is not what a lock holds, and why.
    pub fn parse(text: &str) -> Result<Self, ParseError> {
        Read::of(text)?.into_lock()
    }

    /// `self` (a catalogue's lock) as it is written over `old`: with the
    /// codes `old` retired, the retirement of each code `old` had and `self`
    /// no longer has where `retire_removed` (a removal accepted), and `old`'s
    /// `require_since`. The one place a rewrite keeps what the catalogue
    /// alone does not tell.
    fn written_over(mut self, old: &Lock, retire_removed: bool) -> Lock {
        self.require_since = old.require_since;
        let now: HashSet<&CodeBuf> = self
            .entries
            .iter()
            .filter_map(|e| e.code.as_ref())
            .collect();
        let mut retired = self.retired.clone();
        for gone in &old.retired {
            if !retired.iter().any(|r| r.code == gone.code) {
                retired.push(gone.clone());
            } else if let Some(r) = retired.iter_mut().find(|r| r.code == gone.code) {
                r.name = r.name.take().or_else(|| gone.name.clone());
            }
        }
        if retire_removed {
            for removed in &old.entries {
                let Some(code) = &removed.code else { continue };
                if now.contains(code) {
                    continue;
                }
                match retired.iter_mut().find(|r| r.code == *code) {
                    Some(r) => r.name = r.name.take().or_else(|| Some(removed.name.clone())),
                    None => retired.push(LockedRetirement {
                        code: code.clone(),
                        name: Some(removed.name.clone()),
                        note: None,
                    }),
                }
            }
        }
        retired.sort_by(|a, b| a.code.cmp(&b.code));
        self.retired = retired;
        self
    }
}

impl Locked {
    fn of<F: Format>(entry: &Entry, schemas: &mut Schemas) -> Self {
        let placeholders: Vec<String> = entry
            .segments()
            .filter_map(|segment| match segment {
                Segment::Placeholder(name) | Segment::Formatted(name) => Some(name.to_owned()),
                Segment::Text(_) => None,
            })
            .collect();
        // The text is part of the contract where clients read it: to tell
        // entries apart (no code, a shared code) or to take values out of it.
        let read = entry.code().is_none() || entry.is_shared() || !placeholders.is_empty();
        let mut headers: Vec<(String, Header)> = entry
            .headers()
            .iter()
            .map(|h| {
                let fact = match h.value() {
                    Some(value) => Header::Fixed(value.to_owned()),
                    None => Header::Field {
                        optional: h.is_optional(),
                    },
                };
                (h.name().to_ascii_lowercase(), fact)
            })
            .collect();
        headers.sort_by(|a, b| a.0.cmp(&b.0));
        Locked {
            code: entry.code().as_ref().and_then(CodeRef::to_buf),
            name: entry.name().to_owned(),
            status: entry.http_status().as_u16(),
            also_status: sorted(entry.also_statuses().to_vec()),
            shared: entry.is_shared(),
            exposed: (!placeholders.is_empty()).then(|| entry.exposes_message()),
            placeholders,
            message: read.then(|| entry.template_or_name().to_owned()),
            members: schemas
                .members(F::entry_schema(entry))
                .into_iter()
                // Recorded once, as `parent`, which the chain follows from.
                .filter(|(path, _)| !is_ancestors(path))
                .collect(),
            grpc: Some(Cow::Borrowed(entry.grpc_code().name())),
            headers: Some(headers),
            since: entry.own_since().map(str::to_owned),
            member_since: sorted(
                entry
                    .body_fields()
                    .iter()
                    .filter_map(|f| Some((f.member().to_owned(), f.since()?.to_owned())))
                    .collect(),
            ),
            header_since: sorted(
                entry
                    .headers()
                    .iter()
                    .filter_map(|h| Some((h.name().to_ascii_lowercase(), h.since()?.to_owned())))
                    .collect(),
            ),
            deprecated: entry.deprecation().map(|deprecation| Deprecated {
                since: deprecation.since().to_owned(),
                replaced_by: deprecation
                    .replaced_by()
                    .and_then(|code| code.as_ref()?.to_buf()),
            }),
            retry: entry.retry_class(),
            fault: entry.fault(),
            retry_after: entry
                .retry_member()
                .and_then(|f| Some((f.member().to_owned(), f.retry_after()?))),
            parent: entry.parent().and_then(|code| code.as_ref()?.to_buf()),
        }
    }
}

/// Whether a member path is the ancestors member or inside it.
fn is_ancestors(path: &str) -> bool {
    path.strip_prefix(crate::format::ANCESTORS_MEMBER)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with(['[', '.']))
}

/// The members of the body schemas met so far: most entries of a catalogue
/// share a handful of schemas (those without `#[body]` fields, the
/// format's one), so each is walked once.
#[derive(Default)]
struct Schemas(Vec<(serde_json::Value, Vec<(String, MemberType)>)>);

impl Schemas {
    /// How many distinct schemas are kept; past that, a schema is walked
    /// each time (entries with their own `#[body]` fields rarely repeat).
    const KEPT: usize = 16;

    fn members(&mut self, schema: serde_json::Value) -> Vec<(String, MemberType)> {
        if let Some((_, members)) = self.0.iter().find(|(known, _)| *known == schema) {
            return members.clone();
        }
        let members = member::members(&schema);
        if self.0.len() < Self::KEPT {
            self.0.push((schema, members.clone()));
        }
        members
    }
}

/// The codes `catalogue` and the catalogues it includes declare retired.
fn declared_retired(
    catalogue: &'static Catalogue,
) -> Box<dyn Iterator<Item = &'static crate::catalogue::Retired>> {
    Box::new(
        catalogue.retired().iter().chain(
            catalogue
                .includes()
                .iter()
                .flat_map(|c| declared_retired(c)),
        ),
    )
}

/// `value` as compact JSON.
fn json<T: serde::Serialize + ?Sized>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

fn sorted<T: Ord>(mut items: Vec<T>) -> Vec<T> {
    items.sort_unstable();
    items
}

/// A line of a lock file that is not what a lock holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    /// The line, counting from 1.
    pub line: usize,
    /// What is wrong with it.
    pub reason: String,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.reason)
    }
}

impl std::error::Error for ParseError {}

/// One difference between a lock and the catalogue, in plain words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// Whether it breaks clients written against the lock.
    pub breaking: bool,
    /// What changed and, for a breaking change, what it does to clients.
    pub text: String,
    /// The section of a release's [`changelog`] it goes in.
    pub kind: ChangeKind,
}

/// The sections of a release's [`changelog`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum ChangeKind {
    /// An entry, a body member or a header that is new.
    Added,
    /// Anything else that changed, breaking or not.
    Changed,
    /// An entry added at the top level of a catalogue whose codes form a
    /// tree (some entry has a `parent`): not breaking, but for review, since
    /// clients that do not know the code have no code they know to fall
    /// back to; a new specific error belongs under an existing code
    /// (Microsoft's REST guidelines). A changelog lists it under "Added".
    NewTopLevel,
    /// An entry newly deprecated.
    Deprecated,
    /// A code newly retired.
    Retired,
}

impl fmt::Display for Change {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}
