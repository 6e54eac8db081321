//! A code this catalogue does not know, decoded as the nearest of its
//! ancestors it knows: a server newer than the client refined one of the
//! client's codes (`#[code(34307, parent = 34300)]`), and the body carries
//! the ancestors ([`ANCESTORS_MEMBER`](crate::format::ANCESTORS_MEMBER)).

use http::StatusCode;

use super::outcome::{Decoded, Evidence, Reason, Received, Unrecognized};
use super::read::{ancestor_code, Scalar};
use super::restore::{Members, RestoreInput};
use crate::{ApiError, Catalogue, CodeRef, Entry};

/// The body decoded as the nearest ancestor `E` knows, or `None` where it
/// knows none of them. Where one entry has that code, it is the one: the
/// status was sent for the refinement, which may have a status of its own
/// (a 422 under a 400), so it is not held against the ancestor. Where
/// several share the code, those that document the status are the
/// candidates, and one must remain. The message is the refinement's, so it
/// tells nothing apart and fills placeholders only where it fits the
/// ancestor's template.
pub(super) fn nearest_ancestor<E: ApiError>(
    catalogue: &'static Catalogue,
    code: CodeRef<'_>,
    ancestors: &[Scalar<'_>],
    message: Option<&str>,
    status: Option<StatusCode>,
    members: Members<'_>,
) -> Option<Decoded<E>> {
    let entries = catalogue.indexed_entries();
    let positions = ancestors
        .iter()
        .filter_map(ancestor_code)
        .map(|ancestor| catalogue.with_code(Some(ancestor)))
        .find(|positions| !positions.is_empty())?;
    let known: Vec<&'static Entry> = positions
        .iter()
        .filter_map(|&i| entries.get(i).copied())
        .collect();
    let unrecognized = |reason, candidates| {
        Some(Decoded::Unrecognized(Unrecognized {
            reason,
            code: code.to_buf(),
            status,
            message: message.map(str::to_owned),
            candidates,
        }))
    };
    let chosen = match (known.as_slice(), status) {
        ([one], _) => *one,
        (_, Some(status)) => {
            let mut admitting = known.iter().filter(|e| e.admits_status(status.as_u16()));
            match (admitting.next(), admitting.next()) {
                (Some(one), None) => *one,
                _ => return unrecognized(Reason::Ambiguous, known),
            }
        }
        (_, None) => return unrecognized(Reason::Ambiguous, known),
    };
    let captures = match message {
        Some(message) if chosen.has_placeholders() && chosen.exposes_message() => {
            super::template::fit(chosen, message)
                .map(|(_, captures)| captures)
                .unwrap_or_default()
        }
        _ => Vec::new(),
    };
    let input = RestoreInput {
        members,
        captures,
        code: Some(code),
        status,
        message,
    };
    match crate::glue::restore_entry::<E>(chosen, &input) {
        Some(error) => Some(Decoded::Known(Received {
            error,
            status,
            message: message.map(|m| super::choose::kept(chosen, m)),
            evidence: Evidence::Parent,
            code: code.to_buf(),
        })),
        None => unrecognized(Reason::NotRebuildable, vec![chosen]),
    }
}
