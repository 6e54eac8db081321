//! Encode then decode every entry of the five seed catalogues; where the
//! decoder cannot name one variant, the reason is the one listed here.

mod common {
    pub mod round_trip;
}

#[path = "../examples/catalogues/cocam.rs"]
mod cocam;
#[path = "../examples/catalogues/fresns.rs"]
mod fresns;
#[path = "../examples/catalogues/kakao.rs"]
mod kakao;
#[path = "../examples/catalogues/mastodon.rs"]
mod mastodon;
#[path = "../examples/catalogues/pluralkit.rs"]
mod pluralkit;

use common::round_trip::assert_round_trips;
use errcodes::decode::Reason;

#[test]
fn fresns() {
    assert_round_trips::<fresns::FresnsError>(&[]);
}

#[test]
fn pluralkit() {
    // The example bodies have no `errors` or `retry_after` member, and the
    // variants need one.
    assert_round_trips::<pluralkit::PluralKitError>(&[
        ("ModelParseError", Reason::NotRebuildable),
        ("TooManyRequests", Reason::NotRebuildable),
    ]);
}

#[test]
fn mastodon() {
    // Same status, same text: QUIRKS.md §1; a client cannot tell them apart either.
    // `{string}.` and `{translated string}.` fit any message: offered, not picked.
    assert_round_trips::<mastodon::MastodonError>(&[
        ("ParameterMissing", Reason::CatchAllOnly),
        ("RecordInvalid", Reason::CatchAllOnly),
        ("TooManyRequests", Reason::CatchAllOnly),
        ("NetworkingError", Reason::Ambiguous),
        ("RaceConditionError", Reason::Ambiguous),
    ]);
}

#[test]
fn kakao() {
    // The example body has no `detail` member, and the variant needs one.
    assert_round_trips::<kakao::KakaoGameError>(&[(
        "InitializationFailed",
        Reason::NotRebuildable,
    )]);
}

#[test]
fn cocam() {
    // `{string}.` fits any message: offered, not picked.
    assert_round_trips::<cocam::CocamError>(&[("RecordInvalid", Reason::CatchAllOnly)]);
}
