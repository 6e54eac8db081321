//! A format's body described once, as data: its members and where each
//! value comes from. The serializer, the static bodies, decoding's member
//! lookup, the JSON Schema and the derive's reserved-member check all walk
//! this one description.

use core::fmt;

use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};
use serde_json::{json, Map, Value};

use super::field_schema::body_field_schema;
use super::{message, BodySource, Format};
use crate::{Code, Entry};

/// One member of a body, or the place where the `#[body]` fields go.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub struct Member {
    /// The member's name (unused for [`Source::BodyFields`]).
    pub name: &'static str,
    /// Where its value comes from.
    pub value: Source,
    /// A `#[body]` field with this member name writes it instead of the
    /// format (Fresns' `data`); when false the format always writes it, and
    /// the derive refuses a `#[body]` field that would write it too.
    pub fillable: bool,
    /// What the member holds, in the words of the format's own
    /// documentation; the pages' body table says it (else it words the
    /// [`Source`]).
    pub description: Option<&'static str>,
    /// Left out for an entry declared with a `title` and no `msg`, which
    /// its title describes whole: RFC 9457's `detail`, which would only
    /// repeat the entry's name.
    pub needs_message: bool,
}

/// Where a member's value comes from.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum Source {
    /// The code: a JSON number, a string, or `null` for an entry without one.
    Code,
    /// The message the body carries (see [`message`](super::message)).
    Message,
    /// The template as written, or the name where it is empty.
    Template,
    /// RFC 9457's `title` next to a `type` built from this base (as
    /// [`Source::TypeUri`]): the entry's declared `title`; without one, the
    /// status phrase where `type` is `about:blank` (RFC 9457 §4.2.1: no
    /// base, no `docs_url`, or no code), else
    /// the message where it has no placeholders, else the status phrase; a
    /// status without a registered phrase (Kakao's 473) falls back to the
    /// message without placeholders, then to the name. The same for every
    /// occurrence, so never a placeholder.
    Title(Option<&'static str>),
    /// The symbolic name.
    Name,
    /// The documented status, or `null` without one.
    Status,
    /// The status sent on the wire ([`Entry::http_status`]): the format's
    /// default without one.
    HttpStatus,
    /// The base followed by the code; without a base, the entry's page
    /// ([`Entry::docs_url`]) where its catalogue has a `docs_url`; else
    /// `"about:blank"` (RFC 9457's `type`).
    TypeUri(Option<&'static str>),
    /// `null`.
    Null,
    /// This text, always.
    Text(&'static str),
    /// An object holding these members.
    Object(&'static [Member]),
    /// The `#[body]` fields, each as a member of the enclosing object.
    BodyFields,
    /// Nothing unless a `#[body]` field writes it; the JSON Schema type the
    /// format documents for it (`"integer"`, `"object"`, ...).
    Field(&'static str),
}

impl Member {
    /// A member the format always writes.
    #[must_use]
    pub const fn new(name: &'static str, value: Source) -> Self {
        Member {
            name,
            value,
            fillable: false,
            description: None,
            needs_message: false,
        }
    }

    /// A member the format writes unless a `#[body]` field of that name does.
    #[must_use]
    pub const fn unless_field(name: &'static str, value: Source) -> Self {
        Member {
            name,
            value,
            fillable: true,
            description: None,
            needs_message: false,
        }
    }

    /// A member the format documents (of JSON Schema type `ty`) but only a
    /// `#[body]` field writes: Mastodon's `error_description`.
    #[must_use]
    pub const fn field(name: &'static str, ty: &'static str) -> Self {
        Member::unless_field(name, Source::Field(ty))
    }

    /// The member, with what it holds as the format's documentation says
    /// it (`"numerical error code"`).
    #[must_use]
    pub const fn describe(self, description: &'static str) -> Self {
        Member {
            description: Some(description),
            ..self
        }
    }

    /// The member, left out for an entry declared with a `title` and no
    /// `msg` (see [`Member::needs_message`]).
    #[must_use]
    pub const fn only_with_message(self) -> Self {
        Member {
            needs_message: true,
            ..self
        }
    }

    /// Where the `#[body]` fields go: after the members before it.
    pub const BODY_FIELDS: Member = Member::new("", Source::BodyFields);
}

/// The member that carries the codes an entry refines, nearest first
/// ([`Entry::ancestors`]), written right after the code, in the code's
/// object, by every format that writes a code, and only for an entry that
/// has a parent: `{"code":34307,"ancestors":[34300],"message":...}`. A
/// client whose catalogue does not know the code decodes the body as the
/// nearest of them it knows. Its name is one word, so that it fits the
/// member names of each built-in format's specification (RFC 9457 §3.2's
/// extension members, Matrix's snake case); a `#[body]` field cannot take it.
pub const ANCESTORS_MEMBER: &str = "ancestors";

/// What [`ANCESTORS_MEMBER`] holds, as the schemas and the body table say it.
pub(crate) const ANCESTORS_DESCRIPTION: &str = "the codes this error refines, nearest first \
     (errors with a parent only): a client that does not know the code reads the error as the \
     first of these it knows";

/// Writes `members` into `map`, as [`Format::serialize`] does by default:
/// for a format that overrides it and writes the described members inside
/// a shape of its own.
///
/// # Errors
///
/// Whatever the map reports.
// Always inlined, so that the walk sees a format's `MEMBERS` as the
// constant it is: the loop unrolls and each member's `match` is decided at
// compile time, leaving the calls a hand-written `Serialize` makes.
#[inline(always)]
pub fn serialize_members<B: BodySource + ?Sized, M: SerializeMap>(
    members: &'static [Member],
    body: &B,
    map: &mut M,
) -> Result<(), M::Error> {
    for member in members {
        match member.value {
            Source::BodyFields => body.serialize_fields(map)?,
            _ if !writes_for(member, body.entry()) => {}
            // The two members every body has, written as the plain values
            // they are (an integer code as the `i64` it serializes as, by
            // reference to the entry's own rather than a copy; a message
            // that is the same in every body as a `&str`), so that the
            // compiler inlines their writes; `Valued` writes the same.
            Source::Code => {
                let entry = body.entry();
                match &entry.code {
                    Code::Int(code) => map.serialize_entry(member.name, code)?,
                    code => map.serialize_entry(member.name, code)?,
                }
                if !entry.ancestors.is_empty() {
                    map.serialize_entry(ANCESTORS_MEMBER, entry.ancestors)?;
                }
            }
            Source::Message => match body.fixed_message() {
                Some(text) => map.serialize_entry(member.name, text)?,
                None => {
                    // Laid out after the fixed message's write, which then
                    // falls through to the next member without a jump.
                    core::hint::cold_path();
                    map.serialize_entry(member.name, &message(body))?;
                }
            },
            value => map.serialize_entry(member.name, &Valued(value, body))?,
        }
    }
    Ok(())
}

#[inline]
fn has_field(entry: &Entry, member: &str) -> bool {
    entry.body_fields().iter().any(|f| f.member() == member)
}

/// Whether the format writes `member` (not the `#[body]` fields) for
/// `entry`: not a [`Source::Field`], nor a member a `#[body]` field writes
/// instead, nor one that needs a message where `entry` has only a title.
// Inlined into `serialize_members`, where `member` is a constant and all
// but the entry's part folds away.
#[inline(always)]
pub(crate) fn writes_for(member: &Member, entry: &Entry) -> bool {
    let instead_of_a_field = member.fillable && has_field(entry, member.name);
    let title_alone = member.needs_message && entry.message().is_empty() && entry.title().is_some();
    !(matches!(member.value, Source::Field(_) | Source::BodyFields)
        || instead_of_a_field
        || title_alone)
}

/// A member's value for one body.
struct Valued<'a, B: ?Sized>(Source, &'a B);

impl<B: BodySource + ?Sized> Serialize for Valued<'_, B> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let entry = self.1.entry();
        match self.0 {
            Source::Code => entry.code().serialize(serializer),
            Source::Message => message(self.1).serialize(serializer),
            Source::Template => serializer.serialize_str(self.1.template()),
            Source::Title(base) => serializer.serialize_str(title(entry, base)),
            Source::Name => serializer.serialize_str(entry.name()),
            Source::Status => entry.status().serialize(serializer),
            Source::HttpStatus => serializer.serialize_u16(entry.http_status().as_u16()),
            Source::TypeUri(Some(base)) if !entry.code().is_none() => {
                serializer.collect_str(&format_args!("{base}{}", UriCode(entry.code())))
            }
            Source::TypeUri(_) => serializer.serialize_str(undeclared_type(entry)),
            Source::Text(text) => serializer.serialize_str(text),
            Source::Object(members) => {
                let mut map = serializer.serialize_map(None)?;
                serialize_members(members, self.1, &mut map)?;
                map.end()
            }
            Source::Null | Source::BodyFields | Source::Field(_) => serializer.serialize_unit(),
        }
    }
}

/// The `title` of `entry` next to a `type` built from `base` (see
/// [`Source::Title`]): the same for every occurrence, so it never shows a
/// placeholder. A status without a registered phrase (Kakao's 473) falls
/// back to the message without placeholders, then to the name.
#[must_use]
pub(crate) fn title(entry: &Entry, base: Option<&'static str>) -> &'static str {
    if let Some(title) = entry.title() {
        return title;
    }
    let phrase = entry.http_status().canonical_reason();
    let plain = entry.plain_text();
    let about_blank = (base.is_none() && entry.docs_url().is_none()) || entry.code().is_none();
    let found = if about_blank {
        phrase.or(plain)
    } else {
        plain.or(phrase)
    };
    found.unwrap_or_else(|| entry.name())
}

/// The `type` of an entry whose format declares no base (or that has no
/// code): its page ([`Entry::docs_url`]), else `about:blank`.
pub(crate) fn undeclared_type(entry: &Entry) -> &'static str {
    entry.docs_url().unwrap_or("about:blank")
}

/// A code as it follows the base of a `type` URI: percent-encoded (RFC 3986)
/// except for unreserved characters, so that a string code such as
/// `"quota exceeded/daily"` stays one path segment of a valid URI. The
/// encoding is the normal form (§6.2.2: upper-case hex digits, unreserved
/// characters as themselves) that decoding compares received URIs in.
pub(crate) struct UriCode(pub(crate) Code);

impl fmt::Display for UriCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Code::Str(code) = self.0 else {
            return fmt::Display::fmt(&self.0, f);
        };
        errcode_shared::uri::write_segment(code, f)
    }
}

