//! Codes that refine codes: a server adds 34307 under 34300, and a client
//! built against the older enum, which has 34300 but not 34307, decodes the
//! new body as its 34300 variant, keeping the code it received.

use errcodes::decode::{Decoded, Evidence, Reason, Received, MAX_ANCESTORS};
use errcodes::format::{Matrix, Problem, ProblemType};
use errcodes::{ApiError, CodeBuf, StatusCode};

/// The client: the catalogue as it was before 34307.
mod old {
    #[derive(Debug, PartialEq, errcodes::ApiError)]
    pub enum AccountError {
        #[code(34300, status = 400, msg = "The request was refused")]
        Refused,
        #[code(34305, status = 401, msg = "Incorrect account or wrong password")]
        WrongPassword,
    }
}

/// The server: the same catalogue a release later, with 34307 refining
/// 34300 (sent with a status of its own), and 34308 refining 34307.
mod new {
    #[derive(Debug, PartialEq, errcodes::ApiError)]
    pub enum AccountError {
        #[code(34300, status = 400, msg = "The request was refused")]
        Refused,
        #[code(34305, status = 401, msg = "Incorrect account or wrong password")]
        WrongPassword,
        #[code(34307, parent = 34300, status = 422, msg = "The password is too short")]
        PasswordTooShort,
        #[code(
            34308,
            parent = 34307,
            status = 422,
            msg = "The password is {len} characters"
        )]
        PasswordLength { len: usize },
    }
}

fn received<E: ApiError + std::fmt::Debug>(decoded: Decoded<E>) -> Received<E> {
    match decoded {
        Decoded::Known(received) => received,
        Decoded::Unrecognized(u) => panic!("expected a variant, got {u}"),
    }
}

#[test]
fn an_old_client_decodes_a_new_child_as_its_parent() {
    let body = serde_json::to_vec(&new::AccountError::PasswordTooShort).unwrap();
    assert_eq!(
        std::str::from_utf8(&body).unwrap(),
        r#"{"code":34307,"ancestors":[34300],"message":"The password is too short"}"#
    );
    let got =
        received(old::AccountError::decode(&body, Some(StatusCode::UNPROCESSABLE_ENTITY)).unwrap());
    assert_eq!(got.error, old::AccountError::Refused);
    assert_eq!(got.evidence, Evidence::Parent);
    assert!(got.evidence.is_certain());
    assert_eq!(got.code, Some(CodeBuf::Int(34307)));
    assert_eq!(got.message.as_deref(), Some("The password is too short"));
    assert_eq!(got.to_string(), "The password is too short");

    // The new server's own client knows the code: no fallback, no kept code.
    let own =
        received(new::AccountError::decode(&body, Some(StatusCode::UNPROCESSABLE_ENTITY)).unwrap());
    assert_eq!(own.error, new::AccountError::PasswordTooShort);
    assert_eq!(own.evidence, Evidence::Code);
    assert_eq!(own.code, None);
}

#[test]
fn a_grandchild_falls_back_to_the_nearest_ancestor_the_client_knows() {
    let error = new::AccountError::PasswordLength { len: 3 };
    let body = serde_json::to_vec(&error).unwrap();
    assert_eq!(
        std::str::from_utf8(&body).unwrap(),
        r#"{"code":34308,"ancestors":[34307,34300],"message":"The password is 3 characters"}"#
    );
    let got = received(old::AccountError::decode(&body, None).unwrap());
    assert_eq!(got.error, old::AccountError::Refused);
    assert_eq!(got.code, Some(CodeBuf::Int(34308)));
    // A client that knows 34307 stops there.
    let body = br#"{"code":34309,"ancestors":[34307,34300],"message":"x"}"#;
    let got = received(new::AccountError::decode(body, Some(StatusCode::BAD_REQUEST)).unwrap());
    assert_eq!(got.error, new::AccountError::PasswordTooShort);
    assert_eq!(got.evidence, Evidence::Parent);
    assert_eq!(got.code, Some(CodeBuf::Int(34309)));
}

#[test]
fn static_bodies_carry_the_ancestors_as_serialized_bodies_do() {
    errcodes::format::check_static_bodies::<new::AccountError>().unwrap();
    let mut written = Vec::new();
    new::AccountError::PasswordTooShort
        .write_body(&mut written)
        .unwrap();
    assert_eq!(
        written,
        serde_json::to_vec(&new::AccountError::PasswordTooShort).unwrap()
    );
    // A top-level entry's body is as it was.
    assert_eq!(
        serde_json::to_string(&new::AccountError::Refused).unwrap(),
        r#"{"code":34300,"message":"The request was refused"}"#
    );
}

#[test]
fn the_entry_records_its_parent_and_chain() {
    let entry = new::AccountError::PasswordLength { len: 1 }.info();
    assert_eq!(entry.parent(), Some(errcodes::Code::Int(34307)));
    assert_eq!(
        entry.ancestors(),
        &[errcodes::Code::Int(34307), errcodes::Code::Int(34300)]
    );
    assert_eq!(new::AccountError::Refused.info().parent(), None);
    assert!(new::AccountError::Refused.info().ancestors().is_empty());
}

