//! Hostile bodies built from real catalogue entries, and what decoding them
//! must give. One home for the catalogues, the generator and the checks,
//! shared by the proptest in `tests/decode/decode_hostile.rs` and the
//! structure-aware fuzz target `fuzz/fuzz_targets/decode_structured.rs`.
//!
//! A [`Plan`] picks a catalogue (every built-in format has one), an entry,
//! values for its placeholders, edits to the message around them, edits to
//! the other members and to the bytes; [`run`] builds the body, decodes it
//! and checks the outcome.

#![allow(dead_code)]

pub use errcodes_catalogues::{cocam, fresns, kakao, mastodon, pluralkit};

use errcodes::decode::{Decoded, Evidence, MAX_ANCESTORS};
use errcodes::format::{self, Matrix, Problem, Source, ANCESTORS_MEMBER};
use errcodes::{ApiError, Code, Entry, Format, StatusCode};
use serde_json::Value;

/// RFC 9457 bodies, with text around placeholders in several scripts.
#[derive(Debug, ApiError)]
#[api_error(format = Problem)]
pub enum ProblemError {
    #[code(1, status = 409, msg = "Conflit sur « {resource} » déjà présent")]
    Conflict { resource: String },
    #[code(2, status = 404, msg = "사용자 {id}를 찾을 수 없습니다.")]
    NotFound { id: u64 },
    #[code(
        3,
        status = 400,
        also_status = [422, 409],
        msg = "Ungültig: {field} → {reason}…"
    )]
    Invalid { field: String, reason: String },
    #[code(4, status = 500, msg = "内部错误 {detail}")]
    Internal { detail: String },
    #[code(-5, status = 429, msg = "Trop de requêtes 😅")]
    Slow {
        #[body]
        retry_after: u32,
    },
}

/// Matrix bodies: string codes, optional and required body members.
#[derive(Debug, ApiError)]
#[api_error(format = Matrix)]
pub enum MatrixError {
    #[code("M_FORBIDDEN", status = 403, msg = "Forbidden")]
    Forbidden,
    #[code("M_LIMIT_EXCEEDED", status = 429, msg = "Too many requests")]
    LimitExceeded {
        #[body]
        retry_after_ms: Option<u64>,
    },
    #[code("M_NOT_FOUND", status = 404, msg = "Room {room} not found — ¿seguro?")]
    NotFound { room: String },
    #[code("M_ÜNICODE_⚠", status = 400, msg = "Clé « {key} » invalide")]
    Unicode { key: String },
    #[code("M_TOO_LARGE", status = 413, msg = "{size} bytes")]
    TooLarge {
        #[body]
        max: u32,
        size: u64,
    },
}

/// Templates made to trip a matcher: multi-byte text right before and
/// after placeholders and at the ends, adjacent and spec'd placeholders,
/// escaped braces, shared codes, hidden 5xx values.
#[derive(Debug, ApiError)]
pub enum Tricky {
    #[code(10, status = 400, msg = "é{a}é")]
    Wrapped { a: String },
    #[code(11, status = 400, msg = "{a}…")]
    Trailing { a: String },
    #[code(12, status = 400, msg = "😀{a}")]
    Leading { a: String },
    #[code(13, status = 400, msg = "{a} ü {b} ü")]
    Two { a: String, b: String },
    #[code(14, status = 400, msg = "{a}{b}")]
    Adjacent { a: String, b: String },
    #[code(15, status = 400, msg = "x {a:>5} é")]
    Spec { a: u32 },
    #[code(16, status = 400, msg = "{{é}} {a} }}")]
    Braces { a: String },
    #[code(17, status = 409, msg = "« {n} »", shared)]
    SharedA { n: i8 },
    #[code(17, status = 409, msg = "‹ {n} ›", shared)]
    SharedB { n: char },
    #[code(18, status = 503, msg = "秘密 {secret} 秘密")]
    Hidden { secret: String },
    #[code(19)]
    Empty,
}

/// How many catalogues [`Plan::catalogue`] chooses from.
pub const CATALOGUES: u8 = 8;

/// Characters a matcher working in bytes gets wrong: multi-byte in every
/// UTF-8 length, combining and invisible marks, and the template's own
/// punctuation.
pub const TRICKY_CHARS: &[char] = &[
    'é',
    '한',
    '😀',
    '\u{301}',
    '\u{200b}',
    '\u{feff}',
    '\u{10ffff}',
    '\u{fffd}',
    '\0',
    '"',
    '\\',
    '{',
    '}',
    '.',
    ' ',
    '\'',
    '…',
    '«',
];

