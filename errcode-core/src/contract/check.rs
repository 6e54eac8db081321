//! A catalogue checked against its lock file, and the file rewritten when
//! the check allows it.

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

use super::{Change, ChangeKind, InvalidAccept, Lock, Mode, ParseError, Read, ACCEPT_VAR, VERSION};
use crate::atomic_file::{self, WriteError};
use crate::ApiError;

/// What a passing check did.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Outcome {
    /// The lock records the catalogue as it is (a byte order mark and CRLF
    /// line endings aside, which are left as they are).
    Unchanged,
    /// The lock was rewritten with these changes (compatible ones, or any
    /// in [`Mode::Accept`]; none for a lock written for the first time).
    Written(Vec<Change>),
}

/// Why a check failed. A failed check has written nothing.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// The catalogue changed in ways that break clients.
    Breaking {
        /// The lock file.
        path: PathBuf,
        /// Every change, breaking ones first.
        changes: Vec<Change>,
    },
    /// There is no lock file yet.
    Missing {
        /// Where it was looked for.
        path: PathBuf,
    },
    /// The lock file's entries are damaged (a merge conflict, a hand edit);
    /// [`Mode::Accept`] rewrites it.
    Parse {
        /// The lock file.
        path: PathBuf,
        /// What is wrong.
        error: ParseError,
    },
    /// The file has no lock header: it is no contract lock at all (the path
    /// is wrong), and is neither checked nor written over, in any mode.
    NotALock {
        /// The file.
        path: PathBuf,
        /// Why its header is not a lock's.
        error: ParseError,
    },
    /// The lock records another catalogue's contract, in its header line's
    /// `type`: two catalogues were given one path. It is neither checked
    /// nor written over, in any mode.
    OtherCatalogue {
        /// The lock file.
        path: PathBuf,
        /// The catalogue the lock records.
        locked: String,
        /// The catalogue checked against it.
        checked: String,
    },
    /// The catalogue changed in ways no mode accepts: a code the lock
    /// retired used again, or, in a lock that requires `since`, an addition
    /// without one. Nothing is written, in any mode.
    Refused {
        /// The lock file.
        path: PathBuf,
        /// Each refused change, explained.
        changes: Vec<Change>,
    },
    /// [`ACCEPT_VAR`] is set to a value that neither accepts nor checks.
    Env(InvalidAccept),
    /// Reading the lock failed.
    Io {
        /// The lock file.
        path: PathBuf,
        /// The failure.
        error: io::Error,
    },
    /// Writing the lock failed; the file is as it was.
    Write(WriteError),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Breaking { path, changes } => {
                let breaking = changes.iter().filter(|c| c.breaking).count();
                writeln!(
                    f,
                    "the error contract in {} has {breaking} breaking change{}:",
                    path.display(),
                    if breaking == 1 { "" } else { "s" }
                )?;
                for change in changes {
                    let tag = if change.breaking { "breaking" } else { "compatible" };
                    writeln!(f, "  - {tag}: {change}")?;
                }
                write!(
                    f,
                    "if the break is intended, run the tests with {ACCEPT_VAR}=1 to rewrite the lock, and commit it"
                )
            }
            Error::Missing { path } => write!(
                f,
                "no contract lock at {}; run the tests with {ACCEPT_VAR}=1 to write it, and commit it",
                path.display()
            ),
            Error::Parse { path, error } => write!(
                f,
                "{} is not a contract lock: {error}; run the tests with {ACCEPT_VAR}=1 to rewrite it",
                path.display()
            ),
            Error::NotALock { path, error } => write!(
                f,
                "{} is no errcodes contract lock ({error}), and is left alone: \
                 check the path, or remove the file for the lock to be written there",
                path.display()
            ),
            Error::OtherCatalogue {
                path,
                locked,
                checked,
            } => write!(
                f,
                "{} is the contract lock of `{locked}`, not of `{checked}`, and is left alone: \
                 give each catalogue a lock of its own; if `{locked}` was renamed `{checked}`, \
                 write `{checked}` as the `type` in the lock's header line",
                path.display()
            ),
            Error::Refused { path, changes } => {
                write!(
                    f,
                    "the error contract in {} refuses {} change{} that {ACCEPT_VAR}=1 does not accept:",
                    path.display(),
                    changes.len(),
                    if changes.len() == 1 { "" } else { "s" }
                )?;
                for change in changes {
                    write!(f, "\n  - {change}")?;
                }
                Ok(())
            }
            Error::Env(error) => error.fmt(f),
            Error::Io { path, error } => write!(f, "{}: {error}", path.display()),
            Error::Write(error) => error.fmt(f),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Parse { error, .. } | Error::NotALock { error, .. } => Some(error),
            Error::Env(error) => Some(error),
            Error::Io { error, .. } => Some(error),
            Error::Write(error) => Some(error),
            _ => None,
        }
    }
}

