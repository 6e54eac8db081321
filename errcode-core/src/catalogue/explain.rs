//! `explain`: an entry's facts and long form as plain text, as `rustc
//! --explain` prints a compiler error's.

use core::fmt;

use super::{Catalogue, Entry, Section, Sections};
use crate::{Code, CodeRef};

/// What a catalogue says about one code: its entry (several for a shared
/// code) with its facts, [summary](Entry::summary) and
/// [sections](Entry::sections). `Display` writes it as plain text (the
/// summary and sections as their Markdown, each section under a
/// `# Heading`), as `rustc --explain` does: a line with the code, name and
/// title, the status it is sent with (and its others) with retry class and
/// fault side, then the message,
/// category, refined code, body members, headers, release and deprecation
/// where the entry has them. `errcodes explain` prints the same text from
/// a catalogue export.
#[derive(Debug, Clone)]
pub struct Explanation {
    entries: Vec<&'static Entry>,
}

impl Catalogue {
    /// The explanation of `code`, included catalogues' entries too; `None`
    /// when no entry has it.
    #[must_use]
    pub fn explain<'a>(&self, code: impl Into<CodeRef<'a>>) -> Option<Explanation> {
        let entries: Vec<_> = self.lookup(code.into()).collect();
        (!entries.is_empty()).then_some(Explanation { entries })
    }
}

impl Explanation {
    /// The explanation of one entry.
    #[must_use]
    pub fn of(entry: &'static Entry) -> Explanation {
        Explanation {
            entries: vec![entry],
        }
    }

    /// The code explained.
    #[must_use]
    pub fn code(&self) -> Code {
        self.entries[0].code()
    }

    /// The entries with the code: one, or several for a shared code, in
    /// the catalogue's order.
    #[must_use]
    pub fn entries(&self) -> &[&'static Entry] {
        &self.entries
    }

    /// The first entry's summary: see [`Entry::summary`].
    #[must_use]
    pub fn summary(&self) -> Option<&'static str> {
        self.entries[0].summary()
    }

    /// The first entry's sections: see [`Entry::sections`].
    #[must_use]
    pub fn sections(&self) -> Sections {
        self.entries[0].sections()
    }
}

impl fmt::Display for Explanation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, entry) in self.entries.iter().enumerate() {
            if i > 0 {
                f.write_str("\n---\n\n")?;
            }
            facts(f, entry)?;
            if let Some(summary) = entry.summary() {
                write!(f, "\n{}\n", Lines(summary))?;
            }
            for section in entry.sections() {
                write_section(f, section)?;
            }
        }
        Ok(())
    }
}

/// The entry's facts, one a line.
fn facts(f: &mut fmt::Formatter<'_>, entry: &Entry) -> fmt::Result {
    if !entry.code().is_none() {
        write!(f, "{} ", entry.code())?;
    }
    f.write_str(entry.name())?;
    if let Some(title) = entry.title() {
        write!(f, ": {title}")?;
    }
    write!(f, "\nstatus: {}", entry.sent_status)?;
    for also in entry.also_statuses() {
        write!(f, ", {also}")?;
    }
    writeln!(
        f,
        " (retry: {}, fault: {})",
        entry.retry_class().name(),
        entry.fault().name()
    )?;
    if !entry.message().is_empty() {
        writeln!(f, "message: {}", entry.message())?;
    }
    if let Some(category) = entry.category() {
        writeln!(f, "category: {category}")?;
    }
    if let Some(parent) = entry.parent() {
        writeln!(f, "refines: {parent}")?;
    }
    for field in entry.body_fields() {
        writeln!(f, "body member: {} ({})", field.member(), field.ty())?;
    }
    for header in entry.headers() {
        match (header.value(), header.field()) {
            (Some(value), _) => writeln!(f, "header: {}: {value}", header.name())?,
            (None, field) => writeln!(
                f,
                "header: {} (from {})",
                header.name(),
                field.unwrap_or("a field")
            )?,
        }
    }
    if let Some(since) = entry.since() {
        writeln!(f, "since: {since}")?;
    }
    if let Some(deprecation) = entry.deprecation() {
        write!(f, "deprecated since {}", deprecation.since())?;
        if let Some(replacement) = deprecation.replaced_by() {
            write!(f, ", replaced by {replacement}")?;
        }
        f.write_str("\n")?;
    }
    Ok(())
}

fn write_section(f: &mut fmt::Formatter<'_>, section: Section) -> fmt::Result {
    write!(
        f,
        "\n# {}\n\n{}\n",
        section.heading(),
        Lines(section.text())
    )
}

/// Text with each line's `\r` left out, for doc comments written with CRLF.
struct Lines(&'static str);

impl fmt::Display for Lines {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, line) in self.0.lines().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            f.write_str(line.trim_end())?;
        }
        Ok(())
    }
}
