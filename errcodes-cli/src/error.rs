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
    /// A folder given for exports that holds none.
    NoExports { dir: PathBuf },
    /// One file given twice (`errcodes check errors/ errors/billing.json`).
    GivenTwice { first: PathBuf, second: PathBuf },
    /// Two exports of one catalogue of a service (its type): two versions
    /// of it, whose entries and links in the portal would be ambiguous.
    CatalogueTwice {
        service: String,
        type_name: String,
        first: PathBuf,
        second: PathBuf,
    },
    /// A path that cannot be read at a git revision (`--baseline-rev`).
    AtRevision {
        path: PathBuf,
        rev: String,
        reason: String,
    },
    /// An output that cannot be written.
    Unwritable { path: PathBuf, reason: String },
}

impl BadInput {
    pub fn unreadable(path: &Path, error: &std::io::Error) -> Self {
        BadInput::Unreadable {
            path: path.to_owned(),
            reason: error.to_string(),
        }
    }

    pub fn at_revision(path: &Path, rev: &str, reason: impl fmt::Display) -> Self {
        BadInput::AtRevision {
            path: path.to_owned(),
            rev: rev.to_owned(),
            reason: reason.to_string(),
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
            BadInput::NoExports { dir } => {
                write!(f, "no *.json exports in {}", dir.display())
            }
            BadInput::GivenTwice { first, second } => write!(
                f,
                "{}: given twice (also as {}): give each export once",
                second.display(),
                first.display()
            ),
            BadInput::CatalogueTwice {
                service,
                type_name,
                first,
                second,
            } => write!(
                f,
                "{}: a second export of {service}'s {type_name} (the first is {}): \
                 give each catalogue once",
                second.display(),
                first.display()
            ),
            BadInput::AtRevision { path, rev, reason } => {
                write!(f, "{} at {rev}: {reason}", path.display())
            }
            BadInput::Unwritable { path, reason } => {
                write!(f, "{}: cannot be written: {reason}", path.display())
            }
        }
    }
}
