//! Encode then decode every entry of the five seed catalogues; where the
//! decoder cannot name one variant, the reason is the one listed here, and
//! where only the status names it, the variant is listed too. Then the
//! entries that share a code, with a message that contradicts them.

use crate::common;

use errcodes_catalogues::cocam;
use errcodes_catalogues::fresns;
use errcodes_catalogues::kakao;
use errcodes_catalogues::mastodon;
use errcodes_catalogues::pluralkit;

use common::round_trip::{assert_round_trips, contradicted_messages};
use errcodes::decode::Reason;

#[test]
fn fresns() {
    assert_round_trips::<fresns::FresnsError>(&[], &[]);
}

#[test]
fn pluralkit() {
    // The example bodies have no `errors` or `retry_after` member, and the
    // variants need one.
    assert_round_trips::<pluralkit::PluralKitError>(
        &[
            ("ModelParseError", Reason::NotRebuildable),
            ("TooManyRequests", Reason::NotRebuildable),
        ],
        &[],
    );
}

#[test]
fn mastodon() {
    // Same status, same text: QUIRKS.md §1; a client cannot tell them apart either.
    // `{string}.` and `{translated string}.` fit any message: the status
    // alone picks them.
    assert_round_trips::<mastodon::MastodonError>(
        &[
            ("NetworkingError", Reason::Ambiguous),
            ("RaceConditionError", Reason::Ambiguous),
        ],
        &["ParameterMissing", "RecordInvalid", "TooManyRequests"],
    );
}

#[test]
fn kakao() {
    // The example body has no `detail` member, and the variant needs one.
    assert_round_trips::<kakao::KakaoGameError>(
        &[("InitializationFailed", Reason::NotRebuildable)],
        &[],
    );
}

#[test]
fn cocam() {
    // `{string}.` fits any message: the status alone picks it.
    assert_round_trips::<cocam::CocamError>(&[], &["RecordInvalid"]);
}

#[test]
fn contradicting_messages_are_never_certain() {
    let of = |outcomes: &[(&str, usize)]| {
        outcomes
            .iter()
            .map(|(k, n)| (k.to_string(), *n))
            .collect::<std::collections::BTreeMap<_, _>>()
    };
    // Code 0 with each of its five statuses, 406 twice, and the entries
    // without a code: the message says another error than each entry's.
    assert_eq!(
        contradicted_messages::<pluralkit::PluralKitError>(),
        of(&[("MessageMismatch", 5)])
    );
    assert_eq!(
        contradicted_messages::<kakao::KakaoGameError>(),
        of(&[("MessageMismatch", 2)])
    );
    assert_eq!(contradicted_messages::<fresns::FresnsError>(), of(&[]));
    // `{string}.` at 400 and 422, `{translated string}.` at 429: any text
    // is theirs; the other ten are told by their fixed text alone.
    assert_eq!(
        contradicted_messages::<mastodon::MastodonError>(),
        of(&[("Status", 5), ("Unknown", 10)])
    );
    // `{string}.` at 422 as for Mastodon; the five entries without a status
    // have nothing but the catch-all's fit, which is no evidence.
    assert_eq!(
        contradicted_messages::<cocam::CocamError>(),
        of(&[("Status", 3), ("CatchAllOnly", 5), ("Unknown", 8)])
    );
}
