//! Encode, then decode, every entry of a catalogue.

use errcodes::decode::{Decoded, Reason, Received};
use errcodes::{format, ApiError, Format, StatusCode};

/// For every entry: its documented example body decodes to that entry's
/// variant, and encoding the decoded value gives the same body back; or the
/// decoder says why it cannot, with `expected_unrecognized` naming the
/// variants and reasons the test expects.
pub fn assert_round_trips<E: ApiError + serde::Serialize>(
    expected_unrecognized: &[(&str, Reason)],
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