#[test]
fn without_a_known_ancestor_the_code_stays_unknown() {
    let body = br#"{"code":34399,"ancestors":[34398,1],"message":"x"}"#;
    match old::AccountError::decode(body, None).unwrap() {
        Decoded::Unrecognized(u) => {
            assert_eq!(u.reason, Reason::Unknown);
            assert_eq!(u.code, Some(CodeBuf::Int(34399)));
        }
        Decoded::Known(r) => panic!("decoded {r:?}"),
    }
}

/// Hostile lists: never a panic, never a fallback on what is not a list of
/// codes, and bounded.
#[test]
fn hostile_ancestors_are_ignored_or_bounded() {
    let decode = |body: &str| old::AccountError::decode(body.as_bytes(), None);
    let unknown = |body: &str| match decode(body).unwrap() {
        Decoded::Unrecognized(u) => assert_eq!(u.reason, Reason::Unknown, "{body}"),
        Decoded::Known(r) => panic!("{body} decoded to {r:?}"),
    };
    // Not a list, or a list with anything but codes: ignored whole.
    for ancestors in [
        "34300",
        "\"34300\"",
        "{\"a\":34300}",
        "null",
        "true",
        "[34300, null]",
        "[34300, 1.5]",
        "[34300, [34300]]",
        "[[[[[[34300]]]]]]",
        "[{\"code\":34300}]",
        "[18446744073709551615, 34300]",
    ] {
        unknown(&format!(
            r#"{{"code":34307,"ancestors":{ancestors},"message":"x"}}"#
        ));
    }
    // A cycle on the wire is a list like any other: the first known code wins.
    let got = received(
        decode(r#"{"code":34307,"ancestors":[34307,34307,34300,34307],"message":"x"}"#).unwrap(),
    );
    assert_eq!(got.error, old::AccountError::Refused);
    // Past MAX_ANCESTORS, codes are read and dropped.
    let mut far: Vec<String> = (0..MAX_ANCESTORS)
        .map(|i| (40000 + i).to_string())
        .collect();
    far.push("34300".to_owned());
    unknown(&format!(
        r#"{{"code":34307,"ancestors":[{}],"message":"x"}}"#,
        far.join(",")
    ));
    far.swap_remove(0);
    let got = received(
        decode(&format!(
            r#"{{"code":34307,"ancestors":[{}],"message":"x"}}"#,
            far.join(",")
        ))
        .unwrap(),
    );
    assert_eq!(got.error, old::AccountError::Refused);
    // A huge list is bounded by the body limit and read in one pass.
    let huge = vec!["1"; 200_000].join(",");
    unknown(&format!(
        r#"{{"code":34307,"ancestors":[{huge}],"message":"x"}}"#
    ));
    // Nesting past serde_json's limit is a JSON error, not a panic.
    let deep = format!(
        r#"{{"code":34307,"ancestors":{}0{},"message":"x"}}"#,
        "[".repeat(10_000),
        "]".repeat(10_000)
    );
    assert!(decode(&deep).is_err());
    // Named twice, like any member.
    assert!(
        decode(r#"{"code":34307,"ancestors":[34300],"ancestors":[34300],"message":"x"}"#).is_err()
    );
    // A known code never falls back, whatever its ancestors say.
    let got = received(
        decode(
            r#"{"code":34305,"ancestors":[34300],"message":"Incorrect account or wrong password"}"#,
        )
        .unwrap(),
    );
    assert_eq!(got.error, old::AccountError::WrongPassword);
    assert_eq!(got.evidence, Evidence::Code);
}

/// Where several entries of the client share the ancestor's code, the
/// status tells them apart; the refinement's message does not.
mod shared {
    #[derive(Debug, PartialEq, errcodes::ApiError)]
    pub enum Old {
        #[code(0, status = 400, msg = "Invalid request", shared)]
        Invalid,
        #[code(0, status = 403, msg = "Forbidden", shared)]
        Forbidden,
    }
}

#[test]
fn the_status_tells_apart_ancestors_that_share_a_code() {
    let body = br#"{"code":7,"ancestors":[0],"message":"Your token expired"}"#;
    let got = received(shared::Old::decode(body, Some(StatusCode::FORBIDDEN)).unwrap());
    assert_eq!(got.error, shared::Old::Forbidden);
    assert_eq!(got.evidence, Evidence::Parent);
    match shared::Old::decode(body, None).unwrap() {
        Decoded::Unrecognized(u) => {
            assert_eq!(u.reason, Reason::Ambiguous);
            assert_eq!(u.candidates.len(), 2);
        }
        Decoded::Known(r) => panic!("decoded {r:?}"),
    }
}

/// String codes, and a format whose decoding reads `ancestors` next to
/// `errcode` (Matrix) or next to RFC 9457's `code` extension member.
mod strings {
    #[derive(Debug, PartialEq, errcodes::ApiError)]
    #[api_error(format = errcodes::format::Matrix)]
    pub enum Old {
        #[code("M_FORBIDDEN", status = 403, msg = "Forbidden")]
        Forbidden,
    }

    #[derive(Debug, PartialEq, errcodes::ApiError)]
    #[api_error(format = errcodes::format::Matrix)]
    pub enum New {
        #[code("M_FORBIDDEN", status = 403, msg = "Forbidden")]
        Forbidden,
        #[code(
            "M_NOT_INVITED",
            parent = "M_FORBIDDEN",
            status = 403,
            msg = "You are not invited to this room."
        )]
        NotInvited,
    }
}

