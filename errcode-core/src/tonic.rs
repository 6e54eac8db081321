//! Errors as gRPC statuses (tonic 0.14), and back.
//!
//! [`status`] turns an error into a [`tonic::Status`] that a gRPC service
//! returns from its handler:
//!
//! - its gRPC code is the entry's [`Entry::grpc_code`]: `grpc = "..."` on
//!   the entry, else its HTTP status read through the standard mapping
//!   ([`GrpcCode::from_http_status`]);
//! - its message is the message a JSON body carries (the rendered message,
//!   or the template where the entry does not expose it: see the derive's
//!   "What reaches a client");
//! - its details (`grpc-status-details-bin`) are a `google.rpc.Status`
//!   holding one [`google.rpc.ErrorInfo`](https://github.com/googleapis/googleapis/blob/master/google/rpc/error_details.proto),
//!   encoded as `tonic-types` does: `reason` is the entry's name, `domain`
//!   the catalogue's domain (`#[api_error(domain = "...")]`), else its type
//!   name ([`Catalogue::error_domain`](crate::Catalogue::error_domain)), or
//!   the domain given to [`status_in`], and
//!   `metadata` holds `code` (the entry's code as text, absent for an entry
//!   without one), `ancestors` for an entry with a parent (the codes it
//!   refines, nearest first, as a JSON array, as bodies carry them: a
//!   client that does not know the code decodes the status as the nearest
//!   it knows, [`Evidence::Parent`]) and each `#[body]` member as text (see
//!   below);
//! - where the entry's [`RetryClass`](crate::RetryClass) allows a retry, a
//!   `google.rpc.RetryInfo` too, whose `retry_delay` is the delay the value
//!   knows ([`ApiError::retry`]: its retry member, or its `Retry-After`
//!   header field), left out where it knows none.
//!
//! [`decode`] reads such a status back into the typed error on the client
//! (a `RetryInfo`'s delay into [`Received::retry_after`]; a negative one is
//! none),
//! and [`View::with_grpc`](crate::docs::View::with_grpc) adds each entry's
//! gRPC code to the documentation.
//!
//! A `#[body]` member's metadata value is the member's JSON value written as
//! text, except that a string is written as itself when it does not read
//! as JSON (`"alice"` becomes `alice`, `"3"` stays `"3"`, `3` is `3`): other
//! clients read plain strings as they are, and the decoder tells a string
//! from a number without knowing the field's type. A `#[body]` member named
//! `code` is left out: that key is the entry's code; so is one named
//! `errcodes-omitted` (see below).
//!
//! The details never pass [`MAX_DETAILS_LEN`], the most [`decode`] reads,
//! so that every status [`status`] makes decodes. Where they would, the
//! copy of the message the details carry (`google.rpc.Status.message`) is
//! cut at a character boundary, the status's own message staying whole
//! (it is what [`decode`] reads); if that is not enough, the largest
//! `#[body]` members are left out, and the metadata key `errcodes-omitted`
//! names them as a JSON array (`["bio"]`): [`decode`] then answers
//! [`Reason::NotRebuildable`] rather than a value rebuilt without them. A
//! member is left out whole and never cut: a cut string is another value.
//! Only a `domain` and entry name over 64 KiB leave no room at all: the
//! status then carries no details.
//!
//! ```
//! use errcodes::ApiError;
//! use errcodes::decode::{Decoded, Received};
//!
//! #[derive(Debug, ApiError)]
//! enum StoreError {
//!     #[code(1, status = 404, msg = "no item {id}")]
//!     NotFound { #[body] id: u64 },
//!     #[code(2, status = 409, msg = "item exists", grpc = "ALREADY_EXISTS")]
//!     Exists,
//! }
//!
//! let status = errcodes::tonic::status(&StoreError::NotFound { id: 7 });
//! assert_eq!(status.code(), tonic::Code::NotFound);
//! assert_eq!(status.message(), "no item 7");
//! assert_eq!(errcodes::tonic::status(&StoreError::Exists).code(), tonic::Code::AlreadyExists);
//!
//! match errcodes::tonic::decode::<StoreError>(&status) {
//!     Decoded::Known(Received { error: StoreError::NotFound { id }, .. }) => assert_eq!(id, 7),
//!     other => panic!("{other:?}"),
//! }
//! ```

