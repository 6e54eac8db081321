use core::fmt::{self, Display};

use super::view::{EntryView, View, SHARED, TEMPLATE_ONLY};

/// The catalogue as one self-contained HTML page: inline CSS, no script, no
/// external resource, so it can be served or saved as it is.
///
/// The layout and the facts follow [`Markdown`](super::Markdown): title,
/// description, content type and code range, entries without a category,
/// then one table per category with its block of codes; the last column
/// holds each entry's example body, exactly as the format writes it, and its
/// `#[body]` fields. Every text, catalogue text and example alike, is
/// HTML-escaped (`<`, `>`, `&`, `"`, `'`). As in Markdown, a line break
/// inside a text is a space and a blank line starts a new paragraph.
///
/// Renders through [`Display`].
#[derive(Debug, Clone, Copy)]
pub struct Html<'a> {
    view: &'a View,
}

impl<'a> Html<'a> {
    /// The HTML page of `view`.
    #[must_use]
    pub const fn new(view: &'a View) -> Self {
        Html { view }
    }
}

const STYLE: &str = "\
body{margin:0;font:15px/1.5 system-ui,-apple-system,\"Segoe UI\",sans-serif;color:#1f2328;background:#fff}
main{max-width:72rem;margin:0 auto;padding:2rem 1rem}
h1{font-size:1.8rem;margin:0 0 .5rem}
h2{font-size:1.3rem;margin:2rem 0 .5rem;border-bottom:1px solid #d0d7de;padding-bottom:.25rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0}
th,td{border:1px solid #d0d7de;padding:.35rem .6rem;text-align:left;vertical-align:top}
th{background:#f6f8fa}
tbody tr:nth-child(even){background:#fbfcfd}
code{font:13px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
td.body code{white-space:pre-wrap;word-break:break-all;color:#57606a}
.tag{font-size:11px;border:1px solid #d0d7de;border-radius:1em;padding:0 .4em;margin-left:.3em;color:#57606a}
@media (prefers-color-scheme:dark){body{color:#e6edf3;background:#0d1117}th{background:#161b22}
tbody tr:nth-child(even){background:#11161d}th,td,h2{border-color:#30363d}td.body code,.tag{color:#9198a1}}
";

impl Display for Html<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let view = self.view;
        f.write_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")?;
        f.write_str(
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>",
        )?;
        write!(
            f,
            "{}</title>\n<style>\n{STYLE}</style>\n",
            Escape(view.title())
        )?;
        write!(
            f,
            "</head>\n<body>\n<main>\n<h1>{}</h1>\n",
            Escape(view.title())
        )?;
        for paragraph in super::paragraphs(view.description().unwrap_or("")) {
            writeln!(f, "<p>{}</p>", Escape(&paragraph))?;
        }
        write!(
            f,
            "<p>Error bodies are <code>{}</code>",
            Escape(view.content_type())
        )?;
        if let Some((first, last)) = view.range() {
            write!(f, "; codes {first} to {last}")?;
        }
        f.write_str(".</p>\n")?;
        for (category, entries) in super::by_category(view) {
            f.write_str("<section>\n")?;
            if let Some(category) = category {
                writeln!(f, "<h2>{}</h2>", Escape(category))?;
                if let Some(range) = view.range_of(category) {
                    writeln!(f, "<p>Codes {} to {}.</p>", range.first(), range.last())?;
                }
            }
            f.write_str(
                "<table>\n<thead><tr><th>Code</th><th>Status</th><th>Name</th><th>Message</th>\
                 <th>Description</th><th>Example body</th></tr></thead>\n<tbody>\n",
            )?;
            for entry in entries {
                row(f, entry)?;
            }
            f.write_str("</tbody>\n</table>\n</section>\n")?;
        }
        f.write_str("</main>\n</body>\n</html>\n")
    }
}

fn row(f: &mut fmt::Formatter<'_>, entry: &EntryView) -> fmt::Result {
    write!(
        f,
        "<tr><td><code>{}</code>",
        Escape(&entry.code().to_string())
    )?;
    if entry.is_shared() {
        write!(f, "<span class=\"tag\">{SHARED}</span>")?;
    }
    f.write_str("</td><td>")?;
    match entry.status() {
        Some(status) => write!(f, "{status}")?,
        None => write!(
            f,
            "<span class=\"tag\">sent as {}</span>",
            entry.sent_status()
        )?,
    }
    if let Some(also) = entry.also_status() {
        write!(f, "<span class=\"tag\">also {also}</span>")?;
    }
    write!(f, "</td><td>{}", Escape(entry.name()))?;
    if entry.variant() != entry.name() {
        write!(f, " <code>{}</code>", Escape(entry.variant()))?;
    }
    f.write_str("</td><td>")?;
    text(f, entry.message())?;
    if !entry.exposes_message() {
        write!(f, "<span class=\"tag\">{TEMPLATE_ONLY}</span>")?;
    }
    f.write_str("</td><td>")?;
    text(f, entry.description().unwrap_or(""))?;
    write!(
        f,
        "</td><td class=\"body\"><code>{}</code>",
        Escape(entry.example())
    )?;
    for field in entry.body_fields() {
        write!(
            f,
            "<br><code>{}</code> from <code>{}: {}</code>",
            Escape(field.member()),
            Escape(field.field()),
            Escape(field.ty())
        )?;
    }
    f.write_str("</td></tr>\n")
}

/// Writes `text` escaped, its paragraphs apart by `<br><br>` (a single line
/// break is a space, as in Markdown).
fn text(f: &mut fmt::Formatter<'_>, text: &str) -> fmt::Result {
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

/// Text escaped for HTML element content and quoted attribute values.
struct Escape<'a>(&'a str);

impl Display for Escape<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut rest = self.0;
        while let Some(at) = rest.find(['<', '>', '&', '"', '\'']) {
            f.write_str(&rest[..at])?;
            f.write_str(match rest.as_bytes()[at] {
                b'<' => "&lt;",
                b'>' => "&gt;",
                b'&' => "&amp;",
                b'"' => "&quot;",
                _ => "&#39;",
            })?;
            rest = &rest[at + 1..];
        }
        f.write_str(rest)
    }
}
