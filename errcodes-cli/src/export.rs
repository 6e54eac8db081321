//! A service's catalogue export as this command reads it: the members of
//! `errcodes::docs::Json` (format version 1) that say who sends which code,
//! every other member ignored.

use std::fmt;
use std::path::{Path, PathBuf};

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
    pub entries: Vec<Entry>,
    pub retired: Vec<Retired>,
}

#[derive(Deserialize)]
struct Document {
    #[serde(rename = "type")]
    type_name: String,
    domain: Option<String>,
    title: String,
    entries: Vec<Entry>,
    #[serde(default)]
    retired: Vec<Retired>,
}

/// Only the version first: a document of another version is refused as
/// such, not as one missing members.
#[derive(Deserialize)]
struct Versioned {
    format_version: Option<serde_json::Value>,
}

impl Export {
    pub fn read(path: &Path) -> Result<Export, BadInput> {
        let text = std::fs::read_to_string(path).map_err(|e| BadInput::unreadable(path, &e))?;
        Self::parse(path, &text)
    }

    pub fn parse(path: &Path, text: &str) -> Result<Export, BadInput> {
        let malformed = |e: serde_json::Error| BadInput::malformed(path, Some(e.line()), e);
        let versioned: Versioned = serde_json::from_str(text).map_err(malformed)?;
        match versioned.format_version {
            Some(v) if v.as_u64() == Some(FORMAT_VERSION) => {}
            Some(v) => {
                return Err(BadInput::UnknownVersion {
                    path: path.to_owned(),
                    found: v.to_string(),
                    reads: FORMAT_VERSION,
                })
            }
            None => {
                return Err(BadInput::malformed(
                    path,
                    None,
                    "no `format_version`: not an errcodes catalogue export (errcodes::docs::Json)",
                ))
            }
        }
        let doc: Document = serde_json::from_str(text).map_err(malformed)?;
        Ok(Export {
            path: path.to_owned(),
            title: doc.title,
            service: doc.domain.unwrap_or(doc.type_name),
            entries: doc.entries,
            retired: doc.retired,
        })
    }
}

/// The files at `paths`: each a file, or a folder's `*.json` files in
/// name order.
pub fn files(paths: &[PathBuf]) -> Result<Vec<PathBuf>, BadInput> {
    let mut files = Vec::new();
    for path in paths {
        if path.is_dir() {
            let mut in_folder: Vec<PathBuf> = std::fs::read_dir(path)
                .map_err(|e| BadInput::unreadable(path, &e))?
                .filter_map(|item| item.ok().map(|item| item.path()))
                .filter(|p| p.extension().is_some_and(|ext| ext == "json"))
                .collect();
            in_folder.sort();
            files.extend(in_folder);
        } else {
            files.push(path.clone());
        }
    }
    Ok(files)
}

/// The exports at `paths` (see [`files`]).
pub fn read_all(paths: &[PathBuf]) -> Result<Vec<Export>, BadInput> {
    files(paths)?
        .iter()
        .map(|file| Export::read(file))
        .collect()
}
