//! Decoding bodies back into typed errors, including hostile input.

use crate::common;

use common::round_trip::{assert_round_trips, contradicted_messages};
use errcodes::decode::{DecodeError, Decoded, Evidence, Reason, Received, MAX_BODY_LEN};
use errcodes::format::{Mastodon, Matrix, PluralKit, Problem};
use errcodes::{ApiError, CodeBuf, StatusCode};
use proptest::prelude::*;
use serde_json::json;

#[derive(Debug, PartialEq, ApiError)]
#[api_error(format = PluralKit)]
pub(crate) enum Pk {
    #[code(
        0,
        status = 500,
        msg = "Internal server error, try again later",
        shared
    )]
    Internal,
    #[code(0, status = 400, msg = "Invalid JSON", shared)]
    InvalidJson,
    #[code(0, status = 429, msg = "Rate limited", shared)]
    RateLimited {
        #[body]
        retry_after: u64,
    },
    #[code(20003, status = 404, msg = "Member '{memberRef}' not found.")]
    MemberNotFound {
        #[placeholder("memberRef")]
        member_ref: String,
    },
    #[code(
        20004,
        status = 404,
        msg = "Switch {id} at position {pos:>3} not found."
    )]
    SwitchNotFound { id: u32, pos: u32 },
    #[code(30000, status = 500, msg = "Storage failed: {detail}")]
    Storage { detail: String },
    #[code(30001, status = 500, msg = "I/O failed")]
    Io(#[source] IoError),
}

/// `std::io::Error` without `PartialEq` would stop the enum deriving it.
#[derive(Debug)]
pub(crate) struct IoError(std::io::Error);

impl PartialEq for IoError {
    fn eq(&self, other: &Self) -> bool {
        self.0.kind() == other.0.kind()
    }
}

impl std::fmt::Display for IoError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl std::error::Error for IoError {}

pub(crate) fn decode<E: ApiError>(body: &[u8], status: u16) -> Decoded<E> {
    E::decode(body, Some(StatusCode::from_u16(status).unwrap())).unwrap()
}

#[test]
fn unique_codes_decode_with_body_and_placeholder_fields() {
    let body = br#"{"code":20003,"message":"Member 'abc' not found."}"#;
    assert_eq!(
        decode::<Pk>(body, 404).known(),
        Some(Pk::MemberNotFound {
            member_ref: "abc".into()
        })
    );
    let body = serde_json::to_vec(&Pk::RateLimited { retry_after: 1500 }).unwrap();
    assert_eq!(
        decode::<Pk>(&body, 429).known(),
        Some(Pk::RateLimited { retry_after: 1500 })
    );
}

fn received<E: ApiError + std::fmt::Debug>(decoded: Decoded<E>) -> Received<E> {
    decoded
        .into_result()
        .unwrap_or_else(|u| panic!("expected a variant, got {u}"))
}

fn unrecognized<E: ApiError + std::fmt::Debug>(
    decoded: Decoded<E>,
) -> errcodes::decode::Unrecognized {
    match decoded {
        Decoded::Unrecognized(u) => u,
        Decoded::Known(r) => panic!("expected no variant, got {r:?}"),
    }
}

#[test]
fn a_unique_code_is_the_evidence() {
    let r = received(decode::<Pk>(
        br#"{"code":20003,"message":"Member 'abc' not found."}"#,
        404,
    ));
    assert_eq!(r.evidence, Evidence::Code);
    // The code names the entry whatever the message says.
    let r = received(decode::<Mx>(
        br#"{"errcode":"M_FORBIDDEN","error":"You are not invited to this room."}"#,
        403,
    ));
    assert_eq!(r.error, Mx::Forbidden);
    assert_eq!(r.evidence, Evidence::Code);
    assert!(r.evidence.is_certain());
}

