//! The one-pass reader that decodes the built-in formats (and any format
//! with `DECODES_BY_MEMBERS`): same outcomes as reading the body into a
//! `serde_json` map and calling `Format::locate`, and the same refusals
//! (members named twice, values `serde_json` refuses, misshapen bodies).

use std::marker::PhantomData;

use errcodes::decode::{DecodeError, Decoded};
use errcodes::format::{Format, Member, Plain, Problem, Source};
use errcodes::{ApiError, StatusCode};

/// `F` decoded the old way: a map of the body, then `Format::locate`.
struct Mapped<F>(PhantomData<F>);

impl<F: Format> Format for Mapped<F> {
    const CONTENT_TYPE: &'static str = F::CONTENT_TYPE;
    const MEMBERS: &'static [Member] = F::MEMBERS;
    const IGNORES_MISTYPED_MEMBERS: bool = F::IGNORES_MISTYPED_MEMBERS;
    const CODE_OUTRANKS_STATUS: bool = F::CODE_OUTRANKS_STATUS;
}

/// `{"error": {"id": ..., "text": ..., <#[body] fields>}, "trace": ...}`
struct Nested;

impl Format for Nested {
    const CONTENT_TYPE: &'static str = "application/json";
    const DECODES_BY_MEMBERS: bool = true;
    const MEMBERS: &'static [Member] = &[
        Member::new(
            "error",
            Source::Object(&[
                Member::new("id", Source::Code),
                Member::new("text", Source::Message),
                Member::BODY_FIELDS,
            ]),
        ),
        Member::new("trace", Source::Null),
    ];
}

macro_rules! catalogue {
    ($($name:ident: $format:ty),*) => {$(
        #[derive(Debug, PartialEq, ApiError)]
        #[api_error(format = $format)]
        enum $name {
            // Declared out of code order, with a shared code: the code index
            // must find each entry, shared ones in declaration order.
            #[code(30, status = 404, msg = "Item {id} not found")]
            NotFound { id: u32 },
            #[code(10, status = 429, msg = "Slow down")]
            Throttled {
                #[body]
                retry_after: u64,
            },
            #[code(20, status = 400, msg = "Bad input", shared)]
            BadInput,
            #[code(20, status = 409, msg = "Conflict", shared)]
            Conflict,
            #[code(-5, status = 500, msg = "Broken")]
            Broken,
        }
    )*};
}

catalogue!(
    FastPlain: Plain,
    MappedPlain: Mapped<Plain>,
    FastProblem: Problem,
    MappedProblem: Mapped<Problem>,
    FastNested: Nested,
    MappedNested: Mapped<Nested>
);

fn status(s: u16) -> Option<StatusCode> {
    StatusCode::from_u16(s).ok()
}

fn outcome<E: ApiError + std::fmt::Debug>(body: &str, status: Option<StatusCode>) -> String {
    match E::decode(body.as_bytes(), status) {
        Ok(Decoded::Known(e)) => format!("known {e:?}"),
        Ok(Decoded::Unrecognized(u)) => format!(
            "unrecognized {:?} {:?} {:?} {:?}",
            u.reason,
            u.code,
            u.message,
            u.candidates.iter().map(|e| e.index()).collect::<Vec<_>>()
        ),
        Err(DecodeError::Json(_)) => "json error".to_owned(),
        Err(e) => format!("error {e:?}"),
    }
}

fn same<Fast, Slow>(bodies: &[&str])
where
    Fast: ApiError + std::fmt::Debug,
    Slow: ApiError + std::fmt::Debug,
{
    for body in bodies {
        for s in [
            None,
            status(404),
            status(429),
            status(400),
            status(409),
            status(500),
        ] {
            let fast = outcome::<Fast>(body, s);
            let slow = outcome::<Slow>(body, s);
            assert_eq!(
                fast.replace("Fast", ""),
                slow.replace("Mapped", ""),
                "{body} with {s:?}"
            );
        }
    }
}

