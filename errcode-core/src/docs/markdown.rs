use core::fmt::{self, Display, Write};

use super::history::{self, VERSION_HISTORY};
use super::pages::Links;
use super::view::{EntryView, View, SHARED, SUCCESS, TEMPLATE_ONLY, UNTESTED};
use super::Columns;
use crate::catalogue::{inline, Fence, Inline};

/// The catalogue as Markdown, like the seed pages: a heading with the title,
/// the public description, a table of the body's members (JSON type,
/// required or optional, what each holds), then one table per category
/// (code, status, name, message, description, example body), each category
/// with its block of codes.
///
/// The description is the part of the type's doc comment before a `# Rust`
/// heading, as Markdown. Entries without a category come first; each
/// category follows as a section in the order it first appears, a nested
/// one (`Interactions/Role`) as nested headings (`##`, `###`). A column
/// empty for the whole catalogue (code, message, description) is left out.
/// Each row starts with an anchor (`<a id="34305"></a>`, see
/// [`EntryView::anchor`]) that links can point at.
///
/// History: where a body member's release is known, the body table has a
/// "Version history" column saying `0.6.0 - added`, as Mastodon's entity
/// pages say it under "Version history:" for each attribute; a
/// name cell adds the entry's own release where it is not the catalogue's,
/// and for a deprecated entry "**Deprecated since 2.1.0**: use" and a link
/// to its replacement's row; retired codes follow the entries in a section
/// of their own, with their notes.
///
/// The page is safe to render as CommonMark and as MDX: catalogue text is
/// text, never markup. In cells, Markdown punctuation (`\`, `` ` ``, `*`,
/// `_`, `[`, `]`, `<`, `>`, `{`, `}`, `|`, `&`, `~`, `#`) is escaped with a
/// backslash, a line break is a space and paragraphs are apart by
/// `<br /><br />`; in the description, `{`, `}`, `<` and `>` outside code spans
/// are escaped the same way. Examples are code spans, `|` escaped as tables
/// need.
///
/// A status cell adds the other statuses (`473 (also 503)`) and, for an entry
/// without one, the status it is sent with (`(sent as 500)`, `(sent as 200)`
/// for Fresns); a name cell holds the name as sent; a message cell starts
/// with the entry's `title`, in bold, where it declares one; a code or
/// message cell adds the entry's tags (`(success)`, `(shared)`, `(template
/// only)`); the body cell holds the example body as the format writes it,
/// then each member the entry adds to the body and each header it sends,
/// with its JSON type: the wire's words, never the Rust field's.
///
/// An entry's long form: the Description cell holds its
/// [summary](crate::Entry::summary) and a link to its
/// [sections](crate::Entry::sections), which follow the tables under
/// "Explanations" (`#### Causes`, the section's Markdown kept, its own
/// headings moved below); with [`Links`] other than none, each entry's
/// name links to its own page ([`Markdown::entry_page`]).
///
/// Renders through [`Display`]: `Markdown::new(&View::of::<E>()).to_string()`,
/// or `write!` it straight into a file.
#[derive(Debug, Clone, Copy)]
pub struct Markdown<'a> {
    pub(super) view: &'a View,
    pub(super) links: Links<'a>,
}

impl<'a> Markdown<'a> {
    /// The Markdown page of `view`, standing alone: linking to no entry page
    /// ([`Links::none`]).
    #[must_use]
    pub const fn new(view: &'a View) -> Self {
        Markdown {
            view,
            links: Links::none(),
        }
    }

    /// The same page with other links between the catalogue page and the
    /// entry pages (see [`Links`]).
    #[must_use]
    pub const fn links(mut self, links: Links<'a>) -> Self {
        self.links = links;
        self
    }
}

