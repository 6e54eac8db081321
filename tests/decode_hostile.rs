//! Decoding hostile bodies in every format: whatever the bytes, `decode`
//! returns (never panics), and what it returns is right. The catalogues, the
//! body generator and the checks live in `common/hostile.rs`, shared with
//! the structure-aware fuzz target.

mod common {
    pub mod hostile;
}

use common::hostile::{
    self, check, decode_as, decode_each, entries, At, ByteEdit, Edit, Json, Member, MemberEdit, Outcome,
    Plan, CATALOGUES, TRICKY_BYTES, TRICKY_CHARS,
};
use errcode::decode::{DecodeError, Decoded, Reason, MAX_BODY_LEN};
use errcode::format::{Matrix, PluralKit};
use errcode::{ApiError, Format, StatusCode};
use proptest::prelude::*;

fn status(s: u16) -> Option<StatusCode> {
    StatusCode::from_u16(s).ok()
}

/// Issue 8: a multi-byte character before the text that follows the last
/// placeholder put a byte offset inside it.
#[test]
fn multibyte_text_before_a_templates_last_text() {
    let body = r#"{"code":20003,"message":"Member 'éxxxxxxxxxx"}"#;
    for status in [status(404), None] {
        let Ok(Decoded::Unrecognized(u)) =
            hostile::pluralkit::PluralKitError::decode(body.as_bytes(), status)
        else {
            panic!("a message that does not fit its template decoded")
        };
        assert_eq!(u.reason, Reason::NotRebuildable);
    }
    let body = r#"{"code":20003,"message":"Member '😀' not found."}"#;
    let Ok(Decoded::Known(e)) = hostile::pluralkit::PluralKitError::decode(body.as_bytes(), None)
    else {
        panic!("a non-ASCII placeholder value did not decode")
    };
    assert_eq!(e.to_string(), "Member '😀' not found.");
}

/// Every entry of every catalogue, with a multi-byte or template character
/// inserted next to each boundary of its message (its ends, each
/// placeholder's ends), the message cut there, or a character removed.
#[test]
fn multibyte_text_around_every_placeholder_of_every_entry() {
    let chars = ['é', '한', '😀', '\u{301}', '.', '}', '\''];
    let mut runs = 0;
    for catalogue in 0..CATALOGUES {
        for entry in 0..entries(catalogue).len() {
            for fills in [vec![], vec!["é".to_owned()], vec!["x😀".to_owned(), String::new()]] {
                for at in 0..8 {
                    for offset in -1..=1 {
                        let at = At { at, offset };
                        let base = Plan {
                            catalogue,
                            entry: u16::try_from(entry).unwrap(),
                            fills: fills.clone(),
                            status: 1,
                            ..Plan::default()
                        };
                        for c in chars {
                            hostile::run(&Plan {
                                edits: vec![Edit::Insert(at, c.to_string())],
                                ..base.clone()
                            });
                        }
                        hostile::run(&Plan {
                            edits: vec![Edit::Truncate(at)],
                            ..base.clone()
                        });
                        hostile::run(&Plan {
                            edits: vec![Edit::Remove(at, 1)],
                            ..base
                        });
                        runs += chars.len() + 2;
                    }
                }
            }
        }
    }
    assert!(runs > 50_000, "{runs}");
}

fn assert_each(bytes: &[u8], status: Option<StatusCode>, ok: impl Fn(&Outcome) -> bool) {
    for (name, outcome) in decode_each(bytes, status) {
        assert!(
            ok(&outcome),
            "{name}: {:?} gave {outcome:?}",
            String::from_utf8_lossy(&bytes[..bytes.len().min(120)])
        );
    }
}

