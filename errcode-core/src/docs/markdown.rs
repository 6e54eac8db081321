use core::fmt::{self, Display, Write};

use super::view::{EntryView, View, SHARED, TEMPLATE_ONLY};

/// The catalogue as Markdown, like the seed pages: a heading with the title,
/// the description, the content type of bodies and the code range, then one
/// table per category (code, status, name, message, description, example
/// body), each category with its block of codes.
///
/// Entries without a category come first, in a table right under the
/// description; each category follows as a `##` section in the order it
/// first appears. Cells keep their text exactly (curly quotes, non-ASCII,
/// `{placeholders}` as written) except that `|` and `\` are escaped with a
/// backslash and that a cell stays on one line, so that it never breaks its
/// table: a line break is a space (as Markdown reads it), and paragraphs
/// (text apart by a blank line) are apart by `<br><br>`. An empty cell means
/// "none" (no code, no message, no description).
///
/// A status cell adds a second status (`473 (also 503)`) and, for an entry
/// without one, the status it is sent with (`(sent as 500)`); a name cell
/// adds the variant when the name differs; a code or message cell adds the
/// entry's tags (`(shared)`, `(template only)`); the body cell holds the
/// example body as the format writes it, then each `#[body]` field.
///
/// Renders through [`Display`]: `Markdown::new(&View::of::<E>()).to_string()`,
/// or `write!` it straight into a file.
#[derive(Debug, Clone, Copy)]
pub struct Markdown<'a> {
    view: &'a View,
}

impl<'a> Markdown<'a> {
    /// The Markdown page of `view`.
    #[must_use]
    pub const fn new(view: &'a View) -> Self {
        Markdown { view }
    }
}

impl Display for Markdown<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let view = self.view;
        f.write_str("# ")?;
        line(f, view.title())?;
        f.write_str("\n")?;
        if let Some(description) = view.description() {
            write!(f, "\n{}\n", description.trim_end())?;
        }
        f.write_str("\nBodies are `")?;
        escape(f, view.content_type())?;
        f.write_str("`")?;
        if let Some((first, last)) = view.range() {
            write!(f, "; codes {first} to {last}")?;
        }
        f.write_str(".\n")?;
        for (category, entries) in super::by_category(view) {
            if let Some(category) = category {
                f.write_str("\n## ")?;
                line(f, category)?;
                f.write_str("\n")?;
                if let Some(range) = view.range_of(category) {
                    write!(f, "\nCodes {} to {}.\n", range.first(), range.last())?;
                }
            }
            f.write_str(
                "\n| Code | Status | Name | Message | Description | Body |\n|---|---|---|---|---|---|\n",
            )?;
            for entry in entries {
                row(f, entry)?;
            }
        }
        Ok(())
    }
}

fn row(f: &mut fmt::Formatter<'_>, entry: &EntryView) -> fmt::Result {
    f.write_str("| ")?;
    cell(f, &entry.code().to_string())?;
    if entry.is_shared() {
        write!(f, " ({SHARED})")?;
    }
    f.write_str(" | ")?;
    match entry.status() {
        Some(status) => write!(f, "{status}")?,
        None => write!(f, "(sent as {})", entry.sent_status())?,
    }
    if let Some(also) = entry.also_status() {
        write!(f, " (also {also})")?;
    }
    f.write_str(" | ")?;
    cell(f, entry.name())?;
    if entry.variant() != entry.name() {
        f.write_str(" (`")?;
        escape(f, entry.variant())?;
        f.write_str("`)")?;
    }
    f.write_str(" | ")?;
    cell(f, entry.message())?;
    if !entry.exposes_message() {
        write!(f, " ({TEMPLATE_ONLY})")?;
    }
    f.write_str(" | ")?;
    cell(f, entry.description().unwrap_or(""))?;
    f.write_str(" | `")?;
    escape(f, entry.example())?;
    f.write_str("`")?;
    for field in entry.body_fields() {
        f.write_str("<br>`")?;
        escape(f, field.member())?;
        f.write_str("` from `")?;
        escape(f, field.field())?;
        f.write_str(": ")?;
        escape(f, field.ty())?;
        f.write_str("`")?;
    }
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