impl Display for Markdown<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let view = self.view;
        f.write_str("# ")?;
        line(f, view.catalogue().title())?;
        f.write_str("\n")?;
        if let Some(description) = view.description() {
            f.write_str("\n")?;
            prose(f, description.trim_end())?;
            f.write_str("\n")?;
        }
        f.write_str("\n## Body\n\nBodies are `")?;
        code(f, view.content_type())?;
        f.write_str("`")?;
        if let Some((first, last)) = view.catalogue().range() {
            write!(f, "; codes {first} to {last}")?;
        }
        f.write_str(".\n")?;
        if !view.schema().is_empty() {
            let dated = view.schema().iter().any(|row| row.since().is_some());
            f.write_str("\n| Member | Type | Required | Description |")?;
            if dated {
                write!(f, " {} |", history::VERSION_HISTORY_COLUMN)?;
            }
            f.write_str(if dated {
                "\n|---|---|---|---|---|\n"
            } else {
                "\n|---|---|---|---|\n"
            })?;
            for row in view.schema() {
                f.write_str("| `")?;
                code(f, row.member())?;
                f.write_str("` | ")?;
                cell(f, row.json_type())?;
                f.write_str(if row.is_required() {
                    " | required | "
                } else {
                    " | optional | "
                })?;
                prose(f, &row.description().replace('|', "\\|"))?;
                if dated {
                    f.write_str(" | ")?;
                    if let Some(since) = row.since() {
                        cell(f, &history::added(since))?;
                    }
                }
                f.write_str(" |\n")?;
            }
        }
        let columns = Columns::of(view);
        let mut previous = None;
        for (category, entries) in super::by_category(view) {
            if category.is_none() {
                f.write_str("\n## Errors\n")?;
            }
            if let Some(category) = category {
                for (depth, part) in super::headings(previous, category) {
                    write!(f, "\n{} ", "#".repeat((depth + 2).min(6)))?;
                    line(f, part)?;
                    f.write_str("\n")?;
                }
                if let Some(range) = view.range_of(category) {
                    write!(f, "\nCodes {} to {}.\n", range.first(), range.last())?;
                }
            }
            previous = category;
            f.write_str("\n|")?;
            let mut count = 3;
            if columns.code {
                f.write_str(" Code |")?;
                count += 1;
            }
            f.write_str(" Status |")?;
            if columns.grpc {
                f.write_str(" gRPC |")?;
                count += 1;
            }
            f.write_str(" Name |")?;
            if columns.message {
                f.write_str(" Message |")?;
                count += 1;
            }
            if columns.description {
                f.write_str(" Description |")?;
                count += 1;
            }
            f.write_str(" Body |\n|")?;
            for _ in 0..count {
                f.write_str("---|")?;
            }
            f.write_str("\n")?;
            for entry in entries {
                let page = self.links.to_entry(view, entry.page_name(), "md");
                row(f, entry, columns, page.as_deref())?;
            }
        }
        explanations(f, view)?;
        retired(f, view)
    }
}

/// One entry's row; its name links to its page at `page`, if given.
fn row(
    f: &mut fmt::Formatter<'_>,
    entry: &EntryView,
    columns: Columns,
    page: Option<&str>,
) -> fmt::Result {
    write!(f, "| <a id=\"{}\"></a>", entry.anchor())?;
    if columns.code {
        code_cell(f, entry)?;
    }
    status_cell(f, entry, columns)?;
    if let Some(grpc) = entry.grpc_code() {
        write!(f, "`{grpc}` | ")?;
    }
    name_cell(f, entry, page)?;
    if columns.message {
        f.write_str(" | ")?;
        if let Some(title) = entry.entry().title() {
            f.write_str("**")?;
            cell(f, title)?;
            f.write_str("**<br />")?;
        }
        cell(f, entry.message())?;
        if !entry.entry().exposes_message() {
            write!(f, " ({TEMPLATE_ONLY})")?;
        }
    }
    if columns.description {
        description_cell(f, entry)?;
    }
    f.write_str(" | ")?;
    body_cell(f, entry)?;
    f.write_str(" |\n")
}

/// The code with its tags, and the cell's end.
fn code_cell(f: &mut fmt::Formatter<'_>, entry: &EntryView) -> fmt::Result {
    f.write_str(&super::tree_prefix(entry.depth()))?;
    cell(f, &entry.entry().code().to_string())?;
    if entry.is_success() {
        write!(f, " ({SUCCESS})")?;
    }
    if entry.entry().is_shared() {
        write!(f, " ({SHARED})")?;
    }
    f.write_str(" | ")
}

/// The status, the others it may come with, its retry notes, and the
/// cell's end.
fn status_cell(f: &mut fmt::Formatter<'_>, entry: &EntryView, columns: Columns) -> fmt::Result {
    match entry.entry().status() {
        Some(status) => write!(f, "{status}")?,
        None => write!(f, "(sent as {})", entry.sent_status())?,
    }
    if let Some(also) = entry.also_statuses() {
        write!(f, " (also {also})")?;
    }
    if !columns.code && entry.is_success() {
        write!(f, " ({SUCCESS})")?;
    }
    for (what, note) in entry.retry_notes() {
        write!(f, "<br />{what}: {note}")?;
    }
    f.write_str(" | ")
}

