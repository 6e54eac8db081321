//! Retry delays read from the specs' rate-limit bodies, each in its own
//! unit, and from `Retry-After`: PluralKit's `retry_after` and Matrix's
//! `retry_after_ms` are milliseconds, the header whole seconds.

use std::time::Duration;

use errcodes::decode::decode_response;
use errcodes::{Fault, RetryClass};
use http::{HeaderMap, HeaderValue};

use super::matrix::Mx;
use super::*;

/// The spec file without its `//` comments (PluralKit's example has one,
/// which no JSON parser takes), and the comments, which say the unit.
fn without_comments(name: &str) -> (Vec<u8>, String) {
    let text = String::from_utf8(spec(name)).unwrap();
    let (mut json, mut comments) = (String::new(), String::new());
    for line in text.lines() {
        let mut in_string = false;
        let mut cut = line.len();
        let bytes = line.as_bytes();
        for i in 0..bytes.len() {
            match bytes[i] {
                b'"' if i == 0 || bytes[i - 1] != b'\\' => in_string = !in_string,
                b'/' if !in_string && bytes.get(i + 1) == Some(&b'/') => {
                    cut = i;
                    break;
                }
                _ => {}
            }
        }
        json.push_str(&line[..cut]);
        json.push('\n');
        comments.push_str(&line[cut..]);
    }
    (json.into_bytes(), comments)
}

fn retry_after(value: &'static str) -> HeaderMap {
    let mut headers = HeaderMap::new();
    headers.insert("retry-after", HeaderValue::from_static(value));
    headers
}

/// PluralKit's documented 429: `"retry_after": 19, // the amount of
/// milliseconds remaining`: 19 ms, not 19 s.
#[test]
fn pluralkit_429_retry_after_is_milliseconds() {
    use pluralkit::PluralKitError;
    let (body, comments) = without_comments("pluralkit-429.jsonc");
    assert!(comments.contains("milliseconds"), "{comments}");
    let decoded = decode::<PluralKitError>("pluralkit-429-scope.json", 429);
    assert_eq!(decoded.retry().delay, Some(Duration::from_millis(19)));
    let received =
        received(PluralKitError::decode(&body, Some(StatusCode::TOO_MANY_REQUESTS)).unwrap());
    assert!(matches!(
        received.error,
        PluralKitError::TooManyRequests {
            retry_after: 19,
            ..
        }
    ));
    let retry = received.retry();
    assert_eq!(retry.class, RetryClass::Throttled);
    assert_eq!(retry.delay, Some(Duration::from_millis(19)));
    assert_eq!(received.error.info().fault(), Fault::Client);
    // The body's milliseconds outrank a header's whole seconds.
    let with_header =
        decode_response::<PluralKitError>(&body, StatusCode::TOO_MANY_REQUESTS, &retry_after("1"))
            .unwrap();
    assert_eq!(with_header.retry().delay, Some(Duration::from_millis(19)));
}

/// Matrix's `M_LIMIT_EXCEEDED`, `"retry_after_ms": 2000`: two seconds.
#[test]
fn matrix_limit_exceeded_retry_after_ms() {
    let received = received(decode::<Mx>("matrix-limit-exceeded.json", 429));
    assert_eq!(
        received.retry(),
        errcodes::Retry::new(RetryClass::Throttled, Some(Duration::from_secs(2)))
    );
    // The value a server holds knows its delay too, from the same member.
    let limited = Mx::LimitExceeded {
        retry_after_ms: Some(1500),
    };
    assert_eq!(limited.retry().delay, Some(Duration::from_millis(1500)));
}

/// Matrix 1.10 deprecates `retry_after_ms` for `Retry-After`: a body
/// without it takes the header's seconds, given through `decode_response`.
#[test]
fn retry_after_header_where_the_body_has_no_delay() {
    let body = br#"{"errcode":"M_LIMIT_EXCEEDED","error":"Too many requests"}"#;
    let status = StatusCode::TOO_MANY_REQUESTS;
    let decoded = Mx::decode_response(body, status, &retry_after("3")).unwrap();
    assert_eq!(decoded.retry().delay, Some(Duration::from_secs(3)));
    let known = received(decoded);
    assert_eq!(known.retry_after, Some(Duration::from_secs(3)));
    let past = retry_after("Fri, 31 Dec 1999 23:59:59 GMT");
    let decoded = Mx::decode_response(body, status, &past).unwrap();
    assert_eq!(decoded.retry().delay, Some(Duration::ZERO));
    // Without the header, `decode` leaves the delay unknown.
    assert_eq!(Mx::decode(body, Some(status)).unwrap().retry().delay, None);
}

/// Hostile delays: a value the field cannot hold leaves the body
/// undecoded, with the status's class and no delay; an unreadable header is
/// no delay; a huge one is the longest wait. Nothing panics.
#[test]
fn hostile_delays_are_absent_or_clamped() {
    use pluralkit::PluralKitError;
    let status = StatusCode::TOO_MANY_REQUESTS;
    let body = |member: &str| {
        format!(r#"{{"message":"429: too many requests","retry_after":{member},"code":0}}"#)
    };
    for member in [
        "-5",
        "1.5",
        "1e300",
        "\"19\"",
        "18446744073709551616",
        "null",
    ] {
        let decoded =
            PluralKitError::decode_response(body(member).as_bytes(), status, &HeaderMap::new())
                .unwrap();
        assert!(matches!(decoded, Decoded::Unrecognized(_)), "{member}");
        let retry = decoded.retry();
        assert_eq!(retry.class, RetryClass::Throttled, "{member}");
        assert_eq!(retry.delay, None, "{member}");
    }
    // Beyond what serde_json reads as a number: a typed error.
    assert!(matches!(
        PluralKitError::decode(body("1e400").as_bytes(), Some(status)),
        Err(DecodeError::Json(_))
    ));
    let most = body("18446744073709551615");
    let decoded = PluralKitError::decode(most.as_bytes(), Some(status)).unwrap();
    assert_eq!(decoded.retry().delay, Some(Duration::from_millis(u64::MAX)));
    let body = br#"{"errcode":"M_LIMIT_EXCEEDED","error":"Too many requests"}"#;
    for value in ["-1", "1.5", "soon", "", "Fri, 31 Feb 1999 23:59:59 GMT"] {
        let headers = retry_after(value);
        let decoded = Mx::decode_response(body, status, &headers).unwrap();
        assert_eq!(decoded.retry().delay, None, "{value:?}");
    }
    let huge = retry_after("99999999999999999999999");
    let decoded = Mx::decode_response(body, status, &huge).unwrap();
    assert_eq!(decoded.retry().delay, Some(Duration::from_secs(u64::MAX)));
}

/// A body that names no entry still answers by its status: a 503 is
/// throttled, a 404 never retried, and the header's delay is kept.
#[test]
fn unrecognized_bodies_retry_by_status() {
    let body = br#"{"errcode":"M_UNKNOWN_THING","error":"?"}"#;
    let decoded =
        Mx::decode_response(body, StatusCode::SERVICE_UNAVAILABLE, &retry_after("5")).unwrap();
    assert!(matches!(decoded, Decoded::Unrecognized(_)));
    assert_eq!(
        decoded.retry(),
        errcodes::Retry::new(RetryClass::Throttled, Some(Duration::from_secs(5)))
    );
    let decoded = Mx::decode(body, Some(StatusCode::NOT_FOUND)).unwrap();
    assert_eq!(decoded.retry().class, RetryClass::Never);
    assert_eq!(
        unrecognized(Mx::decode(body, None).unwrap()).retry().class,
        RetryClass::Never
    );
}
