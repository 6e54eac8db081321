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
//!
//! The header line names the catalogue's type: a lock is never checked
//! against, nor written over by, another catalogue (two tests given one
//! path), nor is a file that is no lock at all. The lock is written whole
//! (staged beside it, synced, renamed over it), so that checks running at
//! once in several threads or test binaries each read a whole lock. It
//! reads with a byte order mark or CRLF line endings, as an editor or a
//! checkout may leave it, and is then left as it is unless it changed.

use std::collections::BTreeSet;
use std::fmt;

use serde_json::{Map, Value};

mod check;
mod diff;

pub use check::{assert_contract, check, check_with, Error, Outcome};

use crate::atomic_file;
pub use crate::atomic_file::WriteError;
use crate::schema::{self, JsonType, Kind};
use crate::{ApiError, Code, CodeBuf, Entry, Format, Segment};

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
    type_name: String,
    content_type: String,
    entries: Vec<Locked>,
}

/// What a lock records of one entry.
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
    members: Vec<(String, Type)>,
}

impl Locked {
    /// The order of the lock's lines: by code, entries without a code last.
    fn code_order(&self) -> (bool, Option<&CodeBuf>) {
        (self.code.is_none(), self.code.as_ref())
    }

    /// The entry's code as a change names it.
    fn code_text(&self) -> String {
        match &self.code {
            Some(CodeBuf::Int(n)) => format!("code {n}"),
            Some(CodeBuf::Str(s)) => format!("code {s:?}"),
            None => "the entry without a code".to_owned(),
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
        entries.sort_by(|a, b| (a.code_order(), &a.name).cmp(&(b.code_order(), &b.name)));
        Lock {
            type_name: catalogue.type_name().to_owned(),
            content_type: catalogue.content_type().to_owned(),
            entries,
        }
    }

    /// Reads a lock written by [`Lock`]'s `Display` (also with a byte order
    /// mark or CRLF line endings, as an editor or a checkout may leave it).
    ///
    /// # Errors
    ///
    /// The line that is not what a lock holds, and why.
    pub fn parse(text: &str) -> Result<Self, ParseError> {
        let read = Read::of(text)?;
        Ok(Lock {
            type_name: read.type_name,
            content_type: read.content_type,
            entries: read.entries?,
        })
    }
}

/// A lock read as far as it goes: its header line tells whose contract it
/// is even where an entry's line is damaged.
struct Read {
    type_name: String,
    content_type: String,
    entries: Result<Vec<Locked>, ParseError>,
}

impl Read {
    /// # Errors
    ///
    /// When the text has no lock header: it is not a lock at all.
    fn of(text: &str) -> Result<Self, ParseError> {
        let mut lines = atomic_file::without_bom(text)
            .lines()
            .enumerate()
            .map(|(i, line)| (i + 1, line))
            .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'));
        let at = |line: usize| {
            move |reason: &str| ParseError {
                line,
                reason: reason.to_owned(),
            }
        };
        let (line, header) = lines.next().ok_or_else(|| at(1)("empty lock"))?;
        let header = object(line, header)?;
        if header.get("errcode_contract").and_then(Value::as_u64) != Some(VERSION) {
            return Err(at(line)("not an errcodes contract lock of version 1"));
        }
        Ok(Read {
            type_name: string(&header, "type").ok_or_else(|| at(line)("no `type`"))?,
            content_type: string(&header, "content_type")
                .ok_or_else(|| at(line)("no `content_type`"))?,
            entries: lines
                .map(|(line, text)| Locked::parse(&object(line, text)?).map_err(at(line)))
                .collect(),
        })
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
        Locked {
            code: match entry.code() {
                Code::Int(n) => Some(CodeBuf::Int(n)),
                Code::Str(s) => Some(CodeBuf::Str(s.to_owned())),
                Code::None => None,
            },
            name: entry.name().to_owned(),
            status: entry.http_status().as_u16(),
            also_status: sorted(entry.also_statuses().to_vec()),
            shared: entry.is_shared(),
            placeholders,
            message: read.then(|| entry.template_or_name().to_owned()),
            members: members(&F::entry_schema(entry)),
        }
    }

    fn parse(line: &Map<String, Value>) -> Result<Self, &'static str> {
        let code = match line.get("code") {
            Some(Value::Null) => None,
            Some(Value::String(s)) => Some(CodeBuf::Str(s.clone())),
            Some(n) => Some(CodeBuf::Int(n.as_i64().ok_or("`code` is not a code")?)),
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
                Some(CodeBuf::Int(n)) => n.to_string(),
                Some(CodeBuf::Str(s)) => json(s),
                None => "null".to_owned(),
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
fn members(schema: &Value) -> Vec<(String, Type)> {
    schema::properties(schema, &[])
        .into_iter()
        .map(|property| {
            let ty = Type {
                types: lock_type(&property.json_type),
                optional: !property.required,
            };
            (property.path, ty)
        })
        .collect()
}

/// A type as the lock writes it: `integer`, `string|null`,
/// `array<string>`; a `const` by the kind of its value where there is no
/// `type`.
fn lock_type(json_type: &JsonType) -> String {
    match (&json_type.kinds, &json_type.constant) {
        (Some(kinds), _) => {
            let kinds: Vec<String> = kinds
                .iter()
                .map(|kind| match kind {
                    Kind::Array(Some(items)) => format!("array<{}>", lock_type(items)),
                    kind => kind.name().to_owned(),
                })
                .collect();
            kinds.join("|")
        }
        (None, Some(constant)) => constant.name().to_owned(),
        (None, None) => "any".to_owned(),
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

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::lock_type;
    use crate::schema::JsonType;

    #[test]
    fn the_lock_writes_a_type_as_names_and_a_const_by_its_value_only_without_one() {
        let cases = [
            (json!({}), "any"),
            (json!({ "type": ["string", "null"] }), "string|null"),
            (
                json!({ "type": "array", "items": { "type": "string" } }),
                "array<string>",
            ),
            (json!({ "type": "array" }), "array"),
            (
                json!({ "type": ["array", "null"], "items": { "type": ["string", "null"] } }),
                "array<string|null>|null",
            ),
            (
                json!({ "type": ["string", "null"], "const": "x" }),
                "string|null",
            ),
            (json!({ "const": 1 }), "integer"),
        ];
        for (schema, words) in cases {
            assert_eq!(lock_type(&JsonType::of(&schema)), words, "{schema}");
        }
    }
}
