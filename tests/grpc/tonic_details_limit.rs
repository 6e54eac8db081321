//! `errcodes::tonic` at `MAX_DETAILS_LEN`: every status `status` makes
//! has details that `decode` reads, at the limit, one byte over it and with
//! multi-byte characters where the cut falls.
#![cfg(feature = "tonic")]

use errcodes::decode::{Decoded, Reason, Received};
use errcodes::tonic::{decode, decode_in, status, status_in, MAX_DETAILS_LEN};
use errcodes::ApiError;
use prost::Message as _;
use tonic::Status;
use tonic_types::StatusExt as _;

#[derive(Debug, ApiError)]
pub enum UploadError {
    #[code(1, status = 400, msg = "Bad name")]
    BadName {
        #[body]
        name: String,
    },
    #[code(2, status = 400, msg = "Bad note")]
    BadNote {
        #[body]
        note: Option<String>,
        #[body]
        id: u32,
    },
    #[code(3, status = 400, msg = "{text}")]
    Echo { text: String },
}

/// The `google.rpc.Status` the details hold.
fn rpc(status: &Status) -> tonic_types::pb::Status {
    tonic_types::pb::Status::decode(status.details()).unwrap()
}

fn bad_name(len: usize) -> Status {
    status(&UploadError::BadName {
        name: "n".repeat(len),
    })
}

/// The length of the longest name whose status carries the details
/// uncut: those are exactly at the limit.
fn name_at_limit() -> usize {
    let whole = |len| rpc(&bad_name(len)).message == "Bad name";
    let mut len = MAX_DETAILS_LEN - bad_name(0).details().len() - 32;
    assert!(whole(len));
    for _ in 0..64 {
        if !whole(len + 1) {
            break;
        }
        len += 1;
    }
    assert_eq!(bad_name(len).details().len(), MAX_DETAILS_LEN);
    len
}

fn decoded_name(status: &Status) -> String {
    match decode::<UploadError>(status) {
        Decoded::Known(Received {
            error: UploadError::BadName { name },
            ..
        }) => name,
        other => panic!("{other:?}"),
    }
}

#[test]
fn details_exactly_at_the_limit_are_made_whole_and_read() {
    let len = name_at_limit();
    let s = bad_name(len);
    assert_eq!(rpc(&s).message, "Bad name");
    assert_eq!(decoded_name(&s), "n".repeat(len));
}

#[test]
fn one_byte_over_cuts_the_copy_of_the_message_first() {
    let len = name_at_limit();
    // The copy costs a tag, a length and its 8 bytes: a byte of it for
    // each byte over, until 2 bytes are left, too few for one character.
    for over in 1..=10 {
        let s = bad_name(len + over);
        let copy = rpc(&s).message;
        let (kept, details_len) = match over {
            1..=7 => (8 - over, MAX_DETAILS_LEN),
            _ => (0, MAX_DETAILS_LEN - 10 + over),
        };
        assert_eq!(copy, "Bad name"[..kept], "{over} over");
        assert_eq!(s.details().len(), details_len, "{over} over");
        assert_eq!(s.message(), "Bad name", "the status keeps it whole");
        assert_eq!(decoded_name(&s), "n".repeat(len + over));
    }
}

#[test]
fn a_member_that_cannot_fit_is_left_out_and_named() {
    let len = name_at_limit();
    for name_len in [len + 11, len + 12, 10 * MAX_DETAILS_LEN] {
        let s = bad_name(name_len);
        assert!(s.details().len() <= MAX_DETAILS_LEN);
        let info = s.get_details_error_info().expect("an ErrorInfo detail");
        assert_eq!(info.metadata.get("name"), None);
        assert_eq!(info.metadata["errcodes-omitted"], r#"["name"]"#);
        assert_eq!(info.metadata["code"], "1");
        match decode::<UploadError>(&s) {
            Decoded::Unrecognized(u) => {
                assert_eq!(u.reason, Reason::NotRebuildable);
                assert_eq!(u.candidates.len(), 1);
                assert_eq!(u.candidates[0].name(), "BadName");
            }
            Decoded::Known(known) => panic!("{known:?}"),
        }
    }
}

/// An `Option` member left out must not read back as `None`.
#[test]
fn an_optional_member_left_out_is_not_rebuilt_as_none() {
    let s = status(&UploadError::BadNote {
        note: Some("x".repeat(MAX_DETAILS_LEN)),
        id: 7,
    });
    assert!(s.details().len() <= MAX_DETAILS_LEN);
    let info = s.get_details_error_info().expect("an ErrorInfo detail");
    assert_eq!(info.metadata["errcodes-omitted"], r#"["note"]"#);
    assert_eq!(info.metadata["id"], "7", "the members that fit stay");
    assert!(matches!(
        decode::<UploadError>(&s),
        Decoded::Unrecognized(u) if u.reason == Reason::NotRebuildable
    ));
}

/// A message of 2- and 4-byte characters, shifted by an ASCII prefix so
/// that the cut falls at each place in a character.
#[test]
fn a_long_message_is_cut_at_a_character_boundary() {
    for char in ["é", "𝄞"] {
        for shift in 0..4 {
            let text = format!("{}{}", "a".repeat(shift), char.repeat(MAX_DETAILS_LEN));
            let s = status(&UploadError::Echo { text: text.clone() });
            assert_eq!(s.message(), text, "the status keeps it whole");
            let len = s.details().len();
            assert!(
                len <= MAX_DETAILS_LEN && len > MAX_DETAILS_LEN - char.len(),
                "{len}"
            );
            let copy = rpc(&s).message;
            assert!(text.starts_with(&copy));
            assert!(copy.len() > MAX_DETAILS_LEN - 100, "{}", copy.len());
            match decode::<UploadError>(&s) {
                Decoded::Known(Received {
                    error: UploadError::Echo { text: decoded },
                    ..
                }) => assert_eq!(decoded, text),
                other => panic!("{other:?}"),
            }
        }
    }
}

#[test]
fn details_one_byte_over_the_limit_are_not_read() {
    let at_limit = bad_name(name_at_limit());
    let mut over = rpc(&at_limit);
    over.message.push('!');
    let bytes = over.encode_to_vec();
    assert_eq!(bytes.len(), MAX_DETAILS_LEN + 1);
    let s = Status::with_details(at_limit.code(), at_limit.message(), bytes.into());
    assert!(matches!(
        decode::<UploadError>(&s),
        Decoded::Unrecognized(u) if u.reason == Reason::Unknown
    ));
}

#[test]
fn a_domain_too_long_for_any_details_leaves_none() {
    let domain = "d".repeat(MAX_DETAILS_LEN);
    let s = status_in(&UploadError::BadName { name: "a".into() }, &domain);
    assert!(s.details().is_empty());
    assert_eq!(s.message(), "Bad name");
    assert!(matches!(
        decode_in::<UploadError>(&s, &domain),
        Decoded::Unrecognized(u) if u.reason == Reason::Unknown
    ));
}
