//! The registry: which service owns which code ranges. A TOML file, so
//! that the people who allocate ranges can read it, comment it and review
//! it in a pull request:
//!
//! ```toml
//! [[service]]
//! name = "billing"                 # what `errcodes next --service` takes
//! domain = "billing.example.com"   # what its export's `domain` says
//! ranges = [{ first = 1000, last = 1999 }]
//! ```
//!
//! A service whose catalogue has no `domain` is matched by its type name
//! (`domain = "BillingError"`).

use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use crate::error::BadInput;

#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Range {
    pub first: i64,
    pub last: i64,
}

impl Range {
    pub fn contains(self, code: i64) -> bool {
        (self.first..=self.last).contains(&code)
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Service {
    pub name: Spanned<String>,
    pub domain: Spanned<String>,
    pub ranges: Vec<Spanned<Range>>,
}

impl Service {
    pub fn owns(&self, code: i64) -> bool {
        self.ranges.iter().any(|r| r.get_ref().contains(code))
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    service: Vec<Service>,
}

#[derive(Debug)]
pub struct Registry {
    pub services: Vec<Service>,
    /// Where it was read, and its text: findings name the line of a value.
    path: PathBuf,
    text: String,
}

/// The line of byte `offset` in `text`, from 1.
fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

impl Registry {
    /// `text` parsed; a byte order mark an editor put first is skipped.
    pub fn parse(path: &Path, mut text: String) -> Result<Registry, BadInput> {
        if text.starts_with('\u{feff}') {
            text.drain(..'\u{feff}'.len_utf8());
        }
        let file: File = toml::from_str(&text).map_err(|e| {
            let line = e.span().map(|span| line_of(&text, span.start));
            BadInput::malformed(path, line, e.message())
        })?;
        let registry = Registry {
            services: file.service,
            path: path.to_owned(),
            text,
        };
        registry.check()?;
        Ok(registry)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Where the value at `span` is: `registry.toml:9`.
    pub fn place(&self, span: std::ops::Range<usize>) -> String {
        format!("{}:{}", self.path.display(), self.line(span))
    }

    /// The line of the value at `span`.
    pub fn line(&self, span: std::ops::Range<usize>) -> usize {
        line_of(&self.text, span.start)
    }

    pub fn by_domain(&self, domain: &str) -> Option<&Service> {
        self.services.iter().find(|s| s.domain.get_ref() == domain)
    }

    pub fn by_name(&self, name: &str) -> Option<&Service> {
        self.services.iter().find(|s| s.name.get_ref() == name)
    }

    /// Names and domains given once, ranges not empty and none overlapping.
    fn check(&self) -> Result<(), BadInput> {
        let (path, text) = (self.path.as_path(), self.text.as_str());
        let line = |span: std::ops::Range<usize>| Some(line_of(text, span.start));
        for (i, service) in self.services.iter().enumerate() {
            let earlier = &self.services[..i];
            let name: fn(&Service) -> &Spanned<String> = |s| &s.name;
            let domain: fn(&Service) -> &Spanned<String> = |s| &s.domain;
            for (field, of) in [("name", name), ("domain", domain)] {
                let value = of(service);
                if earlier.iter().any(|s| of(s).get_ref() == value.get_ref()) {
                    let reason = format!("{field} `{}` is given to two services", value.get_ref());
                    return Err(BadInput::malformed(path, line(value.span()), reason));
                }
            }
            for range in &service.ranges {
                let Range { first, last } = *range.get_ref();
                if first > last {
                    let reason = format!(
                        "range {first}..={last} of `{}` is empty",
                        service.name.get_ref()
                    );
                    return Err(BadInput::malformed(path, line(range.span()), reason));
                }
            }
        }
        let mut ranges: Vec<(&Spanned<Range>, &Service)> = self
            .services
            .iter()
            .flat_map(|s| s.ranges.iter().map(move |r| (r, s)))
            .collect();
        ranges.sort_by_key(|(r, _)| (r.get_ref().first, r.get_ref().last));
        for pair in ranges.windows(2) {
            let [(a, owner_a), (b, owner_b)] = pair else {
                continue;
            };
            let (a_range, b_range) = (a.get_ref(), b.get_ref());
            if b_range.first <= a_range.last {
                let later = if a.span().start > b.span().start {
                    a
                } else {
                    b
                };
                let reason = format!(
                    "ranges overlap: {}..={} of `{}` and {}..={} of `{}`",
                    a_range.first,
                    a_range.last,
                    owner_a.name.get_ref(),
                    b_range.first,
                    b_range.last,
                    owner_b.name.get_ref()
                );
                return Err(BadInput::Overlap {
                    path: path.to_owned(),
                    line: line(later.span()),
                    reason,
                });
            }
        }
        Ok(())
    }
}
