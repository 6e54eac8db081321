//! Where each entry's page is (`#[api_error(docs_url = "...")]`), which
//! bodies and responses link to.

use super::{Catalogue, Entry};

impl Catalogue {
    /// The base of each entry's page (`#[api_error(docs_url = "...")]`):
    /// an absolute `http(s)` URL or a path from the server's root, which
    /// [`Entry::docs_url`] follows with the code.
    #[must_use]
    pub const fn docs_url(&self) -> Option<&'static str> {
        self.docs_url
    }
}

impl Entry {
    /// The entry's page: its catalogue's
    /// [`docs_url`](Catalogue::docs_url) followed by its code (a string
    /// code percent-encoded as one path segment, RFC 3986), e.g.
    /// `/errors/34404`. `None` without a `docs_url`, and for an entry
    /// without a code. Problem bodies carry it as `type` where their
    /// [`ProblemType`](crate::format::ProblemType) declares no base, and
    /// every response of the entry in `Link: <url>; rel="help"`.
    #[must_use]
    pub const fn docs_url(&self) -> Option<&'static str> {
        self.docs_url
    }
}
