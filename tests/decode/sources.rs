//! A server's `#[source]` and `#[from]` errors, decoded from what it reported.

use crate::common;
use crate::decode::decode;

use common::round_trip::assert_round_trips;
use errcodes::decode::{Decoded, Reason, RemoteError};
use errcodes::{ApiError, CodeBuf, StatusCode};

/// The design's example: a 500 and a 400 sharing code 34300, each holding
/// the error that caused it.
#[derive(Debug, ApiError)]
enum Account {
    #[code(
        34300,
        status = 500,
        msg = "Internal server error, try again later",
        shared
    )]
    Storage(#[source] std::io::Error),
    #[code(34300, status = 400, msg = "Invalid JSON", shared)]
    InvalidJson(#[from] serde_json::Error),
    #[code(34301, status = 502, msg = "Upstream failed")]
    Upstream {
        #[source]
        cause: Box<dyn std::error::Error + Send + Sync>,
    },
    #[code(34302, status = 409, msg = "Maybe: {reason}")]
    Maybe {
        reason: String,
        #[source]
        source: Option<std::io::Error>,
    },
    #[code(34303, status = 500, msg = "Wrapped")]
    Wrapped(#[source] Wrapped),
}

/// A source type of the service's own that a client can build.
#[derive(Debug)]
struct Wrapped(String);

impl std::fmt::Display for Wrapped {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Wrapped {}

impl From<errcodes::decode::RemoteError> for Wrapped {
    fn from(remote: errcodes::decode::RemoteError) -> Self {
        Wrapped(format!("remote: {remote}"))
    }
}

fn sent(e: &Account) -> Decoded<Account> {
    let body = serde_json::to_vec(e).unwrap();
    Account::decode(&body, Some(e.status())).unwrap()
}

#[test]
fn a_servers_500_decodes_with_what_it_reported_as_the_source() {
    let Some(Account::Storage(io)) =
        sent(&Account::Storage(std::io::Error::other("disk on fire"))).known()
    else {
        panic!("a 500 with an I/O source did not decode")
    };
    assert_eq!(io.kind(), std::io::ErrorKind::Other);
    let remote = io
        .get_ref()
        .and_then(|e| e.downcast_ref::<RemoteError>())
        .expect("the I/O error wraps what the server reported");
    // The source's own text never reached the body, so it is not invented.
    assert_eq!(
        remote.message.as_deref(),
        Some("Internal server error, try again later")
    );
    assert_eq!(remote.code, Some(CodeBuf::Int(34300)));
    assert_eq!(remote.status, Some(StatusCode::INTERNAL_SERVER_ERROR));
    assert!(!io.to_string().contains("disk on fire"));

    let Decoded::Known(received) = sent(&Account::Upstream {
        cause: "timeout".into(),
    }) else {
        panic!("a boxed source did not decode")
    };
    let Account::Upstream { cause } = &received.error else {
        panic!("decoded {:?}", received.error)
    };
    assert_eq!(cause.to_string(), "Upstream failed");
    assert!(cause.downcast_ref::<RemoteError>().is_some());
    // `source()` of the decoded value is that remote error.
    let source = std::error::Error::source(&received).expect("a source");
    assert!(source.downcast_ref::<RemoteError>().is_some());
}

#[test]
fn optional_sources_decode_as_none_and_own_types_from_the_remote_error() {
    let e = Account::Maybe {
        reason: "busy".into(),
        source: Some(std::io::Error::other("x")),
    };
    let Some(Account::Maybe { reason, source }) = sent(&e).known() else {
        panic!("an optional source did not decode")
    };
    assert_eq!(reason, "busy");
    assert!(source.is_none());
    let Some(Account::Wrapped(w)) = sent(&Account::Wrapped(Wrapped("secret".into()))).known()
    else {
        panic!("a source with From<RemoteError> did not decode")
    };
    assert_eq!(w.0, "remote: Wrapped");
}

#[test]
fn a_source_that_cannot_be_built_still_names_its_entry() {
    let e = Account::from(serde_json::from_str::<u8>("x").unwrap_err());
    let Decoded::Unrecognized(u) = sent(&e) else {
        panic!("invented a serde_json::Error")
    };
    assert_eq!(u.reason, Reason::NotRebuildable);
    assert_eq!(u.candidates.len(), 1);
    assert_eq!(u.candidates[0].variant(), "InvalidJson");
    assert_eq!(u.code, Some(CodeBuf::Int(34300)));
    assert_eq!(u.status, Some(StatusCode::BAD_REQUEST));
    assert_eq!(u.message.as_deref(), Some("Invalid JSON"));
    // The same code with the other status is the I/O variant, which decodes.
    let body = br#"{"code":34300,"message":"Internal server error, try again later"}"#;
    assert!(matches!(
        decode::<Account>(body, 500).known(),
        Some(Account::Storage(_))
    ));
}

#[test]
fn every_entry_with_a_source_round_trips() {
    assert_round_trips::<Account>(&[("InvalidJson", Reason::NotRebuildable)], &[]);
}
