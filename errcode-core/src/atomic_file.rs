//! The files the guards keep in a repository (a contract lock, a docs
//! folder): written whole or not at all, and read back as a checkout or an
//! editor may have left them.
//!
//! A file is staged beside its target, synced, and renamed over it: a
//! reader (another thread, another test binary) sees the old file or the
//! new one, never a part. Writers need no lock between them: what they
//! write is a function of the catalogue, so two writers of one path write
//! the same bytes and the last rename changes nothing.

use std::fmt;
use std::fs::{File, Permissions};
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// Why a generated file was not written. Nothing of the files written
/// together was, when a target was refused or a file could not be staged.
#[derive(Debug)]
#[non_exhaustive]
pub enum WriteError {
    /// The path holds something other than a regular file: a directory, or
    /// a symbolic link, which is neither followed (its target may lie
    /// outside the folder) nor replaced (whatever it links for would
    /// silently go stale).
    NotAFile {
        /// The target.
        path: PathBuf,
        /// What is there: `"a directory"`, `"a symbolic link"`, `"a FIFO, socket or device"`.
        found: &'static str,
    },
    /// Reading the target's metadata, staging or renaming failed.
    Io {
        /// The target.
        path: PathBuf,
        /// The failure.
        error: io::Error,
    },
}

impl WriteError {
    /// The file that was not written.
    #[must_use]
    pub fn path(&self) -> &Path {
        match self {
            WriteError::NotAFile { path, .. } | WriteError::Io { path, .. } => path,
        }
    }

    /// Why, without the path.
    pub(crate) fn reason(&self) -> String {
        match self {
            WriteError::NotAFile { found, .. } => {
                format!("{found}, not a file: remove it for the generated file to be written there")
            }
            WriteError::Io { error, .. } => error.to_string(),
        }
    }
}

impl fmt::Display for WriteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = self.path().display();
        match self {
            WriteError::NotAFile { .. } => write!(f, "{path} is {}", self.reason()),
            WriteError::Io { .. } => write!(f, "{path}: {}", self.reason()),
        }
    }
}

impl std::error::Error for WriteError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            WriteError::Io { error, .. } => Some(error),
            WriteError::NotAFile { .. } => None,
        }
    }
}

/// Writes each `(path, contents)`: every target is checked before any is
/// written, then every file is staged and synced, then each renamed into
/// place. Only a rename failing after an earlier one succeeded (which a
/// staged file in the target's own folder leaves little room for) leaves
/// part of the set written.
pub(crate) fn write_set(files: &[(PathBuf, impl AsRef<str>)]) -> Result<(), WriteError> {
    let permissions = files
        .iter()
        .map(|(path, _)| existing_permissions(path))
        .collect::<Result<Vec<_>, _>>()?;
    let mut staged: Vec<Staged> = Vec::with_capacity(files.len());
    for ((path, contents), permissions) in files.iter().zip(permissions) {
        let file =
            Staged::new(path, contents.as_ref(), permissions).map_err(|error| WriteError::Io {
                path: path.clone(),
                error,
            })?;
        staged.push(file);
    }
    for file in staged {
        file.commit()?;
    }
    Ok(())
}

/// Refuses the set as [`write_set`] would before writing anything: each
/// target that is not a regular file, or whose metadata cannot be read.
pub(crate) fn check_targets(files: &[(PathBuf, impl AsRef<str>)]) -> Result<(), WriteError> {
    for (path, _) in files {
        existing_permissions(path)?;
    }
    Ok(())
}

/// Writes `contents` to `path` as [`write_set`] does.
pub(crate) fn write(path: &Path, contents: &str) -> Result<(), WriteError> {
    write_set(&[(path.to_owned(), contents)])
}

