//! A code as it follows a base URI (a problem `type`'s, or a catalogue's
//! `docs_url`): the derive writes each entry's docs URL with it at compile
//! time, the runtime each `type` it builds from a base, and both must
//! agree with what decoding compares.

use core::fmt::{self, Write};

/// RFC 3986 §2.3's unreserved characters, which the normal form never escapes.
pub const fn unreserved(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~')
}

/// Writes a string code as one path segment: percent-encoded (RFC 3986)
/// except for unreserved characters, with upper-case hex digits (the normal
/// form of §6.2.2), so `"quota exceeded/daily"` is `quota%20exceeded%2Fdaily`.
/// A code `.` or `..` is written `%2E` or `%2E%2E`: as itself it would be a
/// dot segment, which resolving the URI removes (RFC 3986 §5.2.4), naming
/// another resource.
pub fn write_segment<W: Write + ?Sized>(code: &str, out: &mut W) -> fmt::Result {
    let dot_segment = matches!(code, "." | "..");
    for byte in code.bytes() {
        if unreserved(byte) && !dot_segment {
            out.write_char(char::from(byte))?;
        } else {
            write!(out, "%{byte:02X}")?;
        }
    }
    Ok(())
}

/// Why `base` cannot be a catalogue's `docs_url`, or `None` when it can: an
/// absolute `http(s)` URL, or a path from the server's root (`/errors/`),
/// made of URI characters, with well-formed escapes, ending where a code
/// can follow (`/`, `#` or `=`).
pub fn docs_base_problem(base: &str) -> Option<&'static str> {
    let rest = if let Some(path) = base.strip_prefix('/') {
        if path.starts_with('/') {
            return Some("a base starting with `//` takes the scheme of each request; write `https://` before the host");
        }
        path
    } else {
        let Some(rest) = base
            .strip_prefix("https://")
            .or_else(|| base.strip_prefix("http://"))
        else {
            return Some("expected an absolute `https://` URL or a path from the server's root such as `/errors/`");
        };
        if let Some(problem) = authority_problem(rest) {
            return Some(problem);
        }
        rest
    };
    if base.matches('#').count() > 1 {
        return Some("a URL has one fragment, and a fragment cannot hold `#`: escape it as `%23`");
    }
    let bytes = rest.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let byte = bytes[i];
        if byte == b'%' {
            let hex = |at: usize| bytes.get(at).is_some_and(u8::is_ascii_hexdigit);
            if !(hex(i + 1) && hex(i + 2)) {
                return Some("`%` must start an escape such as `%20`");
            }
        } else if !(unreserved(byte) || b":/?#[]@!$&'()*+,;=".contains(&byte)) {
            return Some("only URI characters may be written (RFC 3986): escape others as `%XX`");
        }
        i += 1;
    }
    if !base.ends_with(['/', '#', '=']) {
        return Some("the code is written right after the base: end it with `/`, `#` or `=`");
    }
    None
}

/// Why the authority that starts `rest` (what follows `https://`) names no
/// host (RFC 3986 §3.2: `[userinfo@]host[:port]`, the host not empty for
/// `http(s)`, RFC 9110 §4.2.1), or `None` when it names one.
fn authority_problem(rest: &str) -> Option<&'static str> {
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host_port = authority.rsplit('@').next().unwrap_or("");
    let (host, port) = if let Some(literal) = host_port.strip_prefix('[') {
        match literal.split_once(']') {
            Some((host, port)) if port.is_empty() || port.starts_with(':') => {
                (host, port.trim_start_matches(':'))
            }
            _ => return Some("an IP literal host is written `[...]`, then an optional `:port`"),
        }
    } else {
        host_port.split_once(':').unwrap_or((host_port, ""))
    };
    if host.is_empty() {
        return Some("the URL has no host");
    }
    if !port.bytes().all(|b| b.is_ascii_digit()) {
        return Some("a port is written in digits after the host, as in `example.com:8443`");
    }
    None
}

#[cfg(test)]
mod tests {
    extern crate alloc;

    use super::{docs_base_problem, write_segment};
    use alloc::string::String;

    #[test]
    fn bases_a_code_can_follow() {
        for base in [
            "https://api.example.com/errors/",
            "http://localhost:3000/errors/",
            "/errors/",
            "/",
            "https://example.com/docs#",
            "https://example.com/errors?code=",
            "https://example.com/a%20b/",
            "https://user@example.com:8443/errors/",
            "http://[::1]:3000/errors/",
        ] {
            assert_eq!(docs_base_problem(base), None, "{base}");
        }
    }

    #[test]
    fn bases_that_are_refused() {
        for base in [
            "",
            "errors/",
            "//example.com/errors/",
            "ftp://example.com/",
            "https:///errors/",
            "https://",
            "https://example.com/errors",
            "https://example.com/err ors/",
            "https://example.com/%zz/",
            "https://example.com/%2/",
            "https://example.com/\"/",
            "https://example.com/<x>/",
            "https://example.com/é/",
            "/errors\n/",
            "https://:443/errors/",
            "https://user@/errors/",
            "https://example.com:https/errors/",
            "https://example.com/docs#errors#",
            "/errors/#a#",
        ] {
            assert!(docs_base_problem(base).is_some(), "{base:?}");
        }
    }

    #[test]
    fn a_segment_escapes_all_but_unreserved_characters() {
        let mut out = String::new();
        write_segment("quota exceeded/daily~é", &mut out).unwrap();
        assert_eq!(out, "quota%20exceeded%2Fdaily~%C3%A9");
    }

    #[test]
    fn a_dot_code_is_escaped_not_a_dot_segment() {
        for (code, written) in [
            (".", "%2E"),
            ("..", "%2E%2E"),
            ("...", "..."),
            ("a.b", "a.b"),
        ] {
            let mut out = String::new();
            write_segment(code, &mut out).unwrap();
            assert_eq!(out, written, "{code}");
        }
    }
}
