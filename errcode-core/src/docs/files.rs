//! Every output written to a folder, and a test that fails when the files
//! there are stale.

use std::fmt;
use std::path::{Path, PathBuf};

use crate::atomic_file::{self, WriteError};
use crate::contract::{Mode, ACCEPT_VAR};
use crate::ApiError;

/// Each output of `E`'s catalogue as (file name, contents): `{Type}.md`,
/// `{Type}.html`, `{Type}.json`, `{Type}.openapi.json` and the clients in
/// other languages, `{Type}.ts` and `{Type}.py` ([`crate::clients`]), named
/// by the type so that several catalogues can share a folder, and for each
/// translation `{Type}.{tag}.md` and `{Type}.{tag}.html`; then the page of
/// each code in each language, `{Type}/errors/{code}.html` and `.md`
/// (`{code}.{tag}.html` for a translation; see [`EntryPage::file_stem`](super::EntryPage::file_stem)
/// for codes that are no safe file name). `version` is the API's
/// version, `info.version` in the OpenAPI document.
fn outputs<E: ApiError>(version: &str) -> Vec<(String, String)> {
    let name = E::catalogue().type_name();
    let view = super::View::of::<E>();
    let openapi = super::OpenApi::new(&view).document(version);
    let mut openapi = serde_json::to_string_pretty(&openapi).unwrap_or_default();
    openapi.push('\n');
    let mut json = super::Json::new(&view).to_string_pretty();
    if !json.ends_with('\n') {
        json.push('\n');
    }
    let mut outputs = vec![
        (format!("{name}.md"), markdown(&view)),
        (format!("{name}.html"), html(&view)),
        (format!("{name}.json"), json),
        (format!("{name}.openapi.json"), openapi),
        (format!("{name}.ts"), crate::clients::typescript::<E>()),
        (format!("{name}.py"), crate::clients::python::<E>()),
    ];
    let mut pages = entry_pages(&view);
    for language in E::catalogue().languages() {
        let tag = language.tag();
        let view = super::View::of_in::<E>(tag);
        outputs.push((format!("{name}.{tag}.md"), markdown(&view)));
        outputs.push((format!("{name}.{tag}.html"), html(&view)));
        pages.extend(entry_pages(&view));
    }
    outputs.extend(pages);
    outputs
}

/// The catalogue page of a docs folder: linking to the entry pages beside it.
fn html(view: &super::View) -> String {
    super::Html::new(view)
        .links(super::Links::files())
        .to_string()
}

/// The Markdown catalogue page of a docs folder, as [`html`].
fn markdown(view: &super::View) -> String {
    super::Markdown::new(view)
        .links(super::Links::files())
        .to_string()
}

/// The page of each code of `view`, HTML then Markdown, as (path inside
/// the docs folder, contents).
fn entry_pages(view: &super::View) -> Vec<(String, String)> {
    let html = super::Html::new(view).links(super::Links::files());
    let markdown = super::Markdown::new(view).links(super::Links::files());
    let mut pages = Vec::new();
    for page in view.entry_pages() {
        let name = page.name();
        pages.push((
            super::pages::file_path(view, name, "html"),
            html.page(page.clone()),
        ));
        pages.push((
            super::pages::file_path(view, name, "md"),
            markdown.page(page),
        ));
    }
    pages
}

/// The folder of `E`'s entry pages in `dir`.
fn pages_dir<E: ApiError>(dir: &Path) -> PathBuf {
    dir.join(E::catalogue().type_name()).join("errors")
}

/// Writes every output of `E`'s catalogue into `dir` (created if missing)
/// and returns the paths written.
///
/// The set is written whole or not at all: every target is checked before
/// any is written, and each file is staged beside its target and renamed
/// over it, so that a reader never sees part of a file. A directory or a
/// symbolic link where a file goes is refused: a link is not followed (its
/// target may lie outside `dir`) nor replaced (what it links for would go
/// stale unnoticed).
///
/// # Errors
///
/// The first file that could not be written, and why; nothing was written.
pub fn write_all<E: ApiError>(
    dir: impl AsRef<Path>,
    version: &str,
) -> Result<Vec<PathBuf>, WriteError> {
    write_files(dir, &outputs::<E>(version))
}