/// JSON text that a Rust string cannot hold, spliced into a body's bytes.
pub const TRICKY_BYTES: &[&[u8]] = &[
    b"\\ud800",
    b"\\udc00",
    b"\\ud83d\\ude00",
    b"\\ud83d",
    b"\\u0000",
    b"\xff",
    b"\xc3",
    b"\xe2\x80",
    b"\"",
    b"}",
    b"{",
    b",",
    b"\\",
];

/// One hostile body, described.
#[derive(Debug, Clone, Default)]
pub struct Plan {
    /// Which catalogue, modulo [`CATALOGUES`].
    pub catalogue: u8,
    /// Which entry, modulo the catalogue's length.
    pub entry: u16,
    /// The values placeholders show, used in turn; none: the template as written.
    pub fills: Vec<String>,
    /// Edits to the message, in order.
    pub edits: Vec<Edit>,
    /// Edits to the body's members, in order.
    pub members: Vec<MemberEdit>,
    /// Edits to the serialized body, in order.
    pub bytes: Vec<ByteEdit>,
    /// 0: no status; 1: the entry's; 2 and 3: its first and last `also_status`; else this, modulo 1000.
    pub status: u16,
}

/// A place in the message: `offset` characters from one of its boundaries
/// (its start, each placeholder's start and end, its end), by `at` modulo
/// their number.
#[derive(Debug, Clone, Copy, Default)]
pub struct At {
    pub at: u8,
    pub offset: i8,
}

#[derive(Debug, Clone)]
pub enum Edit {
    Insert(At, String),
    Truncate(At),
    Remove(At, u8),
}

#[derive(Debug, Clone)]
pub enum Member {
    Code,
    Message,
    /// One of the entry's `#[body]` members, modulo their number.
    Body(u8),
    /// The list of codes the code refines (`format::ANCESTORS_MEMBER`).
    Ancestors,
    Other(String),
}

#[derive(Debug, Clone)]
pub enum MemberEdit {
    /// The code of another entry of the catalogue, modulo its length.
    OtherCode(u16),
    /// A code no entry of the catalogue has, of the catalogue's kind: what
    /// a newer server sends for an entry it added.
    UnknownCode,
    /// The codes of these entries (modulo the catalogue's length) as the
    /// body's ancestors, in order.
    Ancestors(Vec<u16>),
    Set(Member, Json),
    Remove(Member),
}

/// A JSON value of every type.
#[derive(Debug, Clone)]
pub enum Json {
    Null,
    Bool(bool),
    Int(i64),
    Uint(u64),
    Float(f64),
    Str(String),
    /// Arrays nested this deep (past serde_json's limit of 128 from 128).
    Nested(u8),
    Object(Vec<(String, Json)>),
}

#[derive(Debug, Clone)]
pub enum ByteEdit {
    /// Cut the body after this many bytes, modulo its length.
    Truncate(u32),
    /// Splice bytes in, this many bytes into the body, or into the message's
    /// JSON string.
    Insert {
        in_message: bool,
        at: u32,
        bytes: Vec<u8>,
    },
    /// The member again, right after the opening brace.
    Duplicate(Member, Json),
}

impl Json {
    fn value(&self) -> Value {
        match self {
            Json::Null => Value::Null,
            Json::Bool(b) => Value::Bool(*b),
            Json::Int(n) => Value::from(*n),
            Json::Uint(n) => Value::from(*n),
            Json::Float(f) => Value::from(*f),
            Json::Str(s) => Value::from(s.as_str()),
            Json::Nested(depth) => {
                (0..*depth).fold(Value::Array(Vec::new()), |v, _| Value::Array(vec![v]))
            }
            Json::Object(members) => Value::Object(
                members
                    .iter()
                    .map(|(k, v)| (k.clone(), v.value()))
                    .collect(),
            ),
        }
    }
}

/// Runs `$body` with `$E` the type of catalogue `$c` (modulo [`CATALOGUES`]).
macro_rules! with_catalogue {
    ($c:expr, $E:ident => $body:expr) => {
        match $c % CATALOGUES {
            0 => {
                type $E = cocam::CocamError;
                $body
            }
            1 => {
                type $E = kakao::KakaoGameError;
                $body
            }
            2 => {
                type $E = fresns::FresnsError;
                $body
            }
            3 => {
                type $E = mastodon::MastodonError;
                $body
            }
            4 => {
                type $E = pluralkit::PluralKitError;
                $body
            }
            5 => {
                type $E = ProblemError;
                $body
            }
            6 => {
                type $E = MatrixError;
                $body
            }
            _ => {
                type $E = Tricky;
                $body
            }
        }
    };
}

