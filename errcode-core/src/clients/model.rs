//! The catalogue as the clients' runtimes read it: one JSON value, the same
//! for every language, and the facts each language's types are written
//! from.

use serde_json::{json, Value};

use super::probe::{restored, Restored};
use crate::decode::MAX_BODY_LEN;
use crate::format::members::{holds_fields, read_by_decode, UriCode};
use crate::format::{Member, Source, ANCESTORS_MEMBER};
use crate::schema::JsonType;
use crate::{ApiError, Catalogue, Code, Entry, Format, Segment};

/// One entry as the generated types name it.
pub(super) struct EntryModel {
    pub(super) entry: &'static Entry,
    /// The variant's name, which each language's `names` makes a unique
    /// identifier of (two entries of included catalogues may share it).
    pub(super) ident: &'static str,
    /// What the fields accept; `None` where no body rebuilds the variant.
    pub(super) restored: Option<Restored>,
}

/// The catalogue: its data for the runtime and its entries for the types.
pub(super) struct Model {
    pub(super) type_name: &'static str,
    pub(super) data: Value,
    pub(super) entries: Vec<EntryModel>,
}

impl Model {
    pub(super) fn of<E: ApiError>() -> Model {
        let catalogue = E::catalogue();
        let entries: Vec<EntryModel> = catalogue
            .all_entries()
            .map(|entry| EntryModel {
                entry,
                ident: entry.variant(),
                restored: restored::<E>(entry),
            })
            .collect();
        let members = <E::Format as Format>::MEMBERS;
        let fields_here = members
            .iter()
            .any(|m| matches!(m.value, Source::BodyFields))
            || !members.iter().any(holds_fields);
        let data = json!({
            "lenient": <E::Format as Format>::IGNORES_MISTYPED_MEMBERS,
            "outranks": <E::Format as Format>::CODE_OUTRANKS_STATUS,
            "maxLen": MAX_BODY_LEN,
            "level": level(members, fields_here, &docs_bases(catalogue)),
            "entries": entries.iter().map(|e| entry_data(catalogue, e)).collect::<Vec<_>>(),
            "retired": retired(catalogue),
        });
        Model {
            type_name: catalogue.type_name(),
            data,
            entries,
        }
    }
}

/// The `docs_url`s a type URI is read against where the format declares no
/// base, in the order decoding tries them: the catalogue's own, then each
/// included catalogue's (and those it includes), as a wrapped entry links
/// to its own pages.
fn docs_bases(catalogue: &'static Catalogue) -> Vec<&'static str> {
    let mut bases: Vec<&'static str> = catalogue.docs_url().into_iter().collect();
    for included in catalogue.includes() {
        bases.extend(docs_bases(included));
    }
    bases
}

/// Where each member of one of the format's objects goes, as decoding's
/// one-pass reader sends it. A type URI member is read against the
/// format's base, else the `docs_url`s, as decoding reads it.
fn level(members: &'static [Member], fields_here: bool, docs: &[&'static str]) -> Value {
    let described: Vec<Value> = members
        .iter()
        .filter(|m| !matches!(m.value, Source::BodyFields))
        .map(|m| match m.value {
            Source::Code => json!({ "name": m.name, "slot": "code" }),
            Source::Message => json!({ "name": m.name, "slot": "message" }),
            Source::TypeUri(base) if base.is_some() || !docs.is_empty() => {
                let bases = base.map_or_else(|| docs.to_vec(), |base| vec![base]);
                json!({ "name": m.name, "slot": "type", "bases": bases })
            }
            Source::Object(inner) if inner.iter().any(read_by_decode) => {
                let here = inner.iter().any(|m| matches!(m.value, Source::BodyFields));
                json!({ "name": m.name, "slot": "nested", "inner": level(inner, here, docs) })
            }
            _ if m.fillable && fields_here => json!({ "name": m.name, "slot": "field" }),
            _ => json!({ "name": m.name, "slot": "skip" }),
        })
        .collect();
    // The codes the code refines sit next to it, where no member of the
    // format's has their name.
    let ancestors = members.iter().any(|m| matches!(m.value, Source::Code))
        && !members
            .iter()
            .any(|m| m.name == ANCESTORS_MEMBER && !matches!(m.value, Source::BodyFields));
    json!({ "fieldsHere": fields_here, "ancestors": ancestors, "members": described })
}