/// Writes each `(file name, contents)` into `dir` (created if missing) as
/// [`write_all`] writes a catalogue's outputs, and returns the paths
/// written: all or none, each file staged under a name of its own (the
/// process and a counter) and renamed over its target, so that two
/// writers of one folder at once leave each file whole, one writer's or
/// the other's. For outputs made of catalogues in other ways, such as the
/// `errcodes portal` command's page across services.
///
/// # Errors
///
/// The first file that could not be written, and why; nothing was written.
pub fn write_files(
    dir: impl AsRef<Path>,
    files: &[(impl AsRef<str>, String)],
) -> Result<Vec<PathBuf>, WriteError> {
    let dir = dir.as_ref();
    let files: Vec<(PathBuf, &str)> = files
        .iter()
        .map(|(name, text)| (dir.join(name.as_ref()), text.as_str()))
        .collect();
    write_into(dir, &files)?;
    Ok(files.into_iter().map(|(path, _)| path).collect())
}

/// Writes `files` into `dir`, created if missing with the folders inside
/// it that the files need, as [`write_all`] does: a symbolic link where
/// such a folder goes is refused, as one where a file goes is, and no
/// folder is created when a target is refused.
fn write_into(dir: &Path, files: &[(PathBuf, impl AsRef<str>)]) -> Result<(), WriteError> {
    let folders = folders_inside(dir, files)?;
    let all_folders = || std::iter::once(dir).chain(folders.iter().map(PathBuf::as_path));
    // A folder that cannot be one (a file on its way) is named itself,
    // rather than as each file that could not go into it.
    for folder in all_folders() {
        match std::fs::metadata(folder) {
            Ok(meta) if !meta.is_dir() => {
                return Err(WriteError::Io {
                    path: folder.to_owned(),
                    error: std::io::Error::other("a file is there, not a folder"),
                })
            }
            Err(error) if error.kind() != std::io::ErrorKind::NotFound => {
                return Err(WriteError::Io {
                    path: folder.to_owned(),
                    error,
                })
            }
            _ => {}
        }
    }
    atomic_file::check_targets(files)?;
    for folder in all_folders() {
        std::fs::create_dir_all(folder).map_err(|error| WriteError::Io {
            path: folder.to_owned(),
            error,
        })?;
    }
    atomic_file::write_set(files)
}

/// The folders inside `dir` that `files` go into, outermost first; an
/// error where one of them is a symbolic link (which would lead outside
/// `dir`).
fn folders_inside(
    dir: &Path,
    files: &[(PathBuf, impl AsRef<str>)],
) -> Result<Vec<PathBuf>, WriteError> {
    let mut folders: Vec<PathBuf> = Vec::new();
    for (path, _) in files {
        let Some(inside) = path.parent().and_then(|p| p.strip_prefix(dir).ok()) else {
            continue;
        };
        let mut folder = dir.to_owned();
        for part in inside.components() {
            folder.push(part);
            if folders.contains(&folder) {
                continue;
            }
            if std::fs::symlink_metadata(&folder).is_ok_and(|m| m.file_type().is_symlink()) {
                return Err(WriteError::NotAFile {
                    path: folder,
                    found: "a symbolic link",
                });
            }
            folders.push(folder.clone());
        }
    }
    Ok(folders)
}

/// The files in a docs folder that differ from what the catalogue renders.
#[derive(Debug)]
pub struct Stale {
    /// Each stale file, with a hint of the first difference.
    pub files: Vec<(PathBuf, String)>,
}

impl fmt::Display for Stale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "{} generated docs file{} out of date:",
            self.files.len(),
            if self.files.len() == 1 {
                " is"
            } else {
                "s are"
            }
        )?;
        for (path, hint) in &self.files {
            writeln!(f, "  - {}: {hint}", path.display())?;
        }
        write!(
            f,
            "run the tests with {ACCEPT_VAR}=1 to rewrite them, and commit them"
        )
    }
}

impl std::error::Error for Stale {}