// Details come off the wire: the same panic-free forms as decoding bodies.
#![deny(
    clippy::indexing_slicing,
    clippy::string_slice,
    clippy::arithmetic_side_effects,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic
)]

use std::collections::HashMap;

use prost::bytes::Bytes;
use prost::Message as _;
use serde::ser::{SerializeMap as _, Serializer as _};
use serde_json::{Map, Value};
use tonic_types::{ErrorDetails, StatusExt as _};

use crate::decode::{Decoded, Evidence, Reason, Received, Unrecognized};
use crate::format::ANCESTORS_MEMBER;
use crate::glue::Glue;
use crate::{ApiError, Code, CodeBuf, CodeRef, Entry, GrpcCode};

/// The metadata key of the entry's code.
const CODE_KEY: &str = "code";

/// The `type_url` of a `google.rpc.ErrorInfo` detail.
const ERROR_INFO: &str = "type.googleapis.com/google.rpc.ErrorInfo";

/// The `type_url` of a `google.rpc.RetryInfo` detail.
const RETRY_INFO: &str = "type.googleapis.com/google.rpc.RetryInfo";

/// The metadata key that lists the `#[body]` members left out of a status
/// whose details would pass [`MAX_DETAILS_LEN`], as a JSON array.
const OMITTED_KEY: &str = "errcodes-omitted";

/// The longest details (the encoded `google.rpc.Status`) that [`decode`]
/// reads and [`status`] makes: 64 KiB. gRPC implementations cap all
/// response headers, details included, at 8 to 16 KiB by default; this
/// bounds the work of reading them.
pub const MAX_DETAILS_LEN: usize = 1 << 16;

/// The same code as tonic names it.
impl From<GrpcCode> for tonic::Code {
    fn from(code: GrpcCode) -> Self {
        tonic::Code::from_i32(code.number())
    }
}

/// `error` as a gRPC status whose `ErrorInfo` domain is its catalogue's
/// domain, else its type name (`StoreError`); see the [module](self).
#[must_use]
pub fn status<E: ApiError>(error: &E) -> tonic::Status {
    status_in(error, E::catalogue().error_domain())
}

/// `error` as a gRPC status whose `ErrorInfo` domain is `domain`: Google's
/// APIs name the service there (`pubsub.googleapis.com`).
#[must_use]
pub fn status_in<E: ApiError>(error: &E, domain: &str) -> tonic::Status {
    crate::coverage::sent::<E>(error.info());
    let entry = error.info();
    let code = entry.grpc_code().into();
    let message = crate::format::message(error).to_string();
    let mut metadata: HashMap<String, String> = body_members(error)
        .into_iter()
        .map(|(member, value)| (member, metadata_text(value)))
        .collect();
    metadata.remove(OMITTED_KEY);
    if !entry.code().is_none() {
        metadata.insert(CODE_KEY.to_owned(), entry.code().to_string());
    }
    if !entry.ancestors().is_empty() {
        let ancestors = serde_json::to_string(entry.ancestors()).unwrap_or_default();
        metadata.insert(ANCESTORS_MEMBER.to_owned(), ancestors);
    }
    let retry = error.retry();
    let with_details = |metadata: &HashMap<String, String>, message: &str| {
        let mut details = ErrorDetails::with_error_info(entry.name(), domain, metadata.clone());
        if retry.class.is_retryable() {
            details.set_retry_info(retry.delay);
        }
        tonic::Status::with_error_details(code, message, details)
    };
    let fitted = within_limit(with_details, metadata, &message);
    if fitted.message() == message {
        fitted
    } else {
        // The details carry a cut copy of the message; the status, all of it.
        let details = Bytes::copy_from_slice(fitted.details());
        tonic::Status::with_details(code, message, details)
    }
}

