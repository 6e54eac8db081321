//! JSON text prepared at expansion time, so a static body is put together
//! by copying bytes, with no escaping of an entry's text at run time. Escapes exactly as serde_json does.

use std::fmt::Write;

/// `text` as the inside of a JSON string.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if u32::from(c) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out
}

/// `text` as a JSON string, quotes included.
pub fn string(text: &str) -> String {
    format!("\"{}\"", escape(text))
}

#[cfg(test)]
mod tests {
    #[test]
    fn escapes_like_serde_json() {
        assert_eq!(
            super::string("a\"b\\c\n\u{1}’</script>"),
            "\"a\\\"b\\\\c\\n\\u0001’</script>\""
        );
    }
}