/// Compares the files in `dir` with what `E`'s catalogue renders; in
/// [`Mode::Accept`] writes the stale ones, all or none of them (see
/// [`write_all`]), then removes the pages in `{Type}/errors/` that no entry
/// has any more (in [`Mode::Check`] they are stale). A file that differs only in a byte order mark or CRLF
/// line endings (a checkout with `core.autocrlf`) is fresh, and left as it
/// is.
///
/// # Errors
///
/// [`Stale`] (in [`Mode::Check`]) naming each missing or differing file, or
/// a file that cannot be read or written (as a one-file [`Stale`]; in
/// [`Mode::Accept`] nothing was written then).
pub fn fresh_with<E: ApiError>(
    dir: impl AsRef<Path>,
    version: &str,
    mode: Mode,
) -> Result<Vec<PathBuf>, Stale> {
    let dir = dir.as_ref();
    let outputs: Vec<(PathBuf, String)> = outputs::<E>(version)
        .into_iter()
        .map(|(name, text)| (dir.join(name), text))
        .collect();
    let left_over = left_over(&pages_dir::<E>(dir), &outputs);
    let mut stale = Vec::new();
    for (path, text) in outputs {
        let hint = match atomic_file::read(&path) {
            Ok(Some(old)) if atomic_file::same_text(&old, &text) => continue,
            Ok(Some(old)) => first_difference(&old, &text),
            Ok(None) => "missing".to_owned(),
            Err(e) => e.reason(),
        };
        stale.push((path, hint, text));
    }
    if stale.is_empty() && left_over.is_empty() {
        return Ok(Vec::new());
    }
    if mode == Mode::Check {
        let files = stale.into_iter().map(|(path, hint, _)| (path, hint));
        let gone = left_over
            .into_iter()
            .map(|path| (path, NOT_GENERATED.to_owned()));
        return Err(Stale {
            files: files.chain(gone).collect(),
        });
    }
    let files: Vec<(PathBuf, String)> = stale
        .into_iter()
        .map(|(path, _, text)| (path, text))
        .collect();
    write_into(dir, &files).map_err(|e| Stale {
        files: vec![(e.path().to_owned(), e.reason())],
    })?;
    for path in &left_over {
        std::fs::remove_file(path).map_err(|e| Stale {
            files: vec![(path.clone(), e.to_string())],
        })?;
    }
    Ok(files
        .into_iter()
        .map(|(path, _)| path)
        .chain(left_over)
        .collect())
}

/// The hint of a page in the entry pages' folder that no entry has any more.
const NOT_GENERATED: &str = "no entry has this page any more: remove it";

/// The files in `pages` (the entry pages' folder) that are not `outputs`:
/// pages of codes the catalogue no longer has.
fn left_over(pages: &Path, outputs: &[(PathBuf, String)]) -> Vec<PathBuf> {
    let Ok(read) = std::fs::read_dir(pages) else {
        return Vec::new();
    };
    let mut left: Vec<PathBuf> = read
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .map(|e| e.path())
        .filter(|path| !outputs.iter().any(|(output, _)| output == path))
        .collect();
    left.sort();
    left
}

/// Where `old` and `new` first differ, as a line number and both lines.
fn first_difference(old: &str, new: &str) -> String {
    let mut old_lines = old.lines();
    let mut new_lines = new.lines();
    let mut line = 1;
    loop {
        match (old_lines.next(), new_lines.next()) {
            (Some(a), Some(b)) if a == b => line += 1,
            (None, None) => return "differs in the final newline".to_owned(),
            (a, b) => {
                let cut = |l: Option<&str>| {
                    l.map_or_else(
                        || "(end of file)".to_owned(),
                        |l| {
                            let short: String = l.chars().take(80).collect();
                            format!("{short:?}")
                        },
                    )
                };
                return format!("line {line}: file has {}, docs give {}", cut(a), cut(b));
            }
        }
    }
}

/// Panics, naming each stale file, unless the files in `dir` are what `E`'s
/// catalogue renders; with `ERRCODE_ACCEPT=1` rewrites them instead. For
/// tests: keeps a published docs folder in step with the enum.
///
/// # Panics
///
/// When a file is missing or stale, with the list.
#[track_caller]
pub fn assert_fresh<E: ApiError>(dir: impl AsRef<Path>, version: &str) {
    let mode = Mode::from_env().unwrap_or_else(|e| panic!("{e}"));
    if let Err(stale) = fresh_with::<E>(dir, version, mode) {
        panic!("{stale}");
    }
}
