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
//! The lock holds, per entry, the code, the name, the status sent, the
//! `also_status` set, whether the code is shared, the placeholders of the
//! template (and the template itself where clients read the text: entries
//! without a code, with a shared code, or with placeholders) and every body
//! member with its JSON type and whether it may be absent. One line per
//! entry, sorted by code, so that a change is a one-line diff.
//!
//! What breaks a client fails the test, each change explained: a code
//! removed, a code used by another name, a code newly shared, a status or
//! content type changed, a placeholder removed or added or the text around
//! placeholders changed (a client reads placeholder values out of the text by
//! the old template), a body member removed, retyped or made optional.
//! Additions (entries, members, a member made always present, a type
//! narrowed) pass and are written to the lock, for the diff to be reviewed and
//! committed. Run the tests with `ERRCODE_ACCEPT=1` to accept breaking changes
//! and rewrite the lock.
//!
//! A missing lock fails rather than being written: a guard that writes its
//! own baseline would pass in CI for a lock that was never committed (or a
//! path that is wrong), and so never guard. `ERRCODE_ACCEPT=1` writes it.

use std::collections::BTreeSet;
use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

use crate::{ApiError, Code, Entry, Format, Segment};

/// The environment variable that accepts changes: set to anything but
/// `0` or empty, [`assert_contract`] and
/// [`docs::assert_fresh`](crate::docs::assert_fresh) rewrite their files.
pub const ACCEPT_VAR: &str = "ERRCODE_ACCEPT";

/// The version of the lock format, on its first line.
const VERSION: u64 = 1;

/// Whether a check may rewrite a file that records a breaking change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Fail on a breaking change (or a missing file); record compatible changes.
    Check,
    /// Write the file as the catalogue is now, whatever changed.
    Accept,
}

impl Mode {
    /// [`Mode::Accept`] when [`ACCEPT_VAR`] is set to anything but `0` or
    /// empty, else [`Mode::Check`].
    #[must_use]
    pub fn from_env() -> Self {
        match std::env::var_os(ACCEPT_VAR) {
            Some(v) if !v.is_empty() && v != "0" => Mode::Accept,
            _ => Mode::Check,
        }
    }
}

/// What a lock records of a catalogue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lock {
    type_name: String,
    content_type: String,
    entries: Vec<Locked>,
}

/// What a lock records of one entry.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Locked {
    code: Code0,
    name: String,
    status: u16,
    /// Ascending: the lock records the set, not the order it is declared in.
    also_status: Vec<u16>,
    shared: bool,
    placeholders: Vec<String>,
    message: Option<String>,
    members: Vec<(String, Type)>,
}

/// An owned code, ordered as the lock sorts them (entries without a code last).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Code0 {
    Int(i64),
    Str(String),
    None,
}

impl fmt::Display for Code0 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Code0::Int(n) => write!(f, "code {n}"),
            Code0::Str(s) => write!(f, "code {s:?}"),
            Code0::None => f.write_str("the entry without a code"),
        }
    }
}

/// A member's JSON types (`"integer"`, `"array<string>"`, `"any"`, several
/// joined by `|`) and whether it may be absent.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Type {
    types: String,
    optional: bool,
}

impl Type {
    fn parse(text: &str) -> Self {
        match text.strip_prefix("optional ") {
            Some(types) => Type {
                types: types.to_owned(),
                optional: true,
            },
            None => Type {
                types: text.to_owned(),
                optional: false,
            },
        }
    }

    /// Every value of `self` is a value `old` allows: clients read bodies, so
    /// a narrower type is compatible and a wider one is not.
    fn within(&self, old: &Type) -> bool {
        let set = |t: &str| t.split('|').map(str::to_owned).collect::<BTreeSet<_>>();
        (old.optional || !self.optional)
            && (old.types == "any" || set(&self.types).is_subset(&set(&old.types)))
    }
}

impl fmt::Display for Type {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.optional {
            f.write_str("optional ")?;
        }
        f.write_str(&self.types)
    }
}

impl Lock {
    /// The lock of `E`'s catalogue, with `E`'s body format.
    #[must_use]
    pub fn of<E: ApiError>() -> Self {
        let catalogue = E::catalogue();
        let mut entries: Vec<Locked> = catalogue
            .all_entries()
            .map(Locked::of::<E::Format>)
            .collect();
        entries.sort_by(|a, b| (&a.code, &a.name).cmp(&(&b.code, &b.name)));
        Lock {
            type_name: catalogue.type_name().to_owned(),
            content_type: catalogue.content_type().to_owned(),
            entries,
        }
    }

