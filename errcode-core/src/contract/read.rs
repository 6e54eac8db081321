//! Reading a lock: each line into a typed struct whose strings borrow from
//! the text where they have no escapes (a lock of 20,000 entries is read on
//! every test run), then checked for what its version must record.

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;

use super::operation::{OperationError, METHODS};
use super::{
    sorted, Deprecated, Header, Lock, Locked, LockedOperation, LockedRetirement, MemberType,
    ParseError, VERSION,
};
use crate::atomic_file;
use crate::{CodeBuf, DelayUnit, Fault, GrpcCode, RetryClass};

/// A lock read as far as it goes: its header line tells whose contract it
/// is even where an entry's line is damaged.
pub(super) struct Read {
    pub(super) version: u64,
    pub(super) type_name: String,
    pub(super) content_type: String,
    pub(super) format: Option<String>,
    pub(super) require_since: bool,
    pub(super) lines: Result<Lines, ParseError>,
}

/// What a lock's lines hold: entries, operations, retired codes.
pub(super) struct Lines {
    entries: Vec<Locked>,
    operations: Vec<LockedOperation>,
    retired: Vec<LockedRetirement>,
}

impl Read {
    /// The lock read, or the first line that is not what a lock holds.
    pub(super) fn into_lock(self) -> Result<Lock, ParseError> {
        let Lines {
            entries,
            operations,
            retired,
        } = self.lines?;
        Ok(Lock {
            version: self.version,
            type_name: self.type_name,
            content_type: self.content_type,
            format: self.format,
            require_since: self.require_since,
            entries,
            operations,
            retired,
        })
    }
}

#[derive(Deserialize)]
struct HeaderLine<'a> {
    errcode_contract: Option<u64>,
    #[serde(borrow, rename = "type")]
    type_name: Option<Text<'a>>,
    #[serde(borrow)]
    content_type: Option<Text<'a>>,
    #[serde(borrow)]
    format: Option<Text<'a>>,
    require_since: Option<bool>,
}

/// An entry's line, a retired code's (`"retired"` instead of `"code"`), or
/// an operation's (`"operation"`, `"method"`, `"path"` and `"errors"`).
#[derive(Deserialize)]
struct Line<'a> {
    #[serde(borrow)]
    operation: Option<Text<'a>>,
    #[serde(borrow)]
    method: Option<Text<'a>>,
    #[serde(borrow)]
    path: Option<Text<'a>>,
    #[serde(borrow)]
    errors: Option<Vec<(u16, JsonCode<'a>, Text<'a>)>>,
    #[serde(borrow, default)]
    code: JsonCode<'a>,
    #[serde(borrow, default)]
    retired: JsonCode<'a>,
    #[serde(borrow)]
    name: Option<Text<'a>>,
    status: Option<u16>,
    also_status: Option<Statuses>,
    shared: Option<bool>,
    placeholders: Option<Vec<String>>,
    #[serde(borrow)]
    message: Option<Text<'a>>,
    #[serde(borrow)]
    members: Option<Pairs<'a>>,
    #[serde(borrow)]
    grpc: Option<Text<'a>>,
    exposed: Option<bool>,
    #[serde(borrow)]
    headers: Option<Pairs<'a>>,
    #[serde(borrow)]
    since: Option<Text<'a>>,
    #[serde(borrow)]
    member_since: Option<Pairs<'a>>,
    #[serde(borrow)]
    header_since: Option<Pairs<'a>>,
    #[serde(borrow)]
    deprecated: Option<Text<'a>>,
    #[serde(borrow, default)]
    replaced_by: JsonCode<'a>,
    #[serde(borrow, default)]
    parent: JsonCode<'a>,
    #[serde(borrow)]
    note: Option<Text<'a>>,
    #[serde(borrow)]
    retry: Option<Text<'a>>,
    #[serde(borrow)]
    fault: Option<Text<'a>>,
    #[serde(borrow)]
    retry_after: Option<Pairs<'a>>,
}

