//! A code this catalogue does not know, decoded as the nearest of its
//! ancestors it knows: a server newer than the client refined one of the
//! client's codes (`#[code(34307, parent = 34300)]`), and the body carries
//! the ancestors ([`ANCESTORS_MEMBER`](crate::format::ANCESTORS_MEMBER)).

use http::StatusCode;

use super::outcome::{kept, Decoded, Evidence, Reason, Received, Unrecognized};
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
// Cold: a code the catalogue does not know is the rare path, kept out of
// the way of `choose`'s.
#[cold]
#[inline(never)]
pub(super) fn nearest_ancestor<E: ApiError>(
    catalogue: &'static Catalogue,
    code: CodeRef<'_>,
    ancestors: &[Scalar<'_>],
    message: Option<&str>,
    status: Option<StatusCode>,
    members: Members<'_>,
) -> Option<Decoded<E>> {
    let known = nearest_known(catalogue, ancestors.iter().filter_map(ancestor_code))?;
    let unrecognized = |reason, candidates| {
        Some(Decoded::Unrecognized(Unrecognized {
            reason,
            code: code.to_buf(),
            status,
            message: message.map(str::to_owned),
            candidates,
            retry_after: None,
        }))
    };
    let chosen = match one_of(known, |e| status.map(|s| e.admits_status(s.as_u16()))) {
        Ok(entry) => entry,
        Err(candidates) => return unrecognized(Reason::Ambiguous, candidates),
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
            message: message.map(|m| kept(chosen, m)),
            evidence: Evidence::Parent,
            code: code.to_buf(),
            retry_after: None,
        })),
        None => unrecognized(Reason::NotRebuildable, vec![chosen]),
    }
}

/// The entries of the nearest of `ancestors` that `catalogue` knows; `None`
/// where it knows none of them.
pub(crate) fn nearest_known<'c>(
    catalogue: &'static Catalogue,
    ancestors: impl Iterator<Item = CodeRef<'c>>,
) -> Option<Vec<&'static Entry>> {
    let entries = catalogue.indexed_entries();
    let positions = ancestors
        .map(|ancestor| catalogue.with_code(Some(ancestor)))
        .find(|positions| !positions.is_empty())?;
    Some(
        positions
            .iter()
            .filter_map(|&i| entries.get(i).copied())
            .collect(),
    )
}

/// The one of `known` (entries sharing an ancestor's code) a refinement
/// stands for: the only one, else the only one `admits` the received
/// status of (`None`: no status to tell); `Err` with them all otherwise.
pub(crate) fn one_of(
    known: Vec<&'static Entry>,
    admits: impl Fn(&Entry) -> Option<bool>,
) -> Result<&'static Entry, Vec<&'static Entry>> {
    if let [one] = known.as_slice() {
        return Ok(*one);
    }
    let mut admitting = known.iter().filter(|e| admits(e) == Some(true));
    match (admitting.next(), admitting.next()) {
        (Some(one), None) => Ok(*one),
        _ => Err(known),
    }
}
