//! A service's catalogue export as this command reads it: the members of
//! `errcodes::docs::Json` (format version 1) that say who sends which code,
//! every other member ignored.

use std::fmt;
use std::path::{Path, PathBuf};

use serde::de::{self, MapAccess, Visitor};
use serde::Deserialize;

use crate::error::BadInput;

/// The `format_version` this command reads.
pub const FORMAT_VERSION: u64 = 1;

/// An integer code, or a string one (`"M_FORBIDDEN"`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[serde(untagged)]
pub enum Code {
    Int(i64),
    Str(String),
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Code::Int(n) => write!(f, "{n}"),
            Code::Str(s) => write!(f, "{s}"),
        }
    }
}

impl Code {
    /// The number people read in it: an integer code, or a string of the
    /// same digits (`"34305"`, written as the integer would be). A support
    /// ticket or the portal's search cannot tell the two apart.
    pub fn number(&self) -> Option<i64> {
        match self {
            Code::Int(n) => Some(*n),
            Code::Str(s) => s.parse().ok().filter(|n: &i64| n.to_string() == *s),
        }
    }
}

impl serde::Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Code::Int(n) => s.serialize_i64(*n),
            Code::Str(t) => s.serialize_str(t),
        }
    }
}

#[derive(Debug, Deserialize)]
pub struct Deprecated {
    pub since: Option<String>,
    pub replaced_by: Option<Code>,
}

#[derive(Debug, Deserialize)]
pub struct Entry {
    /// Unique in its catalogue: the entry's anchor in its pages.
    pub anchor: String,
    pub code: Option<Code>,
    pub name: String,
    pub status: Option<u16>,
    pub message: String,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub deprecated: Option<Deprecated>,
    /// Given to several entries of the service on purpose (`shared`).
    #[serde(default)]
    pub shared: bool,
    /// The entry's page (`docs_url`): an absolute URL, or a path from its
    /// service's root.
    #[serde(default)]
    pub docs_url: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct Retired {
    pub code: Code,
    pub note: String,
}

/// One export: a catalogue of one service.
#[derive(Debug)]
pub struct Export {
    pub path: PathBuf,
    pub title: String,
    /// The service: the catalogue's `domain`, else its type name.
    pub service: String,
    /// The catalogue's type name: which of the service's catalogues.
    pub type_name: String,
    pub entries: Vec<Entry>,
    pub retired: Vec<Retired>,
}

/// Where [`Export::parse`]'s visitor tells a wrong `format_version` apart
/// from a malformed document: serde's errors carry only text.
#[derive(Default)]
struct Seen {
    version: Option<serde_json::Value>,
    /// Why the document is no export at all, when it is something else.
    not_an_export: Option<&'static str>,
}

const NO_VERSION: &str =
    "no `format_version`: not an errcodes catalogue export (errcodes::docs::Json)";
const OPENAPI: &str =
    "an OpenAPI document, not a catalogue export (`errcodes portal --openapi` takes it)";
const MERGED: &str =
    "the merged errors.json `errcodes portal` writes, not one service's catalogue export";

/// The document, read in one pass: the version checked where it stands
/// (first, as `errcodes::docs::json` writes it), the members this command
/// needs kept, every other member skipped without being built, and a
/// member given twice refused as serde's derive does.
struct Document<'a>(&'a mut Seen);

struct Parsed {
    type_name: String,
    domain: Option<String>,
    title: String,
    entries: Vec<Entry>,
    retired: Vec<Retired>,
}

const VERSION_REFUSED: &str = "format_version refused";

impl<'de> serde::de::DeserializeSeed<'de> for Document<'_> {
    type Value = Parsed;

    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<Parsed, D::Error> {
        d.deserialize_map(self)
    }
}

/// `slot`, filled once from the map's next value.
fn fill<'de, A: MapAccess<'de>, T: Deserialize<'de>>(
    map: &mut A,
    slot: &mut Option<T>,
    member: &'static str,
) -> Result<(), A::Error> {
    if slot.is_some() {
        return Err(de::Error::duplicate_field(member));
    }
    *slot = Some(map.next_value()?);
    Ok(())
}

