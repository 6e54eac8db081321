//! The HTML page of one code: every fact of its entries, their summary and
//! sections, with links to the catalogue page and to related codes.

use core::fmt;

use super::history::{self, VERSION_HISTORY_COLUMN};
use super::html::{languages, text, Since, STYLE};
use super::html_prose::{blocks, Escape};
use super::pages::{EntryPage, Links};
use super::view::{EntryView, View, SHARED, SUCCESS, TEMPLATE_ONLY};
use crate::Code;

/// Extra rules of an entry page: its facts as a two-column table.
const ENTRY_STYLE: &str = "\
nav.back{margin:0 0 1rem}
table.facts th{width:9rem;white-space:nowrap}
table.facts td{overflow-wrap:anywhere}
pre{background:#f6f8fa;padding:.6rem;overflow-x:auto;white-space:pre-wrap;overflow-wrap:anywhere}
@media (prefers-color-scheme:dark){pre{background:#161b22}}
";

/// An entry page, rendered through `Display`.
pub(super) struct EntryHtml<'v> {
    pub(super) view: &'v View,
    pub(super) page: EntryPage<'v>,
    pub(super) links: Links<'v>,
}

impl super::Html<'_> {
    /// The page of one code (`"34305"`, `"M_FORBIDDEN"`: see
    /// [`View::entry_page`]), `None` when no entry has it: every fact of its
    /// entry (several for a shared code), its summary and sections
    /// ([`Entry::sections`](crate::Entry::sections)), a link back to the
    /// catalogue page and links to the codes it refines, that refine it and
    /// that replace it. Self-contained as the catalogue page is, in the
    /// same style, without script; readable at 390 px.
    #[must_use]
    pub fn entry_page(&self, code: &str) -> Option<String> {
        Some(self.page(self.view.entry_page(code)?))
    }

    /// The page of `page`, one of the view's.
    pub(super) fn page(&self, page: EntryPage<'_>) -> String {
        EntryHtml {
            view: self.view,
            page,
            links: self.links,
        }
        .to_string()
    }
}

impl fmt::Display for EntryHtml<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let view = self.view;
        let catalogue = view.catalogue().title();
        let heading = super::page_heading(&self.page);
        write!(
            f,
            "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
             <title>{} - {}</title>\n<style>\n{STYLE}{ENTRY_STYLE}</style>\n</head>\n<body>\n<main>\n",
            Escape(view.language()),
            Escape(&heading),
            Escape(catalogue)
        )?;
        writeln!(
            f,
            "<nav class=\"back\"><a href=\"{}\">{}</a></nav>",
            Escape(&self.links.to_catalogue(view, "html")),
            Escape(catalogue)
        )?;
        let stem = self.page.file_stem();
        languages(f, view, &|tag, default| {
            self.links.to_language(&stem, tag, default)
        })?;
        writeln!(f, "<h1>{}</h1>", Escape(&heading))?;
        let several = self.page.entries().len() > 1;
        for entry in self.page.entries() {
            writeln!(f, "<article id=\"{}\">", Escape(entry.anchor()))?;
            if several {
                writeln!(f, "<h2>{}</h2>", Escape(&super::entry_heading(entry)))?;
            }
            self.facts(f, entry)?;
            long_form(f, entry, several)?;
            f.write_str("</article>\n")?;
        }
        f.write_str("</main>\n</body>\n</html>\n")
    }
}

