//! Type URIs the vectors put in a body's type member: each entry's own
//! changed in case, escapes and base, other catalogues' bases, and
//! relative types as a gateway resolves them.

/// `uri`, an entry's type, changed, and the other types every catalogue's
/// bodies are given.
pub fn variants(uri: &str) -> Vec<String> {
    let mut out = vec![
        uri.to_uppercase(),
        uri.replacen("https://example.com", "HTTPS://Example.COM", 1),
        uri.replace('-', "%2d").replace('/', "%2f"),
        uri.replace("%2F", "%2f").replace("%20", "%41"),
        format!("{uri}%"),
        format!("{uri}x"),
        uri.replace("probs/", "probs/%7e"),
        "https://example.com/probs/old-credit".to_owned(),
        "https://example.com/probs/quota%20weekly".to_owned(),
        "https://example.com/errors/quota%20exceeded%2fdaily".to_owned(),
        "https://example.com/errors/quota exceeded/daily".to_owned(),
        "https://example.com/errors/caf%C3%A9".to_owned(),
        "https://example.com/errors/caf%c3%a9".to_owned(),
        "https://example.com/errors/caf%E9".to_owned(),
        "https://example.com/errors/50%25-off".to_owned(),
        "https://example.com/errors/".to_owned(),
        "/errors/34404".to_owned(),
        "/errors/%33%34%34%30%39".to_owned(),
        "/errors/-7".to_owned(),
        "/errors/34404/".to_owned(),
        "/billing/errors/51001".to_owned(),
        "/billing/errors/51002".to_owned(),
        "https://example.com/billing/errors/51001".to_owned(),
        "https://example.com/errors/51001".to_owned(),
        "https://example.com/errors/34409".to_owned(),
        "https://example.com/errors/out-of-credit".to_owned(),
        "about:blank".to_owned(),
    ];
    out.extend(resolved());
    out
}

/// Relative types (`/errors/34409`) as a client or gateway resolves them
/// against the response's URL (RFC 9457 §3.1.1), and references that only
/// look absolute: the decoder compares an absolute URI's path with a base
/// from the server's root.
pub fn resolved() -> Vec<String> {
    let mut out = Vec::new();
    for path in ["/errors/34409", "/errors/-7", "/billing/errors/51002"] {
        for prefix in [
            "https://api.example.com",
            "http://api.example.com",
            "HTTPS://API.Example.COM",
            "https://api.example.com:8443",
            "http://user:pw@api.example.com",
            "https://user@host:1/x@y",
            "https://[::1]:80",
            "https://h\u{e9}llo.example",
            "git+ssh.v-1://host",
            "ftp://",
            "https://host?q=/x",
            "https://host#f",
            "1http://host",
            "ht_tp://host",
            "urn:x://host",
            "//api.example.com",
            "https:/host",
            "https://host/other",
            "https://host/errors",
        ] {
            out.push(format!("{prefix}{path}"));
        }
        for suffix in ["?page=2", "#top", "/", "%20", "/..", "/../34404"] {
            out.push(format!("https://api.example.com{path}{suffix}"));
        }
        out.push(format!(
            "https://api.example.com{}",
            path.replace("errors", "ERRORS")
        ));
        out.push(format!(
            "https://api.example.com{}",
            path.replace('3', "%33")
        ));
        out.push(format!("https://api.example.com/x/..{path}"));
    }
    out.extend(
        [
            "https://api.example.com",
            "https://api.example.com/",
            "https://",
            "://x/errors/34409",
        ]
        .map(str::to_owned),
    );
    out
}
