//! The long form of an entry: its doc comment read as Markdown, a summary
//! and sections under headings (`# Causes`, `# Fix`, `# Example`, or any
//! other), without the `# Rust` part written for the crate's own users.
//!
//! The one reader of doc-comment structure: every output (pages, export,
//! [`Explanation`](super::Explanation)) asks [`Entry::summary`](super::Entry::summary)
//! and [`Entry::sections`](super::Entry::sections), and the pages' own cut of
//! other doc comments ([`public_part`]) uses the same headings and fences.

/// One section of an entry's doc comment: a heading and the text under it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Section {
    heading: &'static str,
    text: &'static str,
}

impl Section {
    /// The heading's text as written, without its `#`s (`Causes`).
    #[must_use]
    pub const fn heading(&self) -> &'static str {
        self.heading
    }

    /// The Markdown under the heading, up to the next section, blank lines
    /// at either end left out; deeper headings and code fences kept as
    /// written (a line may end in `\r` where the doc comment had CRLF).
    #[must_use]
    pub const fn text(&self) -> &'static str {
        self.text
    }

    /// Whether this section's heading is `name`, compared without case
    /// (`"fix"` finds `# Fix`).
    #[must_use]
    pub fn is(&self, name: &str) -> bool {
        same_heading(self.heading, name)
    }
}

impl super::Entry {
    /// The doc comment's text before its first heading (what a table row
    /// shows), trimmed; `None` without one.
    #[must_use]
    pub fn summary(&self) -> Option<&'static str> {
        self.description.and_then(summary)
    }

    /// The doc comment's sections, in order: each heading (`#` to `######`,
    /// or setext: a paragraph underlined with `===`, level 1, or `---`,
    /// level 2; outside code fences) at the level of the first heading or above
    /// starts one (`# Causes`, `# Fix`, `# Example`, any name), a deeper one
    /// is part of its section's text. A `# Rust` heading, at any level,
    /// ends its section, and the text up to the next section is for the
    /// crate's users, never shown. Sections with no text are left out.
    #[must_use]
    pub fn sections(&self) -> Sections {
        Sections::new(self.description.unwrap_or(""))
    }

    /// The text of the first section headed `heading`, compared without case
    /// (`entry.section("fix")` finds `# Fix`).
    #[must_use]
    pub fn section(&self, heading: &str) -> Option<&'static str> {
        self.sections().find(|s| s.is(heading)).map(|s| s.text)
    }
}

/// The text before the first heading, `None` when there is none.
pub(super) fn summary(doc: &'static str) -> Option<&'static str> {
    let end = Headings::new(doc).next().map_or(doc.len(), |h| h.start);
    Some(trim_blank(&doc[..end])).filter(|t| !t.is_empty())
}

/// The part of a doc comment before its `# Rust` heading (any level, outside
/// code fences), trimmed; `None` when nothing is left. What the pages show
/// of the doc comments that have no sections: the type's and `#[body]`
/// fields'.
pub(crate) fn public_part(doc: &'static str) -> Option<&'static str> {
    let end = Headings::new(doc)
        .find(Heading::is_rust)
        .map_or(doc.len(), |h| h.start);
    Some(doc[..end].trim()).filter(|t| !t.is_empty())
}

/// A heading inside a section's text, as the pages nest it under the
/// section's own heading: see [`nested_headings`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct InnerHeading<'a> {
    /// Where its line starts, in the text.
    pub(crate) start: usize,
    /// Where its last line ends (before its `\n`): a setext heading's
    /// underline.
    pub(crate) end: usize,
    /// Its level on the page, 1 to 6.
    pub(crate) level: usize,
    pub(crate) text: &'a str,
}

/// The headings inside a section's `text` (outside code fences), moved so
/// that the highest of them sits one level below a heading of level
/// `under`, the others keeping their depth below it (down to level 6).
pub(crate) fn nested_headings(text: &str, under: usize) -> Vec<InnerHeading<'_>> {
    let found: Vec<Heading> = Headings::new(text).collect();
    let top = found.iter().map(|h| h.level).min().unwrap_or(1);
    found
        .iter()
        .map(|h| InnerHeading {
            start: h.start,
            end: h.end,
            level: (h.level - top + under + 1).min(6),
            text: h.text(text),
        })
        .collect()
}

