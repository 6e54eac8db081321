//! Which entry a body names: by its code, its type URI, the status and the
//! message, and the variant rebuilt from it.

use http::StatusCode;

use super::outcome::{kept, Decoded, Evidence, Reason, Received, Unrecognized};
use super::parent::nearest_ancestor;
use super::read::Scalar;
use super::restore::{Captures, Members, RestoreInput};
use super::template::{self, Fit};
use super::type_uri::{suffix_retirement, typed_positions};
use crate::{ApiError, Catalogue, CodeRef, Entry, Format};

/// The variant that `code`, `message` (or the code in the type URI) and
/// `status` name, rebuilt from `members` and the message.
// Inlined into both callers: measured about 5% faster for a body with
// `#[body]` members, at the same instruction count.
#[inline(always)]
pub(super) fn choose<E: ApiError>(
    code: Option<CodeRef<'_>>,
    message: Option<&str>,
    by_type: Option<&str>,
    status: Option<StatusCode>,
    members: Members<'_>,
    ancestors: &[Scalar<'_>],
) -> Decoded<E> {
    let unrecognized = |reason, candidates| {
        Decoded::Unrecognized(Unrecognized {
            reason,
            code: code.and_then(CodeRef::to_buf),
            status,
            message: message.map(str::to_owned),
            candidates,
            retry_after: None,
        })
    };

    let catalogue = E::catalogue();
    // Own entries and those of `#[code(transparent)]` variants, flattened:
    // what `with_code` positions point into.
    let entries = catalogue.indexed_entries();
    let (typed, by_code) = match named_positions(catalogue, entries, code, by_type) {
        Ok(named) => named,
        Err(candidates) => return unrecognized(Reason::CodeMismatch, candidates),
    };
    // Whether the body names its entry (by type or code) rather than leaving
    // status and message to tell.
    let named = code.is_some() || !typed.is_empty();
    let coded: &[usize] = if typed.is_empty() { by_code } else { &[] };
    // The entries the body names, without collecting them: most bodies name
    // one, and that one needs no list.
    let named_entries = || {
        typed
            .iter()
            .chain(coded)
            .filter_map(|&i| entries.get(i).copied())
    };
    let one = typed.len().saturating_add(coded.len()) == 1;
    let trusted = named && one && <E::Format as Format>::CODE_OUTRANKS_STATUS;
    let admitted = |e: &&'static Entry| match status {
        Some(status) if !trusted => e.admits_status(status.as_u16()),
        _ => true,
    };
    let mut fitting = named_entries().filter(admitted);
    let Some(first) = fitting.next() else {
        // None documents the status, or none has the code.
        let all: Vec<&'static Entry> = named_entries().collect();
        return match why_none(catalogue, &all, code, by_type) {
            // A code the catalogue neither knows nor retired (a retirement
            // says what the code means to it) may refine one it knows.
            Reason::Unknown => code
                .and_then(|code| {
                    nearest_ancestor::<E>(catalogue, code, ancestors, message, status, members)
                })
                .unwrap_or_else(|| unrecognized(Reason::Unknown, all)),
            reason => unrecognized(reason, all),
        };
    };
    let several = fitting.next().is_some();
    let mut chosen = first;
    let mut captures = Vec::new();
    let evidence = if named && one {
        if let (Some(message), true) = (message, chosen.has_placeholders()) {
            captures = fit_any::<E>(chosen, message)
                .map(|(_, caps)| caps)
                .unwrap_or_default();
        }
        if typed.is_empty() {
            Evidence::Code
        } else {
            Evidence::TypeUri
        }
    } else {
        // Several entries share what the body names (or it names none):
        // the status and the message tell them apart, or nothing does.
        let candidates: Vec<&'static Entry> = if several || !named {
            named_entries().filter(admitted).collect()
        } else {
            vec![first]
        };
        match tell_apart::<E>(candidates, message, status.is_some(), named) {
            Ok((entry, evidence, caps)) => {
                chosen = entry;
                captures = caps;
                evidence
            }
            Err((reason, candidates)) => return unrecognized(reason, candidates),
        }
    };
    if !chosen.exposes_message() {
        // The body carried the template, not values: nothing to capture.
        captures.clear();
    }
    let input = RestoreInput {
        members,
        captures,
        code,
        status,
        message,
    };
    match crate::glue::restore_entry::<E>(chosen, &input) {
        Some(error) => Decoded::Known(Received {
            error,
            status,
            message: message.map(|m| kept(chosen, m)),
            evidence,
            retry_after: None,
            code: None,
        }),
        None => unrecognized(Reason::NotRebuildable, vec![chosen]),
    }
}