impl Read {
    /// # Errors
    ///
    /// When the text has no lock header: it is not a lock at all.
    pub(super) fn of(text: &str) -> Result<Self, ParseError> {
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
        let header: HeaderLine<'_> = typed(line, header)?;
        let version = match header.errcode_contract {
            Some(version @ 1..=VERSION) => version,
            Some(version) if version > VERSION => {
                return Err(at(line)(&format!(
                    "a lock of version {version}, newer than this errcodes reads (1 to {VERSION})"
                )))
            }
            _ => return Err(at(line)("not an errcodes contract lock of version 1 or 2")),
        };
        let format = header.format.map(Text::into_string);
        if version >= 2 && format.is_none() {
            return Err(at(line)("no `format`"));
        }
        let type_name = header.type_name.ok_or_else(|| at(line)("no `type`"))?;
        let content_type = header
            .content_type
            .ok_or_else(|| at(line)("no `content_type`"))?;
        // One line per entry: the count of lines sizes the list once.
        let mut entries = Vec::with_capacity(text.bytes().filter(|&b| b == b'\n').count());
        let mut entry_lines = Vec::with_capacity(entries.capacity());
        let mut retired = Vec::new();
        let mut operations = Vec::new();
        let mut operation_lines = Vec::new();
        let mut read_line = |(line, text): (usize, &str)| -> Result<(), ParseError> {
            let mut parsed: Line<'_> = typed(line, text)?;
            if parsed.operation.is_some() {
                operations.push(parsed.into_operation().map_err(at(line))?);
                operation_lines.push(line);
                return Ok(());
            }
            let retired_code = std::mem::take(&mut parsed.retired);
            match retired_code.into_code().map_err(at(line))? {
                // A merge can leave both: which line was meant is not ours
                // to guess, and guessing "retired" would hide the entry.
                Some(_) if !matches!(parsed.code, JsonCode::Missing) => {
                    return Err(at(line)("a line has both `code` and `retired`"));
                }
                Some(code) => retired.push(LockedRetirement {
                    code,
                    name: parsed.name.map(Text::into_string),
                    note: parsed.note.map(Text::into_string),
                }),
                None => {
                    entries.push(parsed.into_locked(version).map_err(at(line))?);
                    entry_lines.push(line);
                }
            }
            Ok(())
        };
        let lines = lines
            .try_for_each(&mut read_line)
            .and_then(|()| no_line_twice(&entries, &entry_lines))
            .and_then(|()| no_operation_twice(&mut operations, &operation_lines))
            .map(|()| Lines {
                entries,
                operations,
                retired,
            });
        Ok(Read {
            version,
            type_name: type_name.into_string(),
            content_type: content_type.into_string(),
            format,
            require_since: header.require_since.unwrap_or(false),
            lines,
        })
    }
}

fn typed<'a, T: Deserialize<'a>>(line: usize, text: &'a str) -> Result<T, ParseError> {
    serde_json::from_str(text).map_err(|e| ParseError {
        line,
        reason: e.to_string(),
    })
}

impl Line<'_> {
    fn into_locked(self, version: u64) -> Result<Locked, &'static str> {
        let code = match self.code {
            JsonCode::Missing => return Err("no `code`"),
            JsonCode::Null => None,
            JsonCode::Int(n) => Some(CodeBuf::Int(n)),
            JsonCode::Str(s) => Some(CodeBuf::Str(s.into_string())),
        };
        let pairs = self.members.ok_or("no `members`")?.0;
        let mut members = Vec::with_capacity(pairs.len());
        for (path, text) in pairs {
            let (ty, items) = MemberType::parse(&text.0)?;
            let path = path.into_string();
            if let Some(items) = items {
                members.push((format!("{path}[]"), items));
            }
            members.push((path, ty));
        }
        if !members.is_sorted_by(|a, b| a.0 <= b.0) {
            members.sort_by(|a, b| a.0.cmp(&b.0));
        }
        let placeholders = self.placeholders.unwrap_or_default();
        let v2 = version >= 2;
        let exposed = match self.exposed {
            Some(exposed) if v2 && !placeholders.is_empty() => Some(exposed),
            None if v2 && !placeholders.is_empty() => return Err("no `exposed`"),
            _ => None,
        };
        let headers = match (v2, self.headers) {
            (false, _) => None,
            (true, None) => Some(Vec::new()),
            (true, Some(pairs)) => Some(
                pairs
                    .0
                    .into_iter()
                    .map(|(name, fact)| Ok((name.0.to_ascii_lowercase(), Header::parse(&fact.0)?)))
                    .collect::<Result<_, &'static str>>()?,
            ),
        };
        let status = self.status.ok_or("no `status`")?;
        let retry = retry_class(self.retry, status)?;
        let fault = match self.fault {
            None => Fault::for_status(status),
            Some(name) => Fault::from_name(&name.0).ok_or("`fault` is not `client` or `server`")?,
        };
        let retry_after = retry_member(self.retry_after)?;
        Ok(Locked {
            code,
            name: self.name.ok_or("no `name`")?.into_string(),
            status,
            also_status: sorted(self.also_status.map(|s| s.0).unwrap_or_default()),
            shared: self.shared.unwrap_or(false),
            placeholders,
            message: self.message.map(Text::into_string),
            members,
            grpc: match (v2, self.grpc) {
                (true, None) => return Err("no `grpc`"),
                (_, grpc) => grpc.map(|name| match GrpcCode::from_name(&name.0) {
                    Some(code) => Cow::Borrowed(code.name()),
                    None => Cow::Owned(name.into_string()),
                }),
            },
            exposed,
            headers,
            since: self.since.map(Text::into_string),
            member_since: Pairs::into_sorted(self.member_since),
            header_since: Pairs::into_sorted(self.header_since),
            deprecated: self.deprecated.map(|since| Deprecated {
                since: since.into_string(),
                replaced_by: self.replaced_by.into_code().ok().flatten(),
            }),
            retry,
            fault,
            retry_after,
            // Absent in locks written before codes had parents: those
            // catalogues had none.
            parent: self.parent.into_code()?,
        })
    }
}

