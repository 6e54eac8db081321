//! Bad input: what makes the command exit 2, each naming its file (and
//! line where there is one).

use std::fmt;
use std::path::{Path, PathBuf};

#[derive(Debug)]
pub enum BadInput {
    /// The file cannot be read (it does not exist, or is a folder of no exports).
    Unreadable { path: PathBuf, reason: String },
    /// Not JSON or TOML of the expected shape.
    Malformed {
        path: PathBuf,
        line: Option<usize>,
        reason: String,
    },
    /// An export of a format version this command does not read.
    UnknownVersion {
        path: PathBuf,
        found: String,
        /// The version this command reads.
        reads: u64,
    },
    /// Two code ranges of the registry overlap.
    Overlap {
        path: PathBuf,
        line: Option<usize>,
        reason: String,
    },
    /// A name the registry does not have (`next --service`).
    UnknownService { path: PathBuf, service: String },
}

impl BadInput {
    pub fn unreadable(path: &Path, error: &std::io::Error) -> Self {
        BadInput::Unreadable {
            path: path.to_owned(),
            reason: error.to_string(),
        }
    }

    pub fn malformed(path: &Path, line: Option<usize>, reason: impl fmt::Display) -> Self {
        BadInput::Malformed {
            path: path.to_owned(),
            line,
            reason: reason.to_string(),
        }
    }
}

/// `file:line` or `file`.
fn at(path: &Path, line: Option<usize>) -> String {
    match line {
        Some(line) => format!("{}:{line}", path.display()),
        None => path.display().to_string(),
    }
}

impl fmt::Display for BadInput {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BadInput::Unreadable { path, reason } => {
                write!(f, "{}: cannot be read: {reason}", path.display())
            }
            BadInput::Malformed { path, line, reason } => {
                write!(f, "{}: {reason}", at(path, *line))
            }
            BadInput::UnknownVersion { path, found, reads } => write!(
                f,
                "{}: format_version {found} is not one this errcodes reads (it reads {})",
                path.display(),
                reads
            ),
            BadInput::Overlap { path, line, reason } => {
                write!(f, "{}: {reason}", at(path, *line))
            }
            BadInput::UnknownService { path, service } => write!(
                f,
                "{}: no service named `{service}` in this registry",
                path.display()
            ),
        }
    }
}