/// Checks `E`'s catalogue against the lock at `path`, in the mode
/// [`ACCEPT_VAR`] selects (see [`check_with`]).
///
/// # Errors
///
/// [`Error::Env`] for a value of [`ACCEPT_VAR`] that neither accepts nor
/// checks; else see [`check_with`].
pub fn check<E: ApiError>(path: impl AsRef<Path>) -> Result<Outcome, Error> {
    check_with::<E>(path, Mode::from_env().map_err(Error::Env)?)
}

/// Checks `E`'s catalogue against the lock at `path`.
///
/// In [`Mode::Check`], a breaking change fails and writes nothing, and
/// compatible changes are written to the lock. In [`Mode::Accept`], the lock
/// is written as the catalogue is now, and each code it no longer has goes
/// into the lock's retired lines. Either way a lock of another catalogue
/// (by the `type` in its header line), or a file that is no lock, is
/// refused and left alone, and so is a catalogue that uses a code the lock
/// retired, or adds an entry without `since` to a lock that requires it
/// ([`Error::Refused`]). A lock of an older version is rewritten in this
/// one, with the facts it did not record (and a change that says so).
///
/// The lock is written whole or not at all (staged beside it, synced and
/// renamed over it), so that checks running at once in threads or test
/// binaries each read a whole lock; they write the same bytes, since the
/// lock is a function of the catalogue.
///
/// # Errors
///
/// [`Error::Breaking`] with every change explained, [`Error::Missing`],
/// [`Error::Parse`] for a damaged lock (in [`Mode::Check`]),
/// [`Error::NotALock`], [`Error::OtherCatalogue`], [`Error::Refused`],
/// [`Error::Io`] or [`Error::Write`].
pub fn check_with<E: ApiError>(path: impl AsRef<Path>, mode: Mode) -> Result<Outcome, Error> {
    check_lock(path, Lock::of::<E>(), mode)
}

/// Checks `now`, a catalogue's lock with what else it records (the API's
/// operations, [`Lock::with_operations`]), against the lock at `path`, as
/// [`check_with`] does for a catalogue alone.
///
/// # Errors
///
/// As [`check_with`].
pub fn check_lock(path: impl AsRef<Path>, now: Lock, mode: Mode) -> Result<Outcome, Error> {
    let path = path.as_ref();
    let fresh = now.to_string();
    let (changes, text) = match atomic_file::read(path) {
        Ok(Some(old)) if atomic_file::same_text(&old, &fresh) => return Ok(Outcome::Unchanged),
        Ok(Some(old)) => match recorded_changes(path, &old, now, mode)? {
            Some(recorded) => recorded,
            None => return Ok(Outcome::Unchanged),
        },
        Ok(None) if mode == Mode::Accept => (Vec::new(), fresh),
        Ok(None) => {
            return Err(Error::Missing {
                path: path.to_owned(),
            })
        }
        Err(WriteError::Io { path, error }) => return Err(Error::Io { path, error }),
        Err(refused) => return Err(Error::Write(refused)),
    };
    if mode == Mode::Check && changes.iter().any(|c| c.breaking) {
        return Err(Error::Breaking {
            path: path.to_owned(),
            changes,
        });
    }
    atomic_file::write(path, &text).map_err(Error::Write)?;
    Ok(Outcome::Written(changes))
}

