//! What each field of a variant accepts when a decoded body rebuilds it,
//! found by asking the generated `restore` itself: a client in another
//! language cannot run Rust's `Deserialize` and `FromStr`, so it gets the
//! kind of value each field takes (`u32`, `option:string`, `text`), which
//! its runtime checks as those impls do. The kinds are the Rust types'
//! own answers over a fixed battery of values, compared with the
//! variant's answers over the same battery.

use serde_json::{json, Value};

use crate::__private_v0_1::body_of;
use crate::decode::RemoteError;
use crate::glue::{restore_entry, Restore};
use crate::{ApiError, Entry, Segment};

/// What a variant's fields accept: `None` where no body rebuilds it.
pub(super) struct Restored {
    /// Each `#[body]` member and its kind.
    pub(super) members: Vec<(&'static str, String)>,
    /// Each placeholder read back from the message and its kind.
    pub(super) params: Vec<(&'static str, String)>,
}

/// A body as the probe offers it to `restore`.
struct Probe<'a> {
    members: &'a [(&'static str, Option<Value>)],
    params: &'a [(&'static str, Option<String>)],
}

impl Restore for Probe<'_> {
    fn member(&self, name: &str) -> Option<&Value> {
        self.members
            .iter()
            .find(|(n, _)| *n == name)
            .and_then(|(_, v)| v.as_ref())
    }

    fn placeholder(&self, name: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|(n, _)| *n == name)
            .and_then(|(_, v)| v.as_deref())
    }

    fn remote(&self) -> RemoteError {
        RemoteError {
            code: None,
            status: None,
            message: None,
        }
    }
}

