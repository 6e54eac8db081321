//! What `errcodes portal` writes beside the page: every export in one JSON
//! document, and the services' OpenAPI documents as one, for gateways and
//! API portals.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::{json, Map, Value};

use crate::error::BadInput;

/// `{"format_version": 1, "catalogues": [export, ...]}`: each export whole,
/// in the order read, as its text: read already (`Export::parse`), it is
/// not parsed again into a tree, which at 100,000 entries takes gigabytes.
pub struct Exports(String);

impl Exports {
    pub fn new() -> Self {
        let version = crate::export::FORMAT_VERSION;
        Exports(format!(
            "{{\"format_version\": {version}, \"catalogues\": [\n"
        ))
    }

    /// `text`: an export `Export::parse` accepted.
    pub fn push(&mut self, text: &str) {
        if !self.0.ends_with('\n') {
            self.0.push_str(",\n");
        }
        self.0.push_str(text.trim());
    }

    pub fn finish(mut self) -> String {
        self.0.push_str("\n]}\n");
        self.0
    }
}

/// One OpenAPI document of every service's (`errcodes::docs::openapi`):
/// their paths and components side by side. A component of one name in
/// two documents must be the same; a path's operation may be in one only;
/// a document's `servers` go to its paths, where they apply, and all of
/// them to the document.
pub fn openapi(files: &[PathBuf]) -> Result<Value, BadInput> {
    let mut version: Option<(String, &Path)> = None;
    let mut paths: Map<String, Value> = Map::new();
    let mut components: BTreeMap<String, Map<String, Value>> = BTreeMap::new();
    let mut origin: BTreeMap<String, &Path> = BTreeMap::new();
    let mut all_servers: Vec<Value> = Vec::new();
    for file in files {
        let text = crate::inputs::read_file(file)?;
        let doc: Value = serde_json::from_str(&text)
            .map_err(|e| BadInput::malformed(file, Some(e.line()), e))?;
        let Some(this) = doc["openapi"].as_str() else {
            return Err(BadInput::malformed(
                file,
                None,
                "no `openapi` version: not an OpenAPI document",
            ));
        };
        match &version {
            Some((first, at)) if first != this => {
                let reason = format!("OpenAPI {this}, but {} is {first}", at.display());
                return Err(BadInput::malformed(file, None, reason));
            }
            Some(_) => {}
            None => version = Some((this.to_owned(), file)),
        }
        let servers = doc.get("servers").cloned();
        for server in servers
            .iter()
            .flat_map(|s| s.as_array().into_iter().flatten())
        {
            if !all_servers.contains(server) {
                all_servers.push(server.clone());
            }
        }
        for (path, item) in doc["paths"].as_object().into_iter().flatten() {
            let merged = paths.entry(path.clone()).or_insert_with(|| json!({}));
            for (method, operation) in item.as_object().into_iter().flatten() {
                let key = format!("{path} {method}");
                if let Some(at) = origin.insert(key.clone(), file) {
                    let reason = format!("{key} is in {} too", at.display());
                    return Err(BadInput::malformed(file, None, reason));
                }
                merged[method] = operation.clone();
            }
            if let (Some(servers), None) = (&servers, merged.get("servers")) {
                merged["servers"] = servers.clone();
            }
        }
        for (kind, members) in doc["components"].as_object().into_iter().flatten() {
            let merged = components.entry(kind.clone()).or_default();
            for (name, value) in members.as_object().into_iter().flatten() {
                match merged.get(name) {
                    Some(existing) if existing != value => {
                        let reason =
                            format!("components.{kind}.{name} differs from another document's");
                        return Err(BadInput::malformed(file, None, reason));
                    }
                    Some(_) => {}
                    None => {
                        merged.insert(name.clone(), value.clone());
                    }
                }
            }
        }
    }
    if all_servers.is_empty() {
        all_servers.push(json!({"url": "/"}));
    }
    let version = version.map_or_else(|| "3.1.0".to_owned(), |(v, _)| v);
    Ok(json!({
        "openapi": version,
        "info": {"title": "Error codes", "version": "1.0.0",
                 "description": format!("The errors of {} OpenAPI documents, merged by errcodes portal.", files.len())},
        "servers": all_servers,
        "paths": paths,
        "components": components,
    }))
}

/// Writes every `(name, contents)` into `dir` (created if missing), all or
/// none, each file whole even when another `errcodes portal` writes the
/// same folder at once (`errcodes::docs::write_files`).
pub fn write_all(dir: &Path, files: &[(&str, String)]) -> Result<Vec<PathBuf>, BadInput> {
    use errcode_core::contract::WriteError;
    errcode_core::docs::write_files(dir, files).map_err(|e| BadInput::Unwritable {
        path: e.path().to_owned(),
        reason: match &e {
            WriteError::Io { error, .. } => error.to_string(),
            WriteError::NotAFile { found, .. } => format!("{found} is there, not a file"),
            _ => e.to_string(),
        },
    })
}
