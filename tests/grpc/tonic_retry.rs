//! `google.rpc.RetryInfo` in the statuses `errcodes::tonic` makes: present
//! where the entry may be retried, with the delay the value knows, read
//! back by `decode`; the details decoded here with prost, as a client in
//! another language reads them.
#![cfg(feature = "tonic")]

use std::time::Duration;

use errcodes::decode::Decoded;
use errcodes::tonic::{decode, status};
use errcodes::{ApiError, RetryClass};
use errcodes_catalogues::pluralkit::PluralKitError;
use prost::Message as _;
use tonic::{Code, Status};

#[derive(Debug, ApiError)]
enum QuotaError {
    #[code(1, status = 429, msg = "Slow down")]
    Limited {
        #[body(retry_after = "ms")]
        wait_ms: u64,
    },
    #[code(2, status = 503, msg = "Maintenance")]
    Maintenance {
        #[header("Retry-After")]
        seconds: Option<u32>,
    },
    #[code(3, status = 500, msg = "Storage failed")]
    Storage,
    #[code(4, status = 409, msg = "Busy", retry = "after", fault = "server")]
    Busy {
        #[body(retry_after = "s")]
        after: Option<i64>,
    },
    #[code(5, status = 404, msg = "No such quota")]
    Missing,
}

const RETRY_INFO: &str = "type.googleapis.com/google.rpc.RetryInfo";

/// Each `RetryInfo` of the status's details, as prost decodes it.
fn retry_infos(status: &Status) -> Vec<tonic_types::pb::RetryInfo> {
    let rpc = tonic_types::pb::Status::decode(status.details()).unwrap();
    rpc.details
        .iter()
        .filter(|any| any.type_url == RETRY_INFO)
        .map(|any| tonic_types::pb::RetryInfo::decode(any.value.as_slice()).unwrap())
        .collect()
}

/// The one `RetryInfo`'s delay as seconds and nanoseconds, `None` inside
/// where it has none.
fn delay_of(status: &Status) -> Option<(i64, i32)> {
    let infos = retry_infos(status);
    assert_eq!(infos.len(), 1, "{status:?}");
    infos[0].retry_delay.map(|d| (d.seconds, d.nanos))
}

#[test]
fn retry_info_carries_the_delay_the_value_knows() {
    let limited = status(&QuotaError::Limited { wait_ms: 1500 });
    assert_eq!(limited.code(), Code::ResourceExhausted);
    assert_eq!(delay_of(&limited), Some((1, 500_000_000)));
    // From the `Retry-After` header field, in its whole seconds.
    let maintenance = status(&QuotaError::Maintenance { seconds: Some(30) });
    assert_eq!(delay_of(&maintenance), Some((30, 0)));
    // Retryable without a delay: the detail says so, with no delay.
    assert_eq!(
        delay_of(&status(&QuotaError::Maintenance { seconds: None })),
        None
    );
    assert_eq!(delay_of(&status(&QuotaError::Storage)), None);
    // Declared `after` on a 409, in seconds; a negative value is no delay.
    let busy = status(&QuotaError::Busy { after: Some(2) });
    assert_eq!(delay_of(&busy), Some((2, 0)));
    assert_eq!(
        delay_of(&status(&QuotaError::Busy { after: Some(-2) })),
        None
    );
    // Never retried: no `RetryInfo` at all, the `ErrorInfo` still there.
    let missing = status(&QuotaError::Missing);
    assert!(retry_infos(&missing).is_empty());
    assert!(tonic_types::StatusExt::get_details_error_info(&missing).is_some());
}

/// PluralKit's 429 body's 19 milliseconds reach gRPC clients as 19 ms.
#[test]
fn pluralkit_rate_limit_as_retry_info() {
    let limited = PluralKitError::TooManyRequests {
        retry_after: 19,
        scope: None,
    };
    assert_eq!(delay_of(&status(&limited)), Some((0, 19_000_000)));
}

#[test]
fn decode_reads_retry_info_back() {
    let decoded = decode::<QuotaError>(&status(&QuotaError::Limited { wait_ms: 1500 }));
    let Decoded::Known(received) = decoded else {
        panic!("{decoded:?}");
    };
    assert_eq!(received.retry_after, Some(Duration::from_millis(1500)));
    let retry = received.retry();
    assert_eq!(retry.class, RetryClass::Throttled);
    assert_eq!(retry.delay, Some(Duration::from_millis(1500)));
    let busy = decode::<QuotaError>(&status(&QuotaError::Busy { after: Some(2) }));
    assert_eq!(busy.retry().class, RetryClass::After);
    assert_eq!(busy.retry().delay, Some(Duration::from_secs(2)));
    let missing = decode::<QuotaError>(&status(&QuotaError::Missing));
    assert_eq!(missing.retry().delay, None);
    assert_eq!(missing.retry().class, RetryClass::Never);
    // A header field is not in the status's metadata, so the variant is not
    // rebuilt; its one candidate's class and the `RetryInfo` still answer.
    let maintenance = decode::<QuotaError>(&status(&QuotaError::Maintenance { seconds: Some(30) }));
    assert!(matches!(maintenance, Decoded::Unrecognized(_)));
    assert_eq!(
        maintenance.retry(),
        errcodes::Retry::new(RetryClass::Throttled, Some(Duration::from_secs(30)))
    );
}

