//! The command's inputs, read from disk or as they were at a git revision:
//! exports (files, or folders of `*.json` files), each parsed once and
//! each service's export given once, and single files (the registry, the
//! OpenAPI documents).

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::error::BadInput;
use crate::export::{self, Export};
use crate::git;
use crate::progress::Progress;
use crate::registry::Registry;

/// Where inputs are read from.
#[derive(Clone, Copy)]
pub enum At<'a> {
    Disk,
    /// As they were at this git revision.
    Revision(&'a str),
}

/// The text of the regular file at `path`. A folder, a FIFO (whose read
/// would wait for a writer forever) or a device is refused before it is
/// opened.
pub fn read_file(path: &Path) -> Result<String, BadInput> {
    let meta = std::fs::metadata(path).map_err(|e| BadInput::unreadable(path, &e))?;
    if !meta.is_file() {
        let found = if meta.is_dir() {
            "a folder"
        } else {
            "a FIFO, socket or device"
        };
        return Err(BadInput::Unreadable {
            path: path.to_owned(),
            reason: format!("{found}, not a file"),
        });
    }
    text_of(
        path,
        std::fs::read(path).map_err(|e| BadInput::unreadable(path, &e))?,
    )
}

/// `bytes` as text: UTF-8, as JSON and TOML are. UTF-16 is named as such:
/// Windows PowerShell's `>` writes it.
fn text_of(path: &Path, bytes: Vec<u8>) -> Result<String, BadInput> {
    String::from_utf8(bytes).map_err(|e| {
        let utf16 = matches!(e.as_bytes(), [0xff, 0xfe, ..] | [0xfe, 0xff, ..]);
        let reason = if utf16 {
            "UTF-16 text, not UTF-8 (as Windows PowerShell's `>` writes): write it as UTF-8"
        } else {
            "not UTF-8 text"
        };
        BadInput::malformed(path, None, reason)
    })
}

/// The registry at `path`, on disk or at a revision.
pub fn registry(path: &Path, at: At) -> Result<Registry, BadInput> {
    match at {
        At::Disk => Registry::parse(path, read_file(path)?),
        At::Revision(rev) => {
            let mut registry = None;
            git::locate(rev, &[path.to_owned()], false)?.read(|blob| {
                let text = text_of(&blob.shown, blob.bytes)?;
                registry = Some(Registry::parse(&blob.shown, text)?);
                Ok(())
            })?;
            registry.ok_or_else(|| BadInput::at_revision(path, rev, "not a file"))
        }
    }
}

/// The files at `paths` on disk: each a file, or a folder's exports (see
/// [`export::is_export_name`]) in name order; a folder of none is refused.
fn files(paths: &[PathBuf]) -> Result<Vec<PathBuf>, BadInput> {
    let mut files = Vec::new();
    for path in paths {
        if !path.is_dir() {
            files.push(path.clone());
            continue;
        }
        let mut in_folder = Vec::new();
        for item in std::fs::read_dir(path).map_err(|e| BadInput::unreadable(path, &e))? {
            let item = item.map_err(|e| BadInput::unreadable(path, &e))?.path();
            if export::is_export_name(&item) {
                in_folder.push(item);
            }
        }
        if in_folder.is_empty() {
            return Err(BadInput::NoExports { dir: path.clone() });
        }
        in_folder.sort();
        files.extend(in_folder);
    }
    Ok(files)
}

/// Each file once, each catalogue (a service's type) once: a service may
/// have several catalogues, whose codes `check` compares as any others.
#[derive(Default)]
struct Once {
    files: HashMap<PathBuf, PathBuf>,
    catalogues: HashMap<(String, String), PathBuf>,
}

impl Once {
    fn file(&mut self, same_as: PathBuf, shown: &Path) -> Result<(), BadInput> {
        match self.files.insert(same_as, shown.to_owned()) {
            Some(first) => Err(BadInput::GivenTwice {
                first,
                second: shown.to_owned(),
            }),
            None => Ok(()),
        }
    }

    fn catalogue(&mut self, export: &Export) -> Result<(), BadInput> {
        let key = (export.service.clone(), export.type_name.clone());
        match self.catalogues.insert(key, export.path.clone()) {
            Some(first) => Err(BadInput::CatalogueTwice {
                service: export.service.clone(),
                type_name: export.type_name.clone(),
                first,
                second: export.path.clone(),
            }),
            None => Ok(()),
        }
    }
}

/// The exports at `paths`, each handed to `with_text` with its text
/// before the text is dropped (the portal keeps it; `check` does not,
/// so that one export's text is held at a time).
pub fn exports(
    paths: &[PathBuf],
    at: At,
    mut with_text: impl FnMut(&str),
) -> Result<Vec<Export>, BadInput> {
    let mut once = Once::default();
    let mut exports = Vec::new();
    let mut take = |shown: &Path, same_as: PathBuf, text: &str| -> Result<(), BadInput> {
        once.file(same_as, shown)?;
        // A byte order mark an editor put first is no part of the JSON.
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let export = Export::parse(shown, text)?;
        once.catalogue(&export)?;
        with_text(text);
        exports.push(export);
        Ok(())
    };
    match at {
        At::Disk => {
            let files = files(paths)?;
            let mut progress = Progress::on_stderr("exports", files.len());
            for file in &files {
                let same_as = file.canonicalize().unwrap_or_else(|_| file.clone());
                take(file, same_as, &read_file(file)?)?;
                progress.tick();
            }
        }
        At::Revision(rev) => {
            let files = git::locate(rev, paths, true)?;
            let mut progress = Progress::on_stderr("exports", files.len());
            files.read(|blob| {
                take(
                    &blob.shown,
                    blob.same_as,
                    &text_of(&blob.shown, blob.bytes)?,
                )?;
                progress.tick();
                Ok(())
            })?;
        }
    }
    Ok(exports)
}