    /// Reads a lock written by [`Lock`]'s `Display`.
    ///
    /// # Errors
    ///
    /// The line that is not what a lock holds, and why.
    pub fn parse(text: &str) -> Result<Self, ParseError> {
        let mut lines = text
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'));
        let (_, header) = lines.next().ok_or(ParseError {
            line: 1,
            reason: "empty lock".to_owned(),
        })?;
        let header = object(1, header)?;
        let at = |line: usize| {
            move |reason: &str| ParseError {
                line,
                reason: reason.to_owned(),
            }
        };
        if header.get("errcode_contract").and_then(Value::as_u64) != Some(VERSION) {
            return Err(at(1)("not an errcodes contract lock of version 1"));
        }
        let type_name = string(&header, "type").ok_or_else(|| at(1)("no `type`"))?;
        let content_type =
            string(&header, "content_type").ok_or_else(|| at(1)("no `content_type`"))?;
        let entries = lines
            .map(|(i, line)| Locked::parse(&object(i + 1, line)?).map_err(at(i + 1)))
            .collect::<Result<_, _>>()?;
        Ok(Lock {
            type_name,
            content_type,
            entries,
        })
    }

    /// The changes from `self` (the recorded contract) to `now`, the
    /// breaking ones first.
    #[must_use]
    pub fn diff(&self, now: &Lock) -> Vec<Change> {
        let mut changes = Vec::new();
        let mut push = |breaking, text: String| changes.push(Change { breaking, text });
        if self.content_type != now.content_type {
            push(
                true,
                format!(
                    "bodies were `{}` and are now `{}`: clients that check the content type reject them",
                    self.content_type, now.content_type
                ),
            );
        }
        if self.type_name != now.type_name {
            push(
                false,
                format!(
                    "the type was `{}` and is now `{}`",
                    self.type_name, now.type_name
                ),
            );
        }
        let group = |lock: &'_ Lock, code: &Code0| -> Vec<String> {
            lock.entries
                .iter()
                .filter(|e| e.code == *code)
                .map(|e| e.name.clone())
                .collect()
        };
        for old in &self.entries {
            let (was, is) = (group(self, &old.code), group(now, &old.code));
            match now.counterpart(self, old) {
                Some(new) => old.compare(new, &mut push),
                None if old.code != Code0::None && was.len() == 1 && is.len() == 1 => push(
                    true,
                    format!(
                        "{} was `{}` and is now `{}`: the code was renamed or reused for another error; \
                         clients matching on `{}` no longer see it",
                        old.code, old.name, is[0], old.name
                    ),
                ),
                None => push(
                    true,
                    format!(
                        "{} `{}` was removed: clients matching on it will see an unrecognized error",
                        old.code, old.name
                    ),
                ),
            }
        }
        for new in &now.entries {
            let (was, is) = (group(self, &new.code), group(now, &new.code));
            let renamed = new.code != Code0::None && was.len() == 1 && is.len() == 1;
            if self.counterpart(now, new).is_none() && !renamed {
                push(false, format!("{} `{}` was added", new.code, new.name));
            }
        }
        changes.sort_by_key(|c| !c.breaking);
        changes
    }
}

impl Lock {
    /// The entry of `self` that `entry` (of `lock`) is: the same code and
    /// name, paired in order where several entries have both.
    fn counterpart(&self, lock: &Lock, entry: &Locked) -> Option<&Locked> {
        let same = |e: &&Locked| e.code == entry.code && e.name == entry.name;
        let nth = lock
            .entries
            .iter()
            .filter(same)
            .position(|e| std::ptr::eq(e, entry))?;
        self.entries.iter().filter(same).nth(nth)
    }
}

impl Locked {
    fn of<F: Format>(entry: &Entry) -> Self {
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
        let mut members = Vec::new();
        flatten("", &F::entry_schema(entry), &mut members);
        Locked {
            code: match entry.code() {
                Code::Int(n) => Code0::Int(n),
                Code::Str(s) => Code0::Str(s.to_owned()),
                Code::None => Code0::None,
            },
            name: entry.name().to_owned(),
            status: entry.http_status().as_u16(),
            also_status: sorted(entry.also_statuses().to_vec()),
            shared: entry.is_shared(),
            placeholders,
            message: read.then(|| entry.template_or_name().to_owned()),
            members,
        }
    }