#[test]
fn one_pass_and_map_agree_on_plain_bodies() {
    same::<FastPlain, MappedPlain>(&[
        r#"{"code":30,"message":"Item 7 not found"}"#,
        r#"{"message":"Item 7 not found","code":30,"extra":[1,{"a":null}]}"#,
        r#"{"code":10,"message":"Slow down","retry_after":3}"#,
        r#"{"a":1,"code":10,"b":[2],"message":"Slow down","c":null,"retry_after":3,"d":{}}"#,
        r#"{"code":30,"message":"Élément 7 introuvable 🦀","ключ":"значение"}"#,
        r#"{"code":10,"message":"Slow down","retry_after":"3"}"#,
        r#"{"code":10,"message":"Slow down"}"#,
        r#"{"code":20,"message":"Conflict"}"#,
        r#"{"code":20,"message":"Bad input"}"#,
        r#"{"code":20,"message":"Neither"}"#,
        r#"{"code":-5,"message":"Broken"}"#,
        r#"{"code":"30","message":"Item 7 not found"}"#,
        r#"{"code":31,"message":"x"}"#,
        r#"{"code":30.0,"message":"x"}"#,
        r#"{"code":9223372036854775808,"message":"x"}"#,
        r#"{"code":30,"message":7}"#,
        r#"{"code":null,"message":null}"#,
        r#"{"code":30,"message":"Item \u0037 not found"}"#,
        r#"{"c\u006fde":30,"message":"Item 7 not found"}"#,
        r#"{}"#,
        r#"[]"#,
        r#"{"code":30,"code":30}"#,
        r#"{"code":30,"message":"x","extra":1e999}"#,
        r#"{"code":30,"message":"x"} x"#,
    ]);
}

#[test]
fn one_pass_and_map_agree_on_problem_bodies() {
    same::<FastProblem, MappedProblem>(&[
        r#"{"type":"about:blank","title":"Item {id} not found","status":404,"detail":"Item 7 not found","code":30}"#,
        r#"{"type":"about:blank","title":1e999,"status":404,"detail":"Item 7 not found","code":30}"#,
        r#"{"type":7,"title":[],"status":"x","detail":"Slow down","code":10,"retry_after":1}"#,
        r#"{"detail":{"a":1},"code":[30]}"#,
        r#"{"title":"a","title":"b"}"#,
        r#"{"instance":"/x","code":20,"detail":"Conflict"}"#,
    ]);
}

#[test]
fn one_pass_and_map_agree_on_nested_bodies() {
    same::<FastNested, MappedNested>(&[
        r#"{"error":{"id":30,"text":"Item 7 not found"},"trace":null}"#,
        r#"{"trace":"abc","error":{"text":"Slow down","id":10,"retry_after":5}}"#,
        r#"{"error":{"id":10,"text":"Slow down"},"retry_after":5}"#,
        r#"{"error":null}"#,
        r#"{"error":[1]}"#,
        r#"{"id":30,"text":"Item 7 not found"}"#,
        r#"{"error":{"id":30,"text":"Item 7 not found"},"trace":1e999}"#,
        r#"{"error":{},"error":{}}"#,
    ]);
}

/// The map kept the last of a nested member named twice; the one-pass
/// reader refuses it, as it refuses one at the top level.
#[test]
fn a_nested_member_named_twice_is_refused() {
    let body = br#"{"error":{"id":30,"text":"Item 7 not found","id":10}}"#;
    let Err(DecodeError::DuplicateMember(m)) = FastNested::decode(body, None) else {
        panic!("a nested duplicate decoded")
    };
    assert_eq!(m, "id");
}