impl<'de> Visitor<'de> for Document<'_> {
    type Value = Parsed;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an errcodes catalogue export (a JSON object)")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Parsed, A::Error> {
        let (mut type_name, mut domain, mut title) = (None, None, None);
        let (mut entries, mut retired) = (None, None);
        let mut looks_like = None;
        while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            match &*key {
                "format_version" => {
                    if self.0.version.is_some() {
                        return Err(de::Error::duplicate_field("format_version"));
                    }
                    let version: serde_json::Value = map.next_value()?;
                    let refused = version.as_u64() != Some(FORMAT_VERSION);
                    self.0.version = Some(version);
                    if refused {
                        return Err(de::Error::custom(VERSION_REFUSED));
                    }
                }
                "type" => fill(&mut map, &mut type_name, "type")?,
                "domain" => fill::<_, Option<String>>(&mut map, &mut domain, "domain")?,
                "title" => fill(&mut map, &mut title, "title")?,
                "entries" => fill(&mut map, &mut entries, "entries")?,
                "retired" => fill(&mut map, &mut retired, "retired")?,
                other => {
                    match other {
                        "openapi" => looks_like = Some(OPENAPI),
                        "catalogues" => looks_like = Some(MERGED),
                        _ => {}
                    }
                    map.next_value::<de::IgnoredAny>()?;
                }
            }
        }
        let not_an_export = match (looks_like, &type_name, &self.0.version) {
            (Some(other), None, _) => Some(other),
            (_, _, None) => Some(NO_VERSION),
            _ => None,
        };
        if let Some(reason) = not_an_export {
            self.0.not_an_export = Some(reason);
            return Err(de::Error::custom(reason));
        }
        Ok(Parsed {
            type_name: type_name.ok_or_else(|| de::Error::missing_field("type"))?,
            domain: domain.flatten(),
            title: title.ok_or_else(|| de::Error::missing_field("title"))?,
            entries: entries.ok_or_else(|| de::Error::missing_field("entries"))?,
            retired: retired.unwrap_or_default(),
        })
    }
}

/// Only the version, the rest skipped.
#[derive(Deserialize)]
struct VersionOnly {
    format_version: Option<serde_json::Value>,
}

fn unknown_version(path: &Path, found: &serde_json::Value) -> BadInput {
    BadInput::UnknownVersion {
        path: path.to_owned(),
        found: found.to_string(),
        reads: FORMAT_VERSION,
    }
}

impl Export {
    /// `text` parsed once; nothing may follow the document.
    pub fn parse(path: &Path, text: &str) -> Result<Export, BadInput> {
        let mut seen = Seen::default();
        let mut reader = serde_json::Deserializer::from_str(text);
        let parsed = de::DeserializeSeed::deserialize(Document(&mut seen), &mut reader)
            .and_then(|doc| reader.end().map(|()| doc));
        let doc = match (parsed, seen.not_an_export, seen.version) {
            (Ok(doc), _, _) => doc,
            (Err(_), Some(reason), _) => return Err(BadInput::malformed(path, None, reason)),
            (Err(_), None, Some(found)) if found.as_u64() != Some(FORMAT_VERSION) => {
                return Err(unknown_version(path, &found))
            }
            // Failed before the version was read (a writer that sorts its
            // keys puts `entries` first): a document of another version is
            // still told as such. Only a failing document is read again.
            (Err(e), None, None) => {
                return Err(match serde_json::from_str::<VersionOnly>(text) {
                    Ok(VersionOnly {
                        format_version: Some(found),
                    }) if found.as_u64() != Some(FORMAT_VERSION) => unknown_version(path, &found),
                    _ => BadInput::malformed(path, Some(e.line()), e),
                })
            }
            (Err(e), _, _) => return Err(BadInput::malformed(path, Some(e.line()), e)),
        };
        names_itself(path, &doc)?;
        Ok(Export {
            path: path.to_owned(),
            title: doc.title,
            service: doc.domain.unwrap_or_else(|| doc.type_name.clone()),
            type_name: doc.type_name,
            entries: doc.entries,
            retired: doc.retired,
        })
    }
}

/// What names the catalogue and its entries in the portal's links, as
/// the export's JSON Schema requires it: a type and a domain (where given)
/// that are not empty, and anchors that are not empty and unique in it.
fn names_itself(path: &Path, doc: &Parsed) -> Result<(), BadInput> {
    let refuse = |reason: String| Err(BadInput::malformed(path, None, reason));
    if doc.type_name.is_empty() {
        return refuse("`type` is empty".to_owned());
    }
    if doc.domain.as_deref() == Some("") {
        return refuse("`domain` is empty (null where there is none)".to_owned());
    }
    let mut anchors = std::collections::HashSet::new();
    for entry in &doc.entries {
        if entry.anchor.is_empty() {
            return refuse(format!("the anchor of `{}` is empty", entry.name));
        }
        if !anchors.insert(entry.anchor.as_str()) {
            return refuse(format!(
                "anchor `{}` is given to two entries: an anchor names one entry of its catalogue",
                entry.anchor
            ));
        }
    }
    Ok(())
}

/// Whether a folder's file is taken for an export: `*.json`, except the
/// `*.openapi.json` documents `errcodes::docs::write_all` writes beside
/// each export, so that a docs folder can be checked as it is.
pub fn is_export_name(name: &Path) -> bool {
    let name = name.file_name().unwrap_or_default().to_string_lossy();
    name.ends_with(".json") && !name.ends_with(".openapi.json")
}