fn rebuilds<E: ApiError>(
    entry: &'static Entry,
    members: &[(&'static str, Option<Value>)],
    params: &[(&'static str, Option<String>)],
) -> bool {
    let probe = Probe { members, params };
    restore_entry::<E>(entry, &probe).is_some()
}

/// The kinds of `entry`'s fields, or `None` where no body rebuilds its variant.
pub(super) fn restored<E: ApiError>(entry: &'static Entry) -> Option<Restored> {
    let member_names: Vec<&'static str> = entry.body_fields().iter().map(|f| f.member()).collect();
    let mut param_names: Vec<&'static str> = Vec::new();
    for segment in entry.segments() {
        if let Segment::Placeholder(name) = segment {
            if !param_names.contains(&name) {
                param_names.push(name);
            }
        }
    }
    let (members, params) = baseline::<E>(entry, &member_names, &param_names)?;
    let mut restored = Restored {
        members: Vec::new(),
        params: Vec::new(),
    };
    for (i, name) in member_names.iter().enumerate() {
        let answers: Vec<bool> = member_battery()
            .into_iter()
            .map(|value| {
                let mut tried = members.clone();
                tried[i].1 = value;
                rebuilds::<E>(entry, &tried, &params)
            })
            .collect();
        restored.members.push((name, member_kind(&answers)));
    }
    for (i, name) in param_names.iter().enumerate() {
        let answers: Vec<bool> = text_battery()
            .into_iter()
            .map(|text| {
                let mut tried = params.clone();
                tried[i].1 = text.map(str::to_owned);
                rebuilds::<E>(entry, &members, &tried)
            })
            .collect();
        let kind = text_kind(&answers);
        if kind != "unused" {
            restored.params.push((name, kind));
        }
    }
    Some(restored)
}

type Members = Vec<(&'static str, Option<Value>)>;
type Params = Vec<(&'static str, Option<String>)>;

/// Values for every field that rebuild the variant together, searched
/// among a few that most types take; `None` where none do.
fn baseline<E: ApiError>(
    entry: &'static Entry,
    member_names: &[&'static str],
    param_names: &[&'static str],
) -> Option<(Members, Params)> {
    const MEMBER_TRIES: usize = 6;
    const PARAM_TRIES: usize = 4;
    const LIMIT: usize = 20_000;
    let member_tries = |k: usize| -> Option<Value> {
        match k {
            0 => Some(json!(0)),
            1 => Some(json!("")),
            2 => None,
            3 => Some(json!(false)),
            4 => Some(json!([])),
            _ => Some(json!({})),
        }
    };
    let param_tries = ["0", "x", "true", "0.5"];
    let slots = member_names.len() + param_names.len();
    let mut choice = vec![0_usize; slots];
    for _ in 0..LIMIT {
        let members: Members = member_names
            .iter()
            .zip(&choice)
            .map(|(n, &k)| (*n, member_tries(k)))
            .collect();
        let params: Params = param_names
            .iter()
            .zip(&choice[member_names.len()..])
            .map(|(n, &k)| (*n, Some(param_tries[k].to_owned())))
            .collect();
        if rebuilds::<E>(entry, &members, &params) {
            return Some((members, params));
        }
        // The next combination, as an odometer.
        let mut i = 0;
        loop {
            if i == slots {
                return None;
            }
            let tries = if i < member_names.len() {
                MEMBER_TRIES
            } else {
                PARAM_TRIES
            };
            choice[i] += 1;
            if choice[i] < tries {
                break;
            }
            choice[i] = 0;
            i += 1;
        }
    }
    None
}

/// JSON values (and `None`, an absent member, first) each kind tells apart.
fn member_battery() -> Vec<Option<Value>> {
    let mut values = vec![
        None,
        Some(Value::Null),
        Some(json!(true)),
        Some(json!("x")),
        Some(json!("")),
        Some(json!("ab")),
        Some(json!([])),
        Some(json!({})),
        Some(json!(1.5)),
        Some(json!(0)),
    ];
    for n in INT_EDGES {
        if let Ok(n) = i64::try_from(*n) {
            values.push(Some(json!(n)));
        } else if let Ok(n) = u64::try_from(*n) {
            values.push(Some(json!(n)));
        }
    }
    values
}

/// The integers at the edges of each integer type.
const INT_EDGES: &[i128] = &[
    -1,
    127,
    128,
    -128,
    -129,
    255,
    256,
    32767,
    32768,
    -32768,
    -32769,
    65535,
    65536,
    2_147_483_647,
    2_147_483_648,
    -2_147_483_648,
    -2_147_483_649,
    4_294_967_295,
    4_294_967_296,
    i64::MAX as i128,
    i64::MIN as i128,
    u64::MAX as i128,
];

/// Texts (and `None`, no capture) each kind tells apart.
fn text_battery() -> Vec<Option<&'static str>> {
    let mut texts = vec![
        None,
        Some(""),
        Some("x"),
        Some("ab"),
        Some("é"),
        Some("true"),
        Some("false"),
        Some("1.5"),
        Some("inf"),
        Some("+1"),
        Some(" 1"),
        Some("0"),
    ];
    texts.extend(TEXT_EDGES.iter().map(|t| Some(*t)));
    texts
}

const TEXT_EDGES: &[&str] = &[
    "-1",
    "127",
    "128",
    "-128",
    "-129",
    "255",
    "256",
    "32767",
    "32768",
    "-32768",
    "-32769",
    "65535",
    "65536",
    "2147483647",
    "2147483648",
    "-2147483648",
    "-2147483649",
    "4294967295",
    "4294967296",
    "9223372036854775807",
    "9223372036854775808",
    "-9223372036854775808",
    "-9223372036854775809",
    "18446744073709551615",
    "18446744073709551616",
    "340282366920938463463374607431768211455",
    "340282366920938463463374607431768211456",
    "-170141183460469231731687303715884105728",
    "-170141183460469231731687303715884105729",
];

/// The kinds a member can be, each with its Rust type's answers.
fn member_kind(answers: &[bool]) -> String {
    macro_rules! kinds {
        ($($name:literal: $ty:ty),* $(,)?) => {
            [$(($name, answers_of::<$ty>(), answers_of::<Option<$ty>>())),*]
        };
    }
    let kinds = kinds!(
        "bool": bool, "char": char, "u8": u8, "i8": i8, "u16": u16, "i16": i16,
        "u32": u32, "i32": i32, "u64": u64, "i64": i64, "f64": f64, "string": String,
        "any": Value,
    );
    for (name, plain, optional) in kinds {
        if plain == answers {
            return name.to_owned();
        }
        if optional == answers {
            return format!("option:{name}");
        }
        // `#[body(default)]`: absent is the default, anything else must be one.
        let defaulted: Vec<bool> = plain
            .iter()
            .enumerate()
            .map(|(i, &a)| i == 0 || a)
            .collect();
        if defaulted == answers {
            return format!("default:{name}");
        }
    }
    if answers.first() == Some(&true) {
        "option:opaque".to_owned()
    } else {
        "opaque".to_owned()
    }
}

fn answers_of<T: serde::de::DeserializeOwned>() -> Vec<bool> {
    member_battery()
        .iter()
        .map(|v| body_of::<T>(v.as_ref()).is_some())
        .collect()
}

/// The kinds a placeholder's field can be, each with its Rust type's answers.
fn text_kind(answers: &[bool]) -> String {
    fn parses<T: core::str::FromStr>(text: Option<&str>) -> bool {
        text.is_some_and(|t| t.parse::<T>().is_ok())
    }
    /// Whether a field of a kind takes a text (`None`: no capture).
    type Parses = fn(Option<&str>) -> bool;
    let kinds: [(&str, Parses); 15] = [
        ("unused", |_| true),
        ("bool", parses::<bool>),
        ("char", parses::<char>),
        ("u8", parses::<u8>),
        ("i8", parses::<i8>),
        ("u16", parses::<u16>),
        ("i16", parses::<i16>),
        ("u32", parses::<u32>),
        ("i32", parses::<i32>),
        ("u64", parses::<u64>),
        ("i64", parses::<i64>),
        ("u128", parses::<u128>),
        ("i128", parses::<i128>),
        ("f64", parses::<f64>),
        ("text", |t| t.is_some()),
    ];
    for (name, parse) in kinds {
        let expected: Vec<bool> = text_battery().into_iter().map(parse).collect();
        if expected == answers {
            return name.to_owned();
        }
    }
    "opaque".to_owned()
}
