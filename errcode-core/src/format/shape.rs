//! Static bodies rendered at compile time: a format describes its body as
//! [`Piece`]s, the derive supplies the entry with its parts pre-escaped, and
//! these `const fn`s concatenate them into a byte array.

use crate::format::Format;
use crate::Entry;

/// One piece of a static body.
#[derive(Debug, Clone, Copy)]
pub enum Piece {
    /// Bytes copied as they are (JSON punctuation, member names).
    Raw(&'static str),
    /// Text escaped as the inside of a JSON string (quotes not added).
    Text(&'static str),
    /// The code as a JSON value: a number, a string, or `null`.
    Code,
    /// The code escaped as the inside of a JSON string (empty for no code).
    CodeText,
    /// The symbolic name as a JSON string.
    Name,
    /// The message the body carries as a JSON string.
    Message,
    /// The status as a JSON number, or `null` without one.
    Status,
    /// The status sent on the wire as a JSON number: 500 without one.
    HttpStatus,
    /// The message template as written (the name if it is empty) as a JSON
    /// string: RFC 9457's `title`.
    Template,
    /// A JSON string: the base followed by the code, or `"about:blank"`
    /// without a base or for an entry without a code. RFC 9457's `type`.
    CodeUri(Option<&'static str>),
}

/// Total length of the static bodies of `entries` in format `F`.
#[must_use]
pub const fn static_bodies_len<F: Format>(entries: &[Entry]) -> usize {
    let mut out = Out {
        buf: &mut [],
        len: 0,
        count_only: true,
    };
    let mut i = 0;
    while i < entries.len() {
        render_entry::<F>(&entries[i], &mut out);
        i += 1;
    }
    out.len
}

/// Every static body of a catalogue, back to back, and where each starts and
/// ends (equal offsets: that entry has none).
pub struct StaticBodies<const LEN: usize, const N: usize> {
    bytes: [u8; LEN],
    spans: [(u32, u32); N],
}

/// Renders the static bodies of `entries`; `LEN` must be
/// `static_bodies_len::<F>(entries)` and `N` the number of entries.
#[must_use]
pub const fn static_bodies<F: Format, const LEN: usize, const N: usize>(
    entries: &[Entry],
) -> StaticBodies<LEN, N> {
    let mut bytes = [0u8; LEN];
    let mut spans = [(0u32, 0u32); N];
    let mut out = Out {
        buf: &mut bytes,
        len: 0,
        count_only: false,
    };
    let mut i = 0;
    while i < entries.len() {
        let start = out.len;
        render_entry::<F>(&entries[i], &mut out);
        #[allow(clippy::cast_possible_truncation)]
        {
            spans[i] = (start as u32, out.len as u32);
        }
        i += 1;
    }
    StaticBodies { bytes, spans }
}

impl<const LEN: usize, const N: usize> StaticBodies<LEN, N> {
    /// The static body of the entry at `index`, if it has one.
    #[must_use]
    pub fn get(&'static self, index: usize) -> Option<&'static [u8]> {
        let &(start, end) = self.spans.get(index)?;
        if start == end {
            return None;
        }
        self.bytes.get(start as usize..end as usize)
    }
}

/// Whether the body of `entry` is independent of field values: the message is
/// known at compile time and no `#[body]` field adds to it.
const fn is_static(entry: &Entry) -> bool {
    entry.json().message.is_some() && entry.body_fields().is_empty()
}

const fn render_entry<F: Format>(entry: &Entry, out: &mut Out<'_>) {
    if let Some(shape) = F::STATIC_SHAPE {
        if is_static(entry) {
            render(shape, entry, out);
        }
    }
}

struct Out<'a> {
    buf: &'a mut [u8],
    len: usize,
    count_only: bool,
}

impl Out<'_> {
    const fn byte(&mut self, b: u8) {
        if !self.count_only {
            self.buf[self.len] = b;
        }
        self.len += 1;
    }

    /// Copies `s` in one loop. Const evaluation pays for every call it
    /// interprets, and this runs for every byte of every static body of
    /// every derived type: a call per byte made it the largest cost of the
    /// derive (measured faster than `copy_from_slice` too).
    const fn raw(&mut self, s: &str) {
        let bytes = s.as_bytes();
        if !self.count_only {
            let mut i = 0;
            while i < bytes.len() {
                self.buf[self.len + i] = bytes[i];
                i += 1;
            }
        }
        self.len += bytes.len();
    }

    const fn escaped(&mut self, s: &str) {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        let bytes = s.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            match b {
                b'"' => self.raw("\\\""),
                b'\\' => self.raw("\\\\"),
                b'\n' => self.raw("\\n"),
                b'\r' => self.raw("\\r"),
                b'\t' => self.raw("\\t"),
                0x08 => self.raw("\\b"),
                0x0c => self.raw("\\f"),
                0..=0x1f => {
                    self.raw("\\u00");
                    self.byte(HEX[(b >> 4) as usize]);
                    self.byte(HEX[(b & 0xf) as usize]);
                }
                _ => self.byte(b),
            }
            i += 1;
        }
    }

    const fn number(&mut self, n: u16) {
        let mut digits = [0u8; 5];
        let mut len = 0;
        let mut n = n;
        loop {
            digits[len] = b'0' + (n % 10) as u8;
            len += 1;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        while len > 0 {
            len -= 1;
            self.byte(digits[len]);
        }
    }
}

const fn render(shape: &[Piece], entry: &Entry, out: &mut Out<'_>) {
    let json = entry.json();
    let mut i = 0;
    while i < shape.len() {
        match shape[i] {
            Piece::Raw(s) => out.raw(s),
            Piece::Text(s) => out.escaped(s),
            Piece::Code => out.raw(json.code),
            Piece::CodeText => out.raw(json.code_text),
            Piece::Name => out.raw(json.name),
            Piece::Message => {
                if let Some(message) = json.message {
                    out.raw(message);
                }
            }
            Piece::Status => match entry.status() {
                Some(status) => out.number(status),
                None => out.raw("null"),
            },
            Piece::HttpStatus => match entry.status() {
                Some(status) => out.number(status),
                None => out.number(500),
            },
            Piece::Template => out.raw(json.template),
            Piece::CodeUri(base) => match base {
                Some(base) if !entry.code().is_none() => {
                    out.byte(b'"');
                    out.escaped(base);
                    out.raw(json.code_text);
                    out.byte(b'"');
                }
                _ => out.raw("\"about:blank\""),
            },
        }
        i += 1;
    }
}
