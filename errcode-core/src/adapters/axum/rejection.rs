//! axum's extractor rejections as catalogue entries: see the module docs.

use core::fmt;
use core::marker::PhantomData;
use core::ops::{Deref, DerefMut};

use ::axum::extract::rejection::{JsonRejection, PathRejection, QueryRejection};
use ::axum::extract::{FromRequest, FromRequestParts, Request};
use ::axum::http::request::Parts;
use ::axum::http::StatusCode;

use super::ApiResponse;
use crate::{ApiError, Entry};

/// What went wrong when axum's `Json`, `Path` or `Query` extractor refused a
/// request, with the status and text axum gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RejectionKind {
    /// The body is not JSON (axum: 400).
    JsonSyntax,
    /// The body is JSON that does not fit the type (axum: 422).
    JsonData,
    /// The request has no `Content-Type: application/json` (axum: 415).
    JsonContentType,
    /// The body could not be read: 413 when it is over the limit, else 400.
    Body,
    /// The path parameters do not parse (axum: 400; 500 where the route and
    /// the extracted type disagree, a server bug).
    Path,
    /// The query string does not parse (axum: 400).
    Query,
    /// A rejection a later axum adds; its status is axum's.
    Other,
}

/// An extractor's rejection: its [kind](RejectionKind), axum's status for it
/// and axum's text (which names the field or parameter at fault).
#[derive(Debug, Clone)]
pub struct Rejection {
    kind: RejectionKind,
    status: StatusCode,
    text: String,
}

impl Rejection {
    fn new(kind: RejectionKind, status: StatusCode, text: String) -> Self {
        Rejection { kind, status, text }
    }

    /// What went wrong.
    #[must_use]
    pub const fn kind(&self) -> RejectionKind {
        self.kind
    }

    /// The status axum sends this rejection with.
    #[must_use]
    pub const fn status(&self) -> StatusCode {
        self.status
    }

    /// axum's text for it, e.g. `Failed to deserialize the JSON body into
    /// the target type: age: invalid type: string "x", expected u8 at line 1
    /// column 10`.
    #[must_use]
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The text, owned: for a placeholder field of the entry.
    #[must_use]
    pub fn into_text(self) -> String {
        self.text
    }
}

impl fmt::Display for Rejection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl std::error::Error for Rejection {}

impl From<JsonRejection> for Rejection {
    fn from(rejection: JsonRejection) -> Self {
        let kind = match &rejection {
            JsonRejection::JsonSyntaxError(_) => RejectionKind::JsonSyntax,
            JsonRejection::JsonDataError(_) => RejectionKind::JsonData,
            JsonRejection::MissingJsonContentType(_) => RejectionKind::JsonContentType,
            JsonRejection::BytesRejection(_) => RejectionKind::Body,
            _ => RejectionKind::Other,
        };
        Rejection::new(kind, rejection.status(), rejection.body_text())
    }
}

impl From<PathRejection> for Rejection {
    fn from(rejection: PathRejection) -> Self {
        Rejection::new(
            RejectionKind::Path,
            rejection.status(),
            rejection.body_text(),
        )
    }
}

impl From<QueryRejection> for Rejection {
    fn from(rejection: QueryRejection) -> Self {
        Rejection::new(
            RejectionKind::Query,
            rejection.status(),
            rejection.body_text(),
        )
    }
}

/// An error type that has catalogue entries for extractor rejections.
///
/// Map each [`RejectionKind`] to an entry whose status is the one axum
/// sends it with ([`Rejection::status`]), so that the response keeps it;
/// [`check_rejections`] tells, in a test.
pub trait FromRejection: ApiError {
    /// The error for `rejection`.
    fn from_rejection(rejection: Rejection) -> Self;
}

/// An extractor `X` whose rejection becomes the catalogue entry of `E` that
/// [`FromRejection`] picks, sent as [`ApiResponse<E>`]. Shaped like
/// axum-extra's `WithRejection`: destructure it as
/// `WithRejection(Json(body), _)`.
pub struct WithRejection<X, E>(pub X, pub PhantomData<E>);

impl<X, E> WithRejection<X, E> {
    /// The extracted value.
    pub fn into_inner(self) -> X {
        self.0
    }
}

impl<X, E> Deref for WithRejection<X, E> {
    type Target = X;

    fn deref(&self) -> &X {
        &self.0
    }
}

impl<X, E> DerefMut for WithRejection<X, E> {
    fn deref_mut(&mut self) -> &mut X {
        &mut self.0
    }
}

impl<X: fmt::Debug, E> fmt::Debug for WithRejection<X, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("WithRejection").field(&self.0).finish()
    }
}

/// axum's two extractor traits, wrapped alike: `FromRequest` for an
/// extractor that takes the body, `FromRequestParts` for one that does not.
macro_rules! extract_with_rejection {
    ($($extractor:ident::$extract:ident($input:ident: $input_type:ty);)*) => {$(
        impl<X, E, S> $extractor<S> for WithRejection<X, E>
        where
            S: Send + Sync,
            X: $extractor<S>,
            X::Rejection: Into<Rejection>,
            E: FromRejection,
        {
            type Rejection = ApiResponse<E>;

            async fn $extract($input: $input_type, state: &S) -> Result<Self, Self::Rejection> {
                match X::$extract($input, state).await {
                    Ok(value) => Ok(WithRejection(value, PhantomData)),
                    Err(rejection) => Err(ApiResponse(E::from_rejection(rejection.into()))),
                }
            }
        }
    )*};
}

extract_with_rejection! {
    FromRequest::from_request(request: Request);
    FromRequestParts::from_request_parts(parts: &mut Parts);
}

/// Each kind of rejection with each status axum sends it with.
const SENT: &[(RejectionKind, StatusCode)] = &[
    (RejectionKind::JsonSyntax, StatusCode::BAD_REQUEST),
    (RejectionKind::JsonData, StatusCode::UNPROCESSABLE_ENTITY),
    (
        RejectionKind::JsonContentType,
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
    ),
    (RejectionKind::Body, StatusCode::PAYLOAD_TOO_LARGE),
    (RejectionKind::Body, StatusCode::BAD_REQUEST),
    (RejectionKind::Path, StatusCode::BAD_REQUEST),
    (RejectionKind::Path, StatusCode::INTERNAL_SERVER_ERROR),
    (RejectionKind::Query, StatusCode::BAD_REQUEST),
];

/// Checks that `E`'s [`FromRejection`] keeps axum's status for every kind
/// of rejection and every status axum sends it with: call it in a test.
///
/// # Errors
///
/// The first rejection whose entry has another status.
pub fn check_rejections<E: FromRejection>() -> Result<(), RejectionMismatch> {
    for &(kind, status) in SENT {
        let error = E::from_rejection(Rejection::new(kind, status, String::new()));
        if error.status() != status {
            return Err(RejectionMismatch {
                kind,
                status,
                entry: error.info(),
            });
        }
    }
    Ok(())
}

/// A rejection mapped to an entry with another status (see [`check_rejections`]).
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct RejectionMismatch {
    /// The kind of rejection.
    pub kind: RejectionKind,
    /// The status axum sends it with.
    pub status: StatusCode,
    /// The entry it was mapped to.
    pub entry: &'static Entry,
}

impl fmt::Display for RejectionMismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:?} rejection (status {}) mapped to `{}`, which is sent with status {}",
            self.kind,
            self.status.as_u16(),
            self.entry.name(),
            self.entry.http_status().as_u16()
        )
    }
}

impl std::error::Error for RejectionMismatch {}
