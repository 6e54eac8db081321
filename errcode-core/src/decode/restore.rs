//! What a decoder hands the derive's generated code to rebuild a variant:
//! the [`RestoreInput`] that implements [`Restore`].

use http::StatusCode;
use serde_json::{Map, Value};

use super::outcome::RemoteError;
use super::read::Fields;
#[cfg(feature = "tonic")]
use super::template;
use crate::glue::Restore;
use crate::CodeRef;
#[cfg(feature = "tonic")]
use crate::{ApiError, Entry};

/// Each plain placeholder's name and the text it matched.
pub(super) type Captures<'a> = Vec<(&'static str, &'a str)>;

/// The members of the object holding the `#[body]` fields.
#[derive(Clone, Copy)]
pub(super) enum Members<'a> {
    /// As [`Format::locate`](crate::Format::locate) found them in the parsed body.
    Map(&'a Map<String, Value>),
    /// As the one-pass reader kept them.
    List(&'a Fields<'a>),
}

/// What the body carried, as the generated code reads it (through
/// [`Restore`]) to rebuild the chosen entry's variant.
pub(super) struct RestoreInput<'a> {
    pub(super) members: Members<'a>,
    pub(super) captures: Captures<'a>,
    pub(super) code: Option<CodeRef<'a>>,
    pub(super) status: Option<StatusCode>,
    pub(super) message: Option<&'a str>,
}

impl Restore for RestoreInput<'_> {
    fn member(&self, name: &str) -> Option<&Value> {
        match self.members {
            Members::Map(map) => map.get(name),
            Members::List(list) => list.iter().find(|(n, _)| *n == name).map(|(_, v)| v),
        }
    }

    fn placeholder(&self, name: &str) -> Option<&str> {
        self.captures
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, text)| *text)
    }

    fn remote(&self) -> RemoteError {
        RemoteError {
            code: self.code.and_then(CodeRef::to_buf),
            status: self.status,
            message: self.message.map(str::to_owned),
        }
    }
}

/// Rebuilds `entry`'s variant from what another transport carried (gRPC's
/// `ErrorInfo`): its `#[body]` members, and the message for placeholders.
#[cfg(feature = "tonic")]
pub(crate) fn rebuild<E: ApiError>(
    entry: &'static Entry,
    members: &Map<String, Value>,
    message: &str,
) -> Option<E> {
    let captures = if entry.exposes_message() && entry.has_placeholders() {
        template::fit(entry, message)
            .map(|(_, caps)| caps)
            .unwrap_or_default()
    } else {
        Vec::new()
    };
    let code = match entry.code() {
        crate::Code::Int(n) => Some(CodeRef::Int(n)),
        crate::Code::Str(s) => Some(CodeRef::Str(s)),
        crate::Code::None => None,
    };
    let input = RestoreInput {
        members: Members::Map(members),
        captures,
        code,
        status: None,
        message: Some(message),
    };
    crate::glue::restore_entry::<E>(entry, &input)
}