impl EntryHtml<'_> {
    fn facts(&self, f: &mut fmt::Formatter<'_>, entry: &EntryView) -> fmt::Result {
        let e = entry.entry();
        f.write_str("<div class=\"scroll\"><table class=\"facts\">\n<tbody>\n")?;
        if !e.code().is_none() {
            write!(
                f,
                "<tr><th>Code</th><td><code>{}</code>",
                Escape(&e.code().to_string())
            )?;
            for tag in [(entry.is_success(), SUCCESS), (e.is_shared(), SHARED)] {
                if tag.0 {
                    write!(f, "<span class=\"tag\">{}</span>", tag.1)?;
                }
            }
            f.write_str("</td></tr>\n")?;
        }
        f.write_str("<tr><th>Status</th><td>")?;
        match e.status() {
            Some(status) => write!(f, "{status}")?,
            None => write!(f, "sent as {}", entry.sent_status())?,
        }
        if let Some(also) = entry.also_statuses() {
            write!(f, " (also {also})")?;
        }
        for (what, note) in entry.retry_notes() {
            write!(f, "<span class=\"tag\">{what}: {note}</span>")?;
        }
        f.write_str("</td></tr>\n")?;
        if let Some(grpc) = entry.grpc_code() {
            writeln!(f, "<tr><th>gRPC</th><td><code>{grpc}</code></td></tr>")?;
        }
        writeln!(f, "<tr><th>Name</th><td>{}</td></tr>", Escape(e.name()))?;
        if let Some(title) = e.title() {
            writeln!(f, "<tr><th>Title</th><td>{}</td></tr>", Escape(title))?;
        }
        if !entry.message().is_empty() || !e.exposes_message() {
            f.write_str("<tr><th>Message</th><td>")?;
            text(f, entry.message())?;
            if !e.exposes_message() {
                write!(f, "<span class=\"tag\">{TEMPLATE_ONLY}</span>")?;
            }
            f.write_str("</td></tr>\n")?;
        }
        if let Some(category) = e.category() {
            writeln!(f, "<tr><th>Category</th><td>{}</td></tr>", Escape(category))?;
        }
        self.relatives(f, entry)?;
        self.body(f, entry)?;
        self.history(f, entry)?;
        f.write_str("</tbody>\n</table></div>\n")
    }

    /// The code the entry refines and the codes that refine it, each a link
    /// to its page where the catalogue has it.
    fn relatives(&self, f: &mut fmt::Formatter<'_>, entry: &EntryView) -> fmt::Result {
        if let Some(parent) = entry.entry().parent() {
            f.write_str("<tr><th>Refines</th><td>")?;
            self.code_link(f, parent, entry.parent_anchor().is_some())?;
            f.write_str("</td></tr>\n")?;
        }
        let code = entry.entry().code();
        let children: Vec<Code> = self
            .view
            .entries()
            .iter()
            .filter(|c| !code.is_none() && c.entry().parent() == Some(code))
            .map(|c| c.entry().code())
            .collect();
        if !children.is_empty() {
            f.write_str("<tr><th>Refined by</th><td>")?;
            for (i, child) in children.into_iter().enumerate() {
                if i > 0 {
                    f.write_str(", ")?;
                }
                self.code_link(f, child, true)?;
            }
            f.write_str("</td></tr>\n")?;
        }
        Ok(())
    }

    fn code_link(&self, f: &mut fmt::Formatter<'_>, code: Code, linked: bool) -> fmt::Result {
        let code = code.to_string();
        if linked {
            write!(
                f,
                "<a href=\"{}\"><code>{}</code></a>",
                Escape(&self.links.sibling(self.view, &code, "html")),
                Escape(&code)
            )
        } else {
            write!(f, "<code>{}</code>", Escape(&code))
        }
    }

    /// The example body, then each member and header the entry adds.
    fn body(&self, f: &mut fmt::Formatter<'_>, entry: &EntryView) -> fmt::Result {
        writeln!(
            f,
            "<tr><th>Example body</th><td><pre><code>{}</code></pre></td></tr>",
            Escape(entry.example())
        )?;
        for field in entry.entry().body_fields() {
            write!(
                f,
                "<tr><th>Body member</th><td><code>{}</code> ({}{})",
                Escape(field.member()),
                Escape(&super::field_type(field)),
                Since(field.since())
            )?;
            if let Some(doc) = field.description().and_then(crate::catalogue::public_part) {
                f.write_str(": ")?;
                super::html_prose::cell(f, doc)?;
            }
            f.write_str("</td></tr>\n")?;
        }
        for header in entry.entry().headers() {
            write!(
                f,
                "<tr><th>Header</th><td><code>{}</code>",
                Escape(header.name())
            )?;
            match header.value() {
                Some(value) => write!(f, ": <code>{}</code>", Escape(value))?,
                None => write!(
                    f,
                    " ({}{})",
                    Escape(&super::header_value_type(header)),
                    Since(header.since())
                )?,
            }
            f.write_str("</td></tr>\n")?;
        }
        Ok(())
    }

    fn history(&self, f: &mut fmt::Formatter<'_>, entry: &EntryView) -> fmt::Result {
        if let Some(since) = entry.since() {
            writeln!(
                f,
                "<tr><th>{}</th><td>{}</td></tr>",
                VERSION_HISTORY_COLUMN,
                Escape(&history::added(since))
            )?;
        }
        if let Some((deprecated, replacement)) = history::deprecation(entry.entry()) {
            write!(
                f,
                "<tr><th>Deprecated</th><td><strong>{}</strong>",
                Escape(&deprecated)
            )?;
            if let Some(code) = replacement {
                f.write_str(": use ")?;
                self.code_link(f, code, entry.replacement_anchor().is_some())?;
            }
            f.write_str("</td></tr>\n")?;
        }
        Ok(())
    }
}

/// The entry's summary and sections, each section under a heading one
/// level below the entry's.
fn long_form(f: &mut fmt::Formatter<'_>, entry: &EntryView, several: bool) -> fmt::Result {
    let level = if several { 3 } else { 2 };
    if let Some(summary) = entry.entry().summary() {
        blocks(f, summary)?;
    }
    for section in entry.entry().sections() {
        writeln!(
            f,
            "<section>\n<h{level}>{}</h{level}>",
            Escape(section.heading())
        )?;
        super::html_prose::section(f, section.text(), level)?;
        f.write_str("</section>\n")?;
    }
    Ok(())
}