/// A piece of a line of Markdown text: see [`inline`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Inline<'a> {
    /// Text, a lone run of backticks included.
    Text(&'a str),
    /// A code span: `whole` with its backticks, `code` what it shows (one
    /// space of padding on each side taken off, unless it is all spaces).
    Code { whole: &'a str, code: &'a str },
}

/// `text` as text and code spans, as CommonMark reads them: a run of
/// backticks up to the next run of the same length is a span; a run with
/// none is text. What the pages escape as text and keep as code.
pub(crate) fn inline(text: &str) -> Vec<Inline<'_>> {
    let mut pieces = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find('`') {
        let run = backticks(&rest[start..]);
        let after = &rest[start + run..];
        let Some(end) = closing(after, run) else {
            pieces.push(Inline::Text(&rest[..start + run]));
            rest = after;
            continue;
        };
        let code = &after[..end];
        let code = match code.strip_prefix(' ').and_then(|c| c.strip_suffix(' ')) {
            Some(inner) if !code.trim().is_empty() => inner,
            _ => code,
        };
        pieces.push(Inline::Text(&rest[..start]));
        pieces.push(Inline::Code {
            whole: &rest[start..start + run + end + run],
            code,
        });
        rest = &after[end + run..];
    }
    pieces.push(Inline::Text(rest));
    pieces.retain(|p| *p != Inline::Text(""));
    pieces
}

/// Where in `text` a run of exactly `run` backticks starts.
fn closing(text: &str, run: usize) -> Option<usize> {
    let mut at = 0;
    while let Some(found) = text[at..].find('`') {
        let start = at + found;
        let length = backticks(&text[start..]);
        if length == run {
            return Some(start);
        }
        at = start + length;
    }
    None
}

fn backticks(text: &str) -> usize {
    text.bytes().take_while(|b| *b == b'`').count()
}

/// Whether two headings are the same name, whatever their case.
fn same_heading(a: &str, b: &str) -> bool {
    a.chars()
        .flat_map(char::to_lowercase)
        .eq(b.chars().flat_map(char::to_lowercase))
}

/// The sections of a doc comment: see [`Entry::sections`](super::Entry::sections).
#[derive(Debug, Clone)]
pub struct Sections {
    doc: &'static str,
    headings: Headings<'static>,
    /// The level of the doc comment's first heading: a heading at it or
    /// above starts a section, a deeper one is text of its section.
    level: Option<usize>,
    pending: Option<Heading>,
}

impl Sections {
    pub(super) fn new(doc: &'static str) -> Sections {
        Sections {
            doc,
            headings: Headings::new(doc),
            level: None,
            pending: None,
        }
    }

    /// The next heading that starts a section: one at the sections' level
    /// or above, or a `# Rust` heading at any level, which ends its section.
    fn next_start(&mut self) -> Option<Heading> {
        let level = self.level;
        let heading = self
            .headings
            .find(|h| level.is_none_or(|level| h.level <= level) || h.is_rust())?;
        self.level.get_or_insert(heading.level);
        Some(heading)
    }
}

impl Iterator for Sections {
    type Item = Section;

    fn next(&mut self) -> Option<Section> {
        loop {
            let heading = match self.pending.take() {
                Some(heading) => heading,
                None => self.next_start()?,
            };
            self.pending = self.next_start();
            let end = self.pending.as_ref().map_or(self.doc.len(), |h| h.start);
            let text = trim_blank(&self.doc[heading.body..end]);
            if heading.is_rust() || text.is_empty() {
                continue;
            }
            return Some(Section {
                heading: heading.text(self.doc),
                text,
            });
        }
    }
}

