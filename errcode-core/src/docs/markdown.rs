use core::fmt::{self, Display, Write};

use crate::{Catalogue, Entry};

/// The catalogue as Markdown, like the seed pages: a heading with the title,
/// the description, then one table per category (code, status, name,
/// message, description).
///
/// Entries without a category come first, in a table right under the
/// description; each category follows as a `##` section in the order it
/// first appears. Cells keep their text exactly (curly quotes, non-ASCII,
/// `{placeholders}` as written) except that `|` and `\` are escaped with a
/// backslash and that a cell stays on one line, so that it never breaks its
/// table: a line break is a space (as Markdown reads it), and paragraphs
/// (text apart by a blank line) are apart by `<br><br>`. An empty cell means
/// "none" (no code, no status, no message).
///
/// Renders through [`Display`]: `Markdown::new(E::catalogue()).to_string()`,
/// or `write!` it straight into a file.
#[derive(Debug, Clone, Copy)]
pub struct Markdown<'a> {
    catalogue: &'a Catalogue,
}

impl<'a> Markdown<'a> {
    /// The Markdown page of `catalogue`.
    #[must_use]
    pub const fn new(catalogue: &'a Catalogue) -> Self {
        Markdown { catalogue }
    }
}

impl Display for Markdown<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let catalogue = self.catalogue;
        f.write_str("# ")?;
        line(f, catalogue.title())?;
        f.write_str("\n")?;
        if let Some(description) = catalogue.description() {
            write!(f, "\n{}\n", description.trim_end())?;
        }
        for (category, entries) in super::by_category(catalogue) {
            if let Some(category) = category {
                f.write_str("\n## ")?;
                line(f, category)?;
                f.write_str("\n")?;
                if let Some(range) = catalogue.ranges().iter().find(|r| r.category() == category) {
                    write!(f, "\nCodes {} to {}.\n", range.first(), range.last())?;
                }
            }
            f.write_str(
                "\n| Code | Status | Name | Message | Description |\n|---|---|---|---|---|\n",
            )?;
            for entry in entries {
                row(f, entry)?;
            }
        }
        Ok(())
    }
}

fn row(f: &mut fmt::Formatter<'_>, entry: &Entry) -> fmt::Result {
    f.write_str("| ")?;
    cell(f, &entry.code().to_string())?;
    f.write_str(" | ")?;
    if let Some(status) = entry.status() {
        write!(f, "{status}")?;
    }
    if let Some(also) = entry.also_status() {
        write!(f, " (also {also})")?;
    }
    f.write_str(" | ")?;
    cell(f, entry.name())?;
    f.write_str(" | ")?;
    cell(f, entry.message())?;
    f.write_str(" | ")?;
    cell(f, entry.description().unwrap_or(""))?;
    f.write_str(" |\n")
}

/// Writes `text` as the inside of a table cell: `|` and `\\` escaped, line
/// breaks as Markdown reads them (a space), paragraphs apart by `<br><br>`.
fn cell(f: &mut fmt::Formatter<'_>, text: &str) -> fmt::Result {
    if !text.contains(['\n', '\r']) {
        return escape(f, text);
    }
    for (i, paragraph) in super::paragraphs(text).iter().enumerate() {
        if i > 0 {
            f.write_str("<br><br>")?;
        }
        escape(f, paragraph)?;
    }
    Ok(())
}

fn escape(f: &mut fmt::Formatter<'_>, text: &str) -> fmt::Result {
    for c in text.chars() {
        match c {
            '|' => f.write_str("\\|")?,
            '\\' => f.write_str("\\\\")?,
            c => f.write_char(c)?,
        }
    }
    Ok(())
}

/// Writes `text` as a heading: on one line.
fn line(f: &mut fmt::Formatter<'_>, text: &str) -> fmt::Result {
    if !text.contains(['\n', '\r']) {
        return f.write_str(text);
    }
    f.write_str(&super::paragraphs(text).join(" "))
}
