//! Which entries the tests actually sent: a gate that fails listing the
//! entries no test produced, unless the entry says why with
//! `#[code(..., untested = "reason")]`.
//!
//! Call [`record`] first; from then on, every error response the axum and
//! actix-web adapters build (handlers' errors, error sets' screened
//! responses, rejections mapped to entries) and every status
//! [`tonic::status`](crate::tonic) builds is recorded in this process.
//! [`check`] (or [`assert_covered`]) then compares the record with a
//! catalogue.
//!
//! ```
//! # #[cfg(feature = "axum")] {
//! use errcodes::ApiError;
//!
//! #[derive(Debug, ApiError)]
//! enum PayError {
//!     #[code(1, status = 402, msg = "Card declined")]
//!     Declined,
//!     #[code(2, status = 502, msg = "Provider down", untested = "sent only by the payment provider")]
//!     ProviderDown,
//! }
//!
//! errcodes::coverage::record();
//! let _ = errcodes::axum::into_response(&PayError::Declined);
//! errcodes::coverage::assert_covered::<PayError>();
//! # }
//! ```
//!
//! The record lives in the process, and the check belongs in the test
//! binary whose tests send the errors, after them: in the test that drives
//! them (as the server example's `every_entry_is_sent_by_an_example_or_a_test` does), or
//! at the end of a `harness = false` test. Not in a file under `target/`:
//! a file outlives the run, so entries that a deleted test or an earlier
//! run sent would keep passing a gate meant to notice exactly that, and
//! cargo runs no code after its last test binary to merge and judge files.
//!
//! Recording off (no [`record`] call) costs the adapters one relaxed atomic
//! load per error response (`BENCHMARKS.md`).

use core::fmt;
use std::collections::HashSet;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;

use crate::{ApiError, Catalogue, Entry};

static RECORDING: AtomicBool = AtomicBool::new(false);

/// The addresses of the catalogues and entries sent, as pairs: entries are
/// statics, and a catalogue's entries are the same statics wherever it is
/// included, so the catalogue an entry was sent through is kept with it
/// (an included entry one service sent is not covered for another).
static SENT: Mutex<Option<HashSet<(usize, usize)>>> = Mutex::new(None);

/// Starts recording, in this process, which entries are sent. Calling it
/// again changes nothing; the record is never cleared.
pub fn record() {
    RECORDING.store(true, Ordering::Relaxed);
}

/// Whether [`record`] was called in this process.
#[must_use]
pub fn is_recording() -> bool {
    RECORDING.load(Ordering::Relaxed)
}

/// Records that `entry` was sent as an error of `E` (the type whose
/// catalogue, or one it includes, holds the entry), where recording is on:
/// what the adapters call for each error response, and what a response
/// built by other means calls to count (`coverage::sent::<ServiceError>(entry)`).
#[inline]
pub fn sent<E: ApiError>(entry: &'static Entry) {
    if RECORDING.load(Ordering::Relaxed) {
        note(E::catalogue(), entry);
    }
}

#[cold]
fn note(catalogue: &'static Catalogue, entry: &'static Entry) {
    let mut sent = SENT
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    sent.get_or_insert_with(HashSet::new)
        .insert(key(catalogue, entry));
}

fn key(catalogue: &Catalogue, entry: &Entry) -> (usize, usize) {
    (
        core::ptr::from_ref(catalogue) as usize,
        core::ptr::from_ref(entry) as usize,
    )
}

/// Whether `entry` was sent since [`record`], through any catalogue.
#[must_use]
pub fn was_sent(entry: &Entry) -> bool {
    let entry = core::ptr::from_ref(entry) as usize;
    sent_where(|(_, sent)| *sent == entry)
}

/// Whether `entry` was sent as an error of `E` since [`record`]: what
/// [`check::<E>`](check) asks of each entry.
#[must_use]
pub fn was_sent_by<E: ApiError>(entry: &Entry) -> bool {
    let wanted = key(E::catalogue(), entry);
    sent_where(|sent| *sent == wanted)
}

fn sent_where(found: impl FnMut(&(usize, usize)) -> bool) -> bool {
    let sent = SENT
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    sent.as_ref().is_some_and(|sent| sent.iter().any(found))
}

/// Checks that every entry of `E`'s catalogue (included catalogues too)
/// was sent as an error of `E` since [`record`] (an included catalogue's
/// entry sent by another service does not count), or declares `untested = "..."`; and that no
/// entry declaring `untested` was sent, as its reason is then stale.
///
/// # Errors
///
/// [`Uncovered`], listing the entries that fail either rule.
pub fn check<E: ApiError>() -> Result<(), Uncovered> {
    let catalogue = E::catalogue();
    let (mut missing, mut stale) = (Vec::new(), Vec::new());
    for entry in catalogue.all_entries() {
        match (was_sent_by::<E>(entry), entry.untested()) {
            (false, None) => missing.push(entry),
            (true, Some(_)) => stale.push(entry),
            _ => {}
        }
    }
    if missing.is_empty() && stale.is_empty() {
        return Ok(());
    }
    Err(Uncovered {
        catalogue: catalogue.type_name(),
        recording: is_recording(),
        missing,
        stale,
    })
}

/// [`check`], panicking with its list: the form for a test.
///
/// # Panics
///
/// When [`check`] fails.
#[track_caller]
pub fn assert_covered<E: ApiError>() {
    if let Err(uncovered) = check::<E>() {
        panic!("{uncovered}");
    }
}

/// The entries of a catalogue that fail [`check`].
#[derive(Debug, Clone)]
pub struct Uncovered {
    catalogue: &'static str,
    recording: bool,
    missing: Vec<&'static Entry>,
    stale: Vec<&'static Entry>,
}

impl Uncovered {
    /// The entries no response carried that declare no `untested` reason.
    #[must_use]
    pub fn missing(&self) -> &[&'static Entry] {
        &self.missing
    }

    /// The entries declaring `untested` that a response carried.
    #[must_use]
    pub fn stale(&self) -> &[&'static Entry] {
        &self.stale
    }
}

impl fmt::Display for Uncovered {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "error coverage of {}:", self.catalogue)?;
        if !self.recording {
            f.write_str(" nothing was recorded (call errcodes::coverage::record() first);")?;
        }
        if !self.missing.is_empty() {
            write!(
                f,
                " {} entries no test sent (send each from a test, or declare `untested = \"why\"`):",
                self.missing.len()
            )?;
            for entry in &self.missing {
                write!(f, "\n  {} {}", entry.code(), entry.name())?;
            }
        }
        if !self.stale.is_empty() {
            f.write_str(if self.missing.is_empty() { "" } else { "\n" })?;
            write!(
                f,
                " {} entries declared `untested` that a test sent (remove `untested`):",
                self.stale.len()
            )?;
            for entry in &self.stale {
                write!(
                    f,
                    "\n  {} {} (untested = {:?})",
                    entry.code(),
                    entry.name(),
                    entry.untested().unwrap_or("")
                )?;
            }
        }
        Ok(())
    }
}

impl std::error::Error for Uncovered {}