/// The status `make` gives for `metadata` and `message`, with details of
/// at most [`MAX_DETAILS_LEN`]: where they are longer, first the message
/// (which the details carry a copy of) is cut at a character boundary, then
/// the largest members are left out, named under [`OMITTED_KEY`]; no
/// details at all where the reason and domain alone are too long.
fn within_limit(
    make: impl Fn(&HashMap<String, String>, &str) -> tonic::Status,
    mut metadata: HashMap<String, String>,
    message: &str,
) -> tonic::Status {
    let whole = make(&metadata, message);
    if whole.details().len() <= MAX_DETAILS_LEN {
        return whole;
    }
    // Smallest first, so that the largest is popped first.
    let mut members: Vec<(usize, String)> = metadata
        .iter()
        .filter(|(member, _)| *member != CODE_KEY && *member != ANCESTORS_MEMBER)
        .map(|(member, text)| (member.len().saturating_add(text.len()), member.clone()))
        .collect();
    members.sort();
    let mut omitted = Vec::new();
    let mut bare = make(&metadata, "");
    while bare.details().len() > MAX_DETAILS_LEN {
        let Some((_, member)) = members.pop() else {
            return tonic::Status::new(whole.code(), "");
        };
        metadata.remove(&member);
        omitted.push(member);
        let names = Value::from(omitted.clone()).to_string();
        metadata.insert(OMITTED_KEY.to_owned(), names);
        bare = make(&metadata, "");
    }
    // Each pass cuts what the last one was over by, which the length's own
    // encoding shrinks or keeps: it ends within a pass or two.
    let room = MAX_DETAILS_LEN.saturating_sub(bare.details().len());
    let mut end = message.floor_char_boundary(room);
    loop {
        let fitted = make(&metadata, message.get(..end).unwrap_or_default());
        let over = fitted.details().len().saturating_sub(MAX_DETAILS_LEN);
        if over == 0 {
            return fitted;
        }
        end = message.floor_char_boundary(end.saturating_sub(over));
    }
}

/// The `#[body]` members of `error` as JSON values; none where one fails to
/// serialize (the JSON body would fail alike).
fn body_members<E: ApiError>(error: &E) -> Map<String, Value> {
    let serialized = serde_json::value::Serializer
        .serialize_map(None)
        .and_then(|mut map| {
            <E::__Glue as Glue<E>>::body_fields(error, &mut map)?;
            map.end()
        });
    match serialized {
        Ok(Value::Object(map)) => map,
        _ => Map::new(),
    }
}

/// A member's value as metadata text: a string as itself unless it reads
/// as JSON, anything else as JSON.
fn metadata_text(value: Value) -> String {
    match value {
        Value::String(s) if serde_json::from_str::<Value>(&s).is_err() => s,
        other => other.to_string(),
    }
}

/// The value metadata text stands for: the JSON it reads as, else the
/// string itself.
fn metadata_value(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|_| Value::String(text.to_owned()))
}

/// Decodes a status made by [`status`] back into `E`.
#[must_use]
pub fn decode<E: ApiError>(status: &tonic::Status) -> Decoded<E> {
    decode_in(status, E::catalogue().error_domain())
}

/// Decodes a status made by [`status_in`] with `domain` back into `E`.
///
/// The status is [`Decoded::Unrecognized`] (never a panic, never a guess)
/// when its details carry no `ErrorInfo` of `domain` or cannot be read
/// ([`Reason::Unknown`]); when no entry has the `reason` as its name (and
/// the `code` in metadata, where there is one) ([`Reason::Unknown`]); when
/// the entries that do are not sent with the status's gRPC code
/// ([`Reason::StatusMismatch`]); when several remain that neither the gRPC
/// code nor the message tells apart ([`Reason::Ambiguous`], or
/// [`Reason::MessageMismatch`] where the message fits none of them); and
/// when the metadata lacks a value the variant needs, or names members left
/// out to keep the details within [`MAX_DETAILS_LEN`]
/// ([`Reason::NotRebuildable`]). The entry it names is on
/// [`Evidence::ErrorInfo`] where the `ErrorInfo` names it alone, else on
/// what told it apart.
#[must_use]
pub fn decode_in<E: ApiError>(status: &tonic::Status, domain: &str) -> Decoded<E> {
    decode_error_info(status, domain).with_retry_after(retry_delay(status.details()))
}

