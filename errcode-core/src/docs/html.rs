use core::fmt::{self, Display};
use core::marker::PhantomData;

use crate::format::{example, Format};
use crate::{Catalogue, Entry};

/// The catalogue as one self-contained HTML page: inline CSS, no script, no
/// external resource, so it can be served or saved as it is.
///
/// The layout follows [`Markdown`](super::Markdown): title, description,
/// entries without a category, then one table per category, with a last
/// column holding each entry's example body in format `F`. Every text,
/// catalogue text and example alike, is HTML-escaped (`<`, `>`, `&`, `"`,
/// `'`). As in Markdown, a line break inside a text is a space and a blank
/// line starts a new paragraph.
///
/// Renders through [`Display`].
pub struct Html<'a, F> {
    catalogue: &'a Catalogue,
    format: PhantomData<fn() -> F>,
}

impl<'a, F: Format> Html<'a, F> {
    /// The HTML page of `catalogue`, with examples in format `F`.
    #[must_use]
    pub const fn new(catalogue: &'a Catalogue) -> Self {
        Html {
            catalogue,
            format: PhantomData,
        }
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

impl<F: Format> Display for Html<'_, F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let c = self.catalogue;
        f.write_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")?;
        f.write_str(
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>",
        )?;
        write!(
            f,
            "{}</title>\n<style>\n{STYLE}</style>\n",
            Escape(c.title())
        )?;
        write!(
            f,
            "</head>\n<body>\n<main>\n<h1>{}</h1>\n",
            Escape(c.title())
        )?;
        for paragraph in super::paragraphs(c.description().unwrap_or("")) {
            writeln!(f, "<p>{}</p>", Escape(&paragraph))?;
        }
        writeln!(
            f,
            "<p>Error bodies are <code>{}</code>.</p>",
            Escape(F::CONTENT_TYPE)
        )?;
        for (category, entries) in super::by_category(c) {
            f.write_str("<section>\n")?;
            if let Some(category) = category {
                writeln!(f, "<h2>{}</h2>", Escape(category))?;
            }
            f.write_str(
                "<table>\n<thead><tr><th>Code</th><th>Status</th><th>Name</th><th>Message</th>\
                 <th>Description</th><th>Example body</th></tr></thead>\n<tbody>\n",
            )?;
            for entry in entries {
                row::<F>(f, entry)?;
            }
            f.write_str("</tbody>\n</table>\n</section>\n")?;
        }
        f.write_str("</main>\n</body>\n</html>\n")
    }
}

fn row<F: Format>(f: &mut fmt::Formatter<'_>, entry: &'static Entry) -> fmt::Result {
    write!(
        f,
        "<tr><td><code>{}</code>",
        Escape(&entry.code().to_string())
    )?;
    if entry.is_shared() {
        f.write_str("<span class=\"tag\">shared</span>")?;
    }
    f.write_str("</td><td>")?;
    if let Some(status) = entry.status() {
        write!(f, "{status}")?;
    }
    write!(f, "</td><td>{}</td><td>", Escape(entry.name()))?;
    text(f, entry.message())?;
    f.write_str("</td><td>")?;
    text(f, entry.description().unwrap_or(""))?;
    f.write_str("</td>")?;
    let body = serde_json::to_string(&example::<F>(entry)).unwrap_or_default();
    writeln!(
        f,
        "<td class=\"body\"><code>{}</code></td></tr>",
        Escape(&body)
    )
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

impl<F> Clone for Html<'_, F> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<F> Copy for Html<'_, F> {}

impl<F> fmt::Debug for Html<'_, F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Html")
            .field("catalogue", &self.catalogue.type_name())
            .finish_non_exhaustive()
    }
}