    fn parse(line: &Map<String, Value>) -> Result<Self, &'static str> {
        let code = match line.get("code") {
            Some(Value::Null) => Code0::None,
            Some(Value::String(s)) => Code0::Str(s.clone()),
            Some(n) => Code0::Int(n.as_i64().ok_or("`code` is not a code")?),
            None => return Err("no `code`"),
        };
        let strings = |key| -> Result<Vec<String>, &'static str> {
            match line.get(key) {
                None => Ok(Vec::new()),
                Some(Value::Array(items)) => items
                    .iter()
                    .map(|v| v.as_str().map(str::to_owned).ok_or("not a list of strings"))
                    .collect(),
                Some(_) => Err("not a list of strings"),
            }
        };
        let members = match line.get("members") {
            Some(Value::Object(members)) => members
                .iter()
                .map(|(k, v)| {
                    v.as_str()
                        .map(|t| (k.clone(), Type::parse(t)))
                        .ok_or("a member's type is not a string")
                })
                .collect::<Result<_, _>>()?,
            _ => return Err("no `members`"),
        };
        Ok(Locked {
            code,
            name: string(line, "name").ok_or("no `name`")?,
            status: status(line.get("status").ok_or("no `status`")?)?,
            also_status: also_statuses(line.get("also_status"))?,
            shared: line.get("shared").and_then(Value::as_bool).unwrap_or(false),
            placeholders: strings("placeholders")?,
            message: string(line, "message"),
            members,
        })
    }

    /// The changes from `self` to `new`, an entry with the same code and name.
    fn compare(&self, new: &Locked, push: &mut impl FnMut(bool, String)) {
        let it = format!("{} `{}`", self.code, self.name);
        if self.status != new.status {
            push(
                true,
                format!(
                    "{it} was sent with status {} and is now sent with {}: clients branching on the status, \
                     or telling entries apart by it, take another path",
                    self.status, new.status
                ),
            );
        }
        if self.also_status != new.also_status {
            let show = |s: &[u16]| match s {
                [] => "none".to_owned(),
                s => s.iter().map(u16::to_string).collect::<Vec<_>>().join(", "),
            };
            push(
                false,
                format!(
                    "{it}: also_status was {} and is now {}",
                    show(&self.also_status),
                    show(&new.also_status)
                ),
            );
        }
        if !self.shared && new.shared {
            push(
                true,
                format!("{it} now shares its code: clients that take the code to mean this error alone will mistake the others for it"),
            );
        } else if self.shared && !new.shared {
            push(false, format!("{it} no longer shares its code"));
        }
        let mut placeholders_changed = false;
        for p in &self.placeholders {
            if !new.placeholders.contains(p) {
                placeholders_changed = true;
                push(
                    true,
                    format!("{it}: placeholder `{{{p}}}` was removed from the message: clients reading it out of the message find nothing"),
                );
            }
        }
        for p in &new.placeholders {
            if !self.placeholders.contains(p) {
                placeholders_changed = true;
                push(
                    true,
                    format!("{it}: placeholder `{{{p}}}` was added to the message: clients reading placeholders by the old template no longer match the text"),
                );
            }
        }
        match (&self.message, &new.message) {
            (Some(old), Some(now)) if old != now && !placeholders_changed => push(
                true,
                format!(
                    "{it}: the message was {old:?} and is now {now:?}: {}",
                    if self.placeholders.is_empty() {
                        "clients tell this entry apart by its text"
                    } else {
                        "clients reading placeholders by the old template no longer match the text"
                    }
                ),
            ),
            (None, Some(_)) => push(
                false,
                format!("{it}: its message is now part of the contract"),
            ),
            _ => {}
        }
        for (member, old) in &self.members {
            match new.members.iter().find(|(m, _)| m == member) {
                None => push(
                    true,
                    format!("{it}: body member `{member}` ({old}) was removed: clients reading it find nothing"),
                ),
                Some((_, now)) if !now.within(old) => push(
                    true,
                    format!(
                        "{it}: body member `{member}` was {old} and is now {now}: clients reading it as {old} fail"
                    ),
                ),
                Some((_, now)) if now != old => push(
                    false,
                    format!("{it}: body member `{member}` was {old} and is now {now}"),
                ),
                Some(_) => {}
            }
        }
        for (member, now) in &new.members {
            if !self.members.iter().any(|(m, _)| m == member) {
                push(
                    false,
                    format!("{it}: body member `{member}` ({now}) was added"),
                );
            }
        }
    }
}