impl Line<'_> {
    fn into_operation(self) -> Result<LockedOperation, &'static str> {
        if !matches!(self.code, JsonCode::Missing) || !matches!(self.retired, JsonCode::Missing) {
            return Err("a line has both `operation` and `code` or `retired`");
        }
        let mut errors = self
            .errors
            .ok_or("no `errors`")?
            .into_iter()
            .map(|(status, code, name)| {
                Ok(OperationError {
                    status,
                    code: code.into_code()?,
                    name: name.into_string(),
                })
            })
            .collect::<Result<Vec<_>, &'static str>>()?;
        errors.sort();
        let mut entries: Vec<_> = errors.iter().map(|e| (&e.code, &e.name)).collect();
        entries.sort_unstable();
        if entries.windows(2).any(|w| w[0] == w[1]) {
            // Read as two, one would seem removed from the operation.
            return Err("an operation's line lists an error twice");
        }
        let method = self.method.ok_or("no `method`")?.0.to_ascii_uppercase();
        if !METHODS.contains(&method.as_str()) {
            return Err("an operation's `method` is not one of OpenAPI's eight");
        }
        let path = self.path.ok_or("no `path`")?.into_string();
        if !path.starts_with('/') {
            return Err("an operation's `path` does not start with `/`");
        }
        Ok(LockedOperation {
            method,
            path,
            id: self.operation.ok_or("no `operation`")?.into_string(),
            errors,
        })
    }
}

/// The retry class a line records, else its status's default.
fn retry_class(written: Option<Text<'_>>, status: u16) -> Result<RetryClass, &'static str> {
    match written {
        None => Ok(RetryClass::for_status(status)),
        Some(name) => RetryClass::from_name(&name.0)
            .ok_or("`retry` is not `never`, `safe`, `after` or `throttled`"),
    }
}

/// `"retry_after":{"member":"ms"}`: the one member and its unit.
fn retry_member(written: Option<Pairs<'_>>) -> Result<Option<(String, DelayUnit)>, &'static str> {
    let Some(Pairs(mut pairs)) = written else {
        return Ok(None);
    };
    match (pairs.pop(), pairs.is_empty()) {
        (Some((member, unit)), true) => {
            let unit =
                DelayUnit::from_name(&unit.0).ok_or("`retry_after`'s unit is not `s` or `ms`")?;
            Ok(Some((member.into_string(), unit)))
        }
        _ => Err("`retry_after` names one member and its unit"),
    }
}

impl Header {
    /// `= value`, `always` or `optional`, as [`Header`]'s `Display` writes.
    fn parse(text: &str) -> Result<Header, &'static str> {
        match text {
            "always" => Ok(Header::Field { optional: false }),
            "optional" => Ok(Header::Field { optional: true }),
            _ => text
                .strip_prefix("= ")
                .map(|value| Header::Fixed(value.to_owned()))
                .ok_or("a header is not `= value`, `always` or `optional`"),
        }
    }
}

/// A string of the lock, borrowed from its text unless it has escapes.
struct Text<'a>(Cow<'a, str>);

impl Text<'_> {
    fn into_string(self) -> String {
        self.0.into_owned()
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for Text<'a> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TextVisitor;
        impl<'de> Visitor<'de> for TextVisitor {
            type Value = Text<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Text<'de>, E> {
                Ok(Text(Cow::Borrowed(v)))
            }
            fn visit_str<E>(self, v: &str) -> Result<Text<'de>, E> {
                Ok(Text(Cow::Owned(v.to_owned())))
            }
            fn visit_string<E>(self, v: String) -> Result<Text<'de>, E> {
                Ok(Text(Cow::Owned(v)))
            }
        }
        deserializer.deserialize_str(TextVisitor)
    }
}

/// A JSON object's members in the order written.
struct Pairs<'a>(Vec<(Text<'a>, Text<'a>)>);