#[test]
fn malformed_bodies_are_errors_in_every_format() {
    let json_error = |o: &Outcome| matches!(o, Outcome::Error(DecodeError::Json(_)));
    for body in [
        &b""[..],
        b" ",
        b"{",
        b"\xef\xbb\xbf{}",
        b"{\"code\":1,\"message\":\"\xff\"}",
        b"{\"error\":\"\xc3\"}",
        br#"{"code":1,"message":"\ud800"}"#,
        br#"{"error":"\udc00 x"}"#,
        br#"{"errcode":"\ud83d","error":"x"}"#,
        br#"{"\ud800":1}"#,
        br#"{"code":1,"message":"x"} {}"#,
        br#"{"code":1e999999}"#,
    ] {
        assert_each(body, None, json_error);
    }
    for body in [&b"[]"[..], b"null", b"0", b"\"\xc3\xa9\"", b"[{\"code\":1}]"] {
        assert_each(body, None, |o| matches!(o, Outcome::Error(DecodeError::NotAnObject)));
    }
    for open in [b'[', b'{'] {
        let mut body = b"{\"message\":\"\xc3\xa9\",\"x\":".to_vec();
        for _ in 0..50_000 {
            body.push(open);
            if open == b'{' {
                body.extend_from_slice("\"é\":".as_bytes());
            }
        }
        assert_each(&body, None, json_error);
    }
}

/// A pair of a surrogate escape is one character: only a lone one is refused.
#[test]
fn paired_surrogate_escapes_are_characters() {
    let body = br#"{"code":20003,"message":"Member '\ud83d\ude00' not found."}"#;
    let e = hostile::pluralkit::PluralKitError::decode(body, status(404))
        .unwrap()
        .known()
        .unwrap();
    assert_eq!(e.to_string(), "Member '😀' not found.");
}

#[test]
fn duplicate_members_are_refused_in_every_format() {
    for body in [
        r#"{"code":1,"code":1}"#,
        r#"{"message":"é","message":"é"}"#,
        r#"{"error":"x","error":"x"}"#,
        r#"{"errcode":"M_FORBIDDEN","error":"Forbidden","errcode":"M_FORBIDDEN"}"#,
        r#"{"é":1,"é":2}"#,
        r#"{"detail":"x","status":1,"status":2}"#,
    ] {
        assert_each(body.as_bytes(), None, |o| {
            matches!(o, Outcome::Error(DecodeError::DuplicateMember(_)))
        });
    }
}

#[test]
fn bodies_at_the_size_limit() {
    for c in ['é', '😀', 'x'] {
        let prefix = r#"{"code":20003,"errcode":"M_NOT_FOUND","message":"Member '"#;
        let suffix = r#"' not found.","error":"Room x not found — ¿seguro?"}"#;
        let room = MAX_BODY_LEN - prefix.len() - suffix.len();
        let mut message: String = std::iter::repeat_n(c, room / c.len_utf8()).collect();
        message.extend(std::iter::repeat_n('.', room - message.len()));
        let body = format!("{prefix}{message}{suffix}");
        assert_eq!(body.len(), MAX_BODY_LEN);
        assert_each(body.as_bytes(), status(404), |o| !matches!(o, Outcome::Error(_)));
        let longer = format!("{body} ");
        assert_each(longer.as_bytes(), status(404), |o| {
            matches!(o, Outcome::Error(DecodeError::TooLarge { len }) if *len == MAX_BODY_LEN + 1)
        });
    }
}

/// Every cut of a body with multi-byte text is a JSON error, never a panic.
#[test]
fn every_truncation_of_every_entrys_body() {
    for catalogue in 0..CATALOGUES {
        for entry in 0..entries(catalogue).len() {
            let plan = Plan {
                catalogue,
                entry: u16::try_from(entry).unwrap(),
                fills: vec!["é😀".to_owned()],
                edits: vec![Edit::Insert(At { at: 0, offset: 1 }, "한".to_owned())],
                status: 1,
                ..Plan::default()
            };
            let (full, status) = hostile::bytes(&plan);
            for cut in 0..full.len() {
                let (name, outcome) = decode_as(catalogue, &full[..cut], status);
                assert!(
                    matches!(outcome, Outcome::Error(DecodeError::Json(_))),
                    "{name}: {cut} bytes of {:?} gave {outcome:?}",
                    String::from_utf8_lossy(&full)
                );
            }
        }
    }
}