/// [`decode_in`] without the `RetryInfo`.
fn decode_error_info<E: ApiError>(status: &tonic::Status, domain: &str) -> Decoded<E> {
    let info = error_info(status.details(), domain);
    // Own entries and those of `#[code(transparent)]` variants, as body
    // decoding reads them.
    let entries = E::catalogue().indexed_entries();
    let code = info
        .as_ref()
        .and_then(|info| info.metadata.get(CODE_KEY))
        .map(|text| code_of(entries, text));
    let unrecognized = |reason, candidates| {
        Decoded::Unrecognized(Unrecognized {
            reason,
            code: code.clone(),
            status: None,
            message: Some(status.message().to_owned()),
            candidates,
            retry_after: None,
        })
    };
    let Some(info) = info else {
        return unrecognized(Reason::Unknown, Vec::new());
    };
    let mut candidates: Vec<&'static Entry> = entries
        .iter()
        .copied()
        .filter(|e| e.name() == info.reason)
        .filter(|e| match &code {
            Some(code) => *code == e.code(),
            None => e.code().is_none(),
        })
        .collect();
    let received = GrpcCode::from_i32(status.code() as i32);
    if candidates.is_empty() {
        let retired = code
            .as_ref()
            .and_then(|code| E::catalogue().retirement(code.into()));
        if let (None, Some(code)) = (retired, &code) {
            // A code this catalogue does not know, which may refine one it does.
            if let Some(decoded) = by_parent::<E>(&info, code, status, received) {
                return decoded;
            }
        }
        let reason = retired.map_or(Reason::Unknown, |r| Reason::Retired { note: r.note() });
        return unrecognized(reason, candidates);
    }
    if !candidates.iter().any(|e| Some(e.grpc_code()) == received) {
        return unrecognized(Reason::StatusMismatch, candidates);
    }
    let (entry, evidence) = match candidates[..] {
        [entry] => (entry, Evidence::ErrorInfo),
        // Entries sharing the name and code: the gRPC code and the message
        // tell them apart as a body's status and message do.
        _ => {
            candidates.retain(|e| Some(e.grpc_code()) == received);
            match crate::decode::tell_apart::<E>(candidates, Some(status.message()), true, true) {
                Ok((entry, evidence, _)) => (entry, evidence),
                Err((reason, candidates)) => return unrecognized(reason, candidates),
            }
        }
    };
    rebuilt(&info, entry, status, evidence, None)
        .unwrap_or_else(|| unrecognized(Reason::NotRebuildable, vec![entry]))
}

/// `entry`'s variant rebuilt from the `ErrorInfo`'s metadata, as received on
/// `evidence` (with the received `code` where it is not the entry's own).
fn rebuilt<E: ApiError>(
    info: &tonic_types::pb::ErrorInfo,
    entry: &'static Entry,
    status: &tonic::Status,
    evidence: Evidence,
    code: Option<CodeBuf>,
) -> Option<Decoded<E>> {
    // A member left out to fit the limit is not one the error lacks: an
    // `Option` member would read back as `None`.
    if info.metadata.contains_key(OMITTED_KEY) {
        return None;
    }
    let members: Map<String, Value> = entry
        .body_fields()
        .iter()
        .filter_map(|field| {
            let text = info.metadata.get(field.member())?;
            Some((field.member().to_owned(), metadata_value(text)))
        })
        .collect();
    let error = crate::decode::rebuild::<E>(entry, &members, status.message())?;
    // A gRPC status has no HTTP status to report.
    Some(Decoded::Known(Received {
        error,
        status: None,
        message: Some(crate::decode::kept(entry, status.message())),
        evidence,
        code,
        retry_after: None,
    }))
}