impl Pairs<'_> {
    /// The pairs as owned text, sorted by their first (none where absent).
    fn into_sorted(pairs: Option<Self>) -> Vec<(String, String)> {
        sorted(
            pairs
                .map(|p| p.0)
                .unwrap_or_default()
                .into_iter()
                .map(|(a, b)| (a.into_string(), b.into_string()))
                .collect(),
        )
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for Pairs<'a> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct PairsVisitor;
        impl<'de> Visitor<'de> for PairsVisitor {
            type Value = Pairs<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object of strings")
            }
            fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Pairs<'de>, M::Error> {
                let mut pairs = Vec::with_capacity(map.size_hint().unwrap_or(4));
                while let Some(pair) = map.next_entry()? {
                    pairs.push(pair);
                }
                Ok(Pairs(pairs))
            }
        }
        deserializer.deserialize_map(PairsVisitor)
    }
}

/// A code as a lock line holds it: absent, `null`, a number or a string.
#[derive(Default)]
enum JsonCode<'a> {
    #[default]
    Missing,
    Null,
    Int(i64),
    Str(Text<'a>),
}

impl JsonCode<'_> {
    /// The code; `None` where it is absent or `null`.
    fn into_code(self) -> Result<Option<CodeBuf>, &'static str> {
        Ok(match self {
            JsonCode::Missing | JsonCode::Null => None,
            JsonCode::Int(n) => Some(CodeBuf::Int(n)),
            JsonCode::Str(s) => Some(CodeBuf::Str(s.into_string())),
        })
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for JsonCode<'a> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct CodeVisitor;
        impl<'de> Visitor<'de> for CodeVisitor {
            type Value = JsonCode<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a code: an integer, a string or null")
            }
            fn visit_unit<E>(self) -> Result<JsonCode<'de>, E> {
                Ok(JsonCode::Null)
            }
            fn visit_i64<E>(self, v: i64) -> Result<JsonCode<'de>, E> {
                Ok(JsonCode::Int(v))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<JsonCode<'de>, E> {
                i64::try_from(v)
                    .map(JsonCode::Int)
                    .map_err(|_| E::custom("`code` is not a code"))
            }
            fn visit_borrowed_str<E>(self, v: &'de str) -> Result<JsonCode<'de>, E> {
                Ok(JsonCode::Str(Text(Cow::Borrowed(v))))
            }
            fn visit_str<E>(self, v: &str) -> Result<JsonCode<'de>, E> {
                Ok(JsonCode::Str(Text(Cow::Owned(v.to_owned()))))
            }
        }
        deserializer.deserialize_any(CodeVisitor)
    }
}

/// A lock's `also_status`: one status (as locks before lists wrote it) or a
/// list of them.
struct Statuses(Vec<u16>);

impl<'de> Deserialize<'de> for Statuses {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct StatusesVisitor;
        impl<'de> Visitor<'de> for StatusesVisitor {
            type Value = Statuses;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a status or a list of statuses")
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Statuses, E> {
                u16::try_from(v)
                    .map(|s| Statuses(vec![s]))
                    .map_err(|_| E::custom("a status is not a number"))
            }
            fn visit_seq<S: SeqAccess<'de>>(self, mut seq: S) -> Result<Statuses, S::Error> {
                let mut statuses = Vec::new();
                while let Some(status) = seq.next_element()? {
                    statuses.push(status);
                }
                Ok(Statuses(statuses))
            }
        }
        deserializer.deserialize_any(StatusesVisitor)
    }
}

/// Refuses an entry written twice (a merge that kept both sides): read as
/// two, one of them would seem removed.
fn no_line_twice(entries: &[Locked], lines: &[usize]) -> Result<(), ParseError> {
    let key = |i: usize| (entries[i].code_order(), entries[i].name.as_str());
    let mut order: Vec<usize> = (0..entries.len()).collect();
    order.sort_by(|&a, &b| key(a).cmp(&key(b)).then(a.cmp(&b)));
    match order.windows(2).find(|w| key(w[0]) == key(w[1])) {
        Some(w) => Err(ParseError {
            line: lines[w[1]],
            reason: "an entry's line is written twice".to_owned(),
        }),
        None => Ok(()),
    }
}

/// Sorts the operations as a lock writes them, refusing one written twice
/// (a merge that kept both sides, or the same route with its parameters
/// named otherwise).
fn no_operation_twice(
    operations: &mut [LockedOperation],
    lines: &[usize],
) -> Result<(), ParseError> {
    let mut order: Vec<usize> = (0..operations.len()).collect();
    let routes: Vec<_> = operations.iter().map(LockedOperation::wire_route).collect();
    order.sort_by(|&a, &b| routes[a].cmp(&routes[b]).then(a.cmp(&b)));
    if let Some(w) = order.windows(2).find(|w| routes[w[0]] == routes[w[1]]) {
        return Err(ParseError {
            line: lines[w[1]],
            reason: "an operation's line is written twice".to_owned(),
        });
    }
    operations.sort_by(|a, b| a.key().cmp(&b.key()));
    Ok(())
}