/// Builds the body a plan describes, decodes it as its catalogue's type and
/// checks the outcome (see [`check`]); panics, for proptest and libFuzzer
/// alike, when decoding panics or gives a wrong answer.
pub fn run(plan: &Plan) -> Outcome {
    let (bytes, status) = bytes(plan);
    decode_as(plan.catalogue, &bytes, status).1
}

/// The bytes and status of the body a plan describes.
pub fn bytes(plan: &Plan) -> (Vec<u8>, Option<StatusCode>) {
    with_catalogue!(plan.catalogue, E => body::<E>(plan))
}

/// The entries of catalogue `c`.
pub fn entries(c: u8) -> &'static [Entry] {
    with_catalogue!(c, E => E::catalogue().entries())
}

/// What decoding gave, whatever the type: for tests that ask the same of
/// every catalogue.
#[derive(Debug)]
pub enum Outcome {
    Error(errcodes::decode::DecodeError),
    Known(&'static Entry),
    Unrecognized(errcodes::decode::Reason),
}

/// Decodes `bytes` as catalogue `c`'s type, checked as [`check`] does, and
/// names the type.
pub fn decode_as(c: u8, bytes: &[u8], status: Option<StatusCode>) -> (&'static str, Outcome) {
    with_catalogue!(c, E => {
        check::<E>(bytes, status);
        let outcome = match E::decode(bytes, status) {
            Err(e) => Outcome::Error(e),
            Ok(Decoded::Known(e)) => Outcome::Known(e.error.info()),
            Ok(Decoded::Unrecognized(u)) => Outcome::Unrecognized(u.reason),
        };
        (E::catalogue().type_name(), outcome)
    })
}

/// [`decode_as`] for every catalogue.
pub fn decode_each(bytes: &[u8], status: Option<StatusCode>) -> Vec<(&'static str, Outcome)> {
    (0..CATALOGUES)
        .map(|c| decode_as(c, bytes, status))
        .collect()
}

/// The bytes and status of the body a plan describes, for the catalogue `E`.
pub fn body<E: ApiError>(plan: &Plan) -> (Vec<u8>, Option<StatusCode>) {
    let entries = E::catalogue().entries();
    let entry = &entries[usize::from(plan.entry) % entries.len()];
    let mut value = format::example::<E::Format>(entry);
    let object = value.as_object_mut().expect("built-in formats are objects");

    let (mut message, bounds) = fill(entry.template_or_name(), &plan.fills);
    for edit in &plan.edits {
        match edit {
            Edit::Insert(at, text) => {
                let i = place(&message, &bounds, *at);
                message.insert_str(i, text);
            }
            Edit::Truncate(at) => {
                let i = place(&message, &bounds, *at);
                message.truncate(i);
            }
            Edit::Remove(at, n) => {
                let i = place(&message, &bounds, *at);
                let end = message[i..]
                    .char_indices()
                    .nth(usize::from(*n))
                    .map_or(message.len(), |(j, _)| i + j);
                message.replace_range(i..end, "");
            }
        }
    }
    let message_member = message_member::<E>();
    object.insert(message_member.to_owned(), Value::String(message));

    for edit in &plan.members {
        match edit {
            MemberEdit::OtherCode(i) => {
                let other = &entries[usize::from(*i) % entries.len()];
                let code = serde_json::to_value(other.code()).expect("codes serialize");
                object.insert(member_name::<E>(&Member::Code, entry), code);
            }
            MemberEdit::UnknownCode => {
                object.insert(
                    member_name::<E>(&Member::Code, entry),
                    unknown_code(entries),
                );
            }
            MemberEdit::Ancestors(at) => {
                let codes = at
                    .iter()
                    .map(|i| serde_json::to_value(entries[usize::from(*i) % entries.len()].code()))
                    .collect::<Result<Vec<_>, _>>()
                    .expect("codes serialize");
                object.insert(ANCESTORS_MEMBER.to_owned(), Value::Array(codes));
            }
            MemberEdit::Set(member, json) => {
                object.insert(member_name::<E>(member, entry), json.value());
            }
            MemberEdit::Remove(member) => {
                object.remove(&member_name::<E>(member, entry));
            }
        }
    }

    let mut bytes = serde_json::to_vec(&value).expect("values serialize");
    for edit in &plan.bytes {
        match edit {
            ByteEdit::Truncate(n) => bytes.truncate(*n as usize % (bytes.len() + 1)),
            ByteEdit::Insert {
                in_message,
                at,
                bytes: text,
            } => {
                let opening = format!("\"{message_member}\":\"");
                let start = if *in_message {
                    find(&bytes, opening.as_bytes()).map_or(0, |i| i + opening.len())
                } else {
                    0
                };
                let i = (start + *at as usize).min(bytes.len());
                bytes.splice(i..i, text.iter().copied());
            }
            ByteEdit::Duplicate(member, json) => {
                let name = serde_json::to_string(&member_name::<E>(member, entry)).expect("str");
                let value = serde_json::to_string(&json.value()).expect("value");
                let text = format!("{name}:{value},");
                let i = usize::from(bytes.first() == Some(&b'{'));
                bytes.splice(i..i, text.bytes());
            }
        }
    }

    let status = match plan.status {
        0 => None,
        1 => entry.status(),
        2 => entry.also_statuses().first().copied(),
        3 => entry.also_statuses().last().copied(),
        n => Some(n % 1000),
    };
    (bytes, status.and_then(|s| StatusCode::from_u16(s).ok()))
}

/// Decodes `bytes` as an `E` and checks the outcome: whatever the input, no
/// panic; a known variant carries the body's code and admits the status;
/// the candidates of an unrecognized body carry its code; a decoded value
/// displays, encodes, and its body decodes again to the same entry.
pub fn check<E: ApiError>(bytes: &[u8], status: Option<StatusCode>) {
    let Ok(decoded) = E::decode(bytes, status) else {
        return;
    };
    let parsed: Value = serde_json::from_slice(bytes).expect("decoded, so JSON");
    let located = parsed
        .as_object()
        .and_then(<E::Format as Format>::locate)
        .expect("decoded, so an object");
    let code = located
        .code
        .and_then(|(_, value)| value)
        .filter(|v| !v.is_null());
    match decoded {
        Decoded::Known(received) => {
            assert_eq!(received.status, status);
            let by_parent = received.evidence == Evidence::Parent;
            let e = received.error;
            if by_parent {
                check_parent::<E>(e.code(), received.code.as_ref(), code, &parsed);
            } else {
                assert_eq!(received.code, None, "a code is kept only for a parent");
                assert!(
                    same_code(e.code(), code),
                    "{:?} for code {code:?}",
                    e.code()
                );
            }
            // A format whose codes outrank the status decodes a unique code
            // whatever the status; a refinement may have a status of its own.
            if let (Some(status), false, false) = (
                status,
                <E::Format as Format>::CODE_OUTRANKS_STATUS,
                by_parent,
            ) {
                assert!(
                    e.info().admits_status(status.as_u16()),
                    "{status} for {e:?}"
                );
            }
            let _ = e.to_string();
            let mut again = Vec::new();
            e.write_body(&mut again).expect("a decoded value encodes");
            let status = e.info().status().and_then(|s| StatusCode::from_u16(s).ok());
            match E::decode(&again, status) {
                Ok(Decoded::Known(twice)) => {
                    assert_eq!(
                        twice.error.info().index(),
                        e.info().index(),
                        "{e:?} re-decoded"
                    );
                }
                other => panic!(
                    "{e:?} encodes to {:?}, which decodes to {other:?}",
                    String::from_utf8_lossy(&again)
                ),
            }
        }
        Decoded::Unrecognized(u) => {
            // The entries the body's code names, or else those of the
            // nearest ancestor the catalogue knows.
            let ancestors = parsed
                .as_object()
                .and_then(|o| o.get(ANCESTORS_MEMBER))
                .and_then(Value::as_array)
                .map_or(&[][..], Vec::as_slice);
            for candidate in &u.candidates {
                assert!(
                    same_code(candidate.code(), code)
                        || ancestors
                            .iter()
                            .any(|a| same_code(candidate.code(), Some(a))),
                    "{u:?}"
                );
            }
        }
    }
}

/// A body decoded as an ancestor of its code: the code is none of the
/// catalogue's and is kept as received, and the variant's code is one the
/// body lists as an ancestor, within the first `MAX_ANCESTORS`.
fn check_parent<E: ApiError>(
    variant: Code,
    kept: Option<&errcodes::CodeBuf>,
    code: Option<&Value>,
    body: &Value,
) {
    let code = code.expect("a parent is found through a code");
    assert!(
        E::catalogue()
            .all_entries()
            .all(|e| !same_code(e.code(), Some(code))),
        "{code} is known, yet decoded by a parent"
    );
    let kept = match kept.expect("the received code is kept") {
        errcodes::CodeBuf::Int(n) => Value::from(*n),
        errcodes::CodeBuf::Str(s) => Value::from(s.as_str()),
    };
    assert_eq!(&kept, code);
    let ancestors = body
        .as_object()
        .and_then(|o| o.get(ANCESTORS_MEMBER))
        .and_then(Value::as_array)
        .expect("a parent is found through the ancestors");
    assert!(
        ancestors
            .iter()
            .take(MAX_ANCESTORS)
            .any(|a| same_code(variant, Some(a))),
        "{variant:?} is not among {ancestors:?}"
    );
}

fn same_code(code: Code, member: Option<&Value>) -> bool {
    match (code, member) {
        (Code::None, None) => true,
        (Code::Int(n), Some(v)) => v.as_i64() == Some(n),
        (Code::Str(s), Some(v)) => v.as_str() == Some(s),
        _ => false,
    }
}

fn member_name<E: ApiError>(member: &Member, entry: &Entry) -> String {
    match member {
        Member::Code => code_member::<E>().unwrap_or("code").to_owned(),
        Member::Message => message_member::<E>().to_owned(),
        Member::Body(i) => {
            let fields = entry.body_fields();
            fields
                .get(usize::from(*i) % fields.len().max(1))
                .map_or("retry_after", |f| f.member())
                .to_owned()
        }
        Member::Ancestors => ANCESTORS_MEMBER.to_owned(),
        Member::Other(name) => name.clone(),
    }
}

/// A code none of `entries` has, of their kind.
/// A code no entry of `entries` has, of their kind.
pub fn unknown_code(entries: &[Entry]) -> Value {
    let strings = entries.iter().any(|e| matches!(e.code(), Code::Str(_)));
    if strings {
        let mut code = String::from("X_UNKNOWN");
        while entries.iter().any(|e| e.code() == code.as_str()) {
            code.push('_');
        }
        return Value::from(code);
    }
    let top = entries
        .iter()
        .filter_map(|e| e.code().as_int())
        .max()
        .unwrap_or(0);
    Value::from(top.saturating_add(1))
}

/// The template with its placeholders replaced by `fills` in turn (left as
/// written without fills), and the byte offsets of the message's
/// boundaries: its start, each placeholder's start and end, its end.
fn fill(template: &str, fills: &[String]) -> (String, Vec<usize>) {
    let mut out = String::new();
    let mut bounds = vec![0];
    let mut rest = template;
    let mut k = 0;
    while let Some(c) = rest.chars().next() {
        if rest.starts_with("{{") || rest.starts_with("}}") {
            out.push(c);
            rest = &rest[2..];
        } else if let (Some(end), '{') = (rest.find('}'), c) {
            bounds.push(out.len());
            match fills.get(k % fills.len().max(1)) {
                Some(value) => out.push_str(value),
                None => out.push_str(&rest[..=end]),
            }
            bounds.push(out.len());
            k += 1;
            rest = &rest[end + 1..];
        } else {
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    bounds.push(out.len());
    (out, bounds)
}

/// The byte offset `at` stands for in `message`, on a character boundary.
fn place(message: &str, bounds: &[usize], at: At) -> usize {
    let mut i = bounds[usize::from(at.at) % bounds.len()].min(message.len());
    while !message.is_char_boundary(i) {
        i -= 1;
    }
    let offset = usize::from(at.offset.unsigned_abs());
    if at.offset >= 0 {
        message[i..]
            .char_indices()
            .nth(offset)
            .map_or(message.len(), |(j, _)| i + j)
    } else {
        message[..i]
            .char_indices()
            .rev()
            .nth(offset - 1)
            .map_or(0, |(j, _)| j)
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// The members catalogue `c`'s format reads the code and message from.
pub fn format_members(c: u8) -> (Option<&'static str>, &'static str) {
    with_catalogue!(c, E => (code_member::<E>(), message_member::<E>()))
}

/// Whether the format of catalogue `c` ignores a code or message member of
/// the wrong JSON type (RFC 9457) instead of refusing the body.
pub fn ignores_mistyped(c: u8) -> bool {
    with_catalogue!(c, E => ignores_mistyped_in::<E>())
}

fn ignores_mistyped_in<E: ApiError>() -> bool {
    <E::Format as Format>::IGNORES_MISTYPED_MEMBERS
}

/// The top-level member that the format of `E` writes the code in, as its
/// description says.
fn code_member<E: ApiError>() -> Option<&'static str> {
    <E::Format as Format>::MEMBERS
        .iter()
        .find(|m| matches!(m.value, Source::Code))
        .map(|m| m.name)
}

/// The top-level member that the format of `E` writes the message in.
fn message_member<E: ApiError>() -> &'static str {
    <E::Format as Format>::MEMBERS
        .iter()
        .find(|m| matches!(m.value, Source::Message))
        .map_or("message", |m| m.name)
}
