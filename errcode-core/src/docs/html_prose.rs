//! Doc-comment text in the HTML page. Doc comments are Markdown (rustdoc
//! reads them so, and the Markdown page keeps them so); the page shows the
//! parts error catalogues use as HTML, never as Markdown syntax: code spans
//! as `<code>`, fenced code blocks as `<pre>`, pipe tables as `<table>`,
//! paragraphs.

use core::fmt;

use crate::catalogue::Fence;

/// `text` as blocks: each fenced code block a `<pre>`, each pipe table a
/// `<table>`, the rest paragraphs.
pub(super) fn blocks(f: &mut fmt::Formatter<'_>, text: &str) -> fmt::Result {
    let mut prose = String::new();
    let mut lines = text.lines().peekable();
    while let Some(line) = lines.next() {
        let next_is_delimiter = lines.peek().is_some_and(|next| is_delimiter_row(next));
        if Fence::open(line).is_none() && !(is_table_row(line) && next_is_delimiter) {
            prose.push_str(line);
            prose.push('\n');
            continue;
        }
        paragraphs(f, &prose)?;
        prose.clear();
        if let Some(fence) = Fence::open(line) {
            f.write_str("<pre><code>")?;
            for line in lines.by_ref() {
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
            while let Some(row) = lines.next_if(|l| is_table_row(l)) {
                table_row(f, row, "td")?;
            }
            f.write_str("</tbody>\n</table></div>\n")?;
        }
    }
    paragraphs(f, &prose)
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
        inline(f, text.trim())?;
        write!(f, "</{cell}>")?;
    }
    f.write_str("</tr>\n")
}

fn paragraphs(f: &mut fmt::Formatter<'_>, text: &str) -> fmt::Result {
    for paragraph in super::paragraphs(text) {
        f.write_str("<p>")?;
        inline(f, &paragraph)?;
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
        inline(f, paragraph)?;
    }
    Ok(())
}

/// `text` escaped, each code span a `<code>`: a run of backticks up to the
/// next run of the same length (CommonMark's code spans); a run with none
/// is text.
fn inline(f: &mut fmt::Formatter<'_>, text: &str) -> fmt::Result {
    let mut rest = text;
    while let Some(start) = rest.find('`') {
        let run = backticks(&rest[start..]);
        let after = &rest[start + run..];
        let Some(end) = closing(after, run) else {
            write!(f, "{}", Escape(&rest[..start + run]))?;
            rest = after;
            continue;
        };
        let code = &after[..end];
        // One space on each side is padding, unless the span is all spaces.
        let code = match code.strip_prefix(' ').and_then(|c| c.strip_suffix(' ')) {
            Some(inner) if !code.trim().is_empty() => inner,
            _ => code,
        };
        write!(f, "{}<code>{}</code>", Escape(&rest[..start]), Escape(code))?;
        rest = &after[end + run..];
    }
    write!(f, "{}", Escape(rest))
}

/// Where in `text` a run of exactly `run` backticks starts.
fn closing(text: &str, run: usize) -> Option<usize> {
    let mut at = 0;
    while let Some(found) = text[at..].find('`') {
        let start = at + found;
        let length = backticks(&text[start..]);
        if length == run {
            return Some(start);
        }
        at = start + length;
    }
    None
}

fn backticks(text: &str) -> usize {
    text.bytes().take_while(|b| *b == b'`').count()
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