/// Where decoding finds what it reads in a received body.
#[derive(Debug, Clone, Copy)]
pub struct Located<'a> {
    /// The object holding the `#[body]` members.
    pub fields: &'a Map<String, Value>,
    /// The code member's name and value; `None` for a format without codes.
    pub code: Option<(&'static str, Option<&'a Value>)>,
    /// The message member's name and value.
    pub message: Option<(&'static str, Option<&'a Value>)>,
}

/// [`Located`] by the description: `None` when an object the description
/// nests what decoding reads in is missing or not an object.
pub(crate) fn locate<'a>(
    members: &'static [Member],
    body: &'a Map<String, Value>,
) -> Option<Located<'a>> {
    let mut found = Located {
        fields: body,
        code: None,
        message: None,
    };
    for member in members {
        match member.value {
            Source::Code => found.code = Some((member.name, body.get(member.name))),
            Source::Message => found.message = Some((member.name, body.get(member.name))),
            Source::Object(inner) if inner.iter().any(read_by_decode) => {
                let nested = locate(inner, body.get(member.name)?.as_object()?)?;
                if inner.iter().any(holds_fields) {
                    found.fields = nested.fields;
                }
                found.code = found.code.or(nested.code);
                found.message = found.message.or(nested.message);
            }
            _ => {}
        }
    }
    Some(found)
}

