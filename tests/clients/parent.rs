//! Vectors for codes that refine codes: an old client's catalogue decoding
//! a newer server's bodies (codes it does not know, with the codes they
//! refine in `ancestors`), and every catalogue's bodies with hostile lists
//! of ancestors.

use errcodes::format::{Source, ANCESTORS_MEMBER};
use errcodes::{ApiError, Format};
use serde_json::Value;

use crate::common::hostile::unknown_code;

/// The client's catalogue: a small tree of codes, a code shared by two
/// entries at two statuses, a retired code, a delay in seconds.
#[derive(Debug, ApiError)]
#[api_error(retired(34399 = "gone in 2.0"))]
pub enum Tree {
    #[code(34300, status = 400, msg = "Invalid request")]
    Invalid,
    #[code(34301, parent = 34300, status = 422, msg = "Invalid field {field}")]
    InvalidField { field: String },
    #[code(34320, status = 409, msg = "Conflict on {what}", shared)]
    Conflict { what: String },
    #[code(34320, status = 423, msg = "Locked", shared, retry = "after")]
    Locked,
    #[code(34330, status = 429, msg = "Slow down")]
    SlowDown {
        #[body(retry_after = "s")]
        retry_after: Option<f64>,
    },
}

/// The same catalogue as a newer server has it: refinements the client
/// does not know, some of them of each other.
#[derive(Debug, ApiError)]
pub enum TreeServer {
    #[code(34300, status = 400, msg = "Invalid request")]
    Invalid,
    #[code(34301, parent = 34300, status = 422, msg = "Invalid field {field}")]
    InvalidField { field: String },
    #[code(34302, parent = 34301, status = 422, msg = "Field {field} too long")]
    TooLong { field: String },
    #[code(34303, parent = 34301, status = 400, msg = "Invalid field {field}")]
    SameTemplate { field: String },
    #[code(34304, parent = 34300, status = 400, msg = "Bad header")]
    BadHeader,
    #[code(34305, parent = 34302, status = 413, msg = "Invalid field {field}")]
    WayTooLong { field: String },
    #[code(34320, status = 409, msg = "Conflict on {what}", shared)]
    Conflict { what: String },
    #[code(34320, status = 423, msg = "Locked", shared, retry = "after")]
    Locked,
    #[code(34321, parent = 34320, status = 409, msg = "Conflict on {what}")]
    EditConflict { what: String },
    #[code(34322, parent = 34320, status = 500, msg = "Locked")]
    LockedHere,
    #[code(34330, status = 429, msg = "Slow down")]
    SlowDown {
        #[body(retry_after = "s")]
        retry_after: Option<f64>,
    },
    #[code(34331, parent = 34330, status = 503, msg = "Slow down now")]
    SlowDownNow {
        #[body]
        retry_after: Option<u32>,
    },
    #[code(34399, parent = 34300, status = 400, msg = "Old")]
    Old,
}

/// The newer server's bodies, each entry's as it writes it.
pub fn server_bodies() -> Vec<Vec<u8>> {
    TreeServer::catalogue()
        .all_entries()
        .flat_map(|entry| {
            let mut body = errcodes::format::example::<<TreeServer as ApiError>::Format>(entry);
            let mut out = vec![body.to_string().into_bytes()];
            if let Some(object) = body.as_object_mut() {
                if object.contains_key("retry_after") {
                    object.insert("retry_after".into(), Value::from(30));
                    out.push(body.to_string().into_bytes());
                    body["retry_after"] = Value::from("soon");
                    out.push(body.to_string().into_bytes());
                }
            }
            out
        })
        .collect()
}

/// Lists of ancestors as a hostile peer may write them, around `known`
/// (a code the catalogue has) and `unknown` (one it has not).
fn hostile_lists(known: &str, unknown: &str) -> Vec<String> {
    let many = |n: usize| vec![unknown; n].join(",");
    vec![
        format!("[{known}]"),
        format!("[{unknown},{known}]"),
        format!("[{},{known}]", many(15)),
        format!("[{},{known}]", many(16)),
        format!("[{known},{}]", many(20)),
        format!("[{known},null]"),
        format!("[null,{known}]"),
        format!("[1.5,{known}]"),
        format!("[{known},true]"),
        format!("[{known},[]]"),
        format!("[{known},{{}}]"),
        format!("[18446744073709551615,{known}]"),
        format!("[9223372036854775807,{known}]"),
        format!("[-9223372036854775808,{known}]"),
        format!("[-0,{known}]"),
        format!("[1e2,{known}]"),
        format!("[\"{}\"]", known.trim_matches('"')),
        format!("[{}]", known.trim_matches('"')),
        format!("[[{known}]]"),
        format!("{{\"a\":{known}}}"),
        known.to_owned(),
        "[]".to_owned(),
        "null".to_owned(),
        format!("[{known}"),
        format!("[{known},]"),
        format!("{}{known}{}", "[".repeat(128), "]".repeat(128)),
        format!("{}{known}{}", "[".repeat(126), "]".repeat(126)),
    ]
}

/// `E`'s first entry's body with a code it does not know (or its own, or
/// none), each hostile list of ancestors, and the list named twice.
pub fn hostile_bodies<E: ApiError>() -> Vec<Vec<u8>> {
    let entries = E::catalogue().entries();
    let Some(entry) = E::catalogue().all_entries().next() else {
        return Vec::new();
    };
    let members = <E::Format as Format>::MEMBERS;
    let code_member = members
        .iter()
        .find(|m| matches!(m.value, Source::Code))
        .map(|m| m.name);
    let example = errcodes::format::example::<E::Format>(entry);
    let known = serde_json::to_string(&entry.code()).unwrap_or_default();
    let unknown = unknown_code(entries);
    let mut out = Vec::new();
    for code in [Some(unknown.clone()), Some(Value::Null), None] {
        let mut body = example.clone();
        if let (Some(object), Some(member)) = (body.as_object_mut(), code_member) {
            object.remove(ANCESTORS_MEMBER);
            match &code {
                Some(code) => object.insert(member.to_owned(), code.clone()),
                None => object.remove(member),
            };
        }
        let text = body.to_string();
        let inner = text.trim_start_matches('{');
        for list in hostile_lists(&known, &unknown.to_string()) {
            out.push(format!("{{\"{ANCESTORS_MEMBER}\":{list},{inner}").into_bytes());
        }
        out.push(
            format!("{{\"{ANCESTORS_MEMBER}\":[{known}],\"{ANCESTORS_MEMBER}\":[],{inner}")
                .into_bytes(),
        );
        if let Some(open) = text.strip_suffix('}') {
            out.push(format!("{open},\"{ANCESTORS_MEMBER}\":[{known}]}}").into_bytes());
        }
    }
    out
}
