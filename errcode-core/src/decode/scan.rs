//! The common error body read without serde_json: one flat object whose
//! values are strings, integers, `true`, `false` and `null`. Anything else
//! (a float, a nested value, a syntax error, a bad escape, a body that is
//! not an object) makes the scanner give up, and the body is read by
//! serde_json, which gives every error. So the scanner accepts only bodies
//! that serde_json accepts, and reads them as serde_json would
//! (`tests/decode/decode_one_pass.rs` compares the two on generated bodies).

use std::borrow::Cow;

use serde_json::Value;

use super::read::{fields_at_top, Object, Read, Scalar, Slot};
use crate::format::{Member, Source};

/// Reads `text`, a flat object as `members` describe it, into `read`;
/// `false` where serde_json must read it (and `read` may hold part of it).
pub(super) fn scan<'de>(text: &'de str, members: &'static [Member], read: &mut Read<'de>) -> bool {
    if members.iter().any(|m| matches!(m.value, Source::Object(_))) {
        return false;
    }
    let mut object = Object::new(members, fields_at_top(members), read);
    let mut at = Cursor { text, at: 0 };
    let complete = at.object(&mut object).is_some() && {
        at.skip_space();
        at.at == text.len()
    };
    if complete {
        object.finish();
    }
    complete
}

/// A value the scanner reads.
enum Token {
    Str(Span),
    /// A non-negative integer.
    Unsigned(u64),
    /// A negative integer in `i64`.
    Negative(i64),
    Bool(bool),
    Null,
}

/// Where a string's text is in the body, quotes left out, and whether it
/// has escapes (already checked) to decode. Small enough to be returned in
/// registers: reading a string is the scanner's most frequent step.
#[derive(Clone, Copy)]
struct Span {
    start: u32,
    end: u32,
    escaped: bool,
}

struct Cursor<'de> {
    text: &'de str,
    at: usize,
}

impl<'de> Cursor<'de> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    fn bump(&mut self) {
        self.at = self.at.saturating_add(1);
    }

    /// Takes `byte` if it is next.
    fn eat(&mut self, byte: u8) -> Option<()> {
        (self.peek()? == byte).then(|| self.bump())
    }

    /// JSON's white space, as serde_json skips it.
    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\n' | b'\t' | b'\r')) {
            self.bump();
        }
    }

    fn object(&mut self, object: &mut Object<'_, 'de>) -> Option<()> {
        self.skip_space();
        self.eat(b'{')?;
        self.skip_space();
        if self.eat(b'}').is_some() {
            return Some(());
        }
        loop {
            self.skip_space();
            let key = self.string()?;
            self.skip_space();
            self.eat(b':')?;
            self.skip_space();
            let value = self.value()?;
            self.member(object, key, value)?;
            self.skip_space();
            match self.peek()? {
                b',' => self.bump(),
                b'}' => {
                    self.bump();
                    return Some(());
                }
                _ => return None,
            }
        }
    }

    /// Puts a member where `object` says it goes.
    fn member(&self, object: &mut Object<'_, 'de>, key: Span, value: Token) -> Option<()> {
        let key = self.text_of(key)?;
        let (position, slot) = object.slot(&key);
        match slot {
            Slot::Code(name) => object.read.code = Some((name, self.scalar(value)?)),
            Slot::Message(name) => object.read.message = Some((name, self.scalar(value)?)),
            Slot::TypeUri(base) => object.read.type_uri = Some((base, self.scalar(value)?)),
            Slot::Nested(_) => return None,
            Slot::Field => {
                let value = self.json(value)?;
                object.field(key, value);
                return Some(());
            }
            // A scalar is no list of ancestors: ignored, as the visitor ignores it.
            Slot::Ancestors | Slot::Skip => {}
        }
        object.mark(position, key);
        Some(())
    }

    /// A string (the text is already known to be UTF-8); `None` at a
    /// control character or an escape serde_json refuses.
    fn string(&mut self) -> Option<Span> {
        self.eat(b'"')?;
        let start = self.at;
        self.at = start.checked_add(stop(self.text.as_bytes().get(start..)?)?)?;
        let escaped = match self.peek()? {
            b'"' => false,
            b'\\' => {
                self.skip_escaped()?;
                true
            }
            _ => return None,
        };
        let span = Span {
            start: u32::try_from(start).ok()?,
            end: u32::try_from(self.at).ok()?,
            escaped,
        };
        self.bump();
        Some(span)
    }

    /// Checks the rest of a string from the escape at the cursor, up to
    /// its closing quote.
    #[cold]
    fn skip_escaped(&mut self) -> Option<()> {
        loop {
            match self.peek()? {
                b'"' => return Some(()),
                b'\\' => {
                    let (_, len) = escape(self.text.as_bytes().get(self.at..)?)?;
                    self.at = self.at.checked_add(len)?;
                }
                _ => return None,
            }
            self.at = self
                .at
                .checked_add(stop(self.text.as_bytes().get(self.at..)?)?)?;
        }
    }

    /// A string's text, borrowed where it has no escape.
    #[inline]
    fn text_of(&self, span: Span) -> Option<Cow<'de, str>> {
        let raw = self.text.get(span.start as usize..span.end as usize)?;
        if !span.escaped {
            return Some(Cow::Borrowed(raw));
        }
        unescape(raw).map(Cow::Owned)
    }

    fn value(&mut self) -> Option<Token> {
        match self.peek()? {
            b'"' => self.string().map(Token::Str),
            b'-' | b'0'..=b'9' => self.integer(),
            b't' => self.word("true", Token::Bool(true)),
            b'f' => self.word("false", Token::Bool(false)),
            b'n' => self.word("null", Token::Null),
            _ => None,
        }
    }

    fn word(&mut self, word: &str, token: Token) -> Option<Token> {
        let rest = self.text.get(self.at..)?;
        rest.starts_with(word).then(|| {
            self.at = self.at.saturating_add(word.len());
            token
        })
    }

    /// An integer as serde_json reads one into `u64` or `i64`; `None` for
    /// what it reads otherwise (`-0`, a fraction, an exponent, a value
    /// beyond both, which it makes a float) or refuses (a leading zero).
    fn integer(&mut self) -> Option<Token> {
        let negative = self.eat(b'-').is_some();
        let mut magnitude: u64 = 0;
        let mut digits = 0_usize;
        while let Some(digit @ b'0'..=b'9') = self.peek() {
            if digits == 1 && magnitude == 0 {
                return None;
            }
            magnitude = magnitude
                .checked_mul(10)?
                .checked_add(u64::from(digit.wrapping_sub(b'0')))?;
            digits = digits.saturating_add(1);
            self.bump();
        }
        if digits == 0 || matches!(self.peek(), Some(b'.' | b'e' | b'E')) {
            return None;
        }
        match (negative, magnitude) {
            (false, n) => Some(Token::Unsigned(n)),
            (true, 0) => None,
            (true, n) => 0_i64.checked_sub_unsigned(n).map(Token::Negative),
        }
    }

    /// What the visitor's `ScalarSeed` makes of the same value.
    fn scalar(&self, token: Token) -> Option<Scalar<'de>> {
        Some(match token {
            Token::Str(span) => Scalar::Str(self.text_of(span)?),
            Token::Unsigned(n) => i64::try_from(n).map_or(Scalar::Other, Scalar::Int),
            Token::Negative(n) => Scalar::Int(n),
            Token::Bool(_) => Scalar::Other,
            Token::Null => Scalar::Null,
        })
    }

    /// The `serde_json::Value` serde_json makes of the same value.
    fn json(&self, token: Token) -> Option<Value> {
        Some(match token {
            Token::Str(span) => Value::String(self.text_of(span)?.into_owned()),
            Token::Unsigned(n) => Value::from(n),
            Token::Negative(n) => Value::from(n),
            Token::Bool(b) => Value::Bool(b),
            Token::Null => Value::Null,
        })
    }
}