/// A `RetryInfo` with a negative delay (which tonic-types would read as
/// zero) is no delay; one that does not decode is passed over.
#[test]
fn hostile_retry_info_is_no_delay() {
    let good = status(&QuotaError::Limited { wait_ms: 1500 });
    let mut rpc = tonic_types::pb::Status::decode(good.details()).unwrap();
    let mut negative = retry_infos(&good).remove(0);
    negative.retry_delay.as_mut().unwrap().seconds = -5;
    for detail in &mut rpc.details {
        if detail.type_url == RETRY_INFO {
            detail.value = negative.encode_to_vec();
        }
    }
    let forged = Status::with_details(good.code(), good.message(), rpc.encode_to_vec().into());
    let Decoded::Known(received) = decode::<QuotaError>(&forged) else {
        panic!("the forged status names its entry");
    };
    assert_eq!(received.retry_after, None);
    // The body member still carries its 1.5 s.
    assert_eq!(received.retry().delay, Some(Duration::from_millis(1500)));
    for detail in &mut rpc.details {
        if detail.type_url == RETRY_INFO {
            detail.value = vec![0xff, 0xff, 0xff];
        }
    }
    let garbage = Status::with_details(good.code(), good.message(), rpc.encode_to_vec().into());
    assert_eq!(
        decode::<QuotaError>(&garbage).retry().delay,
        Some(Duration::from_millis(1500))
    );
}

/// A `#[code(transparent)]` variant retries as the error it wraps: its
/// entry's class, and the delay its retry member or header holds.
#[test]
fn a_wrapped_error_keeps_its_class_and_delay() {
    #[derive(Debug, ApiError)]
    enum ServiceError {
        #[code(transparent)]
        Quota(QuotaError),
        #[code(10, status = 400, msg = "Bad request")]
        Bad,
    }
    let limited = ServiceError::Quota(QuotaError::Limited { wait_ms: 250 });
    assert_eq!(
        limited.retry(),
        errcodes::Retry::new(RetryClass::Throttled, Some(Duration::from_millis(250)))
    );
    let maintenance = ServiceError::Quota(QuotaError::Maintenance { seconds: Some(9) });
    assert_eq!(maintenance.retry().delay, Some(Duration::from_secs(9)));
    assert_eq!(delay_of(&status(&limited)), Some((0, 250_000_000)));
    assert_eq!(
        ServiceError::Bad.retry(),
        errcodes::Retry::new(RetryClass::Never, None)
    );
    let decoded = decode::<ServiceError>(&status(&limited));
    assert_eq!(decoded.retry().delay, Some(Duration::from_millis(250)));
}

/// A `RetryInfo` whose delay is `seconds: i64::MIN` (a value prost decodes
/// without complaint: any `int64` is a valid field) makes
/// `core::time::Duration::try_from(prost_types::Duration)` negate
/// `i64::MIN` to build its "negative duration" error: an overflow panic in
/// any build with overflow checks (`cargo test`, debug servers), so one
/// hostile status from a peer panics the client decoding it. Expected: no
/// delay, as for any negative `RetryInfo` (check the sign before
/// converting), and the body member's 1.5 s.
#[test]
fn a_retry_info_of_i64_min_seconds_is_no_delay_not_a_panic() {
    let good = status(&QuotaError::Limited { wait_ms: 1500 });
    let mut rpc = tonic_types::pb::Status::decode(good.details()).unwrap();
    let mut hostile = retry_infos(&good).remove(0);
    let delay = hostile.retry_delay.as_mut().unwrap();
    delay.seconds = i64::MIN;
    delay.nanos = 0;
    for detail in &mut rpc.details {
        if detail.type_url == RETRY_INFO {
            detail.value = hostile.encode_to_vec();
        }
    }
    let forged = Status::with_details(good.code(), good.message(), rpc.encode_to_vec().into());
    let Decoded::Known(received) = decode::<QuotaError>(&forged) else {
        panic!("the forged status names its entry");
    };
    assert_eq!(received.retry_after, None);
    assert_eq!(received.retry().delay, Some(Duration::from_millis(1500)));
}

/// The client: a catalogue from before 34329.
mod old {
    #[derive(Debug, PartialEq, errcodes::ApiError)]
    pub enum AccountError {
        #[code(34300, status = 400, msg = "The request was refused")]
        Refused,
    }
}

/// The server: 34329 refines 34300, and is a throttling (429) error.
mod new {
    #[derive(Debug, errcodes::ApiError)]
    pub enum AccountError {
        #[code(34300, status = 400, msg = "The request was refused")]
        Refused,
        #[code(34329, parent = 34300, status = 429, msg = "Too many attempts")]
        TooManyAttempts {
            #[body(retry_after = "s")]
            wait: u64,
        },
    }
}

/// The gRPC face of a child decoded as its parent: the status is
/// `RESOURCE_EXHAUSTED` and carries a `RetryInfo` of 30 s, and the old
/// client's `retry()` says `never` (34300's class), so a client that
/// follows `retry()` never uses the delay it was given. Expected: a
/// retryable class for a refinement the server marked retryable.
#[test]
fn a_child_decoded_as_its_parent_over_grpc_keeps_a_retryable_class() {
    let sent = status(&new::AccountError::TooManyAttempts { wait: 30 });
    assert_eq!(sent.code(), Code::ResourceExhausted);
    assert_eq!(delay_of(&sent), Some((30, 0)));
    let decoded = decode::<old::AccountError>(&sent);
    let retry = decoded.retry();
    let Decoded::Known(received) = decoded else {
        panic!("the old client knows the parent: {decoded:?}");
    };
    assert_eq!(received.error, old::AccountError::Refused);
    assert_eq!(retry.delay, Some(Duration::from_secs(30)));
    assert!(
        retry.class.is_retryable(),
        "RESOURCE_EXHAUSTED with RetryInfo 30 s decoded as {:?}",
        retry.class
    );
}