#[test]
fn string_codes_refine_string_codes() {
    let _: Option<Matrix> = None;
    let body = serde_json::to_vec(&strings::New::NotInvited).unwrap();
    assert_eq!(
        std::str::from_utf8(&body).unwrap(),
        r#"{"errcode":"M_NOT_INVITED","ancestors":["M_FORBIDDEN"],"error":"You are not invited to this room."}"#
    );
    let got = received(strings::Old::decode(&body, Some(StatusCode::FORBIDDEN)).unwrap());
    assert_eq!(got.error, strings::Old::Forbidden);
    assert_eq!(got.code, Some(CodeBuf::Str("M_NOT_INVITED".to_owned())));
}

pub struct Probs;
impl ProblemType for Probs {
    const BASE: Option<&'static str> = Some("https://example.com/probs/");
}

mod problem {
    #[derive(Debug, PartialEq, errcodes::ApiError)]
    #[api_error(format = errcodes::format::Problem<super::Probs>)]
    pub enum Old {
        #[code(10, status = 409, msg = "Conflict")]
        Conflict,
    }

    #[derive(Debug, PartialEq, errcodes::ApiError)]
    #[api_error(format = errcodes::format::Problem<super::Probs>)]
    pub enum New {
        #[code(10, status = 409, msg = "Conflict")]
        Conflict,
        #[code(11, parent = 10, status = 409, msg = "Version conflict")]
        VersionConflict,
    }
}

#[test]
fn problem_bodies_carry_ancestors_as_an_extension_member() {
    let _: Option<Problem<Probs>> = None;
    let body = serde_json::to_value(&problem::New::VersionConflict).unwrap();
    assert_eq!(body["code"], 11);
    assert_eq!(body["ancestors"], serde_json::json!([10]));
    assert_eq!(body["type"], "https://example.com/probs/11");
    let bytes = serde_json::to_vec(&body).unwrap();
    let got = received(problem::Old::decode(&bytes, Some(StatusCode::CONFLICT)).unwrap());
    assert_eq!(got.error, problem::Old::Conflict);
    assert_eq!(got.code, Some(CodeBuf::Int(11)));
}

/// The server a release later again: a throttling refinement of 34300.
mod throttling {
    #[derive(Debug, PartialEq, errcodes::ApiError)]
    pub enum AccountError {
        #[code(34300, status = 400, msg = "The request was refused")]
        Refused,
        #[code(34305, status = 401, msg = "Incorrect account or wrong password")]
        WrongPassword,
        #[code(34329, parent = 34300, status = 429, msg = "Too many attempts")]
        TooManyAttempts,
    }
}

/// An old client decodes a new child as its parent, and then answers
/// `retry()` with the parent's class: 34300 is a 400, `never`. But the
/// child was sent with 429 and `Retry-After: 30`: the server said "slow
/// down and retry in 30 s", and the old client is told never to retry (the
/// delay it read is right there, next to a class that forbids using it).
/// The class of a body decoded through its ancestors must not contradict
/// the status it came with: expected a retryable class (the received
/// status's default, `throttled`) and the header's delay.
#[test]
fn a_child_decoded_as_its_parent_keeps_the_retry_class_its_status_says() {
    use std::time::Duration;

    use errcodes::decode::decode_response;
    use errcodes::RetryClass;

    let body = serde_json::to_vec(&throttling::AccountError::TooManyAttempts).unwrap();
    let mut headers = http::HeaderMap::new();
    headers.insert(
        http::header::RETRY_AFTER,
        http::HeaderValue::from_static("30"),
    );
    let decoded =
        decode_response::<old::AccountError>(&body, StatusCode::TOO_MANY_REQUESTS, &headers)
            .unwrap();
    let retry = decoded.retry();
    let got = received(decoded);
    assert_eq!(got.error, old::AccountError::Refused);
    assert_eq!(got.evidence, Evidence::Parent);
    assert_eq!(retry.delay, Some(Duration::from_secs(30)));
    assert_eq!(
        retry.class,
        RetryClass::Throttled,
        "a 429 with Retry-After: 30 decoded as never retryable"
    );
}