/// A code as the runtimes' index keys it: `i:34305`, `s:M_FORBIDDEN`.
pub(super) fn code_key(code: Code) -> Value {
    match code {
        Code::Int(n) => Value::from(format!("i:{n}")),
        Code::Str(s) => Value::from(format!("s:{s}")),
        Code::None => Value::Null,
    }
}

/// A code as a client sees it: a number (a string of digits past what a
/// double holds exactly), a string, or null.
pub(super) fn code_value(code: Code) -> Value {
    const EXACT: i64 = 1 << 53;
    match code {
        Code::Int(n) if (-EXACT..=EXACT).contains(&n) => Value::from(n),
        Code::Int(n) => Value::from(n.to_string()),
        Code::Str(s) => Value::from(s),
        Code::None => Value::Null,
    }
}

fn entry_data(catalogue: &'static Catalogue, model: &EntryModel) -> Value {
    let entry = model.entry;
    let mut templates = vec![if entry.message().is_empty() {
        vec![json!([0, entry.name()])]
    } else {
        segments(entry.segments())
    }];
    if let Some(owner) = catalogue.owner(entry) {
        for language in owner.languages() {
            if let Some(translation) = language.translation(entry) {
                templates.push(segments(translation.segments()));
            }
        }
    }
    let restore = model.restored.as_ref().map(|r| {
        json!({
            "members": r.members.iter().map(|(n, k)| json!([n, k])).collect::<Vec<_>>(),
            "params": r.params.iter().map(|(n, k)| json!([n, k])).collect::<Vec<_>>(),
        })
    });
    let uri = (!entry.code().is_none()).then(|| UriCode(entry.code()).to_string());
    // The member that carries the delay, where the variant is rebuilt with it.
    let delay = entry
        .retry_member()
        .filter(|_| model.restored.is_some())
        .and_then(|f| Some(json!([f.member(), f.retry_after()?.name()])));
    json!({
        "variant": entry.variant(),
        "name": entry.name(),
        "code": code_value(entry.code()),
        "key": code_key(entry.code()),
        "uri": uri,
        "status": entry.status(),
        "sent": entry.http_status().as_u16(),
        "also": entry.also_statuses(),
        "exposes": entry.exposes_message(),
        "templates": templates,
        "restore": restore,
        "retry": entry.retry_class().name(),
        "fault": entry.fault().name(),
        "delay": delay,
    })
}

fn segments(segments: impl Iterator<Item = Segment>) -> Vec<Value> {
    segments
        .map(|s| match s {
            Segment::Text(text) => json!([0, text]),
            Segment::Placeholder(name) => json!([1, name]),
            Segment::Formatted(name) => json!([2, name]),
        })
        .collect()
}

/// The codes the catalogue and those it includes retired, in the order
/// decoding looks them up, each with its note.
fn retired(catalogue: &'static Catalogue) -> Vec<Value> {
    let mut out: Vec<Value> = catalogue
        .retired()
        .iter()
        .map(|r| json!([code_key(r.code()), r.note()]))
        .collect();
    for included in catalogue.includes() {
        out.extend(retired(included));
    }
    out
}

/// The JSON Schema of `entry`'s `#[body]` member `member`, read.
pub(super) fn member_type(entry: &Entry, member: &str) -> Option<(JsonType, bool)> {
    let field = entry.body_fields().iter().find(|f| f.member() == member)?;
    let (schema, always) = crate::format::field_schema::body_field_schema(field);
    Some((JsonType::of(&schema), always))
}