/// Past a few members, repeats are found by sorting; the one reported is
/// still the first member (in body order) that repeats an earlier one.
#[test]
fn many_members_a_repeat_is_found_in_body_order() {
    for (extra, repeats, expected) in [
        (40, &["k7", "k3"][..], "k7"),
        (40, &["k39", "k0"], "k39"),
        (3, &["k1", "k0"], "k1"),
        (40, &["code"], "code"),
        (40, &["message", "k2"], "message"),
    ] {
        let mut members: Vec<String> = (0..extra).map(|i| format!("\"k{i}\":{i}")).collect();
        members.push(r#""code":30,"message":"Item 7 not found""#.to_owned());
        members.extend(repeats.iter().map(|k| format!("\"{k}\":null")));
        let body = format!("{{{}}}", members.join(","));
        for decoded in [
            FastPlain::decode(body.as_bytes(), None).map(|_| ()),
            FastProblem::decode(body.as_bytes(), None).map(|_| ()),
            FastNested::decode(body.as_bytes(), None).map(|_| ()),
        ] {
            match decoded {
                Err(DecodeError::DuplicateMember(m)) if m == expected => {}
                other => panic!("{body}: {other:?}, expected {expected} twice"),
            }
        }
    }
    // Many distinct members are no repeat.
    let members: Vec<String> = (0..5000).map(|i| format!("\"k{i}\":{i}")).collect();
    let body = format!(
        r#"{{{},"code":30,"message":"Item 7 not found"}}"#,
        members.join(",")
    );
    assert_eq!(
        FastPlain::decode(body.as_bytes(), status(404))
            .map(Decoded::known)
            .ok(),
        Some(Some(FastPlain::NotFound { id: 7 }))
    );
}

/// A value that no entry reads is still checked as `serde_json::from_slice`
/// checks it (a skip that only scans would let `1e999` through).
#[test]
fn skipped_values_are_checked() {
    for body in [
        r#"{"code":30,"message":"x","title":1e999}"#,
        r#"{"code":30,"message":"x","extra":[1e999]}"#,
        r#"{"error":{"id":30},"other":{"a":-1e999}}"#,
        "{\"code\":30,\"message\":\"x\",\"title\":\"\\ud800\"}",
    ] {
        for decoded in [
            FastPlain::decode(body.as_bytes(), None).map(|_| ()),
            FastProblem::decode(body.as_bytes(), None).map(|_| ()),
            FastNested::decode(body.as_bytes(), None).map(|_| ()),
        ] {
            assert!(
                matches!(decoded, Err(DecodeError::Json(_))),
                "{body}: {decoded:?}"
            );
        }
    }
}

#[test]
fn every_entry_round_trips_through_the_code_index() {
    for e in [
        FastPlain::NotFound { id: 7 },
        FastPlain::Throttled { retry_after: 3 },
        FastPlain::BadInput,
        FastPlain::Conflict,
        FastPlain::Broken,
    ] {
        let body = serde_json::to_vec(&e).unwrap();
        assert_eq!(
            FastPlain::decode(&body, Some(e.status())).unwrap().known(),
            Some(e)
        );
    }
}

/// The reader checks a body's UTF-8 once, before parsing; a body that fails
/// is read as bytes, so the error is the one `serde_json::from_slice` gives,
/// position included.
#[test]
fn invalid_utf8_is_refused_as_from_slice_refuses_it() {
    for body in [
        &b"{\"code\":30,\"message\":\"Item \xff not found\"}"[..],
        b"{\"code\":30,\"message\":\"x\",\"\xc3\x28\":1}",
        b"{\"code\":30,\"message\":\"\xe2\x82\"}",
        b"{\"code\":30,\"message\":\"x\",\"extra\":[\"\xed\xa0\x80\"]}",
        b"\xef\xbb\xbf{\"code\":30}",
    ] {
        let expected = serde_json::from_slice::<serde_json::Value>(body)
            .unwrap_err()
            .to_string();
        for decoded in [
            FastPlain::decode(body, None).map(|_| ()),
            FastNested::decode(body, None).map(|_| ()),
        ] {
            match decoded {
                Err(DecodeError::Json(e)) => assert_eq!(e.to_string(), expected),
                other => panic!("{body:?}: {other:?}"),
            }
        }
    }
}

mod scanner {
    //! Flat bodies of common shapes are read by a scanner of errcode's own,
    //! which gives up on anything else (escapes, floats, nesting, syntax
    //! errors) for serde_json to read. Generated bodies mixing both must
    //! decode exactly as the map reader decodes them.

    use proptest::prelude::*;

    use super::*;

    fn key() -> impl Strategy<Value = String> {
        prop::sample::select(vec![
            "code",
            "message",
            "type",
            "title",
            "status",
            "detail",
            "retry_after",
            "instance",
            "extra",
            "ключ",
            "c\\u006fde",
            "",
            "code ",
        ])
        .prop_map(|k| format!("\"{k}\""))
    }

    fn value() -> impl Strategy<Value = String> {
        prop_oneof![
            prop::sample::select(vec![
                "0",
                "-0",
                "00",
                "01",
                "-01",
                "7",
                "10",
                "20",
                "30",
                "-5",
                "3",
                "1.0",
                "1e5",
                "1E5",
                "2.5e-3",
                "-",
                "1.",
                "9223372036854775807",
                "9223372036854775808",
                "-9223372036854775808",
                "-9223372036854775809",
                "18446744073709551615",
                "18446744073709551616",
                "1e999",
                "true",
                "false",
                "null",
                "tru",
                "nul",
                "True",
                "{}",
                "[]",
                "[1,2]",
                "{\"a\":null}",
                "\"\"",
                "\"Item 7 not found\"",
                "\"Item 12345 not found\"",
                "\"Slow down\"",
                "\"Conflict\"",
                "\"Bad input\"",
                "\"Broken\"",
                "\"Élément 🦀\"",
                "\"a\\nb\"",
                "\"\\\"\"",
                "\"\\u00e9\"",
                "\"\\ud800\"",
                "\"tab\there\"",
                "\"bell\u{7}\"",
                "\"del\u{7f}\"",
                "\"unterminated",
                "\"https://errors.example/30\"",
                "\"about:blank\"",
            ])
            .prop_map(str::to_owned),
            any::<i64>().prop_map(|n| n.to_string()),
            "[ -~]{0,12}".prop_map(|s| serde_json::to_string(&s).unwrap()),
        ]
    }

    fn space() -> impl Strategy<Value = &'static str> {
        prop::sample::select(vec!["", "", "", " ", "\n\t", "\r ", "\u{a0}"])
    }

    fn body() -> impl Strategy<Value = String> {
        let member = (space(), key(), space(), value(), space());
        (
            space(),
            prop::collection::vec(member, 0..6),
            prop::sample::select(vec!["", "", "", ",", " x", "}", " {}"]),
            prop::sample::select(vec!["{", "{", "{", "[", ""]),
        )
            .prop_map(|(lead, members, tail, open)| {
                let members: Vec<String> = members
                    .into_iter()
                    .map(|(a, k, b, v, c)| format!("{a}{k}{b}:{c}{v}"))
                    .collect();
                format!("{lead}{open}{}{tail}}}{lead}", members.join(","))
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4000))]
        #[test]
        fn scanned_bodies_decode_as_mapped_ones(body in body()) {
            for s in [None, status(404), status(429), status(409), status(500)] {
                prop_assert_eq!(
                    outcome::<FastPlain>(&body, s).replace("Fast", ""),
                    outcome::<MappedPlain>(&body, s).replace("Mapped", ""),
                    "{} with {:?}", body, s
                );
                prop_assert_eq!(
                    outcome::<FastProblem>(&body, s).replace("Fast", ""),
                    outcome::<MappedProblem>(&body, s).replace("Mapped", ""),
                    "{} with {:?}", body, s
                );
            }
        }
    }
}
