//! Attribute names, as users write them, and the wording of lists and
//! suggestions. The keys inside `#[api_error]`, `#[code]` and `#[body]` are
//! the table in `attr/mod.rs`.

pub const API_ERROR: &str = "api_error";
pub const CODE: &str = "code";
pub const SOURCE: &str = "source";
pub const FROM: &str = "from";
pub const BODY: &str = "body";
pub const PLACEHOLDER: &str = "placeholder";
pub const HEADER: &str = "header";
/// `#[code(transparent)]`: everything comes from the one field's error type.
pub const TRANSPARENT: &str = "transparent";

/// `#[header("Name", with = path)]`.
pub const WITH: &str = "with";

/// The `google.rpc.Code` names that `grpc = "..."` takes, in numeric order
/// from 1 (`CANCELLED`); errcode-core's `GrpcCode` numbers them alike.
pub const GRPC_CODES: &[&str] = &[
    "CANCELLED",
    "UNKNOWN",
    "INVALID_ARGUMENT",
    "DEADLINE_EXCEEDED",
    "NOT_FOUND",
    "ALREADY_EXISTS",
    "PERMISSION_DENIED",
    "RESOURCE_EXHAUSTED",
    "FAILED_PRECONDITION",
    "ABORTED",
    "OUT_OF_RANGE",
    "UNIMPLEMENTED",
    "INTERNAL",
    "UNAVAILABLE",
    "DATA_LOSS",
    "UNAUTHENTICATED",
];

/// "`a`, `b` or `c`", for messages that list what is expected.
pub fn list(keys: &[&str]) -> String {
    let quoted: Vec<String> = keys.iter().map(|k| format!("`{k}`")).collect();
    match quoted.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
        _ => quoted.concat(),
    }
}

/// The expected key closest to a misspelt one, if it is close enough to be a typo.
pub fn closest<'a>(found: &str, keys: &[&'a str]) -> Option<&'a str> {
    keys.iter()
        .map(|k| (distance(found, k), *k))
        .filter(|(d, k)| *d <= 2.max(k.len() / 3))
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = if ca == *cb {
                prev
            } else {
                1 + prev.min(cur).min(row[j])
            };
            prev = cur;
        }
    }
    row[b.len()]
}

/// A type as its author would write it, for docs and messages: tokens'
/// `Display` spaces every punctuation (`Vec < Option < u8 > >`, `& 'a str`).
pub fn type_text(ty: &impl quote::ToTokens) -> String {
    let mut text = quote::ToTokens::to_token_stream(ty).to_string();
    for (spaced, tight) in [
        (" :: ", "::"),
        (":: ", "::"),
        (" <", "<"),
        ("< ", "<"),
        (" >", ">"),
        ("& ", "&"),
        (" ;", ";"),
    ] {
        text = text.replace(spaced, tight);
    }
    text
}
