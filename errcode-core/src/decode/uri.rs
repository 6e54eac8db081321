//! URIs compared as RFC 3986 §6.2.2 says equal URIs compare: a server may
//! write `%2f` or `%41` where errcodes writes `%2F` and `A`, or
//! `HTTPS://Example.COM/` for `https://example.com/`, and mean the same
//! `type`.

use core::fmt::Write as _;
use core::ops::Range;
use std::borrow::Cow;

/// `uri` in its syntax-based normal form (RFC 3986 §6.2.2): the hex digits
/// of percent-encodings upper case and the scheme and host lower case
/// (§6.2.2.1), percent-encoded unreserved characters decoded (§6.2.2.2).
/// Borrowed where `uri` is already normal, as what errcodes writes is.
/// `None` for a `%` not followed by two hex digits: errcodes writes no
/// malformed URI, so such a one names nothing.
pub(super) fn normalized(uri: &str) -> Option<Cow<'_, str>> {
    normalized_with(uri, &case_insensitive(uri))
}

/// A URI's path, query or fragment (what follows its host) as
/// [`normalized`] leaves it: only its escapes change.
pub(super) fn normalized_path(path: &str) -> Option<Cow<'_, str>> {
    normalized_with(path, &Folded::NONE)
}

fn normalized_with<'u>(uri: &'u str, folded: &Folded) -> Option<Cow<'u, str>> {
    if is_normal(uri, folded) {
        return Some(Cow::Borrowed(uri));
    }
    let mut out = String::with_capacity(uri.len());
    let mut chars = uri.char_indices();
    while let Some((at, c)) = chars.next() {
        let fold = folded.covers(at);
        if c != '%' {
            out.push(if fold { c.to_ascii_lowercase() } else { c });
            continue;
        }
        let byte = hex(chars.next()?.1)?
            .checked_mul(16)?
            .checked_add(hex(chars.next()?.1)?)?;
        if unreserved(byte) {
            let c = char::from(byte);
            out.push(if fold { c.to_ascii_lowercase() } else { c });
        } else {
            // Writing into a `String` cannot fail.
            let _ = write!(out, "%{byte:02X}");
        }
    }
    Some(Cow::Owned(out))
}

/// Whether [`normalized`] would leave `uri` as it is, as it leaves most:
/// found without allocating, looking only at the escapes and at the scheme
/// and host.
fn is_normal(uri: &str, folded: &Folded) -> bool {
    let bytes = uri.as_bytes();
    let lower = |range: Range<usize>| {
        bytes
            .get(range)
            .is_none_or(|part| !part.iter().any(u8::is_ascii_uppercase))
    };
    let upper_hex = |at: usize| {
        bytes
            .get(at)
            .copied()
            .filter(|d| matches!(d, b'0'..=b'9' | b'A'..=b'F'))
            .and_then(|d| hex(char::from(d)))
    };
    lower(0..folded.scheme_end)
        && lower(folded.host.clone())
        && uri.match_indices('%').all(|(at, _)| {
            let high = upper_hex(at.saturating_add(1));
            let low = upper_hex(at.saturating_add(2));
            match (high, low) {
                (Some(high), Some(low)) => !unreserved(high.wrapping_mul(16).wrapping_add(low)),
                _ => false,
            }
        })
}

/// The parts of a URI that compare without regard to case.
struct Folded {
    /// Where the scheme ends (0 for a relative reference).
    scheme_end: usize,
    /// The host, after `//` and any userinfo (a port is digits).
    host: Range<usize>,
}

impl Folded {
    const NONE: Folded = Folded {
        scheme_end: 0,
        host: 0..0,
    };

    fn covers(&self, at: usize) -> bool {
        at < self.scheme_end || self.host.contains(&at)
    }
}

fn case_insensitive(uri: &str) -> Folded {
    let Some(colon) = uri.find(':') else {
        return Folded::NONE;
    };
    let scheme = uri.get(..colon).unwrap_or("");
    let is_scheme = scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.'));
    if !is_scheme {
        return Folded::NONE;
    }
    let after_scheme = colon.saturating_add(1);
    let Some(authority) = uri.get(after_scheme..).and_then(|r| r.strip_prefix("//")) else {
        return Folded {
            scheme_end: colon,
            host: 0..0,
        };
    };
    let start = after_scheme.saturating_add(2);
    let end = authority
        .bytes()
        .position(|b| matches!(b, b'/' | b'?' | b'#'))
        .unwrap_or(authority.len());
    // Userinfo is case-sensitive: the host is what follows its `@`.
    let host_start = authority
        .get(..end)
        .and_then(|a| a.rfind('@'))
        .map_or(0, |i| i.saturating_add(1));
    Folded {
        scheme_end: colon,
        host: start.saturating_add(host_start)..start.saturating_add(end),
    }
}

fn hex(digit: char) -> Option<u8> {
    digit.to_digit(16).and_then(|d| u8::try_from(d).ok())
}

/// RFC 3986 §2.3: ALPHA / DIGIT / "-" / "." / "_" / "~", the characters a
/// URI writes as themselves.
pub(crate) use errcode_shared::uri::unreserved;

#[cfg(test)]
mod tests {
    use super::normalized;

    #[test]
    fn normal_forms() {
        for (uri, normal) in [
            (
                "https://x.example/a%2fb%c3%a9",
                "https://x.example/a%2Fb%C3%A9",
            ),
            (
                "https://x.example/%7Euser%41%2D",
                "https://x.example/~userA-",
            ),
            ("HTTPS://X.Example:8080/Path", "https://x.example:8080/Path"),
            ("https://User@X.EXAMPLE/P", "https://User@x.example/P"),
            // An `@` after the host is the path's: the host is still folded.
            ("https://X.Example/P@Q", "https://x.example/P@Q"),
            ("HTTP://[FE80::A]:8080/P", "http://[fe80::a]:8080/P"),
            (
                "https://x.example/%41?Q%41#F%41",
                "https://x.example/A?QA#FA",
            ),
            ("https://%41.example/%41", "https://a.example/A"),
            ("urn:Example:Out", "urn:Example:Out"),
            ("/probs/%61", "/probs/a"),
            ("https://x.example/é %zz", "https://x.example/é %zz"),
        ] {
            let got = normalized(uri).map(|n| n.into_owned());
            if uri.contains("%zz") {
                assert_eq!(got, None, "{uri}");
            } else {
                assert_eq!(got.as_deref(), Some(normal), "{uri}");
            }
        }
        assert!(matches!(
            normalized("https://x.example/a%2F"),
            Some(std::borrow::Cow::Borrowed(_))
        ));
        for malformed in ["%", "%4", "a%g1", "%é1", "%1é"] {
            assert_eq!(normalized(malformed), None, "{malformed}");
        }
    }
}
