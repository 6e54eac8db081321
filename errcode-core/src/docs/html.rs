use core::fmt::{self, Display};

use super::history::{self, VERSION_HISTORY};
use super::html_prose::Escape;
use super::pages::Links;
use super::view::{EntryView, View, SHARED, SUCCESS, TEMPLATE_ONLY, UNTESTED};
use super::Columns;

/// The catalogue as one self-contained HTML page: inline CSS, a few lines of
/// inline script, no external resource, so it can be served or saved as it
/// is.
///
/// The layout and the facts follow [`Markdown`](super::Markdown): title,
/// public description, the body's members, entries without a category, then
/// one table per category (nested categories as nested headings) with its
/// block of codes; the last column holds each entry's example body, exactly
/// as the format writes it, and its `#[body]` members with their JSON types.
/// Each row's `id` is [`EntryView::anchor`]; history (member releases,
/// deprecations, retired codes) is shown as the Markdown page shows it. A table of contents links the
/// sections; a search box hides the rows whose code, name and text do not
/// contain what is typed (the script is the only thing that needs it: without
/// script the box stays hidden and every row shows). On a narrow screen
/// (390 px) tables scroll sideways inside their section. Every text, catalogue text and example alike, is
/// HTML-escaped (`<`, `>`, `&`, `"`, `'`). As in Markdown, a line break
/// inside a text is a space and a blank line starts a new paragraph.
///
/// The long form as in Markdown: the Description cell holds an entry's
/// summary and links its sections, which follow the tables under
/// "Explanations"; with [`Links`] other than none, each entry's name links
/// to its own page ([`Html::entry_page`]).
///
/// Renders through [`Display`].
#[derive(Debug, Clone, Copy)]
pub struct Html<'a> {
    pub(super) view: &'a View,
    pub(super) links: Links<'a>,
}

impl<'a> Html<'a> {
    /// The HTML page of `view`, standing alone: linking to no entry page
    /// ([`Links::none`]).
    #[must_use]
    pub const fn new(view: &'a View) -> Self {
        Html {
            view,
            links: Links::none(),
        }
    }

    /// The same page with other links between the catalogue page and the
    /// entry pages: [`Links::served`] for pages a server sends.
    #[must_use]
    pub const fn links(mut self, links: Links<'a>) -> Self {
        self.links = links;
        self
    }
}

