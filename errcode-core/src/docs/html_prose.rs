//! Doc-comment text in the HTML page. Doc comments are Markdown (rustdoc
//! reads them so, and the Markdown page keeps them so); the page shows the
//! parts error catalogues use as HTML, never as Markdown syntax: code spans
//! as `<code>`, fenced code blocks as `<pre>`, pipe tables as `<table>`,
//! paragraphs.

use core::fmt;

use crate::catalogue::{inline, nested_headings, Fence, Inline, InnerHeading};

/// `text` as blocks: each fenced code block a `<pre>`, each pipe table a
/// `<table>`, the rest paragraphs.
pub(super) fn blocks(f: &mut fmt::Formatter<'_>, text: &str) -> fmt::Result {
    blocks_with(f, text, &[])
}

/// A section's `text` under a heading of level `under`: as [`blocks`], and
/// its own headings as headings below that one.
pub(super) fn section(f: &mut fmt::Formatter<'_>, text: &str, under: usize) -> fmt::Result {
    blocks_with(f, text, &nested_headings(text, under))
}

fn blocks_with(f: &mut fmt::Formatter<'_>, text: &str, headings: &[InnerHeading]) -> fmt::Result {
    let mut prose = String::new();
    let mut lines = lines(text).peekable();
    while let Some((at, line)) = lines.next() {
        let next_is_delimiter = lines.peek().is_some_and(|(_, next)| is_delimiter_row(next));
        let heading = headings.iter().find(|h| h.start == at);
        if heading.is_none()
            && Fence::open(line).is_none()
            && !(is_table_row(line) && next_is_delimiter)
        {
            prose.push_str(line);
            prose.push('\n');
            continue;
        }
        paragraphs(f, &prose)?;
        prose.clear();
        if let Some(heading) = heading {
            let level = heading.level;
            writeln!(f, "<h{level}>{}</h{level}>", Escape(heading.text))?;
            // A setext heading's other lines: the rest of its text and its underline.
            while lines.next_if(|(at, _)| *at < heading.end).is_some() {}
        } else if let Some(fence) = Fence::open(line) {
            f.write_str("<pre><code>")?;
            for (_, line) in lines.by_ref() {
                if fence.closed_by(line) {
                    break;
                }
                writeln!(f, "{}", Escape(line))?;
            }
            f.write_str("</code></pre>\n")?;
        } else {
            lines.next();
            f.write_str("<div class=\"scroll\"><table>\n<thead>")?;
            table_row(f, line, "th")?;
            f.write_str("</thead>\n<tbody>\n")?;
            while let Some((_, row)) = lines.next_if(|(_, l)| is_table_row(l)) {
                table_row(f, row, "td")?;
            }
            f.write_str("</tbody>\n</table></div>\n")?;
        }
    }
    paragraphs(f, &prose)
}

/// The lines of `text` as `str::lines` gives them, each with where it
/// starts.
fn lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split_inclusive('\n').scan(0, |at, line| {
        let start = *at;
        *at += line.len();
        let line = line.strip_suffix('\n').unwrap_or(line);
        Some((start, line.strip_suffix('\r').unwrap_or(line)))
    })
}

fn is_table_row(line: &str) -> bool {
    line.trim_start().starts_with('|')
}

/// `|---|:--:|`: the line under a pipe table's header.
fn is_delimiter_row(line: &str) -> bool {
    is_table_row(line)
        && line.contains('-')
        && line
            .trim()
            .chars()
            .all(|c| matches!(c, '|' | '-' | ':' | ' '))
}

/// One row of a pipe table, its cells split at each `|`.
fn table_row(f: &mut fmt::Formatter<'_>, line: &str, cell: &str) -> fmt::Result {
    let line = line.trim();
    let line = line.strip_prefix('|').unwrap_or(line);
    let line = line.strip_suffix('|').unwrap_or(line);
    f.write_str("<tr>")?;
    for text in line.split('|') {
        write!(f, "<{cell}>")?;
        inline_html(f, text.trim())?;
        write!(f, "</{cell}>")?;
    }
    f.write_str("</tr>\n")
}

fn paragraphs(f: &mut fmt::Formatter<'_>, text: &str) -> fmt::Result {
    for paragraph in super::paragraphs(text) {
        f.write_str("<p>")?;
        inline_html(f, &paragraph)?;
        f.write_str("</p>\n")?;
    }
    Ok(())
}

/// `text` in a table cell: paragraphs apart by `<br><br>`, code spans as
/// `<code>`.
pub(super) fn cell(f: &mut fmt::Formatter<'_>, text: &str) -> fmt::Result {
    for (i, paragraph) in super::paragraphs(text).iter().enumerate() {
        if i > 0 {
            f.write_str("<br><br>")?;
        }
        inline_html(f, paragraph)?;
    }
    Ok(())
}

/// `text` escaped, each code span a `<code>` ([`inline`]).
fn inline_html(f: &mut fmt::Formatter<'_>, text: &str) -> fmt::Result {
    for piece in inline(text) {
        match piece {
            Inline::Text(text) => write!(f, "{}", Escape(text))?,
            Inline::Code { code, .. } => write!(f, "<code>{}</code>", Escape(code))?,
        }
    }
    Ok(())
}

/// Text escaped for HTML element content and quoted attribute values.
pub(super) struct Escape<'a>(pub(super) &'a str);

impl fmt::Display for Escape<'_> {
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

#[cfg(test)]
mod tests {
    use core::fmt;

    struct Blocks(&'static str);

    impl fmt::Display for Blocks {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            super::blocks(f, self.0)
        }
    }

    #[test]
    fn markdown_of_doc_comments_becomes_html() {
        assert_eq!(
            Blocks("The `errors` member, ``a `b` c``, `` ` ``.\nA lone ` stays <text>.")
                .to_string(),
            "<p>The <code>errors</code> member, <code>a `b` c</code>, <code>`</code>. \
             A lone ` stays &lt;text&gt;.</p>\n"
        );
        assert_eq!(
            Blocks("Example:\n\n```json\n{\"a\": \"<b>\"}\n```\n\n| key | type |\n|---|:-:|\n| `a` | int |\nAfter").to_string(),
            "<p>Example:</p>\n<pre><code>{&quot;a&quot;: &quot;&lt;b&gt;&quot;}\n</code></pre>\n\
             <div class=\"scroll\"><table>\n<thead><tr><th>key</th><th>type</th></tr>\n</thead>\n<tbody>\n\
             <tr><td><code>a</code></td><td>int</td></tr>\n</tbody>\n</table></div>\n<p>After</p>\n"
        );
    }
}