impl fmt::Display for Lock {
    /// The lock file: a comment, a header line, then one JSON line per entry.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "# The error contract of {}, checked by errcodes::contract; rewrite with {ACCEPT_VAR}=1.",
            self.type_name
        )?;
        writeln!(
            f,
            "{{\"errcode_contract\":{VERSION},\"type\":{},\"content_type\":{}}}",
            json(&self.type_name),
            json(&self.content_type)
        )?;
        for e in &self.entries {
            let code = match &e.code {
                Code0::Int(n) => n.to_string(),
                Code0::Str(s) => json(s),
                Code0::None => "null".to_owned(),
            };
            write!(
                f,
                "{{\"code\":{code},\"name\":{},\"status\":{}",
                json(&e.name),
                e.status
            )?;
            if !e.also_status.is_empty() {
                write!(f, ",\"also_status\":{}", json(&e.also_status))?;
            }
            if e.shared {
                f.write_str(",\"shared\":true")?;
            }
            if !e.placeholders.is_empty() {
                write!(f, ",\"placeholders\":{}", json(&e.placeholders))?;
            }
            if let Some(message) = &e.message {
                write!(f, ",\"message\":{}", json(message))?;
            }
            f.write_str(",\"members\":{")?;
            for (i, (member, ty)) in e.members.iter().enumerate() {
                if i > 0 {
                    f.write_str(",")?;
                }
                write!(f, "{}:{}", json(member), json(&ty.to_string()))?;
            }
            f.write_str("}}\n")?;
        }
        Ok(())
    }
}

/// `value` as compact JSON.
fn json<T: serde::Serialize + ?Sized>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

/// The members of the object `schema` describes, as `path: type` with nested
/// objects' members under `outer.inner`.
fn flatten(prefix: &str, schema: &Value, out: &mut Vec<(String, Type)>) {
    let Some(properties) = schema.get("properties").and_then(Value::as_object) else {
        return;
    };
    let required: Vec<&str> = schema
        .get("required")
        .and_then(Value::as_array)
        .map(|r| r.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    for (name, member) in properties {
        let path = format!("{prefix}{name}");
        out.push((
            path.clone(),
            Type {
                types: json_type(member),
                optional: !required.contains(&name.as_str()),
            },
        ));
        flatten(&format!("{path}."), member, out);
    }
}

/// The JSON type a schema allows, as the lock writes it.
fn json_type(schema: &Value) -> String {
    let one = |t: &str| match (t, schema.get("items")) {
        ("array", Some(items)) => format!("array<{}>", json_type(items)),
        _ => t.to_owned(),
    };
    match (schema.get("type"), schema.get("const")) {
        (Some(Value::String(t)), _) => one(t),
        (Some(Value::Array(ts)), _) => {
            let ts: Vec<String> = ts.iter().filter_map(Value::as_str).map(one).collect();
            ts.join("|")
        }
        (None, Some(c)) => match c {
            Value::Null => "null",
            Value::Bool(_) => "boolean",
            Value::Number(n) if n.is_f64() => "number",
            Value::Number(_) => "integer",
            Value::String(_) => "string",
            Value::Array(_) => "array",
            Value::Object(_) => "object",
        }
        .to_owned(),
        _ => "any".to_owned(),
    }
}

fn object(line: usize, text: &str) -> Result<Map<String, Value>, ParseError> {
    match serde_json::from_str(text) {
        Ok(Value::Object(map)) => Ok(map),
        Ok(_) => Err(ParseError {
            line,
            reason: "not a JSON object".to_owned(),
        }),
        Err(e) => Err(ParseError {
            line,
            reason: e.to_string(),
        }),
    }
}

fn status(value: &Value) -> Result<u16, &'static str> {
    value
        .as_u64()
        .and_then(|s| u16::try_from(s).ok())
        .ok_or("a status is not a number")
}

/// A lock's `also_status`: absent, one status (as locks before lists wrote
/// it) or a list of them.
fn also_statuses(value: Option<&Value>) -> Result<Vec<u16>, &'static str> {
    match value {
        None => Ok(Vec::new()),
        Some(Value::Array(items)) => items
            .iter()
            .map(status)
            .collect::<Result<_, _>>()
            .map(sorted),
        Some(one) => Ok(vec![status(one)?]),
    }
}

fn sorted(mut statuses: Vec<u16>) -> Vec<u16> {
    statuses.sort_unstable();
    statuses
}

fn string(map: &Map<String, Value>, key: &str) -> Option<String> {
    map.get(key).and_then(Value::as_str).map(str::to_owned)
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
}

impl fmt::Display for Change {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

/// What a passing check did.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Outcome {
    /// The lock records the catalogue as it is.
    Unchanged,
    /// The lock was rewritten with these changes (compatible ones, or any
    /// in [`Mode::Accept`]; none for a lock written for the first time).
    Written(Vec<Change>),
}