/// A heading outside code fences, ATX (`#` to `######`, then a space or
/// the line's end) or setext (text underlined by `===` or `---`), as byte
/// positions in its doc comment.
#[derive(Debug, Clone, Copy)]
struct Heading {
    start: usize,
    /// Where the heading's text lies, closing `#`s and spaces left out.
    name: (usize, usize),
    /// Where its last line ends (before its `\n`): a setext heading's
    /// underline.
    end: usize,
    /// The start of the line after the heading.
    body: usize,
    level: usize,
    rust: bool,
}

impl Heading {
    fn is_rust(&self) -> bool {
        self.rust
    }

    fn text<'a>(&self, doc: &'a str) -> &'a str {
        &doc[self.name.0..self.name.1]
    }

    /// `line` (without its `\n`) as a heading starting at `start`, if it is
    /// one; `end` is where its doc comment ends.
    fn read(line: &str, start: usize, end: usize) -> Option<Heading> {
        let indent = line.len() - line.trim_start_matches(' ').len();
        let marks = line[indent..].bytes().take_while(|b| *b == b'#').count();
        let after = &line[indent + marks..];
        if indent > 3 || !(1..=6).contains(&marks) {
            return None;
        }
        if !(after.is_empty() || after.starts_with([' ', '\t', '\r'])) {
            return None;
        }
        let text = after.trim();
        // A closing run of `#`s is not part of the text when a space
        // precedes it (or it is all there is).
        let unclosed = text.trim_end_matches('#');
        let text = if unclosed.is_empty() || unclosed.ends_with([' ', '\t']) {
            unclosed.trim_end()
        } else {
            text
        };
        let from = start + indent + marks + (after.len() - after.trim_start().len());
        Some(Heading {
            start,
            name: (from, from + text.len()),
            end: start + line.len(),
            body: (start + line.len() + 1).min(end),
            level: marks,
            rust: text.eq_ignore_ascii_case("rust"),
        })
    }

    /// The setext heading of `level` whose `paragraph` (its start, its
    /// text's start and end) is underlined by a line ending at `end`.
    fn setext(
        doc: &str,
        (start, from, to): (usize, usize, usize),
        level: usize,
        end: usize,
    ) -> Heading {
        Heading {
            start,
            name: (from, to),
            end,
            body: (end + 1).min(doc.len()),
            level,
            rust: doc[from..to].eq_ignore_ascii_case("rust"),
        }
    }
}

/// The headings of a doc comment in order, lines inside code fences
/// skipped: ATX headings (`# Causes`) and setext ones (a paragraph
/// underlined with `===` for level 1 or `---` for level 2), as CommonMark
/// reads both.
#[derive(Debug, Clone)]
struct Headings<'a> {
    doc: &'a str,
    at: usize,
    fence: Option<Fence>,
    /// The paragraph the lines so far are in, which an underline makes a
    /// setext heading: where it starts, where its text starts and ends.
    paragraph: Option<(usize, usize, usize)>,
}

impl<'a> Headings<'a> {
    fn new(doc: &'a str) -> Headings<'a> {
        Headings {
            doc,
            at: 0,
            fence: None,
            paragraph: None,
        }
    }

    /// Takes `line` (starting at `start`) into the paragraph being read, or
    /// ends it where the line is blank or starts another block.
    fn read_into_paragraph(&mut self, line: &str, start: usize) {
        let indent = line.len() - line.trim_start_matches(' ').len();
        let text = line.trim();
        let end = start + line.trim_end().len();
        self.paragraph = match self.paragraph {
            _ if text.is_empty() || interrupts(text) => None,
            Some((from, text_from, _)) => Some((from, text_from, end)),
            None if indent <= 3 => Some((start, start + indent, end)),
            None => None,
        };
    }
}

/// Whether a line (trimmed) starts a block that ends a paragraph and cannot
/// be one's text: a list item, a block quote or a thematic break.
fn interrupts(text: &str) -> bool {
    let marker = (text.starts_with(['-', '*', '+']) && text[1..].starts_with([' ', '\t']))
        || text.starts_with('>');
    let ordered = text.split_once(['.', ')']).is_some_and(|(digits, rest)| {
        (1..=9).contains(&digits.len())
            && digits.bytes().all(|b| b.is_ascii_digit())
            && (rest.is_empty() || rest.starts_with([' ', '\t']))
    });
    let rule = text.len() >= 3
        && ['-', '*', '_'].iter().any(|mark| {
            text.chars().filter(|c| *c == *mark).count() >= 3
                && text.chars().all(|c| c == *mark || c == ' ' || c == '\t')
        });
    marker || ordered || rule
}

/// The level of the setext heading `line` underlines (`===` 1, `---` 2):
/// one run of `=` or `-`, indented by at most three spaces, then nothing
/// but spaces.
fn setext_level(line: &str) -> Option<usize> {
    let indent = line.len() - line.trim_start_matches(' ').len();
    let text = line.trim();
    let mark = text.bytes().next()?;
    let level = match mark {
        b'=' => 1,
        b'-' => 2,
        _ => return None,
    };
    (indent <= 3 && text.bytes().all(|b| b == mark)).then_some(level)
}

impl Iterator for Headings<'_> {
    type Item = Heading;