#[test]
fn shared_codes_are_told_apart_by_status() {
    let body = br#"{"code":0,"message":"Invalid JSON"}"#;
    let r = received(decode::<Pk>(body, 400));
    assert_eq!(r.error, Pk::InvalidJson);
    assert_eq!(r.evidence, Evidence::Message);
    // Without a message, the status alone tells, and says so.
    let r = received(decode::<Pk>(br#"{"code":0}"#, 500));
    assert_eq!(r.error, Pk::Internal);
    assert_eq!(r.evidence, Evidence::Status);
    assert!(!r.evidence.is_certain());
}

#[test]
fn a_shared_code_is_not_picked_by_status_against_its_message() {
    // The status leaves one entry of code 0, whose fixed text the message
    // contradicts: another error under the same code, so none is named.
    let u = unrecognized(decode::<Pk>(br#"{"code":0,"message":"Invalid JSON"}"#, 500));
    assert_eq!(u.reason, Reason::MessageMismatch);
    assert_eq!(u.candidates.len(), 1);
    assert_eq!(u.candidates[0].variant(), "Internal");
    assert_eq!(u.message.as_deref(), Some("Invalid JSON"));
    assert_eq!(u.code, Some(CodeBuf::Int(0)));
    // In another of the catalogue's forms (trailing period) it is the text.
    let r = received(decode::<Pk>(
        br#"{"code":0,"message":"Internal server error, try again later."}"#,
        500,
    ));
    assert_eq!(r.error, Pk::Internal);
    assert_eq!(r.evidence, Evidence::Message);
    assert_eq!(
        contradicted_messages::<Pk>(),
        [("MessageMismatch".to_owned(), 3)].into()
    );
}

#[test]
fn a_shared_code_is_told_by_a_template_and_a_catch_all_only_by_status() {
    #[derive(Debug, PartialEq, ApiError)]
    #[api_error(format = PluralKit)]
    enum Shared {
        #[code(7, status = 404, msg = "Member '{member}' not found.", shared)]
        MemberNotFound { member: String },
        #[code(7, status = 404, msg = "{text}", shared)]
        Other { text: String },
        #[code(7, status = 410, msg = "Gone: {what}", shared)]
        Gone { what: String },
    }
    // The template's literal text outranks a template that fits anything.
    let r = received(decode::<Shared>(
        br#"{"code":7,"message":"Member 'a' not found"}"#,
        404,
    ));
    assert_eq!(r.error, Shared::MemberNotFound { member: "a".into() });
    assert_eq!(r.evidence, Evidence::Template);
    let r = received(decode::<Shared>(
        br#"{"code":7,"message":"Switch 'b' not found"}"#,
        404,
    ));
    assert_eq!(
        r.error,
        Shared::Other {
            text: "Switch 'b' not found".into()
        }
    );
    assert_eq!(r.evidence, Evidence::Status);
    // Without a status, the catch-all's fit is no evidence.
    let u = unrecognized(
        Shared::decode(br#"{"code":7,"message":"Switch 'b' not found"}"#, None).unwrap(),
    );
    assert_eq!(u.reason, Reason::CatchAllOnly);
    assert_eq!(u.candidates[0].variant(), "Other");
    let r = received(decode::<Shared>(br#"{"code":7,"message":"Gone: c"}"#, 410));
    assert_eq!(r.evidence, Evidence::Template);
    let u = unrecognized(decode::<Shared>(br#"{"code":7,"message":"Moved"}"#, 410));
    assert_eq!(u.reason, Reason::MessageMismatch);
}

#[test]
fn shared_codes_without_status_fall_back_to_the_message() {
    let body = br#"{"code":0,"message":"Invalid JSON"}"#;
    assert_eq!(
        Pk::decode(body, None).unwrap().known(),
        Some(Pk::InvalidJson)
    );
    let Decoded::Unrecognized(u) =
        Pk::decode(br#"{"code":0,"message":"Something else"}"#, None).unwrap()
    else {
        panic!("decoded an unknown message")
    };
    assert_eq!(u.reason, Reason::MessageMismatch);
    assert_eq!(u.code, Some(CodeBuf::Int(0)));
    assert_eq!(u.message.as_deref(), Some("Something else"));
    assert_eq!(u.candidates.len(), 3);
    // Without a message, nothing tells the three apart.
    let u = unrecognized(Pk::decode(br#"{"code":0}"#, None).unwrap());
    assert_eq!(u.reason, Reason::Ambiguous);
    assert_eq!(u.candidates.len(), 3);
}

#[test]
fn unknown_codes_keep_code_status_and_message() {
    let Decoded::Unrecognized(u) = decode::<Pk>(br#"{"code":99999,"message":"New error"}"#, 418)
    else {
        panic!("decoded an unknown code")
    };
    assert_eq!(u.reason, Reason::Unknown);
    assert_eq!(u.code, Some(CodeBuf::Int(99999)));
    assert_eq!(u.status, Some(StatusCode::IM_A_TEAPOT));
    assert_eq!(u.message.as_deref(), Some("New error"));
    assert!(u.candidates.is_empty());
}

#[test]
fn a_status_no_entry_documents_is_not_guessed_away() {
    let Decoded::Unrecognized(u) =
        decode::<Pk>(br#"{"code":20003,"message":"Member 'a' not found."}"#, 503)
    else {
        panic!("ignored the status")
    };
    assert_eq!(u.reason, Reason::StatusMismatch);
}

#[test]
fn hidden_and_source_fields_are_not_invented() {
    let body = serde_json::to_vec(&Pk::Storage {
        detail: "secret".into(),
    })
    .unwrap();
    let Decoded::Unrecognized(u) = decode::<Pk>(&body, 500) else {
        panic!("rebuilt a hidden field")
    };
    assert_eq!(u.reason, Reason::NotRebuildable);
    assert_eq!(u.candidates[0].variant(), "Storage");
    let body = serde_json::to_vec(&Pk::Io(IoError(std::io::Error::other("x")))).unwrap();
    let Decoded::Unrecognized(u) = decode::<Pk>(&body, 500) else {
        panic!("invented a source error")
    };
    assert_eq!(u.reason, Reason::NotRebuildable);
}

#[test]
fn placeholders_with_format_specs_are_not_parsed_back() {
    let body = serde_json::to_vec(&Pk::SwitchNotFound { id: 7, pos: 2 }).unwrap();
    let Decoded::Unrecognized(u) = decode::<Pk>(&body, 404) else {
        panic!("parsed a padded number")
    };
    assert_eq!(u.reason, Reason::NotRebuildable);
}

#[test]
fn wrong_body_field_types_are_not_rebuilt() {
    let body = br#"{"code":0,"message":"Rate limited","retry_after":"soon"}"#;
    let Decoded::Unrecognized(u) = decode::<Pk>(body, 429) else {
        panic!("accepted a string as u64")
    };
    assert_eq!(u.reason, Reason::NotRebuildable);
}

#[test]
fn every_pluralkit_like_entry_round_trips() {
    assert_round_trips::<Pk>(
        &[
            ("Storage", Reason::NotRebuildable),
            ("Io", Reason::NotRebuildable),
            // The example body shows `{id}` and `{pos:>3}`; a spec'd placeholder is never parsed back.
            ("SwitchNotFound", Reason::NotRebuildable),
            // The example has no `retry_after`, so the variant cannot be rebuilt.
            ("RateLimited", Reason::NotRebuildable),
        ],
        &[],
    );
}

#[derive(Debug, PartialEq, ApiError)]
#[api_error(format = Mastodon)]
enum Masto {
    #[code(_, status = 400, name = "ParameterMissing", msg = "{string}.")]
    ParameterMissing {
        #[placeholder("string")]
        message: String,
    },
    #[code(_, status = 404, name = "RecordNotFound", msg = "Record not found.")]
    RecordNotFound,
    #[code(_, status = 422, name = "RecordInvalid", msg = "{string}.")]
    RecordInvalid {
        #[placeholder("string")]
        message: String,
    },
    #[code(_, status = 422, name = "RecordNotUnique", msg = "Duplicate record.")]
    RecordNotUnique,
    #[code(
        _,
        status = 503,
        name = "NetworkingError",
        msg = "There was a temporary problem serving your request, please try again."
    )]
    NetworkingError,
    #[code(
        _,
        status = 503,
        name = "RaceConditionError",
        msg = "There was a temporary problem serving your request, please try again."
    )]
    RaceConditionError,
}

#[test]
fn codeless_formats_decode_by_status_then_message() {
    assert_eq!(
        decode::<Masto>(br#"{"error":"Record not found"}"#, 404).known(),
        Some(Masto::RecordNotFound)
    );
    assert_eq!(
        decode::<Masto>(br#"{"error":"Duplicate record."}"#, 422).known(),
        Some(Masto::RecordNotUnique)
    );
    // `{string}.` fits any message: the body names nothing, the status
    // does, and the evidence says which.
    let r = received(decode::<Masto>(br#"{"error":"Name can't be blank."}"#, 422));
    assert_eq!(
        r.error,
        Masto::RecordInvalid {
            message: "Name can't be blank".into()
        }
    );
    assert_eq!(r.evidence, Evidence::Status);
    let r = received(decode::<Masto>(br#"{"error":"Duplicate record."}"#, 422));
    assert_eq!(r.evidence, Evidence::Message);
    // A body without a message: the one 404 entry, on the status alone.
    let r = received(decode::<Masto>(br#"{}"#, 404));
    assert_eq!(
        (r.error, r.evidence),
        (Masto::RecordNotFound, Evidence::Status)
    );
    // Without a status, two `{string}.` entries fit.
    let u = unrecognized(Masto::decode(br#"{"error":"Name can't be blank."}"#, None).unwrap());
    assert_eq!(u.reason, Reason::Ambiguous);
    let body =
        br#"{"error":"There was a temporary problem serving your request, please try again."}"#;
    let Decoded::Unrecognized(u) = decode::<Masto>(body, 503) else {
        panic!("picked one of two identical entries")
    };
    assert_eq!(u.reason, Reason::Ambiguous);
    assert_eq!(u.candidates.len(), 2);
}

#[test]
fn every_mastodon_like_entry_round_trips() {
    assert_round_trips::<Masto>(
        &[
            ("NetworkingError", Reason::Ambiguous),
            ("RaceConditionError", Reason::Ambiguous),
        ],
        &["ParameterMissing", "RecordInvalid"],
    );
}

#[derive(Debug, PartialEq, ApiError)]
#[api_error(format = Matrix)]
pub(crate) enum Mx {
    #[code("M_FORBIDDEN", status = 403, msg = "Forbidden")]
    Forbidden,
    #[code("M_LIMIT_EXCEEDED", status = 429, msg = "Too many requests")]
    LimitExceeded {
        #[body]
        retry_after_ms: Option<u64>,
    },
}

#[test]
fn string_codes_and_optional_body_fields_decode() {
    assert_eq!(
        decode::<Mx>(br#"{"errcode":"M_FORBIDDEN","error":"whatever"}"#, 403).known(),
        Some(Mx::Forbidden)
    );
    let body = br#"{"errcode":"M_LIMIT_EXCEEDED","error":"Too many requests","retry_after_ms":20}"#;
    assert_eq!(
        decode::<Mx>(body, 429).known(),
        Some(Mx::LimitExceeded {
            retry_after_ms: Some(20)
        })
    );
    // A missing optional member is `None`, as serde treats a missing field.
    let body = br#"{"errcode":"M_LIMIT_EXCEEDED","error":"Too many requests"}"#;
    assert_eq!(
        decode::<Mx>(body, 429).known(),
        Some(Mx::LimitExceeded {
            retry_after_ms: None
        })
    );
    assert_round_trips::<Mx>(&[], &[]);
}

#[derive(Debug, PartialEq, ApiError)]
#[api_error(format = Problem)]
enum Prob {
    #[code(1, status = 409, msg = "Conflict on {resource}")]
    Conflict { resource: String },
}

#[test]
fn problem_details_decode_from_detail() {
    let body = serde_json::to_vec(&Prob::Conflict {
        resource: "user/7".into(),
    })
    .unwrap();
    assert_eq!(
        decode::<Prob>(&body, 409).known(),
        Some(Prob::Conflict {
            resource: "user/7".into()
        })
    );
    assert_round_trips::<Prob>(&[], &[]);
}

fn error_of(body: &[u8]) -> DecodeError {
    match Pk::decode(body, None) {
        Err(e) => e,
        Ok(d) => panic!(
            "{:?} decoded to {d:?}",
            String::from_utf8_lossy(&body[..body.len().min(80)])
        ),
    }
}

#[test]
fn malformed_bodies_are_typed_errors() {
    assert!(matches!(error_of(b""), DecodeError::Json(_)));
    assert!(matches!(error_of(b"\xff\xfe{"), DecodeError::Json(_)));
    assert!(matches!(
        error_of(b"{\"code\":0,\"message\":\"\xff\""),
        DecodeError::Json(_)
    ));
    assert!(matches!(
        error_of(br#"{"code":0,"mess"#),
        DecodeError::Json(_)
    ));
    assert!(matches!(
        error_of(br#"{"code":0} trailing"#),
        DecodeError::Json(_)
    ));
    assert!(matches!(error_of(b"[1,2]"), DecodeError::NotAnObject));
    assert!(matches!(error_of(b"null"), DecodeError::NotAnObject));
    assert!(matches!(error_of(b"\"text\""), DecodeError::NotAnObject));
    let DecodeError::DuplicateMember(m) = error_of(br#"{"code":0,"message":"a","code":20003}"#)
    else {
        panic!()
    };
    assert_eq!(m, "code");
}

#[test]
fn deep_nesting_is_refused_without_overflowing_the_stack() {
    for open in [b'[', b'{'] {
        let mut body = b"{\"code\":0,\"x\":".to_vec();
        for _ in 0..100_000 {
            body.push(open);
            if open == b'{' {
                body.extend_from_slice(b"\"a\":");
            }
        }
        assert!(matches!(error_of(&body), DecodeError::Json(_)));
    }
}

#[test]
fn codes_beyond_i64_and_wrong_member_types_are_typed_errors() {
    for code in [
        "18446744073709551616",
        "9223372036854775808",
        "1.5",
        "1e400",
        "true",
        "[]",
        "{}",
    ] {
        let body = format!(r#"{{"code":{code},"message":"x"}}"#);
        match Pk::decode(body.as_bytes(), None) {
            Err(DecodeError::WrongType { member: "code", .. } | DecodeError::Json(_)) => {}
            other => panic!("code {code}: {other:?}"),
        }
    }
    for message in ["1", "true", "[]", "{}"] {
        let body = format!(r#"{{"code":0,"message":{message}}}"#);
        assert!(matches!(
            error_of(body.as_bytes()),
            DecodeError::WrongType {
                member: "message",
                ..
            }
        ));
    }
    assert!(matches!(
        Mx::decode(br#"{"errcode":5,"error":"x"}"#, None),
        Ok(Decoded::Unrecognized(errcodes::decode::Unrecognized {
            reason: Reason::Unknown,
            ..
        }))
    ));
}

#[test]
fn extreme_i64_codes_are_read_exactly() {
    for code in [i64::MIN, i64::MAX] {
        let Decoded::Unrecognized(u) =
            Pk::decode(format!(r#"{{"code":{code}}}"#).as_bytes(), None).unwrap()
        else {
            panic!()
        };
        assert_eq!(u.code, Some(CodeBuf::Int(code)));
    }
}

#[test]
fn large_bodies_are_bounded() {
    let message = "x".repeat(10 * 1024 * 1024);
    let body = format!(r#"{{"code":20003,"message":"Member '{message}' not found."}}"#);
    assert!(matches!(
        error_of(body.as_bytes()),
        DecodeError::TooLarge { .. }
    ));
    let message = "y".repeat(MAX_BODY_LEN - 100);
    let body = format!(r#"{{"code":20003,"message":"Member '{message}' not found."}}"#);
    let Some(Pk::MemberNotFound { member_ref }) = decode::<Pk>(body.as_bytes(), 404).known() else {
        panic!()
    };
    assert_eq!(member_ref.len(), MAX_BODY_LEN - 100);
}

#[test]
fn missing_members_are_unrecognized_not_errors() {
    let Decoded::Unrecognized(u) = Pk::decode(b"{}", None).unwrap() else {
        panic!()
    };
    assert_eq!(u.reason, Reason::Unknown);
    assert_eq!(u.code, None);
    assert_eq!(json!(u.message), json!(null));
}

fn arbitrary_json() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(json!(null)),
        any::<bool>().prop_map(|b| json!(b)),
        any::<i64>().prop_map(|n| json!(n)),
        any::<u64>().prop_map(|n| json!(n)),
        any::<f64>().prop_map(|f| json!(f)),
        "\\PC{0,20}".prop_map(|s| json!(s)),
        Just(json!("Member 'x' not found.")),
        Just(json!(0)),
        Just(json!(20003)),
    ];
    leaf.prop_recursive(4, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(serde_json::Value::Array),
            prop::collection::btree_map(
                prop_oneof![
                    Just("code".to_owned()),
                    Just("message".to_owned()),
                    Just("retry_after".to_owned()),
                    "[a-z]{1,6}"
                ],
                inner,
                0..6
            )
            .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..512), status in 100u16..1000) {
        let _ = Pk::decode(&bytes, StatusCode::from_u16(status).ok());
        let _ = Masto::decode(&bytes, StatusCode::from_u16(status).ok());
        let _ = Mx::decode(&bytes, None);
    }

    #[test]
    fn arbitrary_json_never_decodes_to_a_wrong_code(value in arbitrary_json(), status in 100u16..1000) {
        let bytes = serde_json::to_vec(&value).unwrap();
        if let Ok(Decoded::Known(Received { error: e, .. })) = Pk::decode(&bytes, StatusCode::from_u16(status).ok()) {
            prop_assert_eq!(Some(e.code().as_int().unwrap()), value.get("code").and_then(serde_json::Value::as_i64));
            prop_assert!(e.info().status().is_none_or(|s| s == status));
        }
        if let Ok(Decoded::Known(Received { error: e, .. })) = Masto::decode(&bytes, StatusCode::from_u16(status).ok()) {
            prop_assert_eq!(e.info().status(), Some(status));
        }
    }
}

#[test]
fn a_multibyte_character_before_the_last_text_does_not_panic() {
    let body = r#"{"code":20003,"message":"Member 'éxxxxxxxxxx"}"#;
    let Decoded::Unrecognized(u) = decode::<Pk>(body.as_bytes(), 404) else {
        panic!("a message that does not fit decoded")
    };
    assert_eq!(u.reason, Reason::NotRebuildable);
}
