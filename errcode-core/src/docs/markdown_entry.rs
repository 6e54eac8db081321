//! The Markdown page of one code: the HTML entry page's facts, summary and
//! sections, as the catalogue's Markdown page writes text.

use core::fmt;

use super::history::{self, VERSION_HISTORY_COLUMN};
use super::markdown::{cell, code_span, line, prose, section};
use super::pages::{EntryPage, Links};
use super::view::{EntryView, View, SHARED, SUCCESS, TEMPLATE_ONLY};
use crate::Code;

/// An entry page, rendered through `Display`.
pub(super) struct EntryMarkdown<'v> {
    pub(super) view: &'v View,
    pub(super) page: EntryPage<'v>,
    pub(super) links: Links<'v>,
}

impl super::Markdown<'_> {
    /// The Markdown page of one code (see [`Html::entry_page`](super::Html::entry_page)
    /// for what it holds), `None` when no entry has it: a link back to the
    /// catalogue page, a table of the entry's facts, its summary and its
    /// sections (`## Causes`), the author's Markdown kept as the catalogue
    /// page keeps the type's description.
    #[must_use]
    pub fn entry_page(&self, code: &str) -> Option<String> {
        Some(self.page(self.view.entry_page(code)?))
    }

    /// The page of `page`, one of the view's.
    pub(super) fn page(&self, page: EntryPage<'_>) -> String {
        EntryMarkdown {
            view: self.view,
            page,
            links: self.links,
        }
        .to_string()
    }
}

impl fmt::Display for EntryMarkdown<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let view = self.view;
        f.write_str("[")?;
        line(f, view.catalogue().title())?;
        writeln!(f, "]({})\n", self.links.to_catalogue(view, "md"))?;
        let several = self.page.entries().len() > 1;
        f.write_str("# ")?;
        line(f, &super::page_heading(&self.page))?;
        f.write_str("\n")?;
        for entry in self.page.entries() {
            if several {
                f.write_str("\n## ")?;
                line(f, &super::entry_heading(entry))?;
                f.write_str("\n")?;
            }
            self.facts(f, entry)?;
            if let Some(summary) = entry.entry().summary() {
                f.write_str("\n")?;
                prose(f, summary.trim_end())?;
                f.write_str("\n")?;
            }
            let level = if several { 3 } else { 2 };
            for part in entry.entry().sections() {
                write!(f, "\n{} ", "#".repeat(level))?;
                line(f, part.heading())?;
                f.write_str("\n\n")?;
                section(f, part.text(), level)?;
                f.write_str("\n")?;
            }
        }
        Ok(())
    }
}

impl EntryMarkdown<'_> {
    /// The facts as a two-column table, as the catalogue page's cells word
    /// them.
    fn facts(&self, f: &mut fmt::Formatter<'_>, entry: &EntryView) -> fmt::Result {
        let e = entry.entry();
        f.write_str("\n| Fact | Value |\n|---|---|\n")?;
        if !e.code().is_none() {
            f.write_str("| Code | ")?;
            code_span(f, &e.code().to_string())?;
            for (set, tag) in [(entry.is_success(), SUCCESS), (e.is_shared(), SHARED)] {
                if set {
                    write!(f, " ({tag})")?;
                }
            }
            f.write_str(" |\n")?;
        }
        f.write_str("| Status | ")?;
        match e.status() {
            Some(status) => write!(f, "{status}")?,
            None => write!(f, "sent as {}", entry.sent_status())?,
        }
        if let Some(also) = entry.also_statuses() {
            write!(f, " (also {also})")?;
        }
        for (what, note) in entry.retry_notes() {
            write!(f, "<br />{what}: {note}")?;
        }
        f.write_str(" |\n")?;
        if let Some(grpc) = entry.grpc_code() {
            writeln!(f, "| gRPC | `{grpc}` |")?;
        }
        row(f, "Name", e.name())?;
        if let Some(title) = e.title() {
            row(f, "Title", title)?;
        }
        if !entry.message().is_empty() || !e.exposes_message() {
            f.write_str("| Message | ")?;
            cell(f, entry.message())?;
            if !e.exposes_message() {
                write!(f, " ({TEMPLATE_ONLY})")?;
            }
            f.write_str(" |\n")?;
        }
        if let Some(category) = e.category() {
            row(f, "Category", category)?;
        }
        if let Some(parent) = e.parent() {
            f.write_str("| Refines | ")?;
            self.code_link(f, parent, entry.parent_anchor().is_some())?;
            f.write_str(" |\n")?;
        }
        self.children(f, e.code())?;
        f.write_str("| Example body | ")?;
        code_span(f, entry.example())?;
        f.write_str(" |\n")?;
        for field in e.body_fields() {
            f.write_str("| Body member | ")?;
            code_span(f, field.member())?;
            write!(f, " ({}", super::field_type(field))?;
            super::markdown::since(f, field.since())?;
            if let Some(doc) = field.description().and_then(crate::catalogue::public_part) {
                f.write_str(": ")?;
                cell(f, doc)?;
            }
            f.write_str(" |\n")?;
        }
        for header in e.headers() {
            f.write_str("| Header | ")?;
            code_span(f, header.name())?;
            match header.value() {
                Some(value) => {
                    f.write_str(": ")?;
                    code_span(f, value)?;
                }
                None => {
                    write!(f, " ({}", super::header_value_type(header))?;
                    super::markdown::since(f, header.since())?;
                }
            }
            f.write_str(" |\n")?;
        }
        self.history(f, entry)
    }

    fn children(&self, f: &mut fmt::Formatter<'_>, code: Code) -> fmt::Result {
        let children: Vec<Code> = self
            .view
            .entries()
            .iter()
            .filter(|c| !code.is_none() && c.entry().parent() == Some(code))
            .map(|c| c.entry().code())
            .collect();
        if children.is_empty() {
            return Ok(());
        }
        f.write_str("| Refined by | ")?;
        for (i, child) in children.into_iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            self.code_link(f, child, true)?;
        }
        f.write_str(" |\n")
    }

    fn history(&self, f: &mut fmt::Formatter<'_>, entry: &EntryView) -> fmt::Result {
        if let Some(since) = entry.since() {
            write!(f, "| {VERSION_HISTORY_COLUMN} | ")?;
            cell(f, &history::added(since))?;
            f.write_str(" |\n")?;
        }
        if let Some((deprecated, replacement)) = history::deprecation(entry.entry()) {
            f.write_str("| Deprecated | **")?;
            cell(f, &deprecated)?;
            f.write_str("**")?;
            if let Some(code) = replacement {
                f.write_str(": use ")?;
                self.code_link(f, code, entry.replacement_anchor().is_some())?;
            }
            f.write_str(" |\n")?;
        }
        Ok(())
    }

    fn code_link(&self, f: &mut fmt::Formatter<'_>, code: Code, linked: bool) -> fmt::Result {
        let code = code.to_string();
        if linked {
            f.write_str("[")?;
            cell(f, &code)?;
            write!(f, "]({})", self.links.sibling(self.view, &code, "md"))
        } else {
            cell(f, &code)
        }
    }
}

fn row(f: &mut fmt::Formatter<'_>, fact: &str, value: &str) -> fmt::Result {
    write!(f, "| {fact} | ")?;
    cell(f, value)?;
    f.write_str(" |\n")
}
