//! Every output written to a folder, and a test that fails when the files
//! there are stale.

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

use crate::contract::{Mode, ACCEPT_VAR};
use crate::ApiError;

/// Each output of `E`'s catalogue as (file name, contents): `{Type}.md`,
/// `{Type}.html`, `{Type}.json` and `{Type}.openapi.json`, named by the type
/// so that several catalogues can share a folder, and for each translation
/// `{Type}.{tag}.md` and `{Type}.{tag}.html`. `version` is the API's
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
        (
            format!("{name}.md"),
            super::Markdown::new(&view).to_string(),
        ),
        (format!("{name}.html"), super::Html::new(&view).to_string()),
        (format!("{name}.json"), json),
        (format!("{name}.openapi.json"), openapi),
    ];
    for language in E::catalogue().languages() {
        let tag = language.tag();
        let view = super::View::of_in::<E>(tag);
        outputs.push((
            format!("{name}.{tag}.md"),
            super::Markdown::new(&view).to_string(),
        ));
        outputs.push((
            format!("{name}.{tag}.html"),
            super::Html::new(&view).to_string(),
        ));
    }
    outputs
}

/// Writes every output of `E`'s catalogue into `dir` (created if missing)
/// and returns the paths written.
///
/// # Errors
///
/// When the folder or a file cannot be written.
pub fn write_all<E: ApiError>(dir: impl AsRef<Path>, version: &str) -> io::Result<Vec<PathBuf>> {
    let dir = dir.as_ref();
    std::fs::create_dir_all(dir)?;
    outputs::<E>(version)
        .into_iter()
        .map(|(name, text)| {
            let path = dir.join(name);
            std::fs::write(&path, text)?;
            Ok(path)
        })
        .collect()
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
/// [`Mode::Accept`] writes the stale ones.
///
/// # Errors
///
/// [`Stale`] (in [`Mode::Check`]) naming each missing or differing file, or
/// a file that cannot be read or written (as a one-file [`Stale`]).
pub fn fresh_with<E: ApiError>(
    dir: impl AsRef<Path>,
    version: &str,
    mode: Mode,
) -> Result<Vec<PathBuf>, Stale> {
    let dir = dir.as_ref();
    let mut stale = Vec::new();
    let mut written = Vec::new();
    for (name, text) in outputs::<E>(version) {
        let path = dir.join(name);
        let hint = match std::fs::read_to_string(&path) {
            Ok(old) if old == text => continue,
            Ok(old) => first_difference(&old, &text),
            Err(e) if e.kind() == io::ErrorKind::NotFound => "missing".to_owned(),
            Err(e) => e.to_string(),
        };
        if mode == Mode::Accept {
            let done = std::fs::create_dir_all(dir).and_then(|()| std::fs::write(&path, text));
            match done {
                Ok(()) => written.push(path),
                Err(e) => stale.push((path, e.to_string())),
            }
        } else {
            stale.push((path, hint));
        }
    }
    if stale.is_empty() {
        Ok(written)
    } else {
        Err(Stale { files: stale })
    }
}

/// Where `old` and `new` first differ, as a line number and both lines.
fn first_difference(old: &str, new: &str) -> String {
    let mut old_lines = old.lines();
    let mut new_lines = new.lines();
    let mut line = 1;
    loop {
        match (old_lines.next(), new_lines.next()) {
            (Some(a), Some(b)) if a == b => line += 1,
            (None, None) => return "differs in line endings or the final newline".to_owned(),
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
    if let Err(stale) = fresh_with::<E>(dir, version, Mode::from_env()) {
        panic!("{stale}");
    }
}