/// Why none of `all`, the entries the body names, fits: none documents the
/// status, or there are none: the code is unknown, or retired.
fn why_none(
    catalogue: &Catalogue,
    all: &[&'static Entry],
    code: Option<CodeRef<'_>>,
    by_type: Option<&str>,
) -> Reason {
    if !all.is_empty() {
        return Reason::StatusMismatch;
    }
    let retired = code
        .and_then(|code| catalogue.retirement(code))
        .or_else(|| by_type.and_then(|suffix| suffix_retirement(catalogue, suffix)));
    match retired {
        Some(retired) => Reason::Retired {
            note: retired.note(),
        },
        None => Reason::Unknown,
    }
}

/// Where the entries are that the body names (positions in the catalogue's
/// indexed entries, in catalogue order): by its type URI, those of them with
/// the body's code where it has one, and by its code. `Err` with the
/// candidates where the two contradict each other.
#[inline(always)]
fn named_positions<'c>(
    catalogue: &'c Catalogue,
    entries: &[&'static Entry],
    code: Option<CodeRef<'_>>,
    by_type: Option<&str>,
) -> Result<(Vec<usize>, &'c [usize]), Vec<&'static Entry>> {
    let by_code = catalogue.with_code(code);
    let at = |positions: &[usize]| -> Vec<&'static Entry> {
        positions
            .iter()
            .filter_map(|&i| entries.get(i).copied())
            .collect()
    };
    let mut typed: Vec<usize> =
        by_type.map_or_else(Vec::new, |suffix| typed_positions(catalogue, suffix));
    if code.is_some() && !typed.is_empty() {
        if !typed.iter().any(|i| by_code.contains(i)) {
            // A body whose code is not the code its type URI names
            // contradicts itself: neither names the entry for certain.
            let mut candidates = at(&typed);
            candidates.extend(at(by_code));
            return Err(candidates);
        }
        typed.retain(|i| by_code.contains(i));
    }
    Ok((typed, by_code))
}

/// Which of `candidates` the message (and a given status) single out: the
/// entries the body's code and the status admit where several share the
/// code, or, where the body names no entry, those the status admits. A
/// message that fits none of them contradicts them; a catch-all template
/// fits any message, so it is named only where a status picked it.
pub(crate) fn tell_apart<'m, E: ApiError>(
    candidates: Vec<&'static Entry>,
    message: Option<&'m str>,
    status_given: bool,
    named: bool,
) -> Result<(&'static Entry, Evidence, Captures<'m>), (Reason, Vec<&'static Entry>)> {
    let Some(message) = message else {
        return match candidates.as_slice() {
            [entry] if status_given => Ok((entry, Evidence::Status, Vec::new())),
            _ if !named => Err((Reason::Unknown, candidates)),
            _ => Err((Reason::Ambiguous, candidates)),
        };
    };
    let fits: Vec<(&'static Entry, Fit, Captures)> = candidates
        .iter()
        .filter_map(|e| fit_any::<E>(e, message).map(|(fit, caps)| (*e, fit, caps)))
        .collect();
    let best = fits.iter().map(|f| f.1).min();
    let mut best_fits = fits.into_iter().filter(|f| Some(f.1) == best);
    match (best_fits.next(), best_fits.next()) {
        // Nothing but a fit that any message has: a guess.
        (Some((entry, Fit::Any, _)), None) if !status_given => {
            Err((Reason::CatchAllOnly, vec![entry]))
        }
        (Some((entry, fit, caps)), None) => {
            let evidence = match fit {
                Fit::Exact => Evidence::Message,
                Fit::Placeholders => Evidence::Template,
                Fit::Any => Evidence::Status,
            };
            Ok((entry, evidence, caps))
        }
        (Some(_), Some(_)) => Err((Reason::Ambiguous, candidates)),
        (None, _) if !named => Err((Reason::Unknown, candidates)),
        (None, _) => Err((Reason::MessageMismatch, candidates)),
    }
}

/// How `message` fits `entry`'s template, or failing that its template in
/// one of the catalogue's other languages: a body may be in any of them.
fn fit_any<'m, E: ApiError>(entry: &Entry, message: &'m str) -> Option<(Fit, Captures<'m>)> {
    template::fit(entry, message).or_else(|| {
        E::catalogue()
            .owner(entry)?
            .languages()
            .iter()
            .filter_map(|language| language.translation(entry))
            .find_map(|translation| template::fit_translation(translation, message))
    })
}
