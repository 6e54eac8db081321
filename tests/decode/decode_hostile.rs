//! Decoding hostile bodies in every format: whatever the bytes, `decode`
//! returns (never panics), and what it returns is right. The catalogues, the
//! body generator and the checks live in `common/hostile.rs`, shared with
//! the structure-aware fuzz target.

use crate::common;

use common::hostile::{
    self, decode_as, decode_each, entries, At, ByteEdit, Edit, Json, Member, MemberEdit, Outcome,
    Plan, CATALOGUES, TRICKY_BYTES, TRICKY_CHARS,
};
use errcodes::decode::{DecodeError, Decoded, Reason, Received, MAX_BODY_LEN};
use errcodes::{ApiError, StatusCode};
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
    let Ok(Decoded::Known(Received { error: e, .. })) =
        hostile::pluralkit::PluralKitError::decode(body.as_bytes(), None)
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
    let chars = ['é', '😀', '\u{301}', '}'];
    for catalogue in 0..CATALOGUES {
        for (entry, e) in entries(catalogue).iter().enumerate() {
            // The message's start and end, and each placeholder's.
            let placeholders = e.template_or_name().matches('{').count();
            let bounds = 2 + 2 * placeholders;
            let fills = [vec![], vec!["é".to_owned(), "x😀".to_owned()]];
            for fills in &fills[..1 + usize::from(placeholders > 0)] {
                for at in 0..u8::try_from(bounds).unwrap() {
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
                    }
                }
            }
        }
    }
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
    for body in [
        &b"[]"[..],
        b"null",
        b"0",
        b"\"\xc3\xa9\"",
        b"[{\"code\":1}]",
    ] {
        assert_each(body, None, |o| {
            matches!(o, Outcome::Error(DecodeError::NotAnObject))
        });
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
        assert_each(body.as_bytes(), status(404), |o| {
            !matches!(o, Outcome::Error(_))
        });
        let longer = format!("{body} ");
        assert_each(
            longer.as_bytes(),
            status(404),
            |o| matches!(o, Outcome::Error(DecodeError::TooLarge { len }) if *len == MAX_BODY_LEN + 1),
        );
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

fn wrong_types() -> Vec<Json> {
    vec![
        Json::Bool(true),
        Json::Int(-1),
        Json::Uint(u64::MAX),
        Json::Float(1.5),
        Json::Str("é😀".to_owned()),
        Json::Nested(3),
        Json::Object(vec![("é".to_owned(), Json::Int(1))]),
    ]
}

/// Whether a `#[body]` field of type `ty` (those of the catalogues here)
/// may be rebuilt from `value`.
fn fits(ty: &str, value: &Json) -> bool {
    match (ty.replace(' ', "").as_str(), value) {
        ("serde_json::Value", _) | ("String", Json::Str(_)) => true,
        ("u32", Json::Int(n)) => u32::try_from(*n).is_ok(),
        ("u64" | "Option<u64>", Json::Int(n)) => *n >= 0,
        ("u64" | "Option<u64>", Json::Uint(_)) | ("Option<u64>", Json::Null) => true,
        _ => false,
    }
}

/// Each member of each entry's body given each JSON type: the code and the
/// message are typed errors unless they have their type; a `#[body]` member
/// of the wrong type leaves the variant unrebuilt.
#[test]
fn every_member_of_every_entry_given_every_json_type() {
    for catalogue in 0..CATALOGUES {
        let (code_member, message_member) = hostile::format_members(catalogue);
        let lenient = hostile::ignores_mistyped(catalogue);
        for (entry, e) in entries(catalogue).iter().enumerate() {
            for value in wrong_types() {
                for member in [
                    Member::Code,
                    Member::Message,
                    Member::Body(0),
                    Member::Body(1),
                ] {
                    let plan = Plan {
                        catalogue,
                        entry: u16::try_from(entry).unwrap(),
                        members: vec![MemberEdit::Set(member.clone(), value.clone())],
                        status: 1,
                        ..Plan::default()
                    };
                    let outcome = hostile::run(&plan);
                    let is_code = code_member.is_some() && matches!(member, Member::Code);
                    let wrong = match (&member, &value) {
                        _ if lenient => None,
                        (Member::Message, Json::Str(_)) => None,
                        (Member::Message, _) => Some(message_member),
                        (Member::Code, Json::Int(_) | Json::Str(_)) => None,
                        (Member::Code, _) if is_code => code_member,
                        _ => None,
                    };
                    match (wrong, &outcome) {
                        (Some(m), Outcome::Error(DecodeError::WrongType { member, .. })) => {
                            assert_eq!(*member, m);
                        }
                        (None, Outcome::Known(_) | Outcome::Unrecognized(_)) => {}
                        _ => panic!("{} {member:?} = {value:?}: {outcome:?}", e.variant()),
                    }
                    if let (Member::Body(_), Some(field), Outcome::Known(known)) =
                        (&member, e.body_fields().first(), &outcome)
                    {
                        assert!(
                            known.index() != e.index() || fits(field.ty(), &value),
                            "{}: rebuilt a {} from {value:?}",
                            e.variant(),
                            field.ty()
                        );
                    }
                }
            }
        }
    }
}

/// A code no entry has, listing each entry's code as its ancestor (and
/// every JSON type in place of the list): the body decodes to an entry with
/// that code or is unrecognized, never panics, never errs for the list
/// alone; `hostile::check` holds the rest (the received code kept, the
/// variant's code among the ancestors).
#[test]
fn an_unknown_code_under_every_entry_of_every_catalogue() {
    for catalogue in 0..CATALOGUES {
        let (code_member, _) = hostile::format_members(catalogue);
        for (entry, e) in entries(catalogue).iter().enumerate() {
            let at = u16::try_from(entry).unwrap();
            let plan = Plan {
                catalogue,
                entry: at,
                members: vec![MemberEdit::UnknownCode, MemberEdit::Ancestors(vec![at])],
                ..Plan::default()
            };
            match hostile::run(&plan) {
                Outcome::Known(known) => assert_eq!(known.code(), e.code(), "{e:?}"),
                Outcome::Unrecognized(_) => {}
                Outcome::Error(error) => panic!("{e:?}: {error}"),
            }
            // A format with a code member decodes a unit entry of a code
            // of its own as that entry.
            if code_member.is_some() && e.is_unit() && !e.is_shared() && !e.code().is_none() {
                let plan = Plan { status: 0, ..plan };
                assert!(
                    matches!(hostile::run(&plan), Outcome::Known(k) if k.code() == e.code()),
                    "{e:?} not found through its code as an ancestor"
                );
            }
            // A list of anything but codes leaves an unknown code unknown.
            for value in wrong_types().into_iter().filter(|_| code_member.is_some()) {
                let plan = Plan {
                    catalogue,
                    entry: at,
                    members: vec![
                        MemberEdit::UnknownCode,
                        MemberEdit::Set(Member::Ancestors, value),
                    ],
                    ..Plan::default()
                };
                assert!(!matches!(hostile::run(&plan), Outcome::Known(_)), "{e:?}");
            }
        }
    }
}

#[test]
fn strings_for_integer_codes_and_integers_for_string_codes() {
    use hostile::{pluralkit::PluralKitError, MatrixError, ProblemError, Tricky};
    fn unknown<E>(d: Result<Decoded<E>, DecodeError>) -> bool {
        matches!(d, Ok(Decoded::Unrecognized(u)) if u.reason == Reason::Unknown)
    }
    let body = r#"{"code":"20003","message":"Member 'x' not found."}"#;
    assert!(unknown(PluralKitError::decode(
        body.as_bytes(),
        status(404)
    )));
    let body = r#"{"code":"1","detail":"Conflit sur « x » déjà présent"}"#;
    assert!(unknown(ProblemError::decode(body.as_bytes(), status(409))));
    // Arabic-Indic digits are not the integer 10.
    let body = r#"{"code":"١٠","message":"éaé"}"#;
    assert!(unknown(Tricky::decode(body.as_bytes(), status(400))));
    let body = r#"{"errcode":403,"error":"Forbidden"}"#;
    assert!(unknown(MatrixError::decode(body.as_bytes(), status(403))));
    // Codes are compared as written: no Unicode normalization.
    let body = r#"{"errcode":"M_U\u0308NICODE_⚠","error":"Clé « ü » invalide"}"#;
    assert!(unknown(MatrixError::decode(body.as_bytes(), status(400))));
    let body = r#"{"errcode":"M_ÜNICODE_⚠","error":"Clé « ü » invalide"}"#;
    let Ok(Decoded::Known(Received {
        error: MatrixError::Unicode { key },
        ..
    })) = MatrixError::decode(body.as_bytes(), status(400))
    else {
        panic!("a non-ASCII string code did not decode")
    };
    assert_eq!(key, "ü");
}

#[test]
fn numbers_out_of_range_in_every_format() {
    for n in [
        "9223372036854775808",
        "-9223372036854775809",
        "18446744073709551616",
        "1.0",
        "-0.0",
        "1e2",
    ] {
        let body =
            format!(r#"{{"code":{n},"errcode":{n},"message":"é","error":"é","detail":"é"}}"#);
        for (catalogue, (name, outcome)) in decode_each(body.as_bytes(), None).iter().enumerate() {
            let catalogue = u8::try_from(catalogue).unwrap();
            let (code_member, _) = hostile::format_members(catalogue);
            let code_member = code_member.filter(|_| !hostile::ignores_mistyped(catalogue));
            match (code_member, outcome) {
                (Some(m), Outcome::Error(DecodeError::WrongType { member, .. })) => {
                    assert_eq!(*member, m);
                }
                (None, Outcome::Unrecognized(_)) => {}
                _ => panic!("{name}: code {n}: {outcome:?}"),
            }
        }
    }
    assert_each(br#"{"code":1e400,"message":"x"}"#, None, |o| {
        matches!(o, Outcome::Error(DecodeError::Json(_)))
    });
    for retry_after in ["4294967296", "-1", "1.5", "1e400"] {
        let body =
            format!(r#"{{"code":-5,"detail":"Trop de requêtes 😅","retry_after":{retry_after}}}"#);
        let outcome = decode_as(5, body.as_bytes(), status(429)).1;
        assert!(
            matches!(
                outcome,
                Outcome::Unrecognized(Reason::NotRebuildable)
                    | Outcome::Error(DecodeError::Json(_))
            ),
            "{retry_after}: {outcome:?}"
        );
    }
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "\\PC{0,12}",
        prop::sample::select(TRICKY_CHARS).prop_map(String::from),
        (0..CATALOGUES, any::<prop::sample::Index>())
            .prop_map(|(c, i)| i.get(entries(c)).template_or_name().to_owned()),
    ]
}

fn json() -> impl Strategy<Value = Json> {
    let leaf = prop_oneof![
        Just(Json::Null),
        any::<bool>().prop_map(Json::Bool),
        any::<i64>().prop_map(Json::Int),
        any::<u64>().prop_map(Json::Uint),
        any::<f64>().prop_map(Json::Float),
        any::<u8>().prop_map(Json::Nested),
        text().prop_map(Json::Str),
    ];
    leaf.prop_recursive(2, 8, 3, |inner| {
        prop::collection::vec((text(), inner), 0..3).prop_map(Json::Object)
    })
}

fn at() -> impl Strategy<Value = At> {
    (any::<u8>(), -3i8..=3).prop_map(|(at, offset)| At { at, offset })
}

fn member() -> impl Strategy<Value = Member> {
    prop_oneof![
        Just(Member::Code),
        Just(Member::Message),
        any::<u8>().prop_map(Member::Body),
        Just(Member::Ancestors),
        text().prop_map(Member::Other),
    ]
}

fn plan() -> impl Strategy<Value = Plan> {
    let edit = prop_oneof![
        (at(), text()).prop_map(|(at, t)| Edit::Insert(at, t)),
        at().prop_map(Edit::Truncate),
        (at(), 1u8..4).prop_map(|(at, n)| Edit::Remove(at, n)),
    ];
    let member_edit = prop_oneof![
        any::<u16>().prop_map(MemberEdit::OtherCode),
        Just(MemberEdit::UnknownCode),
        prop::collection::vec(any::<u16>(), 0..4).prop_map(MemberEdit::Ancestors),
        member().prop_map(MemberEdit::Remove),
        (member(), json()).prop_map(|(m, j)| MemberEdit::Set(m, j)),
    ];
    let byte_edit = prop_oneof![
        any::<u32>().prop_map(ByteEdit::Truncate),
        (any::<bool>(), 0u32..64, prop::sample::select(TRICKY_BYTES)).prop_map(
            |(in_message, at, bytes)| ByteEdit::Insert {
                in_message,
                at,
                bytes: bytes.to_vec(),
            }
        ),
        (member(), json()).prop_map(|(m, j)| ByteEdit::Duplicate(m, j)),
    ];
    (
        any::<u16>(),
        prop::collection::vec(text(), 0..3),
        prop::collection::vec(edit, 0..4),
        prop::collection::vec(member_edit, 0..2),
        prop::collection::vec(byte_edit, 0..2),
        prop_oneof![Just(0), Just(1), Just(2), any::<u16>()],
    )
        .prop_map(|(entry, fills, edits, members, bytes, status)| Plan {
            catalogue: 0,
            entry,
            fills,
            edits,
            members,
            bytes,
            status,
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// Bodies built from each catalogue's entries, with arbitrary Unicode in
    /// and around their templates, in every format.
    #[test]
    fn hostile_bodies_from_real_entries(plan in plan()) {
        for catalogue in 0..CATALOGUES {
            hostile::run(&Plan { catalogue, ..plan.clone() });
        }
    }

    /// Any Unicode as the message of any entry's body, in every format.
    #[test]
    fn arbitrary_unicode_messages(message in text(), entry: u16, status in prop_oneof![Just(0u16), Just(1), any::<u16>()]) {
        for catalogue in 0..CATALOGUES {
            hostile::run(&Plan {
                catalogue,
                entry,
                members: vec![MemberEdit::Set(Member::Message, Json::Str(message.clone()))],
                status,
                ..Plan::default()
            });
        }
    }
}

/// Found by the structure-aware fuzz target: trailing periods and spaces
/// counted when a space came between periods, so a decoded value did not
/// re-encode to a body of the same entry.
#[test]
fn trailing_periods_and_spaces_do_not_count_in_any_order() {
    use hostile::cocam::CocamError;
    use hostile::mastodon::MastodonError;
    let body = r#"{"error":"Record not found. . "}"#;
    assert!(matches!(
        MastodonError::decode(body.as_bytes(), status(404)),
        Ok(Decoded::Known(Received {
            error: MastodonError::RecordNotFound,
            ..
        }))
    ));
    let body = r#"{"message":"StripePaymentRefused. ."}"#;
    let Ok(Decoded::Known(Received { error: e, .. })) =
        CocamError::decode(body.as_bytes(), status(422))
    else {
        panic!("did not decode")
    };
    assert_eq!(e.name(), "StripePaymentRefused");
}