/// The text of a string whose escapes were checked.
#[cold]
fn unescape(raw: &str) -> Option<String> {
    let mut text = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(at) = rest.bytes().position(|b| b == b'\\') {
        text.push_str(rest.get(..at)?);
        let (c, len) = escape(rest.as_bytes().get(at..)?)?;
        text.push(c);
        rest = rest.get(at.checked_add(len)?..)?;
    }
    text.push_str(rest);
    Some(text)
}

/// The character the escape at the start of `bytes` stands for, and the
/// escape's length; `None` for one serde_json refuses (an unknown letter, a
/// surrogate that is not one of a pair).
fn escape(bytes: &[u8]) -> Option<(char, usize)> {
    let simple = |c| Some((c, 2));
    match bytes.get(1)? {
        b'"' => simple('"'),
        b'\\' => simple('\\'),
        b'/' => simple('/'),
        b'b' => simple('\u{8}'),
        b'f' => simple('\u{c}'),
        b'n' => simple('\n'),
        b'r' => simple('\r'),
        b't' => simple('\t'),
        b'u' => match hex(bytes.get(2..6)?)? {
            high @ 0xd800..=0xdbff => {
                if bytes.get(6..8)? != b"\\u" {
                    return None;
                }
                let low = hex(bytes.get(8..12)?)?;
                if !(0xdc00..=0xdfff).contains(&low) {
                    return None;
                }
                let c = 0x1_0000_u32
                    .wrapping_add(u32::from(high.wrapping_sub(0xd800)) << 10)
                    .wrapping_add(u32::from(low.wrapping_sub(0xdc00)));
                Some((char::from_u32(c)?, 12))
            }
            0xdc00..=0xdfff => None,
            unit => Some((char::from_u32(u32::from(unit))?, 6)),
        },
        _ => None,
    }
}

/// Four hexadecimal digits.
fn hex(digits: &[u8]) -> Option<u16> {
    digits.iter().try_fold(0_u16, |n, &d| {
        let d = char::from(d).to_digit(16)?;
        Some(n.wrapping_shl(4) | u16::try_from(d).ok()?)
    })
}

/// Where the first `"`, `\\` or control character of `bytes` is: eight
/// bytes at a time, as serde_json looks for the end of a string.
fn stop(bytes: &[u8]) -> Option<usize> {
    const ONES: u64 = u64::from_ne_bytes([1; 8]);
    const HIGH: u64 = ONES << 7;
    // A byte below `byte` sets its high bit in `word - ONES * byte` unless it
    // had it (the first such byte exactly; those after may be wrong, which
    // does not matter here).
    let below = |word: u64, byte: u8| word.wrapping_sub(ONES.wrapping_mul(u64::from(byte))) & !word;
    let mut chunks = bytes.chunks_exact(8);
    let mut at = 0_usize;
    for chunk in chunks.by_ref() {
        let word = u64::from_le_bytes(chunk.try_into().ok()?);
        let found = (below(word ^ ONES.wrapping_mul(u64::from(b'"')), 1)
            | below(word ^ ONES.wrapping_mul(u64::from(b'\\')), 1)
            | below(word, 0x20))
            & HIGH;
        if found != 0 {
            return at.checked_add((found.trailing_zeros() / 8) as usize);
        }
        at = at.saturating_add(8);
    }
    let tail = chunks.remainder();
    let i = tail
        .iter()
        .position(|&b| b == b'"' || b == b'\\' || b < 0x20)?;
    at.checked_add(i)
}
