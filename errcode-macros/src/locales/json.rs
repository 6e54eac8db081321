//! The JSON of a locale file: one object, read with the line of each key
//! so that errors can name it.
//!
//! Not serde_json, whose reader the runtime uses: it tells no position to
//! a visitor (only its errors carry a line), so the line of each key, which
//! the derive's errors about keys name, is not to be had from it; its error
//! kinds are private, so these messages could only be kept by matching its
//! wording; and the derive, built for the host, would compile serde and
//! serde_json a second time.

pub enum Value {
    Str(String),
    Bool(bool),
    /// A number, `null`, an array or an object: only metadata has them (an
    /// ARB file's `"@key": { "description": ... }`), and it is not read.
    Other,
}

/// A key, its value and its line.
pub type Pair = (String, Value, usize);
/// A message and the line it is about.
pub type JsonError = (usize, String);

/// A JSON object, each key with its value and the line the key is on; an
/// error with its line.
pub fn parse(text: &str) -> Result<Vec<Pair>, JsonError> {
    let mut p = Json {
        chars: text
            .strip_prefix('\u{feff}')
            .unwrap_or(text)
            .chars()
            .peekable(),
        line: 1,
    };
    p.space();
    p.expect(
        '{',
        "expected `{`: a locale file is one JSON object from code to message",
    )?;
    let mut pairs = Vec::new();
    p.space();
    if p.chars.peek() == Some(&'}') {
        p.chars.next();
    } else {
        loop {
            p.space();
            let line = p.line;
            let key = p.string()?;
            p.space();
            p.expect(':', "expected `:` after the key")?;
            p.space();
            let value = match p.chars.peek() {
                Some('"') => Value::Str(p.string()?),
                Some(c) if c.is_ascii_alphabetic() => match p.literal()?.as_str() {
                    "true" => Value::Bool(true),
                    "false" => Value::Bool(false),
                    _ => Value::Other,
                },
                _ => {
                    p.skip_value()?;
                    Value::Other
                }
            };
            pairs.push((key, value, line));
            p.space();
            match p.chars.next() {
                Some(',') => {}
                Some('}') => break,
                _ => return Err((p.line, "expected `,` or `}`".to_owned())),
            }
        }
    }
    p.space();
    if p.chars.next().is_some() {
        return Err((p.line, "unexpected text after the object".to_owned()));
    }
    Ok(pairs)
}

struct Json<'a> {
    chars: std::iter::Peekable<std::str::Chars<'a>>,
    line: usize,
}

