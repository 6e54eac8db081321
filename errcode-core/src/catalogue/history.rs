//! The history a catalogue declares: the codes it retired, the release each
//! entry, member and header appeared in, and deprecations.

use super::{BodyField, Catalogue, Entry, ResponseHeader};
use crate::{Code, CodeRef};

/// A code the catalogue no longer sends, declared with
/// `#[api_error(retired(34301 = "2.1: use 34310"))]`: no variant may use it
/// again (a compile error), the docs list it with its note, and decoding a
/// body that carries it says so
/// ([`Reason::Retired`](crate::decode::Reason::Retired)).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Retired {
    pub(crate) code: Code,
    pub(crate) note: &'static str,
}

impl Retired {
    /// The retired code.
    #[must_use]
    pub const fn code(&self) -> Code {
        self.code
    }

    /// What clients are told about it (`"2.1: use 34310"`).
    #[must_use]
    pub const fn note(&self) -> &'static str {
        self.note
    }
}

/// An entry's deprecation, declared with
/// `#[code(.., deprecated(since = "2.1.0", replaced_by = 34310))]`: still
/// sent, but clients should move to the replacement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Deprecation {
    pub(crate) since: &'static str,
    pub(crate) replaced_by: Option<Code>,
}

impl Deprecation {
    /// The release the entry was deprecated in (a version as
    /// `errcodes::Version` reads it).
    #[must_use]
    pub const fn since(&self) -> &'static str {
        self.since
    }

    /// The code of the entry that replaces it, one of the same catalogue's
    /// (the derive checks it exists).
    #[must_use]
    pub const fn replaced_by(&self) -> Option<Code> {
        self.replaced_by
    }
}

impl Catalogue {
    /// The codes this type retired, in the order declared; those of the
    /// catalogues it includes are theirs ([`Catalogue::retirement`] reads
    /// both).
    #[must_use]
    pub const fn retired(&self) -> &'static [Retired] {
        self.retired
    }

    /// The retirement of `code` by this catalogue or one it includes, if
    /// any: what decoding reports for a body carrying it.
    #[must_use]
    pub fn retirement(&self, code: CodeRef<'_>) -> Option<&'static Retired> {
        self.retired
            .iter()
            .find(|r| code == r.code)
            .or_else(|| self.includes.iter().find_map(|c| c.retirement(code)))
    }

    /// The release the format's members appeared in
    /// (`#[api_error(since = "0.6.0")]`), which is also the release of every
    /// entry that declares none.
    #[must_use]
    pub const fn since(&self) -> Option<&'static str> {
        self.since
    }
}

impl Entry {
    /// The release the entry appeared in: its `since = "..."`, else the
    /// catalogue's.
    #[must_use]
    pub const fn since(&self) -> Option<&'static str> {
        self.since
    }

    /// The release the entry itself declares (`#[code(since = "...")]`),
    /// not its type's: what the lock records, so that an entry added
    /// without one is seen as such.
    pub(crate) const fn own_since(&self) -> Option<&'static str> {
        if self.flags & crate::catalogue::INHERITED_SINCE == 0 {
            self.since
        } else {
            None
        }
    }

    /// Its deprecation, if it is deprecated.
    #[must_use]
    pub const fn deprecation(&self) -> Option<&Deprecation> {
        self.deprecation.as_ref()
    }
}

impl BodyField {
    /// The release the member appeared in (`#[body(since = "...")]`), if
    /// declared; the docs show the entry's where it is not.
    #[must_use]
    pub const fn since(&self) -> Option<&'static str> {
        self.since
    }
}

impl ResponseHeader {
    /// The release the header appeared in
    /// (`#[header("Retry-After", since = "...")]`), if declared; a fixed
    /// header's is its entry's.
    #[must_use]
    pub const fn since(&self) -> Option<&'static str> {
        self.since
    }
}