    fn next(&mut self) -> Option<Heading> {
        while self.at < self.doc.len() {
            let start = self.at;
            let line = self.doc[start..].split('\n').next().unwrap_or("");
            self.at = start + line.len() + 1;
            if let Some(open) = self.fence {
                if open.closed_by(line) {
                    self.fence = None;
                }
                continue;
            }
            if let (Some(paragraph), Some(level)) = (self.paragraph, setext_level(line)) {
                self.paragraph = None;
                return Some(Heading::setext(
                    self.doc,
                    paragraph,
                    level,
                    start + line.len(),
                ));
            }
            self.fence = Fence::open(line);
            let heading = Heading::read(line, start, self.doc.len());
            if self.fence.is_some() || heading.is_some() {
                self.paragraph = None;
                if self.fence.is_none() {
                    return heading;
                }
                continue;
            }
            self.read_into_paragraph(line, start);
        }
        None
    }
}

/// An open fenced code block: its mark and the length of its opening run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Fence {
    mark: u8,
    run: usize,
}

impl Fence {
    /// The fence `line` opens: three or more backticks or tildes indented by
    /// at most three spaces (a backtick fence's info string has none).
    pub(crate) fn open(line: &str) -> Option<Fence> {
        Fence::open_with_info(line).map(|(fence, _)| fence)
    }

    /// The fence `line` opens, as [`Fence::open`], and the first word of
    /// its info string (`http` in ```` ```http ```` or `~~~ http title`),
    /// empty without one.
    pub(crate) fn open_with_info(line: &str) -> Option<(Fence, &str)> {
        let (fence, rest) = Fence::run(line)?;
        let info = rest.split_whitespace().next().unwrap_or("");
        (fence.mark == b'~' || !rest.contains('`')).then_some((fence, info))
    }

    /// Whether `line` closes this fence: a run of its mark at least as long,
    /// then nothing but spaces.
    pub(crate) fn closed_by(self, line: &str) -> bool {
        Fence::run(line).is_some_and(|(close, rest)| {
            close.mark == self.mark && close.run >= self.run && rest.trim().is_empty()
        })
    }

    fn run(line: &str) -> Option<(Fence, &str)> {
        let indent = line.len() - line.trim_start_matches(' ').len();
        let mark = line[indent..]
            .bytes()
            .next()
            .filter(|b| *b == b'`' || *b == b'~')?;
        let run = line[indent..].bytes().take_while(|b| *b == mark).count();
        (indent <= 3 && run >= 3).then(|| (Fence { mark, run }, &line[indent + run..]))
    }
}

/// `text` without blank lines before its first line of text and without
/// whitespace at its end; the first line's indentation kept.
fn trim_blank(text: &str) -> &str {
    let text = text.trim_end();
    let first = text.len() - text.trim_start().len();
    let line_start = text[..first].rfind('\n').map_or(0, |at| at + 1);
    &text[line_start..]
}

#[cfg(test)]
mod tests;