pub(super) const STYLE: &str = "\
body{margin:0;font:15px/1.5 system-ui,-apple-system,\"Segoe UI\",sans-serif;color:#1f2328;background:#fff}
main{max-width:72rem;margin:0 auto;padding:2rem 1rem}
h1{font-size:1.8rem;margin:0 0 .5rem}
h2{font-size:1.3rem;margin:2rem 0 .5rem;border-bottom:1px solid #d0d7de;padding-bottom:.25rem}
h3,h4,h5,h6{margin:1.5rem 0 .5rem}
nav ul{padding-left:1.2rem;margin:.25rem 0}
.scroll{overflow-x:auto}
table{border-collapse:collapse;width:100%;margin:.5rem 0}
#search{display:none;width:100%;box-sizing:border-box;font:inherit;padding:.4rem .6rem;margin:.5rem 0;border:1px solid #d0d7de;border-radius:6px}
tr.hidden{display:none}
:target{outline:2px solid #0969da}
th,td{border:1px solid #d0d7de;padding:.35rem .6rem;text-align:left;vertical-align:top}
th{background:#f6f8fa}
tbody tr:nth-child(even){background:#fbfcfd}
code{font:13px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
td.body code{white-space:pre-wrap;word-break:break-all;color:#57606a}
.tag{font-size:11px;border:1px solid #d0d7de;border-radius:1em;padding:0 .4em;margin-left:.3em;color:#57606a}
@media (max-width:600px){main{padding:1rem .5rem}th,td{padding:.25rem .35rem}td.body code{word-break:break-all}}
@media (prefers-color-scheme:dark){body{color:#e6edf3;background:#0d1117}th{background:#161b22}
tbody tr:nth-child(even){background:#11161d}th,td,h2{border-color:#30363d}td.body code,.tag{color:#9198a1}}
";

impl Display for Html<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let view = self.view;
        write!(
            f,
            "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n",
            Escape(view.language())
        )?;
        f.write_str(
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>",
        )?;
        write!(
            f,
            "{}</title>\n<style>\n{STYLE}</style>\n",
            Escape(view.catalogue().title())
        )?;
        write!(
            f,
            "</head>\n<body>\n<main>\n<h1>{}</h1>\n",
            Escape(view.catalogue().title())
        )?;
        let stem = view.catalogue().type_name();
        languages(f, view, &|tag, default| {
            self.links.to_language(stem, tag, default)
        })?;
        let columns = Columns::of(view);
        let groups = super::by_category(view);
        f.write_str(
            "<input id=\"search\" type=\"search\" placeholder=\"Filter by code, name or text\" aria-label=\"Filter errors\">\n",
        )?;
        toc(f, &groups)?;
        super::html_prose::blocks(f, view.description().unwrap_or(""))?;
        write!(
            f,
            "<p>Error bodies are <code>{}</code>",
            Escape(view.content_type())
        )?;
        if let Some((first, last)) = view.catalogue().range() {
            write!(f, "; codes {first} to {last}")?;
        }
        f.write_str(".</p>\n")?;
        schema(f, view)?;
        let mut previous = None;
        for (category, entries) in groups {
            f.write_str("<section>\n")?;
            if category.is_none() {
                f.write_str("<h2 id=\"errors\">Errors</h2>\n")?;
            }
            if let Some(category) = category {
                for (depth, part) in super::headings(previous, category) {
                    let level = (depth + 2).min(6);
                    let id = section_id(category, depth);
                    writeln!(
                        f,
                        "<h{level} id=\"{}\">{}</h{level}>",
                        Escape(&id),
                        Escape(part)
                    )?;
                }
                if let Some(range) = view.range_of(category) {
                    writeln!(f, "<p>Codes {} to {}.</p>", range.first(), range.last())?;
                }
            }
            previous = category;
            f.write_str("<div class=\"scroll\"><table class=\"entries\">\n<thead><tr>")?;
            if columns.code {
                f.write_str("<th>Code</th>")?;
            }
            f.write_str("<th>Status</th>")?;
            if columns.grpc {
                f.write_str("<th>gRPC</th>")?;
            }
            f.write_str("<th>Name</th>")?;
            if columns.message {
                f.write_str("<th>Message</th>")?;
            }
            if columns.description {
                f.write_str("<th>Description</th>")?;
            }
            f.write_str("<th>Example body</th></tr></thead>\n<tbody>\n")?;
            for entry in entries {
                let page = self.links.to_entry(view, entry.page_name(), "html");
                row(f, entry, columns, page.as_deref())?;
            }
            f.write_str("</tbody>\n</table></div>\n</section>\n")?;
        }
        explanations(f, view)?;
        retired(f, view)?;
        f.write_str("</main>\n<script>\n")?;
        f.write_str(SCRIPT)?;
        f.write_str("</script>\n</body>\n</html>\n")
    }
}

/// Shows the search box and hides each entry row whose text does not contain
/// every word typed (case-insensitive); section headings stay.
const SCRIPT: &str = "\
(function(){var box=document.getElementById('search');if(!box)return;box.style.display='block';
var rows=[].slice.call(document.querySelectorAll('table.entries tbody tr'));
box.addEventListener('input',function(){var words=box.value.toLowerCase().split(/\\s+/).filter(Boolean);
rows.forEach(function(r){var t=r.textContent.toLowerCase();
r.classList.toggle('hidden',!words.every(function(w){return t.indexOf(w)>=0;}));});});})();
";

/// Links to the page in each language of a translated catalogue, named as
/// [`write_all`](super::write_all) names them: `href(tag, true)` for the
/// default language, `href(tag, false)` for the others.
pub(super) fn languages(
    f: &mut fmt::Formatter<'_>,
    view: &View,
    href: &dyn Fn(&str, bool) -> String,
) -> fmt::Result {
    let catalogue = view.catalogue();
    if catalogue.languages().is_empty() {
        return Ok(());
    }
    f.write_str("<nav class=\"languages\" aria-label=\"Languages\">")?;
    for (i, tag) in catalogue.language_tags().enumerate() {
        if i > 0 {
            f.write_str(" | ")?;
        }
        if tag == view.language() {
            write!(f, "<strong lang=\"{0}\">{0}</strong>", Escape(tag))?;
        } else {
            write!(
                f,
                "<a href=\"{}\" hreflang=\"{1}\" lang=\"{1}\">{1}</a>",
                Escape(&href(tag, i == 0)),
                Escape(tag)
            )?;
        }
    }
    f.write_str("</nav>\n")
}

/// The `id` of the heading of `category`'s part at `depth`.
fn section_id(category: &str, depth: usize) -> String {
    let path: Vec<&str> = category.split('/').take(depth + 1).collect();
    let mut id = String::from("section-");
    for c in path.join("-").chars() {
        if c.is_alphanumeric() {
            id.extend(c.to_lowercase());
        } else if !id.ends_with('-') {
            id.push('-');
        }
    }
    id
}

/// The table of contents: one link per heading the sections open.
fn toc(
    f: &mut fmt::Formatter<'_>,
    groups: &[(Option<&'static str>, Vec<&EntryView>)],
) -> fmt::Result {
    let mut previous = None;
    let mut depth_open = 0;
    f.write_str("<nav aria-label=\"Contents\"><ul>\n<li><a href=\"#body\">Body</a>")?;
    if groups.iter().any(|(c, _)| c.is_none()) {
        f.write_str("</li>\n<li><a href=\"#errors\">Errors</a>")?;
    }
    for (category, _) in groups {
        let Some(category) = *category else { continue };
        for (depth, part) in super::headings(previous, category) {
            while depth_open > depth {
                f.write_str("</li></ul>")?;
                depth_open -= 1;
            }
            if depth_open < depth {
                while depth_open < depth {
                    f.write_str("<ul><li>")?;
                    depth_open += 1;
                }
            } else {
                f.write_str("</li>\n<li>")?;
            }
            write!(
                f,
                "<a href=\"#{}\">{}</a>",
                Escape(&section_id(category, depth)),
                Escape(part)
            )?;
        }
        previous = Some(category);
    }
    while depth_open > 0 {
        f.write_str("</li></ul>")?;
        depth_open -= 1;
    }
    f.write_str("</li>\n</ul></nav>\n")
}

/// The table of the body's members.
fn schema(f: &mut fmt::Formatter<'_>, view: &View) -> fmt::Result {
    f.write_str("<h2 id=\"body\">Body</h2>\n")?;
    if view.schema().is_empty() {
        return Ok(());
    }
    let dated = view.schema().iter().any(|row| row.since().is_some());
    f.write_str(
        "<div class=\"scroll\"><table>\n<thead><tr><th>Member</th><th>Type</th><th>Required</th>\
         <th>Description</th>",
    )?;
    if dated {
        write!(f, "<th>{}</th>", history::VERSION_HISTORY_COLUMN)?;
    }
    f.write_str("</tr></thead>\n<tbody>\n")?;
    for row in view.schema() {
        writeln!(
            f,
            "<tr><td><code>{}</code></td><td>{}</td><td>{}</td><td>",
            Escape(row.member()),
            Escape(row.json_type()),
            if row.is_required() {
                "required"
            } else {
                "optional"
            },
        )?;
        super::html_prose::cell(f, row.description())?;
        if dated {
            f.write_str("</td><td>")?;
            if let Some(since) = row.since() {
                write!(f, "{}", Escape(&history::added(since)))?;
            }
        }
        f.write_str("</td></tr>\n")?;
    }
    f.write_str("</tbody>\n</table></div>\n")
}

/// One entry's row; its name links to its page at `page`, if given.
fn row(
    f: &mut fmt::Formatter<'_>,
    entry: &EntryView,
    columns: Columns,
    page: Option<&str>,
) -> fmt::Result {
    write!(f, "<tr id=\"{}\">", Escape(entry.anchor()))?;
    if columns.code {
        code_cell(f, entry)?;
    }
    status_cell(f, entry, columns)?;
    if let Some(grpc) = entry.grpc_code() {
        write!(f, "<td><code>{grpc}</code></td>")?;
    }
    name_cell(f, entry, page)?;
    if columns.message {
        f.write_str("<td>")?;
        if let Some(title) = entry.entry().title() {
            write!(f, "<strong>{}</strong><br>", Escape(title))?;
        }
        text(f, entry.message())?;
        if !entry.entry().exposes_message() {
            write!(f, "<span class=\"tag\">{TEMPLATE_ONLY}</span>")?;
        }
        f.write_str("</td>")?;
    }
    if columns.description {
        description_cell(f, entry)?;
    }
    body_cell(f, entry)?;
    f.write_str("</tr>\n")
}

/// The code, linking to its row, with its tags.
fn code_cell(f: &mut fmt::Formatter<'_>, entry: &EntryView) -> fmt::Result {
    write!(
        f,
        "<td>{}<a href=\"#{}\"><code>{}</code></a>",
        super::tree_prefix(entry.depth()),
        Escape(entry.anchor()),
        Escape(&entry.entry().code().to_string())
    )?;
    if entry.is_success() {
        write!(f, "<span class=\"tag\">{SUCCESS}</span>")?;
    }
    if entry.entry().is_shared() {
        write!(f, "<span class=\"tag\">{SHARED}</span>")?;
    }
    f.write_str("</td>")
}

/// The status, the others it may come with, and its retry notes.
fn status_cell(f: &mut fmt::Formatter<'_>, entry: &EntryView, columns: Columns) -> fmt::Result {
    f.write_str("<td>")?;
    match entry.entry().status() {
        Some(status) => write!(f, "{status}")?,
        None => write!(
            f,
            "<span class=\"tag\">sent as {}</span>",
            entry.sent_status()
        )?,
    }
    if let Some(also) = entry.also_statuses() {
        write!(f, "<span class=\"tag\">also {also}</span>")?;
    }
    if !columns.code && entry.is_success() {
        write!(f, "<span class=\"tag\">{SUCCESS}</span>")?;
    }
    for (what, note) in entry.retry_notes() {
        write!(f, "<span class=\"tag\">{what}: {note}</span>")?;
    }
    f.write_str("</td>")
}

/// The name (linking to the entry's page at `page`), its parent, its
/// history and why no test sends it.
fn name_cell(f: &mut fmt::Formatter<'_>, entry: &EntryView, page: Option<&str>) -> fmt::Result {
    match page {
        Some(page) => write!(
            f,
            "<td><a href=\"{}\">{}</a>",
            Escape(page),
            Escape(entry.entry().name())
        )?,
        None => write!(f, "<td>{}", Escape(entry.entry().name()))?,
    }
    if let Some(parent) = entry.entry().parent() {
        let parent = parent.to_string();
        match entry.parent_anchor() {
            Some(anchor) => write!(
                f,
                "<br>under <a href=\"#{}\">{}</a>",
                Escape(anchor),
                Escape(&parent)
            )?,
            None => write!(f, "<br>under {}", Escape(&parent))?,
        }
    }
    history_cell(f, entry)?;
    if let Some(reason) = entry.entry().untested() {
        write!(f, "<br>{UNTESTED} {}", Escape(reason))?;
    }
    f.write_str("</td>")
}

/// The summary and a link to the entry's sections.
fn description_cell(f: &mut fmt::Formatter<'_>, entry: &EntryView) -> fmt::Result {
    f.write_str("<td>")?;
    super::html_prose::cell(f, entry.entry().summary().unwrap_or(""))?;
    if let Some(names) = super::section_names(entry) {
        if entry.entry().summary().is_some() {
            f.write_str("<br><br>")?;
        }
        write!(
            f,
            "<a href=\"#{}\">{}</a>",
            Escape(&super::explained_id(entry)),
            Escape(&names)
        )?;
    }
    f.write_str("</td>")
}

/// The example body, its `#[body]` members and its headers.
fn body_cell(f: &mut fmt::Formatter<'_>, entry: &EntryView) -> fmt::Result {
    write!(
        f,
        "<td class=\"body\"><code>{}</code>",
        Escape(entry.example())
    )?;
    for field in entry.entry().body_fields() {
        write!(
            f,
            "<br><code>{}</code> ({}{})",
            Escape(field.member()),
            Escape(&super::field_type(field)),
            Since(field.since()),
        )?;
    }
    for header in entry.entry().headers() {
        write!(f, "<br>header <code>{}</code>", Escape(header.name()))?;
        match (header.value(), header.field()) {
            (Some(value), _) => write!(f, ": <code>{}</code>", Escape(value))?,
            (None, _) => write!(
                f,
                " ({}{})",
                Escape(&super::header_value_type(header)),
                Since(header.since())
            )?,
        }
    }
    f.write_str("</td>")
}

/// `, since 2.0.0` after a member's or header's type, where its release is
/// known.
pub(super) struct Since(pub(super) Option<&'static str>);

impl Display for Since {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Some(since) => write!(f, ", since {}", Escape(since)),
            None => Ok(()),
        }
    }
}

/// An entry's own release and its deprecation, in its name cell.
fn history_cell(f: &mut fmt::Formatter<'_>, entry: &EntryView) -> fmt::Result {
    if let Some(since) = entry.since() {
        write!(
            f,
            "<br>{VERSION_HISTORY} {}",
            Escape(&history::added(since))
        )?;
    }
    let Some((deprecated, replacement)) = history::deprecation(entry.entry()) else {
        return Ok(());
    };
    write!(f, "<br><strong>{}</strong>", Escape(&deprecated))?;
    if let Some(code) = replacement {
        let code = code.to_string();
        match entry.replacement_anchor() {
            Some(anchor) => write!(
                f,
                ": use <a href=\"#{}\">{}</a>",
                Escape(anchor),
                Escape(&code)
            )?,
            None => write!(f, ": use {}", Escape(&code))?,
        }
    }
    Ok(())
}

/// Each entry's sections, after the tables, as the Markdown page has them.
fn explanations(f: &mut fmt::Formatter<'_>, view: &View) -> fmt::Result {
    let mut explained = view
        .entries()
        .iter()
        .filter(|e| e.entry().sections().next().is_some())
        .peekable();
    if explained.peek().is_none() {
        return Ok(());
    }
    f.write_str("<section>\n<h2 id=\"explanations\">Explanations</h2>\n")?;
    for entry in explained {
        writeln!(
            f,
            "<article id=\"{}\">\n<h3><a href=\"#{}\">{}</a></h3>",
            Escape(&super::explained_id(entry)),
            Escape(entry.anchor()),
            Escape(&super::entry_heading(entry))
        )?;
        for section in entry.entry().sections() {
            writeln!(f, "<h4>{}</h4>", Escape(section.heading()))?;
            super::html_prose::section(f, section.text(), 4)?;
        }
        f.write_str("</article>\n")?;
    }
    f.write_str("</section>\n")
}

/// The codes the catalogue retired, with their notes, after the entries.
fn retired(f: &mut fmt::Formatter<'_>, view: &View) -> fmt::Result {
    if view.retired().is_empty() {
        return Ok(());
    }
    f.write_str(
        "<h2 id=\"retired\">Retired codes</h2>\n<p>No error is sent with these codes any more, \
         and none will be again.</p>\n<div class=\"scroll\"><table>\n<thead><tr><th>Code</th>\
         <th>Note</th></tr></thead>\n<tbody>\n",
    )?;
    for retired in view.retired() {
        writeln!(
            f,
            "<tr><td><code>{}</code></td><td>{}</td></tr>",
            Escape(&retired.code().to_string()),
            Escape(retired.note())
        )?;
    }
    f.write_str("</tbody>\n</table></div>\n")
}

/// Writes a message escaped, its paragraphs apart by `<br><br>` (a single
/// line break is a space, as in Markdown). A message is the wire's text, not
/// Markdown: a backtick in it is shown as sent.
pub(super) fn text(f: &mut fmt::Formatter<'_>, text: &str) -> fmt::Result {
    if !text.contains(['\n', '\r']) {
        return write!(f, "{}", Escape(text));
    }
    for (i, paragraph) in super::paragraphs(text).iter().enumerate() {
        if i > 0 {
            f.write_str("<br><br>")?;
        }
        write!(f, "{}", Escape(paragraph))?;
    }
    Ok(())
}