/// The changes from the lock `old`, read from `path`, to `now`, and the
/// lock to write: `now` with what `old` keeps ([`Lock::written_over`]);
/// `None` where that is `old` as it is.
fn recorded_changes(
    path: &Path,
    old: &str,
    now: Lock,
    mode: Mode,
) -> Result<Option<(Vec<Change>, String)>, Error> {
    let damaged = |error, now: Lock| match mode {
        Mode::Check => Err(Error::Parse {
            path: path.to_owned(),
            error,
        }),
        Mode::Accept => Ok(Some((Vec::new(), now.to_string()))),
    };
    // An empty file is nobody's lock: it reads as a damaged one.
    let read = match Read::of(old) {
        Ok(read) => read,
        Err(error) if atomic_file::without_bom(old).trim().is_empty() => {
            return damaged(error, now)
        }
        Err(error) => {
            return Err(Error::NotALock {
                path: path.to_owned(),
                error,
            })
        }
    };
    if read.type_name != now.type_name {
        return Err(Error::OtherCatalogue {
            path: path.to_owned(),
            locked: read.type_name,
            checked: now.type_name.clone(),
        });
    }
    let locked = match read.into_lock() {
        Ok(locked) => locked,
        Err(error) => return damaged(error, now),
    };
    let refused = [locked.reused_codes(&now), locked.missing_since(&now)].concat();
    if !refused.is_empty() {
        return Err(Error::Refused {
            path: path.to_owned(),
            changes: refused,
        });
    }
    let written = now.written_over(&locked, mode == Mode::Accept);
    let text = written.to_string();
    if atomic_file::same_text(old, &text) {
        return Ok(None);
    }
    let mut changes = locked.diff(&written);
    if locked.version < VERSION {
        changes.push(Change {
            breaking: false,
            kind: ChangeKind::Changed,
            text: format!(
                "the lock was of version {}, which predates headers, gRPC codes, exposure, the body \
                 format and the ranges, values and formats of members and what is inside arrays; \
                 it is rewritten as version {VERSION}, with them",
                locked.version
            ),
        });
    }
    Ok(Some((changes, text)))
}

/// Panics, explaining each breaking change, when `E`'s catalogue breaks the
/// contract recorded at `path`; run with `ERRCODE_ACCEPT=1` to rewrite it.
/// For tests: a failing check is the test's failure.
///
/// # Panics
///
/// When [`check`] fails, with its explanation.
#[track_caller]
pub fn assert_contract<E: ApiError>(path: impl AsRef<Path>) {
    assert_lock(path, Lock::of::<E>());
}

/// [`assert_contract`] for a lock with what else it records: the API's
/// operations, each with the errors its set declares.
///
/// ```no_run
/// # use errcodes::ApiError;
/// # #[derive(Debug, ApiError)]
/// # pub enum ServiceError { #[code(34404, status = 404, msg = "No such member")] MemberNotFound }
/// # errcodes::error_set! { pub GetMemberErrors: ServiceError = [MemberNotFound]; }
/// use errcodes::contract::{assert_lock, Lock};
/// use errcodes::Operation;
///
/// #[test]
/// fn error_contract() {
///     let operations = [Operation::new::<GetMemberErrors>("GET", "/members/{id}")];
///     assert_lock("errors.lock", Lock::of::<ServiceError>().with_operations(&operations));
/// }
/// ```
///
/// # Panics
///
/// When [`check_lock`] fails (in the mode [`ACCEPT_VAR`] selects), with its
/// explanation.
#[track_caller]
pub fn assert_lock(path: impl AsRef<Path>, now: Lock) {
    let checked = Mode::from_env()
        .map_err(Error::Env)
        .and_then(|mode| check_lock(path, now, mode));
    if let Err(e) = checked {
        panic!("{e}");
    }
}
