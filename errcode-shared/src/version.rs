//! Release versions as `since`, `deprecated(since = ...)` and the contract
//! lock write them: `MAJOR.MINOR.PATCH`, optionally `-PRERELEASE`
//! (SemVer 2.0.0's shape without build metadata), compared as SemVer
//! orders them. `MAJOR.MINOR` is refused: one release has one spelling, so
//! two equal versions are equal text in docs and locks.

use core::cmp::Ordering;

/// A version read by [`Version::parse`]; borrowed from its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Version<'a> {
    pub major: u64,
    pub minor: u64,
    pub patch: u64,
    /// The pre-release part after `-`, empty for a release.
    pub pre: &'a str,
}

/// What [`Version::parse`] expects, for error messages.
pub const VERSION_GRAMMAR: &str =
    "MAJOR.MINOR.PATCH with an optional -PRERELEASE, e.g. \"0.6.0\" or \"2.1.0-rc.1\"";

impl<'a> Version<'a> {
    /// `text` as a version; `None` for any other shape: numbers without
    /// leading zeros, pre-release identifiers of ASCII letters, digits and
    /// `-`, none empty, numeric ones without leading zeros (SemVer §2, §9).
    pub fn parse(text: &'a str) -> Option<Self> {
        let (release, pre) = match text.split_once('-') {
            Some((release, pre)) => (release, Some(pre)),
            None => (text, None),
        };
        let mut numbers = release.split('.');
        let mut next = || numbers.next().and_then(number);
        let (major, minor, patch) = (next()?, next()?, next()?);
        if numbers.next().is_some() {
            return None;
        }
        let pre = match pre {
            Some(pre) if pre.split('.').all(pre_identifier) => pre,
            Some(_) => return None,
            None => "",
        };
        Some(Version {
            major,
            minor,
            patch,
            pre,
        })
    }
}

/// A decimal number without a leading zero.
fn number(text: &str) -> Option<u64> {
    let digits = !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit());
    if !digits || (text.len() > 1 && text.starts_with('0')) {
        return None;
    }
    text.parse().ok()
}

fn pre_identifier(text: &str) -> bool {
    !text.is_empty()
        && text.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        && (!text.bytes().all(|b| b.is_ascii_digit()) || number(text).is_some())
}

impl Ord for Version<'_> {
    /// By the numbers, then a pre-release before its release, pre-release
    /// identifiers compared numerically where both are numbers, else as
    /// text, a numeric one before a textual one (SemVer §11).
    fn cmp(&self, other: &Self) -> Ordering {
        (self.major, self.minor, self.patch)
            .cmp(&(other.major, other.minor, other.patch))
            .then_with(|| match (self.pre.is_empty(), other.pre.is_empty()) {
                (true, true) => Ordering::Equal,
                (true, false) => Ordering::Greater,
                (false, true) => Ordering::Less,
                (false, false) => compare_pre(self.pre, other.pre),
            })
    }
}

impl PartialOrd for Version<'_> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

fn compare_pre(a: &str, b: &str) -> Ordering {
    let (mut a, mut b) = (a.split('.'), b.split('.'));
    loop {
        match (a.next(), b.next()) {
            (None, None) => return Ordering::Equal,
            (None, Some(_)) => return Ordering::Less,
            (Some(_), None) => return Ordering::Greater,
            (Some(x), Some(y)) => {
                let order = match (number(x), number(y)) {
                    (Some(x), Some(y)) => x.cmp(&y),
                    (Some(_), None) => Ordering::Less,
                    (None, Some(_)) => Ordering::Greater,
                    (None, None) => x.cmp(y),
                };
                if order.is_ne() {
                    return order;
                }
            }
        }
    }
}

/// `a` and `b` as versions, compared; `None` where either is not one.
pub fn compare_versions(a: &str, b: &str) -> Option<Ordering> {
    Some(Version::parse(a)?.cmp(&Version::parse(b)?))
}

#[cfg(test)]
mod tests {
    use super::{compare_versions, Version};

    #[test]
    fn versions_of_the_grammar_parse() {
        for text in [
            "0.6.0",
            "2.1.0",
            "10.20.30",
            "1.0.0-alpha",
            "1.0.0-rc.1",
            "1.0.0-x-y.7",
        ] {
            assert!(Version::parse(text).is_some(), "{text}");
        }
    }

    #[test]
    fn other_shapes_do_not() {
        for text in [
            "",
            "0.6",
            "1",
            "v1.0.0",
            "1.0.0.0",
            "01.0.0",
            "1.00.0",
            "1.0.0-",
            "1.0.0-a..b",
            "1.0.0-01",
            "1.0.0+build",
            " 1.0.0",
            "1.0.x",
            "1.0.0-é",
        ] {
            assert!(Version::parse(text).is_none(), "{text:?}");
        }
    }

    /// SemVer 2.0.0 §11's example order.
    #[test]
    fn versions_compare_as_semver_orders_them() {
        let order = [
            "1.0.0-alpha",
            "1.0.0-alpha.1",
            "1.0.0-alpha.beta",
            "1.0.0-beta",
            "1.0.0-beta.2",
            "1.0.0-beta.11",
            "1.0.0-rc.1",
            "1.0.0",
            "2.0.0",
            "2.1.0",
            "2.1.1",
            "10.0.0",
        ];
        for pair in order.windows(2) {
            assert_eq!(
                compare_versions(pair[0], pair[1]),
                Some(core::cmp::Ordering::Less),
                "{pair:?}"
            );
        }
        assert_eq!(compare_versions("0.6", "0.6.0"), None);
    }
}
