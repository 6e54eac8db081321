//! What `errcodes portal` writes beside the page: every export in one JSON
//! document (the OpenAPI documents are merged in `openapi.rs`), and the
//! all-or-none write of its files.

use std::path::{Path, PathBuf};

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
