//! Client side: an error body (and the HTTP status) back into the typed error.
//!
//! Every byte is treated as hostile: decoding never panics, rejects bodies
//! over [`MAX_BODY_LEN`] before parsing, nests no deeper than serde_json's
//! recursion limit, and never picks a variant it cannot tell apart from
//! another: those outcomes are [`Decoded::Unrecognized`], which keeps the
//! code, status and message that were received. A variant it does pick comes
//! as a [`Received`], with the message and status the server sent and the
//! [`Evidence`] it was picked on.

// Every input here is hostile: these lints keep out the panicking forms
// (a byte offset inside a multi-byte character, an index past the end, an
// overflow) so that "never panics" is checked, not only tested.
#![deny(
    clippy::indexing_slicing,
    clippy::string_slice,
    clippy::arithmetic_side_effects,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::unreachable,
    clippy::todo,
    clippy::unimplemented
)]

mod choose;
mod error;
mod map;
pub(crate) mod outcome;
mod parent;
mod read;
mod restore;
mod scan;
mod template;
mod type_uri;
pub(crate) mod uri;
mod visit;

use http::StatusCode;
use serde_json::{Map, Value};

pub use error::{DecodeError, MAX_BODY_LEN};
pub use outcome::{Decoded, Evidence, Reason, Received, RemoteError, Unrecognized};
pub use read::MAX_ANCESTORS;

// What the gRPC decoder shares with this one.
#[cfg(feature = "tonic")]
pub(crate) use choose::tell_apart;
#[cfg(feature = "tonic")]
pub(crate) use outcome::kept;
#[cfg(feature = "tonic")]
pub(crate) use parent::{nearest_known, one_of};
#[cfg(feature = "tonic")]
pub(crate) use restore::rebuild;

use crate::format::ANCESTORS_MEMBER;
use crate::{ApiError, CodeBuf, Format};
use choose::choose;
use map::{read_code, read_message};
use read::{scalar_code, scalar_message, Read, Scalar};
use restore::Members;
#[cfg(any(feature = "axum", feature = "actix-web"))]
pub(crate) use type_uri::percent_decoded;
use type_uri::{docs_suffix, type_suffix, type_uri_code};

/// Decodes `body`, received with `status`, as an `E` in `E`'s format.
///
/// # Errors
///
/// When the body is not an error body of the format at all; see [`DecodeError`].
pub fn decode<E: ApiError>(
    body: &[u8],
    status: Option<StatusCode>,
) -> Result<Decoded<E>, DecodeError> {
    if body.len() > MAX_BODY_LEN {
        return Err(DecodeError::TooLarge { len: body.len() });
    }
    let lenient = <E::Format as Format>::IGNORES_MISTYPED_MEMBERS;
    // What decoding keeps of a body is filled in place, not moved around.
    let mut read = Read::default();
    let Some(parsed) = read_body::<E::Format>(body, &mut read)? else {
        let code = ignore_if(lenient, scalar_code(read.code.as_ref()))?;
        let message = ignore_if(lenient, scalar_message(read.message.as_ref()))?;
        let by_type = match &read.type_uri {
            Some((Some(base), Scalar::Str(uri))) => type_suffix(base, uri),
            Some((None, Scalar::Str(uri))) => docs_suffix(E::catalogue(), uri),
            _ => None,
        };
        return Ok(choose(
            code,
            message,
            by_type.as_deref(),
            status,
            Members::List(&read.fields),
            &read.ancestors,
        ));
    };
    let located = <E::Format as Format>::locate(&parsed).ok_or(DecodeError::NotAnObject)?;
    let code = ignore_if(lenient, read_code(located.code))?;
    let message = ignore_if(lenient, read_message(located.message))?;
    let by_type = type_uri_code::<E::Format>(&parsed, E::catalogue());
    // A format that finds its members itself carries the ancestors among
    // its `#[body]` members.
    let ancestors = located
        .fields
        .get(ANCESTORS_MEMBER)
        .map(read::ancestors_of)
        .unwrap_or_default();
    Ok(choose(
        code.as_ref().map(CodeBuf::as_code_ref),
        message,
        by_type.as_deref(),
        status,
        Members::Map(located.fields),
        &ancestors,
    ))
}

/// Decodes a whole response: as [`decode`] its `body` received with
/// `status`, and the delay its `Retry-After` header asks for (delay-seconds
/// or an HTTP-date counted from now; RFC 9110 §10.2.3) in
/// [`Received::retry_after`] (or [`Unrecognized::retry_after`]), which
/// [`Received::retry`] falls back on where the body carries no delay.
///
/// # Errors
///
/// As [`decode`].
pub fn decode_response<E: ApiError>(
    body: &[u8],
    status: StatusCode,
    headers: &http::HeaderMap,
) -> Result<Decoded<E>, DecodeError> {
    let decoded = decode(body, Some(status))?;
    Ok(decoded.with_retry_after(crate::Retry::from_headers(headers)))
}

/// Reads `body` with the one of the three readers that fits it. Where the
/// format decodes by its list of members (`Format::DECODES_BY_MEMBERS`), the
/// body is read in one pass into `read`: by the scanner where it is the
/// common body (one flat object of plain values), else by serde_json's
/// visitor. Otherwise the format finds its members itself
/// (`Format::locate`), and the body's object is returned whole, as a map.
// Inlined, so that `decode` keeps only the path its format takes.
#[inline(always)]
fn read_body<'de, F: Format + ?Sized>(
    body: &'de [u8],
    read: &mut Read<'de>,
) -> Result<Option<Map<String, Value>>, DecodeError> {
    if !F::DECODES_BY_MEMBERS {
        return map::parse(body).map(Some);
    }
    // One UTF-8 check of the whole body costs less than serde_json's check of
    // each string; a body that fails it is read from bytes, so that the
    // error is the one `from_slice` gives, with its position. A body the
    // scanner gives up on is read again from the start by serde_json.
    match core::str::from_utf8(body) {
        Ok(text) if scan::scan(text, F::MEMBERS, read) => read.refuse_duplicate()?,
        Ok(text) => {
            *read = Read::default();
            visit::read_text(text, F::MEMBERS, read)?;
        }
        Err(_) => visit::read_bytes(body, F::MEMBERS, read)?,
    }
    Ok(None)
}

/// A mistyped member read as absent where the format says to ignore it.
fn ignore_if<T>(
    lenient: bool,
    read: Result<Option<T>, DecodeError>,
) -> Result<Option<T>, DecodeError> {
    match read {
        Err(DecodeError::WrongType { .. }) if lenient => Ok(None),
        other => other,
    }
}