/// A status whose code this catalogue does not know, decoded as the
/// nearest ancestor it knows that the `ErrorInfo` lists (as a body's
/// `ancestors`; see [`Evidence::Parent`]): the gRPC code tells apart
/// entries sharing the ancestor's code. `None` where it lists none the
/// catalogue knows.
fn by_parent<E: ApiError>(
    info: &tonic_types::pb::ErrorInfo,
    code: &CodeBuf,
    status: &tonic::Status,
    received: Option<GrpcCode>,
) -> Option<Decoded<E>> {
    let listed: Vec<Value> = serde_json::from_str(info.metadata.get(ANCESTORS_MEMBER)?).ok()?;
    let ancestors = listed
        .iter()
        .take(crate::decode::MAX_ANCESTORS)
        .map(|code| match code {
            Value::Number(n) => n.as_i64().map(CodeRef::Int),
            Value::String(s) => Some(CodeRef::Str(s)),
            _ => None,
        })
        .collect::<Option<Vec<CodeRef<'_>>>>()?;
    let known = crate::decode::nearest_known(E::catalogue(), ancestors.into_iter())?;
    let unrecognized = |reason, candidates| {
        Decoded::Unrecognized(Unrecognized {
            reason,
            code: Some(code.clone()),
            status: None,
            message: Some(status.message().to_owned()),
            candidates,
            retry_after: None,
        })
    };
    let entry = match crate::decode::one_of(known, |e| received.map(|r| e.grpc_code() == r)) {
        Ok(entry) => entry,
        Err(candidates) => return Some(unrecognized(Reason::Ambiguous, candidates)),
    };
    Some(
        rebuilt(info, entry, status, Evidence::Parent, Some(code.clone()))
            .unwrap_or_else(|| unrecognized(Reason::NotRebuildable, vec![entry])),
    )
}

/// The code `text` names in a catalogue of `entries`: a string code where
/// the catalogue's codes are strings.
fn code_of(entries: &[&Entry], text: &str) -> CodeBuf {
    let strings = entries.iter().any(|e| matches!(e.code(), Code::Str(_)));
    match text.parse() {
        Ok(n) if !strings => CodeBuf::Int(n),
        _ => CodeBuf::Str(text.to_owned()),
    }
}

/// The delay of the first `RetryInfo` in `details` that has one; a
/// negative one (which no server means) is none.
fn retry_delay(details: &[u8]) -> Option<core::time::Duration> {
    details_of(details)?
        .details
        .iter()
        .filter(|any| any.type_url == RETRY_INFO)
        .filter_map(|any| tonic_types::pb::RetryInfo::decode(any.value.as_slice()).ok())
        // Negative seconds are refused before prost's conversion, whose
        // normalising negates them and overflows on `i64::MIN`.
        .filter_map(|info| info.retry_delay.filter(|delay| delay.seconds >= 0))
        .find_map(|delay| core::time::Duration::try_from(delay).ok())
}

/// `details` as a `google.rpc.Status`, where they are one and within
/// [`MAX_DETAILS_LEN`].
fn details_of(details: &[u8]) -> Option<tonic_types::pb::Status> {
    if details.len() > MAX_DETAILS_LEN {
        return None;
    }
    tonic_types::pb::Status::decode(details).ok()
}

/// The first `ErrorInfo` of `domain` in `details` (a `google.rpc.Status`);
/// details that are too long, or not a `google.rpc.Status`, have none, and
/// a detail that does not decode is passed over.
fn error_info(details: &[u8], domain: &str) -> Option<tonic_types::pb::ErrorInfo> {
    details_of(details)?
        .details
        .iter()
        .filter(|any| any.type_url == ERROR_INFO)
        .filter_map(|any| tonic_types::pb::ErrorInfo::decode(any.value.as_slice()).ok())
        .find(|info| info.domain == domain)
}
