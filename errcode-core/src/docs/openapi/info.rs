//! What only the user knows of their API: the document's license, contact
//! and servers.

use super::super::tree::Tree;

/// The API's license, `info.license` in the document (an OpenAPI License
/// Object): a name, and an SPDX identifier or a URL.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct License<'a> {
    name: &'a str,
    identifier: Option<&'a str>,
    url: Option<&'a str>,
}

impl<'a> License<'a> {
    /// A license named `name` (`"Apache 2.0"`, `"Proprietary"`).
    #[must_use]
    pub const fn new(name: &'a str) -> Self {
        License {
            name,
            identifier: None,
            url: None,
        }
    }

    /// Its SPDX expression (`"Apache-2.0"`, `"MIT OR Apache-2.0"`). OpenAPI
    /// allows an identifier or a URL, not both: this drops any URL.
    #[must_use]
    pub const fn identifier(self, spdx: &'a str) -> Self {
        License {
            identifier: Some(spdx),
            url: None,
            ..self
        }
    }

    /// Where its text is. This drops any identifier (see
    /// [`identifier`](Self::identifier)).
    #[must_use]
    pub const fn url(self, url: &'a str) -> Self {
        License {
            url: Some(url),
            identifier: None,
            ..self
        }
    }
}

/// Who answers for the API, `info.contact` in the document (an OpenAPI
/// Contact Object); every part is optional.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Contact<'a> {
    name: Option<&'a str>,
    url: Option<&'a str>,
    email: Option<&'a str>,
}

impl<'a> Contact<'a> {
    /// A contact with nothing set yet.
    #[must_use]
    pub const fn new() -> Self {
        Contact {
            name: None,
            url: None,
            email: None,
        }
    }

    /// The person's or team's name.
    #[must_use]
    pub const fn name(self, name: &'a str) -> Self {
        Contact {
            name: Some(name),
            ..self
        }
    }

    /// A web page to reach them.
    #[must_use]
    pub const fn url(self, url: &'a str) -> Self {
        Contact {
            url: Some(url),
            ..self
        }
    }

    /// An email address.
    #[must_use]
    pub const fn email(self, email: &'a str) -> Self {
        Contact {
            email: Some(email),
            ..self
        }
    }
}

/// Where the API is served, an entry of `servers` in the document (an
/// OpenAPI Server Object).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Server<'a> {
    url: &'a str,
    description: Option<&'a str>,
}

impl<'a> Server<'a> {
    /// The server at `url` (absolute, or relative to the document).
    #[must_use]
    pub const fn new(url: &'a str) -> Self {
        Server {
            url,
            description: None,
        }
    }

    /// What it is (`"Production"`).
    #[must_use]
    pub const fn description(self, description: &'a str) -> Self {
        Server {
            description: Some(description),
            ..self
        }
    }
}

impl License<'_> {
    /// `info.license`.
    pub(super) fn tree(&self) -> Tree {
        let mut tree = Tree::object();
        tree.insert("name", self.name);
        if let Some(identifier) = self.identifier {
            tree.insert("identifier", identifier);
        }
        if let Some(url) = self.url {
            tree.insert("url", url);
        }
        tree
    }
}

impl Contact<'_> {
    /// `info.contact`.
    pub(super) fn tree(&self) -> Tree {
        let mut tree = Tree::object();
        for (key, value) in [
            ("name", self.name),
            ("url", self.url),
            ("email", self.email),
        ] {
            if let Some(value) = value {
                tree.insert(key, value);
            }
        }
        tree
    }
}

impl Server<'_> {
    /// An entry of `servers`.
    pub(super) fn tree(&self) -> Tree {
        let mut tree = Tree::object();
        tree.insert("url", self.url);
        if let Some(description) = self.description {
            tree.insert("description", description);
        }
        tree
    }
}