/// The name (linking to the entry's page at `page`), its parent, its
/// history and why no test sends it.
fn name_cell(f: &mut fmt::Formatter<'_>, entry: &EntryView, page: Option<&str>) -> fmt::Result {
    match page {
        Some(page) => {
            f.write_str("[")?;
            cell(f, entry.entry().name())?;
            write!(f, "]({page})")?;
        }
        None => cell(f, entry.entry().name())?,
    }
    if let Some(parent) = entry.entry().parent() {
        f.write_str("<br />under ")?;
        match entry.parent_anchor() {
            Some(anchor) => {
                f.write_str("[")?;
                cell(f, &parent.to_string())?;
                write!(f, "](#{anchor})")?;
            }
            None => cell(f, &parent.to_string())?,
        }
    }
    if let Some(since) = entry.since() {
        write!(f, "<br />{VERSION_HISTORY} ")?;
        cell(f, &history::added(since))?;
    }
    if let Some((deprecated, replacement)) = history::deprecation(entry.entry()) {
        f.write_str("<br />**")?;
        cell(f, &deprecated)?;
        f.write_str("**")?;
        if let Some(code) = replacement {
            f.write_str(": use ")?;
            match entry.replacement_anchor() {
                Some(anchor) => {
                    f.write_str("[")?;
                    cell(f, &code.to_string())?;
                    write!(f, "](#{anchor})")?;
                }
                None => cell(f, &code.to_string())?,
            }
        }
    }
    if let Some(reason) = entry.entry().untested() {
        write!(f, "<br />{UNTESTED} ")?;
        cell(f, reason)?;
    }
    Ok(())
}

/// The cell's separator, the summary and a link to the entry's sections.
fn description_cell(f: &mut fmt::Formatter<'_>, entry: &EntryView) -> fmt::Result {
    f.write_str(" | ")?;
    cell(f, entry.entry().summary().unwrap_or(""))?;
    if let Some(names) = super::section_names(entry) {
        if entry.entry().summary().is_some() {
            f.write_str("<br /><br />")?;
        }
        f.write_str("[")?;
        cell(f, &names)?;
        write!(f, "](#{})", super::explained_id(entry))?;
    }
    Ok(())
}

/// The example body, its `#[body]` members and its headers.
fn body_cell(f: &mut fmt::Formatter<'_>, entry: &EntryView) -> fmt::Result {
    code_span(f, entry.example())?;
    for field in entry.entry().body_fields() {
        f.write_str("<br />")?;
        code_span(f, field.member())?;
        write!(f, " ({}", super::field_type(field))?;
        since(f, field.since())?;
    }
    for header in entry.entry().headers() {
        f.write_str("<br />header ")?;
        code_span(f, header.name())?;
        match (header.value(), header.field()) {
            (Some(value), _) => {
                f.write_str(": ")?;
                code_span(f, value)?;
            }
            (None, _) => {
                write!(f, " ({}", super::header_value_type(header))?;
                since(f, header.since())?;
            }
        }
    }
    Ok(())
}

/// Each entry's sections, after the tables (a table cell holds no code
/// block): under a heading per entry, its description cell's link target.
fn explanations(f: &mut fmt::Formatter<'_>, view: &View) -> fmt::Result {
    let explained: Vec<&EntryView> = view
        .entries()
        .iter()
        .filter(|e| e.entry().sections().next().is_some())
        .collect();
    if explained.is_empty() {
        return Ok(());
    }
    f.write_str("\n## Explanations\n")?;
    for entry in explained {
        write!(f, "\n### <a id=\"{}\"></a>", super::explained_id(entry))?;
        line(f, &super::entry_heading(entry))?;
        f.write_str("\n")?;
        for part in entry.entry().sections() {
            f.write_str("\n#### ")?;
            line(f, part.heading())?;
            f.write_str("\n\n")?;
            section(f, part.text(), 4)?;
            f.write_str("\n")?;
        }
    }
    Ok(())
}

/// Closes a member's or header's parenthesis, with its release if known:
/// `(integer, since 2.0.0)`.
pub(super) fn since(f: &mut fmt::Formatter<'_>, since: Option<&str>) -> fmt::Result {
    if let Some(since) = since {
        f.write_str(", since ")?;
        cell(f, since)?;
    }
    f.write_str(")")
}

/// The codes the catalogue retired, with their notes: a section of its
/// own, after the entries, where there are any.
fn retired(f: &mut fmt::Formatter<'_>, view: &View) -> fmt::Result {
    if view.retired().is_empty() {
        return Ok(());
    }
    f.write_str("\n## Retired codes\n\nNo error is sent with these codes any more, and none will be again.\n\n| Code | Note |\n|---|---|\n")?;
    for retired in view.retired() {
        f.write_str("| ")?;
        cell(f, &retired.code().to_string())?;
        f.write_str(" | ")?;
        cell(f, retired.note())?;
        f.write_str(" |\n")?;
    }
    Ok(())
}

