//! `errcodes explain CODE EXPORT...`: what the exports say about one code,
//! as plain text in the words of `errcodes::Explanation` (an entry's facts,
//! its summary and its sections, as `rustc --explain` prints), or the
//! exports' own entries as JSON.

use std::fmt;
use std::path::PathBuf;

use serde::Deserialize;

use crate::error::BadInput;
use crate::export::Code;
use crate::inputs::{self, At};

/// The entries with one code in one export.
pub struct Found {
    pub path: PathBuf,
    /// The service: the catalogue's `domain`, else its type name.
    pub service: String,
    /// The entries as the export has them, every member kept.
    pub entries: Vec<serde_json::Value>,
}

/// The entries of `paths`' exports whose code, as written, is `code`, in
/// file order; an export without one is left out.
pub fn find(code: &str, paths: &[PathBuf]) -> Result<Vec<Found>, BadInput> {
    let mut texts = Vec::new();
    let exports = inputs::exports(paths, At::Disk, |text| texts.push(text.to_owned()))?;
    let mut found = Vec::new();
    for (export, text) in exports.into_iter().zip(texts) {
        let doc: Document = serde_json::from_str(&text)
            .map_err(|e| BadInput::malformed(&export.path, Some(e.line()), e))?;
        let entries: Vec<serde_json::Value> = doc
            .entries
            .into_iter()
            .filter(|entry| has_code(entry, code))
            .collect();
        if !entries.is_empty() {
            found.push(Found {
                path: export.path,
                service: export.service,
                entries,
            });
        }
    }
    Ok(found)
}

#[derive(Deserialize)]
struct Document {
    entries: Vec<serde_json::Value>,
}

fn has_code(entry: &serde_json::Value, code: &str) -> bool {
    match serde_json::from_value::<Option<Code>>(entry["code"].clone()) {
        Ok(Some(own)) => own.to_string() == code,
        _ => false,
    }
}

/// The text of what was found: each export's entries as
/// `errcodes::Explanation` writes them, apart by `---`; where several
/// exports have the code, each export's entries open with its service.
pub fn text(found: &[Found]) -> Result<String, BadInput> {
    let mut blocks = Vec::new();
    for export in found {
        let mut entries = Vec::new();
        for entry in &export.entries {
            let entry: Entry = serde_json::from_value(entry.clone())
                .map_err(|e| BadInput::malformed(&export.path, None, e))?;
            entries.push(entry.to_string());
        }
        let entries = entries.join("\n---\n\n");
        blocks.push(if found.len() > 1 {
            format!(
                "service: {} ({})\n\n{entries}",
                export.service,
                export.path.display()
            )
        } else {
            entries
        });
    }
    Ok(blocks.join("\n---\n\n"))
}

/// What the text shows of an export's entry.
#[derive(Deserialize)]
struct Entry {
    code: Option<Code>,
    name: String,
    title: Option<String>,
    sent_status: u16,
    #[serde(default)]
    also_status: Vec<u16>,
    retry: String,
    fault: String,
    message: String,
    category: Option<String>,
    parent: Option<Code>,
    #[serde(default)]
    body_fields: Vec<BodyField>,
    #[serde(default)]
    headers: Vec<Header>,
    since: Option<String>,
    deprecated: Option<Deprecated>,
    summary: Option<String>,
    #[serde(default)]
    sections: Vec<Section>,
}

#[derive(Deserialize)]
struct BodyField {
    member: String,
    #[serde(rename = "type")]
    ty: String,
}

#[derive(Deserialize)]
struct Header {
    name: String,
    value: Option<String>,
    field: Option<String>,
}

#[derive(Deserialize)]
struct Deprecated {
    since: String,
    replaced_by: Option<Code>,
}

#[derive(Deserialize)]
struct Section {
    heading: String,
    text: String,
}

impl fmt::Display for Entry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(code) = &self.code {
            write!(f, "{code} ")?;
        }
        f.write_str(&self.name)?;
        if let Some(title) = &self.title {
            write!(f, ": {title}")?;
        }
        write!(f, "\nstatus: {}", self.sent_status)?;
        for also in &self.also_status {
            write!(f, ", {also}")?;
        }
        writeln!(f, " (retry: {}, fault: {})", self.retry, self.fault)?;
        if !self.message.is_empty() {
            writeln!(f, "message: {}", self.message)?;
        }
        if let Some(category) = &self.category {
            writeln!(f, "category: {category}")?;
        }
        if let Some(parent) = &self.parent {
            writeln!(f, "refines: {parent}")?;
        }
        for field in &self.body_fields {
            writeln!(f, "body member: {} ({})", field.member, field.ty)?;
        }
        for header in &self.headers {
            match (&header.value, &header.field) {
                (Some(value), _) => writeln!(f, "header: {}: {value}", header.name)?,
                (None, field) => writeln!(
                    f,
                    "header: {} (from {})",
                    header.name,
                    field.as_deref().unwrap_or("a field")
                )?,
            }
        }
        if let Some(since) = &self.since {
            writeln!(f, "since: {since}")?;
        }
        if let Some(deprecated) = &self.deprecated {
            write!(f, "deprecated since {}", deprecated.since)?;
            if let Some(replacement) = &deprecated.replaced_by {
                write!(f, ", replaced by {replacement}")?;
            }
            f.write_str("\n")?;
        }
        if let Some(summary) = &self.summary {
            write!(f, "\n{}\n", lines(summary))?;
        }
        for section in &self.sections {
            write!(f, "\n# {}\n\n{}\n", section.heading, lines(&section.text))?;
        }
        Ok(())
    }
}

/// Text with each line's trailing whitespace (a CRLF's `\r`) left out.
fn lines(text: &str) -> String {
    text.lines()
        .map(str::trim_end)
        .collect::<Vec<_>>()
        .join("\n")
}

/// What `--format json` prints: the code asked for and, per export that
/// has it, its service, file and entries as the export has them.
pub fn json(code: &str, found: &[Found]) -> serde_json::Value {
    let matches: Vec<serde_json::Value> = found
        .iter()
        .map(|f| {
            serde_json::json!({
                "service": f.service,
                "file": f.path.display().to_string(),
                "entries": f.entries,
            })
        })
        .collect();
    serde_json::json!({ "code": code, "matches": matches })
}
