//! `#[body]` fields decoded: encode-only, generic, unsized, borrowed and defaulted ones.

use crate::decode::{decode, Mx, Pk};

use errcodes::decode::{Decoded, Reason};
use errcodes::{ApiError, StatusCode};
use serde_json::json;

#[test]
fn encode_only_body_fields_are_sent_and_name_their_entry_when_received() {
    #[derive(Debug, serde::Serialize)]
    struct Detail {
        table: &'static str,
    }
    #[derive(Debug, ApiError)]
    enum Sent {
        #[code(1, status = 429, msg = "slow down")]
        Throttled {
            #[body(rename = "scope", encode_only)]
            limit_scope: &'static str,
        },
        #[code(2, status = 409, msg = "conflict")]
        Conflict {
            #[body(encode_only)]
            detail: Detail,
        },
    }
    let body = serde_json::to_vec(&Sent::Throttled {
        limit_scope: "global",
    })
    .unwrap();
    assert_eq!(
        body,
        br#"{"code":1,"message":"slow down","scope":"global"}"#
    );
    let Decoded::Unrecognized(u) = decode::<Sent>(&body, 429) else {
        panic!("decoded an encode-only field")
    };
    assert_eq!(u.reason, Reason::NotRebuildable);
    assert_eq!(u.candidates[0].variant(), "Throttled");
    let body = serde_json::to_vec(&Sent::Conflict {
        detail: Detail { table: "users" },
    })
    .unwrap();
    let Decoded::Unrecognized(u) = decode::<Sent>(&body, 409) else {
        panic!("decoded an encode-only field")
    };
    assert_eq!(u.candidates[0].variant(), "Conflict");
}

#[test]
fn generic_body_fields_decode() {
    #[derive(Debug, PartialEq, ApiError)]
    enum Generic<T> {
        #[code(1, status = 429, msg = "slow down")]
        Throttled {
            #[body]
            retry_after: T,
        },
    }
    let body = br#"{"code":1,"message":"slow down","retry_after":7}"#;
    assert_eq!(
        decode::<Generic<u64>>(body, 429).known(),
        Some(Generic::Throttled { retry_after: 7 })
    );
    assert_eq!(
        decode::<Generic<String>>(
            br#"{"code":1,"message":"slow down","retry_after":"soon"}"#,
            429
        )
        .known(),
        Some(Generic::Throttled {
            retry_after: "soon".to_owned()
        })
    );
}

#[test]
fn an_unsized_body_field_may_be_encode_only() {
    // Compiles: `encode_only` is what lets an unsized last field be a
    // `#[body]` member (a struct holding one is never decoded by value).
    #[derive(Debug, ApiError)]
    #[code(1, status = 400, msg = "bad")]
    struct Bad {
        #[body(encode_only)]
        text: str,
    }
    fn derives<T: ApiError + ?Sized>() {}
    derives::<Bad>();
}

/// Most bodies carry the catalogue's own text: `Received::message` then
/// borrows it from the entry, and only a server's own text is copied.
#[test]
fn a_message_that_is_the_catalogues_is_borrowed_not_copied() {
    use std::borrow::Cow;
    let received = |body: &[u8], status| {
        Pk::decode(body, Some(StatusCode::from_u16(status).unwrap()))
            .unwrap()
            .into_result()
            .unwrap()
    };
    let r = received(br#"{"code":0,"message":"Invalid JSON"}"#, 400);
    assert_eq!(r.error, Pk::InvalidJson);
    match r.message {
        Some(Cow::Borrowed(m)) => assert!(std::ptr::eq(m, Pk::InvalidJson.info().message())),
        other => panic!("{other:?}"),
    }
    let r = Mx::decode(br#"{"errcode":"M_FORBIDDEN","error":"Not invited"}"#, None)
        .unwrap()
        .into_result()
        .unwrap();
    assert_eq!(r.error, Mx::Forbidden);
    assert!(matches!(&r.message, Some(Cow::Owned(m)) if m == "Not invited"));
    let r = received(
        br#"{"code":20003,"message":"Member 'abc' not found."}"#,
        404,
    );
    assert_eq!(r.message.as_deref(), Some("Member 'abc' not found."));
}

#[derive(Debug, PartialEq, Default, serde::Serialize, serde::Deserialize)]
struct Limits {
    per_minute: u32,
}

fn five() -> u64 {
    5
}

/// `#[body(default)]` and `#[body(default = path)]`: an absent member
/// decodes as the default, as serde's `default` does; a present one, even
/// `null`, must be of the type.
#[derive(Debug, PartialEq, ApiError)]
enum Defaults<T> {
    #[code(1, status = 429, msg = "Slow down")]
    Slow {
        #[body(default)]
        limits: Limits,
        #[body(default = five)]
        retry_after: u64,
        // Quoted, as serde writes it.
        #[body(default = "five")]
        again: u64,
        #[body(default)]
        generic: T,
        #[body]
        required: bool,
    },
}

#[test]
fn absent_members_of_default_fields_decode_as_the_default() {
    let decode = |body: serde_json::Value| {
        Defaults::<Vec<u8>>::decode(
            body.to_string().as_bytes(),
            Some(StatusCode::TOO_MANY_REQUESTS),
        )
        .unwrap()
    };
    let defaults = Defaults::Slow {
        limits: Limits::default(),
        retry_after: 5,
        again: 5,
        generic: vec![],
        required: true,
    };
    assert_eq!(
        decode(json!({"code": 1, "message": "Slow down", "required": true})).known(),
        Some(defaults)
    );
    let given = Defaults::Slow {
        limits: Limits { per_minute: 60 },
        retry_after: 30,
        again: 7,
        generic: vec![1, 2],
        required: false,
    };
    let body = json!({"code": 1, "message": "Slow down", "limits": {"per_minute": 60},
        "retry_after": 30, "again": 7, "generic": [1, 2], "required": false});
    assert_eq!(decode(body.clone()).known(), Some(given));
    // Encoding writes every member, the default too.
    let written = serde_json::to_value(Defaults::Slow {
        limits: Limits::default(),
        retry_after: 5,
        again: 5,
        generic: vec![0_u8],
        required: true,
    })
    .unwrap();
    assert_eq!(written["retry_after"], 5);
    assert_eq!(written["limits"], json!({"per_minute": 0}));
    // `null` is a value, of the wrong type; a field without `default` is
    // still required.
    for body in [
        json!({"code": 1, "message": "Slow down", "retry_after": null, "required": true}),
        json!({"code": 1, "message": "Slow down"}),
    ] {
        let Decoded::Unrecognized(u) = decode(body.clone()) else {
            panic!("{body} decoded");
        };
        assert_eq!(u.reason, Reason::NotRebuildable, "{body}");
    }
}