/// Why a check failed.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// The catalogue changed in ways that break clients.
    Breaking {
        /// The lock file.
        path: PathBuf,
        /// Every change, breaking ones first.
        changes: Vec<Change>,
    },
    /// There is no lock file yet.
    Missing {
        /// Where it was looked for.
        path: PathBuf,
    },
    /// The lock file is not a lock.
    Parse {
        /// The lock file.
        path: PathBuf,
        /// What is wrong.
        error: ParseError,
    },
    /// Reading or writing the lock failed.
    Io {
        /// The lock file.
        path: PathBuf,
        /// The failure.
        error: io::Error,
    },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Breaking { path, changes } => {
                let breaking = changes.iter().filter(|c| c.breaking).count();
                writeln!(
                    f,
                    "the error contract in {} has {breaking} breaking change{}:",
                    path.display(),
                    if breaking == 1 { "" } else { "s" }
                )?;
                for change in changes {
                    let tag = if change.breaking { "breaking" } else { "compatible" };
                    writeln!(f, "  - {tag}: {change}")?;
                }
                write!(
                    f,
                    "if the break is intended, run the tests with {ACCEPT_VAR}=1 to rewrite the lock, and commit it"
                )
            }
            Error::Missing { path } => write!(
                f,
                "no contract lock at {}; run the tests with {ACCEPT_VAR}=1 to write it, and commit it",
                path.display()
            ),
            Error::Parse { path, error } => write!(
                f,
                "{} is not a contract lock: {error}; run the tests with {ACCEPT_VAR}=1 to rewrite it",
                path.display()
            ),
            Error::Io { path, error } => write!(f, "{}: {error}", path.display()),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Parse { error, .. } => Some(error),
            Error::Io { error, .. } => Some(error),
            _ => None,
        }
    }
}

/// Checks `E`'s catalogue against the lock at `path`, in the mode
/// [`ACCEPT_VAR`] selects (see [`check_with`]).
///
/// # Errors
///
/// See [`check_with`].
pub fn check<E: ApiError>(path: impl AsRef<Path>) -> Result<Outcome, Error> {
    check_with::<E>(path, Mode::from_env())
}

/// Checks `E`'s catalogue against the lock at `path`.
///
/// In [`Mode::Check`], a breaking change fails and writes nothing, and
/// compatible changes are written to the lock. In [`Mode::Accept`], the lock
/// is written as the catalogue is now.
///
/// # Errors
///
/// [`Error::Breaking`] with every change explained, [`Error::Missing`],
/// [`Error::Parse`] for a file that is not a lock (in [`Mode::Check`]), or
/// [`Error::Io`].
pub fn check_with<E: ApiError>(path: impl AsRef<Path>, mode: Mode) -> Result<Outcome, Error> {
    let path = path.as_ref();
    let now = Lock::of::<E>();
    let text = now.to_string();
    let io = |error| Error::Io {
        path: path.to_owned(),
        error,
    };
    let old = match std::fs::read_to_string(path) {
        Ok(old) if old == text => return Ok(Outcome::Unchanged),
        Ok(old) => Some(old),
        Err(e) if e.kind() == io::ErrorKind::NotFound => None,
        Err(e) => return Err(io(e)),
    };
    let changes = match (old, mode) {
        (None, Mode::Check) => {
            return Err(Error::Missing {
                path: path.to_owned(),
            })
        }
        (None, Mode::Accept) => Vec::new(),
        (Some(old), mode) => match (Lock::parse(&old), mode) {
            (Ok(old), _) => old.diff(&now),
            (Err(error), Mode::Check) => {
                return Err(Error::Parse {
                    path: path.to_owned(),
                    error,
                })
            }
            (Err(_), Mode::Accept) => Vec::new(),
        },
    };
    if mode == Mode::Check && changes.iter().any(|c| c.breaking) {
        return Err(Error::Breaking {
            path: path.to_owned(),
            changes,
        });
    }
    std::fs::write(path, text).map_err(io)?;
    Ok(Outcome::Written(changes))
}

/// Panics, explaining each breaking change, when `E`'s catalogue breaks the
/// contract recorded at `path`; run with `ERRCODE_ACCEPT=1` to rewrite it.
/// For tests: a failing check is the test's failure.
///
/// # Panics
///
/// When [`check`] fails, with its explanation.
#[track_caller]
pub fn assert_contract<E: ApiError>(path: impl AsRef<Path>) {
    if let Err(e) = check::<E>(path) {
        panic!("{e}");
    }
}