/// The names leading to the member that carries the code (`["error",
/// "code"]` where an object nests it), where the format writes one.
pub(crate) fn code_path(members: &'static [Member]) -> Option<Vec<&'static str>> {
    members.iter().find_map(|member| match member.value {
        Source::Code => Some(vec![member.name]),
        Source::Object(inner) => code_path(inner).map(|mut path| {
            path.insert(0, member.name);
            path
        }),
        _ => None,
    })
}

/// Whether decoding reads this member or something inside it.
pub(crate) fn read_by_decode(member: &Member) -> bool {
    match member.value {
        Source::Code | Source::Message | Source::BodyFields => true,
        Source::Object(inner) => inner.iter().any(read_by_decode),
        _ => false,
    }
}

pub(crate) fn holds_fields(member: &Member) -> bool {
    match member.value {
        Source::BodyFields => true,
        Source::Object(inner) => inner.iter().any(holds_fields),
        _ => false,
    }
}

/// The JSON Schema (draft 2020-12) of the object these members make,
/// for `entry` when given (its code's type and its `#[body]` members).
pub(crate) fn schema(members: &'static [Member], entry: Option<&Entry>) -> Value {
    let mut properties = Map::new();
    let mut required = Vec::new();
    for member in members {
        match member.value {
            Source::BodyFields => {
                for field in entry.map_or(&[][..], Entry::body_fields) {
                    let (mut schema, always) = body_field_schema(field);
                    // `#[body(example = ...)]`, as JSON Schema words it.
                    if let Some(Ok(example)) = field.example() {
                        if let (Ok(example), Some(schema)) = (
                            serde_json::from_str::<Value>(&example),
                            schema.as_object_mut(),
                        ) {
                            schema.insert("examples".to_owned(), Value::Array(vec![example]));
                        }
                    }
                    properties.insert(field.member().to_owned(), schema);
                    if always {
                        required.push(Value::from(field.member()));
                    }
                }
            }
            Source::Field(ty) if entry.is_none_or(|e| !has_field(e, member.name)) => {
                properties.insert(member.name.to_owned(), json!({ "type": ty }));
            }
            _ if entry.is_some_and(|e| !writes_for(member, e)) => {}
            value => {
                properties.insert(member.name.to_owned(), value_schema(value, entry));
                // Any entry's body has it, unless it needs a message.
                if entry.is_some() || !member.needs_message {
                    required.push(Value::from(member.name));
                }
                if let (Source::Code, Some(ancestors)) = (value, entry.map(Entry::ancestors)) {
                    if !ancestors.is_empty() {
                        properties.insert(ANCESTORS_MEMBER.to_owned(), ancestors_schema(ancestors));
                        required.push(Value::from(ANCESTORS_MEMBER));
                    }
                }
            }
        }
    }
    json!({ "type": "object", "properties": properties, "required": required })
}

/// The schema of an entry's [`ANCESTORS_MEMBER`]: exactly its ancestors'
/// codes, in order.
fn ancestors_schema(ancestors: &[Code]) -> Value {
    let codes: Vec<Value> = ancestors.iter().map(|c| json!(c)).collect();
    let item = match ancestors.first() {
        Some(Code::Str(_)) => "string",
        _ => "integer",
    };
    json!({
        "type": "array",
        "items": { "type": item },
        "description": ANCESTORS_DESCRIPTION,
        "const": codes,
    })
}

fn value_schema(value: Source, entry: Option<&Entry>) -> Value {
    match value {
        Source::Code => match entry.map(Entry::code) {
            Some(Code::Int(_)) => json!({ "type": "integer" }),
            Some(Code::Str(_)) => json!({ "type": "string" }),
            Some(Code::None) => json!({ "type": "null" }),
            None => json!({ "type": ["integer", "string", "null"] }),
        },
        Source::Message | Source::Template | Source::Title(_) | Source::Name => {
            json!({ "type": "string" })
        }
        Source::Status => match entry.map(Entry::status) {
            Some(Some(_)) => json!({ "type": "integer" }),
            Some(None) => json!({ "type": "null" }),
            None => json!({ "type": ["integer", "null"] }),
        },
        Source::HttpStatus => json!({ "type": "integer", "minimum": 100, "maximum": 999 }),
        Source::TypeUri(_) => json!({ "type": "string", "format": "uri-reference" }),
        Source::Text(text) => json!({ "const": text }),
        Source::Object(members) => schema(members, entry),
        Source::Null | Source::BodyFields => json!({ "type": "null" }),
        Source::Field(ty) => json!({ "type": ty }),
    }
}

/// Whether a `#[body]` field written as `member` would collide with a member
/// the format writes itself, in the object where the `#[body]` fields go.
const fn writes(members: &[Member], member: &str) -> bool {
    let mut i = 0;
    while i < members.len() {
        let m = &members[i];
        if !m.fillable && !matches!(m.value, Source::BodyFields) && str_eq(m.name, member) {
            return true;
        }
        i += 1;
    }
    false
}

/// Whether these members write the code, and so its ancestors next to it.
const fn has_code(members: &[Member]) -> bool {
    let mut i = 0;
    while i < members.len() {
        if matches!(members[i].value, Source::Code) {
            return true;
        }
        i += 1;
    }
    false
}

/// The members of the object where the `#[body]` fields go (the top level
/// for a format that writes none).
const fn fields_object(members: &'static [Member]) -> &'static [Member] {
    match holding_fields(members) {
        Some(found) => found,
        None => members,
    }
}

const fn holding_fields(members: &'static [Member]) -> Option<&'static [Member]> {
    let mut i = 0;
    while i < members.len() {
        if let Source::Object(inner) = members[i].value {
            if let Some(found) = holding_fields(inner) {
                return Some(found);
            }
        }
        if matches!(members[i].value, Source::BodyFields) {
            return Some(members);
        }
        i += 1;
    }
    None
}

/// The message of a `#[body]` member that the format `F` writes itself,
/// built at compile time so that the derive's check can name the member and
/// every member the format writes there. `None` when `member` is free.
#[must_use]
pub const fn reserved_member<F: Format + ?Sized>(member: &str) -> Option<ReservedMessage> {
    let members = fields_object(F::MEMBERS);
    let mut out = ReservedMessage {
        bytes: [0; RESERVED_MESSAGE_LEN],
        len: 0,
    };
    if str_eq(member, ANCESTORS_MEMBER) && has_code(members) {
        out.push("#[body] member `");
        out.push(member);
        out.push("` collides with the member in which the body format lists, next to the code, the codes an entry refines (`parent = ...`); name this field's member with #[body(rename = \"...\")]");
        return Some(out);
    }
    if !writes(members, member) {
        return None;
    }
    out.push("#[body] member `");
    out.push(member);
    out.push("` collides with a member the body format writes itself; the format writes ");
    let mut first = true;
    // The code and message first, then the rest in the body's order.
    let mut pass = 0;
    while pass < 3 {
        let mut i = 0;
        while i < members.len() {
            let m = &members[i];
            let wanted = match m.value {
                Source::Code => pass == 0,
                Source::Message => pass == 1,
                Source::BodyFields => false,
                _ => pass == 2,
            };
            if wanted && !m.fillable {
                out.push_member(m.name, &mut first);
            }
            i += 1;
        }
        pass += 1;
    }
    out.push("; name this field's member with #[body(rename = \"...\")]");
    Some(out)
}

const RESERVED_MESSAGE_LEN: usize = 1024;

/// A message built in a `const` (no allocation there): text that does not
/// fit is cut at a character boundary.
pub struct ReservedMessage {
    bytes: [u8; RESERVED_MESSAGE_LEN],
    len: usize,
}

impl ReservedMessage {
    const fn push(&mut self, text: &str) {
        let text = text.as_bytes();
        let mut i = 0;
        while i < text.len() && self.len < RESERVED_MESSAGE_LEN {
            self.bytes[self.len] = text[i];
            self.len += 1;
            i += 1;
        }
    }

    const fn push_member(&mut self, member: &str, first: &mut bool) {
        if !*first {
            self.push(", ");
        }
        *first = false;
        self.push("`");
        self.push(member);
        self.push("`");
    }

    #[must_use]
    pub const fn as_str(&self) -> &str {
        let mut len = self.len;
        loop {
            match core::str::from_utf8(self.bytes.split_at(len).0) {
                Ok(text) => return text,
                Err(_) => len -= 1,
            }
        }
    }
}

const fn str_eq(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}