impl Json<'_> {
    fn space(&mut self) {
        while let Some(&c) = self.chars.peek() {
            if !matches!(c, ' ' | '\t' | '\r' | '\n') {
                break;
            }
            if c == '\n' {
                self.line += 1;
            }
            self.chars.next();
        }
    }

    fn expect(&mut self, want: char, message: &str) -> Result<(), JsonError> {
        match self.chars.next() {
            Some(c) if c == want => Ok(()),
            _ => Err((self.line, message.to_owned())),
        }
    }

    /// `true`, `false` or `null`, as written.
    fn literal(&mut self) -> Result<String, JsonError> {
        let mut word = String::new();
        while let Some(&c) = self.chars.peek() {
            if !c.is_ascii_alphabetic() {
                break;
            }
            word.push(c);
            self.chars.next();
        }
        match word.as_str() {
            "true" | "false" | "null" => Ok(word),
            _ => Err((self.line, format!("expected a JSON value, found `{word}`"))),
        }
    }

    /// Passes over one value of any kind, checking its syntax. A loop over
    /// the brackets open, not recursion: a file of `[[[[...` cannot
    /// overflow the compiler's stack.
    fn skip_value(&mut self) -> Result<(), JsonError> {
        // The closing bracket of each array or object open.
        let mut open: Vec<char> = Vec::new();
        loop {
            self.space();
            match self.chars.peek().copied() {
                Some('"') => drop(self.string()?),
                Some(c @ ('{' | '[')) => {
                    self.chars.next();
                    self.space();
                    let closer = if c == '{' { '}' } else { ']' };
                    if self.chars.peek() != Some(&closer) {
                        open.push(closer);
                        if closer == '}' {
                            self.member_key()?;
                        }
                        continue;
                    }
                    self.chars.next();
                }
                Some(c) if c == '-' || c.is_ascii_digit() => self.number()?,
                Some(c) if c.is_ascii_alphabetic() => drop(self.literal()?),
                _ => return Err((self.line, "expected a JSON value".to_owned())),
            }
            // After a value: close each bracket that ends here, or go on
            // to the next value in the innermost one.
            loop {
                let Some(&closer) = open.last() else {
                    return Ok(());
                };
                self.space();
                match self.chars.next() {
                    Some(',') => {
                        if closer == '}' {
                            self.space();
                            self.member_key()?;
                        }
                        break;
                    }
                    Some(c) if c == closer => drop(open.pop()),
                    _ => return Err((self.line, format!("expected `,` or `{closer}`"))),
                }
            }
        }
    }

    /// `"key":` inside a value that is skipped.
    fn member_key(&mut self) -> Result<(), JsonError> {
        self.string()?;
        self.space();
        self.expect(':', "expected `:` after the key")
    }

    /// `-?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?`, RFC 8259's number.
    fn number(&mut self) -> Result<(), JsonError> {
        let mut text = String::new();
        while let Some(&c) = self.chars.peek() {
            if !(c.is_ascii_digit() || matches!(c, '-' | '+' | '.' | 'e' | 'E')) {
                break;
            }
            text.push(c);
            self.chars.next();
        }
        let digits = |t: &str| t.len() - t.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        let unsigned = text.strip_prefix('-').unwrap_or(&text);
        let whole = digits(unsigned);
        let mut rest = &unsigned[whole..];
        let mut valid = whole == 1 || (whole > 1 && !unsigned.starts_with('0'));
        if let Some(fraction) = rest.strip_prefix('.') {
            valid &= digits(fraction) > 0;
            rest = &fraction[digits(fraction)..];
        }
        if let Some(exponent) = rest.strip_prefix(['e', 'E']) {
            let exponent = exponent.strip_prefix(['+', '-']).unwrap_or(exponent);
            valid &= digits(exponent) > 0;
            rest = &exponent[digits(exponent)..];
        }
        if valid && rest.is_empty() {
            Ok(())
        } else {
            Err((self.line, format!("`{text}` is not a JSON number")))
        }
    }

    fn string(&mut self) -> Result<String, JsonError> {
        self.expect('"', "expected a string in double quotes")?;
        let mut out = String::new();
        loop {
            let Some(c) = self.chars.next() else {
                return Err((self.line, "unterminated string".to_owned()));
            };
            match c {
                '"' => return Ok(out),
                '\\' => {
                    let escaped = match self.chars.next() {
                        Some('"') => '"',
                        Some('\\') => '\\',
                        Some('/') => '/',
                        Some('b') => '\u{8}',
                        Some('f') => '\u{c}',
                        Some('n') => '\n',
                        Some('r') => '\r',
                        Some('t') => '\t',
                        Some('u') => self.unicode()?,
                        _ => return Err((self.line, "invalid escape in a string".to_owned())),
                    };
                    out.push(escaped);
                }
                c if c < ' ' => {
                    return Err((
                        self.line,
                        "a line break or control character inside a string; write it as `\\n`"
                            .to_owned(),
                    ));
                }
                c => out.push(c),
            }
        }
    }

    fn hex4(&mut self) -> Result<u32, JsonError> {
        let mut value = 0;
        for _ in 0..4 {
            let digit = self
                .chars
                .next()
                .and_then(|c| c.to_digit(16))
                .ok_or((self.line, "expected four hex digits after `\\u`".to_owned()))?;
            value = value * 16 + digit;
        }
        Ok(value)
    }

    fn unicode(&mut self) -> Result<char, JsonError> {
        let first = self.hex4()?;
        let code = if (0xD800..0xDC00).contains(&first) {
            if self.chars.next() != Some('\\') || self.chars.next() != Some('u') {
                return Err((self.line, "a lone surrogate in `\\u` escapes".to_owned()));
            }
            let second = self.hex4()?;
            if !(0xDC00..0xE000).contains(&second) {
                return Err((self.line, "a lone surrogate in `\\u` escapes".to_owned()));
            }
            0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
        } else {
            first
        };
        char::from_u32(code).ok_or((self.line, "a lone surrogate in `\\u` escapes".to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::{parse, Value};

    fn kinds(text: &str) -> Vec<(String, &'static str)> {
        parse(text)
            .unwrap()
            .into_iter()
            .map(|(key, value, _)| {
                let kind = match value {
                    Value::Str(_) => "string",
                    Value::Bool(_) => "bool",
                    Value::Other => "other",
                };
                (key, kind)
            })
            .collect()
    }

    #[test]
    fn metadata_values_of_any_kind_are_read_past() {
        let text = r#"{
            "@@partial": false,
            "@a": { "description": "x", "placeholders": { "n": { "type": "int" } } },
            "@b": [1, -0.5, 2.5e3, 1E-2, 0, null, true, [], {}, [[{ "k": [] }]]],
            "@c": null,
            "@d": -12,
            "1": "eins"
        }"#;
        let read = kinds(text);
        let read: Vec<(&str, &str)> = read.iter().map(|(k, v)| (k.as_str(), *v)).collect();
        assert_eq!(
            read,
            [
                ("@@partial", "bool"),
                ("@a", "other"),
                ("@b", "other"),
                ("@c", "other"),
                ("@d", "other"),
                ("1", "string"),
            ]
        );
    }

    #[test]
    fn malformed_values_are_errors_on_their_line() {
        for (text, line) in [
            ("{\n\"@a\": { \"x\" 1 }\n}", 2),
            ("{\n\"@a\": [1, ]\n}", 2),
            ("{\n\"@a\": [1 2]\n}", 2),
            ("{\n\"@a\": {\"x\": 1,}\n}", 2),
            ("{\n\"@a\": [\n\n}", 4),
            ("{\n\"@a\": 01\n}", 2),
            ("{\n\"@a\": 1.\n}", 2),
            ("{\n\"@a\": -\n}", 2),
            ("{\n\"@a\": 1e\n}", 2),
            ("{\n\"@a\": +1\n}", 2),
            ("{\n\"@a\": .5\n}", 2),
            ("{\n\"@a\": nul\n}", 2),
            ("{\n\"@a\": {1: 2}\n}", 2),
            ("{\n\"@a\": [}\n}", 2),
        ] {
            match parse(text) {
                Err((at, _)) => assert_eq!(at, line, "{text:?}"),
                Ok(_) => panic!("{text:?} was read"),
            }
        }
    }

    #[test]
    fn deep_nesting_is_no_stack_overflow() {
        let depth = 1_000_000;
        let text = format!("{{\"@a\": {}{}}}", "[".repeat(depth), "]".repeat(depth));
        assert_eq!(kinds(&text), [("@a".to_owned(), "other")]);
        let unclosed = format!("{{\"@a\": {}}}", "[".repeat(depth));
        assert!(parse(&unclosed).is_err());
    }
}