/// Writes `text` as a code span inside a table: a run of backticks longer
/// than any inside, `|` escaped (the table reads `\|` as `|` even there).
pub(super) fn code_span(f: &mut fmt::Formatter<'_>, text: &str) -> fmt::Result {
    let mut longest = 0;
    let mut run = 0;
    for c in text.chars() {
        run = if c == '`' { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    let fence = "`".repeat(longest + 1);
    let pad = if longest > 0 || text.starts_with('`') || text.ends_with('`') {
        " "
    } else {
        ""
    };
    write!(f, "{fence}{pad}")?;
    code(f, text)?;
    write!(f, "{pad}{fence}")
}

/// Writes the inside of a code span in a table: only `|` escaped.
fn code(f: &mut fmt::Formatter<'_>, text: &str) -> fmt::Result {
    let text = text.replace(['\n', '\r'], " ");
    for (i, part) in text.split('|').enumerate() {
        if i > 0 {
            f.write_str("\\|")?;
        }
        f.write_str(part)?;
    }
    Ok(())
}

/// Writes Markdown written by the catalogue's author (the description, which
/// may hold tables of its own, so `|` is left alone):
/// its markup kept, but `{`, `}`, `<` and `>` outside code spans and fenced
/// code blocks escaped, so that MDX reads no expression or JSX and
/// CommonMark no HTML in it. A code span lies within a paragraph, as
/// CommonMark reads it; a backtick that opens none is text, and what
/// follows it is escaped still.
pub(super) fn prose(f: &mut fmt::Formatter<'_>, text: &str) -> fmt::Result {
    let mut fence: Option<Fence> = None;
    let mut paragraph = String::new();
    for line in text.split_inclusive('\n') {
        let bare = line.trim_end_matches(['\n', '\r']);
        if let Some(open) = fence {
            f.write_str(line)?;
            if open.closed_by(bare) {
                fence = None;
            }
            continue;
        }
        fence = Fence::open(bare);
        if fence.is_none() && !bare.trim().is_empty() {
            paragraph.push_str(line);
            continue;
        }
        escape_outside_code(f, &paragraph)?;
        paragraph.clear();
        f.write_str(line)?;
    }
    escape_outside_code(f, &paragraph)
}

/// `text` with `{`, `}`, `<` and `>` escaped but in its code spans.
fn escape_outside_code(f: &mut fmt::Formatter<'_>, text: &str) -> fmt::Result {
    for piece in inline(text) {
        match piece {
            Inline::Code { whole, .. } => f.write_str(whole)?,
            Inline::Text(text) => {
                for c in text.chars() {
                    if matches!(c, '{' | '}' | '<' | '>') {
                        f.write_char('\\')?;
                    }
                    f.write_char(c)?;
                }
            }
        }
    }
    Ok(())
}

/// Writes a section's `text` under a heading of level `under` as [`prose`],
/// its own headings moved below that one.
pub(super) fn section(f: &mut fmt::Formatter<'_>, text: &str, under: usize) -> fmt::Result {
    let mut moved = String::with_capacity(text.len());
    let mut at = 0;
    for heading in crate::catalogue::nested_headings(text, under) {
        moved.push_str(&text[at..heading.start]);
        moved.push_str(&"#".repeat(heading.level));
        moved.push(' ');
        moved.push_str(heading.text);
        at = heading.end;
    }
    moved.push_str(&text[at..]);
    prose(f, &moved)
}

/// Writes `text` as the inside of a table cell: `|` and `\\` escaped, line
/// breaks as Markdown reads them (a space), paragraphs apart by `<br /><br />`.
pub(super) fn cell(f: &mut fmt::Formatter<'_>, text: &str) -> fmt::Result {
    if !text.contains(['\n', '\r']) {
        return escape(f, text);
    }
    for (i, paragraph) in super::paragraphs(text).iter().enumerate() {
        if i > 0 {
            f.write_str("<br /><br />")?;
        }
        escape(f, paragraph)?;
    }
    Ok(())
}

/// Writes `text` as text: each character that Markdown, GFM tables or MDX
/// could read as markup escaped with a backslash.
fn escape(f: &mut fmt::Formatter<'_>, text: &str) -> fmt::Result {
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '{' | '}' | '|' | '&' | '~' | '#'
        ) {
            f.write_char('\\')?;
        }
        f.write_char(c)?;
    }
    Ok(())
}

/// Writes `text` as a heading: on one line, escaped as text.
pub(super) fn line(f: &mut fmt::Formatter<'_>, text: &str) -> fmt::Result {
    escape(f, &super::paragraphs(text).join(" "))
}
