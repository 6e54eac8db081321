//! Encode, then decode, every entry of a catalogue.

use std::collections::BTreeMap;

use errcodes::decode::{Decoded, Evidence, Reason, Received};
use errcodes::{format, ApiError, Format, StatusCode};

/// For every entry: its documented example body decodes to that entry's
/// variant, and encoding the decoded value gives the same body back; or the
/// decoder says why it cannot, with `expected_unrecognized` naming the
/// variants and reasons the test expects. A decoded variant is a certain
/// match, except those `by_status_alone` names, which only their status
/// singles out.
pub fn assert_round_trips<E: ApiError + serde::Serialize>(
    expected_unrecognized: &[(&str, Reason)],
    by_status_alone: &[&str],
) {
    for entry in E::catalogue().entries() {
        let example = format::example::<E::Format>(entry);
        let bytes = serde_json::to_vec(&example).unwrap();
        let status = entry.status().map(|s| StatusCode::from_u16(s).unwrap());
        let decoded =
            E::decode(&bytes, status).unwrap_or_else(|e| panic!("{}: {e}", entry.variant()));
        let expected = expected_unrecognized
            .iter()
            .find(|(v, _)| *v == entry.variant())
            .map(|(_, r)| *r);
        match (decoded, expected) {
            (Decoded::Known(received), None) => {
                assert_eq!(
                    received.evidence.is_certain(),
                    !by_status_alone.contains(&entry.variant()),
                    "{}: {:?}",
                    entry.variant(),
                    received.evidence
                );
                let e = received.error;
                assert_eq!(
                    e.info().index(),
                    entry.index(),
                    "{} decoded as {}",
                    entry.variant(),
                    e.info().variant()
                );
                let again = serde_json::to_value(&e).unwrap();
                assert_eq!(
                    again,
                    example,
                    "{} does not re-encode to its body",
                    entry.variant()
                );
                if let Some(body) = e.static_body() {
                    assert_eq!(
                        serde_json::from_slice::<serde_json::Value>(body).unwrap(),
                        example
                    );
                }
                assert_eq!(
                    <E::Format as Format>::CONTENT_TYPE,
                    E::catalogue().content_type()
                );
            }
            (Decoded::Unrecognized(u), Some(reason)) => {
                assert_eq!(u.reason, reason, "{}", entry.variant());
                assert!(
                    u.candidates.iter().any(|c| c.index() == entry.index()),
                    "{}: {:?}",
                    entry.variant(),
                    u
                );
            }
            (Decoded::Known(Received { error: e, .. }), Some(reason)) => {
                panic!(
                    "{} decoded as {}, expected {reason:?}",
                    entry.variant(),
                    e.info().variant()
                )
            }
            (Decoded::Unrecognized(u), None) => panic!("{} did not decode: {u:?}", entry.variant()),
        }
    }
}

/// For every entry that shares its code (or its lack of one) with another,
/// its example body with a message that contradicts every fixed text of
/// the seed catalogues, sent with its status: never a certain match. It is
/// `Unrecognized` with the entry among the candidates (or a catch-all as
/// the one, without a status), or an entry whose template fits any
/// message, on `Evidence::Status`. Returns how often
/// each outcome came, for the caller to pin.
pub fn contradicted_messages<E: ApiError>() -> BTreeMap<String, usize> {
    // PluralKit's generic 403 (code 0), which the catalogue does not list.
    const CONTRADICTING: &str = "403: Missing permissions to access this resource";
    let message_member = <E::Format as Format>::MEMBERS
        .iter()
        .find(|m| matches!(m.value, format::Source::Message))
        .expect("the format carries a message")
        .name;
    let entries = E::catalogue().entries();
    let mut outcomes = BTreeMap::new();
    for entry in entries {
        if entries.iter().filter(|e| e.code() == entry.code()).count() < 2 {
            continue;
        }
        let mut body = format::example::<E::Format>(entry);
        body[message_member] = CONTRADICTING.into();
        let status = entry.status().map(|s| StatusCode::from_u16(s).unwrap());
        let bytes = serde_json::to_vec(&body).unwrap();
        let outcome = match E::decode(&bytes, status).unwrap() {
            Decoded::Known(received) => {
                assert_eq!(
                    received.evidence,
                    Evidence::Status,
                    "{}: {CONTRADICTING:?} decoded as {} for certain",
                    entry.variant(),
                    received.error.info().variant()
                );
                format!("{:?}", received.evidence)
            }
            Decoded::Unrecognized(u) => {
                // `CatchAllOnly` offers the catch-all, which the message fits.
                assert!(
                    u.reason == Reason::CatchAllOnly
                        || u.candidates.iter().any(|c| c.index() == entry.index()),
                    "{}: {u:?}",
                    entry.variant()
                );
                format!("{:?}", u.reason)
            }
        };
        *outcomes.entry(outcome).or_default() += 1;
    }
    outcomes
}
