//! `errcodes portal`: one self-contained HTML page across services (no
//! external resource; readable without script, where every row shows and
//! the search box stays hidden; one column on a narrow screen), with a
//! stable link per service (`#billing.example.com`) and per code
//! (`#billing.example.com/1402`: the service and the entry's anchor in its
//! own pages).

use std::fmt::Write as _;

use crate::export::Export;

const STYLE: &str = "body{font:16px/1.5 system-ui,-apple-system,'Segoe UI',sans-serif;margin:0;color:#1f2328;background:#fff}
main{max-width:72rem;margin:0 auto;padding:1rem}
h2{margin-top:2rem;border-bottom:1px solid #d0d7de}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;padding:.4rem .6rem;border-bottom:1px solid #d0d7de;vertical-align:top;overflow-wrap:anywhere}
td.code{white-space:nowrap}
.description{color:#59636e;margin:.2rem 0 0}
#search{display:none;width:100%;box-sizing:border-box;font:inherit;padding:.4rem .6rem;margin:.5rem 0;border:1px solid #d0d7de;border-radius:6px}
nav ul{padding-left:1.2rem}
[hidden]{display:none!important}
@media (max-width:40rem){thead{display:none}table,tbody,tr,td{display:block}tr{border-bottom:1px solid #d0d7de;padding:.5rem 0}td{border:0;padding:.1rem 0}}";

/// Shows the search box; hides each row whose text does not contain what
/// is typed, and each service with no row left.
const SCRIPT: &str = "(function(){var box=document.getElementById('search');box.style.display='block';
box.addEventListener('input',function(){var q=box.value.toLowerCase();
document.querySelectorAll('section.service').forEach(function(s){var any=false;
s.querySelectorAll('table.entries tbody tr').forEach(function(r){var hit=r.textContent.toLowerCase().indexOf(q)>=0;r.hidden=!hit;any=any||hit;});
s.hidden=!any;});});})();";

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// One service's section: its export is its only one (`inputs::exports`
/// refuses a second).
fn section(out: &mut String, export: &Export) {
    let service = &export.service;
    let id = escape(service);
    let _ = writeln!(
        out,
        "<section class=\"service\" id=\"{id}\">\n<h2><a href=\"#{id}\">{id}</a></h2>"
    );
    let _ = writeln!(out, "<p>{}</p>", escape(&export.title));
    out.push_str(
        "<table class=\"entries\"><thead><tr><th>Code</th><th>Name</th><th>Status</th><th>Message</th></tr></thead><tbody>\n",
    );
    for entry in &export.entries {
        let anchor = escape(&format!("{service}/{}", entry.anchor));
        let code = entry
            .code
            .as_ref()
            .map_or_else(String::new, ToString::to_string);
        let status = entry.status.map_or_else(String::new, |s| s.to_string());
        let description = entry.description.as_deref().map_or_else(String::new, |d| {
            format!("<p class=\"description\">{}</p>", escape(d))
        });
        let _ = writeln!(
            out,
            "<tr id=\"{anchor}\"><td class=\"code\"><a href=\"#{anchor}\">{}</a></td><td>{}</td><td>{status}</td><td>{}{description}</td></tr>",
            escape(&code),
            escape(&entry.name),
            escape(&entry.message),
        );
    }
    out.push_str("</tbody></table>\n</section>\n");
}

/// The page.
pub fn html(exports: &[Export]) -> String {
    let entries: usize = exports.iter().map(|e| e.entries.len()).sum();
    let mut out = String::from("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>Error codes</title>\n<style>\n");
    out.push_str(STYLE);
    out.push_str("\n</style>\n</head>\n<body>\n<main>\n<h1>Error codes</h1>\n");
    let _ = writeln!(out, "<p>{} services, {entries} entries.</p>", exports.len());
    out.push_str("<input id=\"search\" type=\"search\" placeholder=\"Search by code, name or text\" aria-label=\"Search errors of every service\">\n<nav><ul>\n");
    for export in exports {
        let id = escape(&export.service);
        let _ = writeln!(out, "<li><a href=\"#{id}\">{id}</a></li>");
    }
    out.push_str("</ul></nav>\n");
    for export in exports {
        section(&mut out, export);
    }
    out.push_str("</main>\n<script>\n");
    out.push_str(SCRIPT);
    out.push_str("\n</script>\n</body>\n</html>\n");
    out
}