/// The text of the file at `path`, following a symbolic link as a reader
/// does; `None` where there is none. What is not a regular file (a FIFO,
/// which would block the read until something writes to it, a device that
/// never ends, a directory) is refused before it is opened.
pub(crate) fn read(path: &Path) -> Result<Option<String>, WriteError> {
    let io_error = |error| WriteError::Io {
        path: path.to_owned(),
        error,
    };
    match std::fs::metadata(path) {
        Ok(meta) if meta.is_file() => {}
        Ok(meta) => {
            return Err(WriteError::NotAFile {
                path: path.to_owned(),
                found: kind(&meta),
            })
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(error) => return Err(io_error(error)),
    }
    match std::fs::read_to_string(path) {
        Ok(text) => Ok(Some(text)),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(error) => Err(io_error(error)),
    }
}

/// What a path that is not a regular file holds, as [`WriteError::NotAFile`] says it.
fn kind(meta: &std::fs::Metadata) -> &'static str {
    if meta.is_dir() {
        "a directory"
    } else if meta.file_type().is_symlink() {
        "a symbolic link"
    } else {
        "a FIFO, socket or device"
    }
}

/// Whether `on_disk` is `rendered` as a checkout or an editor may store it:
/// with a byte order mark, or with CRLF line endings (`core.autocrlf`).
pub(crate) fn same_text(on_disk: &str, rendered: &str) -> bool {
    let on_disk = without_bom(on_disk);
    on_disk == rendered || on_disk.replace("\r\n", "\n") == rendered.replace("\r\n", "\n")
}

/// `text` without the byte order mark an editor may have put first.
pub(crate) fn without_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

/// The permissions of the regular file at `path`, kept by the file that
/// replaces it; `None` where there is no file yet.
fn existing_permissions(path: &Path) -> Result<Option<Permissions>, WriteError> {
    match std::fs::symlink_metadata(path) {
        Ok(meta) if meta.is_file() => Ok(Some(meta.permissions())),
        Ok(meta) => Err(WriteError::NotAFile {
            path: path.to_owned(),
            found: kind(&meta),
        }),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(error) => Err(WriteError::Io {
            path: path.to_owned(),
            error,
        }),
    }
}

/// A file written and synced beside its target, removed unless committed.
struct Staged {
    temporary: PathBuf,
    target: PathBuf,
    committed: bool,
}

impl Staged {
    fn new(target: &Path, contents: &str, permissions: Option<Permissions>) -> io::Result<Self> {
        /// Tells apart the files staged by threads of one process; the
        /// process id tells processes apart.
        static NEXT: AtomicU64 = AtomicU64::new(0);
        let folder = match target.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        let name = target.file_name().unwrap_or_default().to_string_lossy();
        loop {
            let temporary = folder.join(format!(
                ".{name}.{}.{}.tmp",
                std::process::id(),
                NEXT.fetch_add(1, Ordering::Relaxed)
            ));
            let file = match File::options()
                .write(true)
                .create_new(true)
                .open(&temporary)
            {
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
                opened => opened?,
            };
            // Owned from here: on an error below it is dropped, after the
            // file is closed, and removes it.
            let staged = Staged {
                temporary,
                target: target.to_owned(),
                committed: false,
            };
            fill(file, contents, permissions)?;
            return Ok(staged);
        }
    }

    fn commit(mut self) -> Result<(), WriteError> {
        std::fs::rename(&self.temporary, &self.target).map_err(|error| WriteError::Io {
            path: self.target.clone(),
            error,
        })?;
        self.committed = true;
        sync_folder(&self.target);
        Ok(())
    }
}

impl Drop for Staged {
    fn drop(&mut self) {
        if !self.committed {
            let _ = std::fs::remove_file(&self.temporary);
        }
    }
}

/// Writes `contents` to `file` and syncs it, closing it in any case.
fn fill(mut file: File, contents: &str, permissions: Option<Permissions>) -> io::Result<()> {
    file.write_all(contents.as_bytes())?;
    if let Some(permissions) = permissions {
        file.set_permissions(permissions)?;
    }
    file.sync_all()
}

/// Makes the rename durable. Best effort: the file is in place already,
/// and a folder that cannot be opened to sync (some platforms and file
/// systems) is no reason to report it unwritten.
fn sync_folder(target: &Path) {
    #[cfg(unix)]
    if let Some(folder) = target.parent().filter(|p| !p.as_os_str().is_empty()) {
        if let Ok(folder) = File::open(folder) {
            let _ = folder.sync_all();
        }
    }
    #[cfg(not(unix))]
    let _ = target;
}
