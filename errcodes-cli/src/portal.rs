//! `errcodes portal`: one self-contained HTML page across services (no
//! external resource; readable without script, where every row shows and
//! the search box stays hidden; one column on a narrow screen), with a
//! stable link per service (`#billing.example.com`) and per code
//! (`#billing.example.com/1402`: the service and the entry's anchor in its
//! own pages).

use std::collections::HashMap;
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

/// `text` as one part of an element id and link: percent-encoded where
/// it holds `%` or `/` (which join the parts: the encoding is one to one,
/// so that two entries never share an id), whitespace, control characters
/// or what a URL fragment may not hold. A domain or an anchor as the
/// derive writes them (`billing.example.com`, `1402`) is left as it is.
fn id_part(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let kept = c.is_ascii_alphanumeric()
            || "-._~!$&'()*+,;=:@".contains(c)
            || !(c.is_ascii()
                || c.is_whitespace()
                || c.is_control()
                || ('\u{2000}'..='\u{206f}').contains(&c));
        if kept {
            out.push(c);
        } else {
            for byte in c.encode_utf8(&mut [0; 4]).bytes() {
                let _ = write!(out, "%{byte:02X}");
            }
        }
    }
    out
}

/// The ids the page itself uses, which no service's may take.
const PAGE_IDS: [&str; 1] = ["search"];

/// A service's section id: its domain as [`id_part`] writes it, its first
/// letter encoded too where that is one of the page's own ids.
fn service_id(service: &str) -> String {
    let id = id_part(service);
    match id.chars().next() {
        Some(first) if PAGE_IDS.contains(&id.as_str()) => {
            format!("%{:02X}{}", first as u32, &id[first.len_utf8()..])
        }
        _ => id,
    }
}

/// An entry's row id: `service/anchor`, and `service/anchor/Type` where
/// the anchor is in more than one of the service's catalogues (each of
/// which is given once, and each anchor once in its catalogue).
fn entry_id(service: &str, catalogue: &Export, anchor: &str, repeated: bool) -> String {
    let id = format!("{}/{}", service_id(service), id_part(anchor));
    if repeated {
        format!("{id}/{}", id_part(&catalogue.type_name))
    } else {
        id
    }
}

/// The exports by service, each service where its first export is.
fn by_service(exports: &[Export]) -> Vec<(&str, Vec<&Export>)> {
    let mut services: Vec<(&str, Vec<&Export>)> = Vec::new();
    for export in exports {
        match services.iter_mut().find(|(s, _)| *s == export.service) {
            Some((_, catalogues)) => catalogues.push(export),
            None => services.push((&export.service, vec![export])),
        }
    }
    services
}

/// One service's section: a table per catalogue.
fn section(out: &mut String, service: &str, catalogues: &[&Export]) {
    let id = escape(&service_id(service));
    let _ = writeln!(
        out,
        "<section class=\"service\" id=\"{id}\">\n<h2><a href=\"#{id}\">{}</a></h2>",
        escape(service)
    );
    let mut anchors: HashMap<&str, usize> = HashMap::new();
    for entry in catalogues.iter().flat_map(|c| &c.entries) {
        *anchors.entry(&entry.anchor).or_default() += 1;
    }
    for export in catalogues {
        let _ = writeln!(out, "<p>{}</p>", escape(&export.title));
        table(out, service, export, &anchors);
    }
    out.push_str("</section>\n");
}

fn table(out: &mut String, service: &str, export: &Export, anchors: &HashMap<&str, usize>) {
    out.push_str(
        "<table class=\"entries\"><thead><tr><th>Code</th><th>Name</th><th>Status</th><th>Message</th></tr></thead><tbody>\n",
    );
    for entry in &export.entries {
        let repeated = anchors.get(entry.anchor.as_str()) > Some(&1);
        let anchor = escape(&entry_id(service, export, &entry.anchor, repeated));
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
            name_cell(entry),
            escape(&entry.message),
        );
    }
    out.push_str("</tbody></table>\n");
}

/// The entry's name, linked to its page where the export gives an absolute
/// URL. A path-only page (`/errors/1402`) is on the service's own host,
/// which no export names, and a link would resolve against wherever this
/// page is served: it is shown as text, for a reader who knows the host.
fn name_cell(entry: &crate::export::Entry) -> String {
    let name = escape(&entry.name);
    match entry.docs_url.as_deref() {
        Some(url) if url.starts_with("https://") || url.starts_with("http://") => {
            format!("<a class=\"page\" href=\"{}\">{name}</a>", escape(url))
        }
        Some(path) if path.starts_with('/') => format!(
            "{name} <code class=\"page\" title=\"on the service's host\">{}</code>",
            escape(path)
        ),
        _ => name,
    }
}

/// The page.
pub fn html(exports: &[Export]) -> String {
    let entries: usize = exports.iter().map(|e| e.entries.len()).sum();
    let services = by_service(exports);
    let mut out = String::from("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>Error codes</title>\n<style>\n");
    out.push_str(STYLE);
    out.push_str("\n</style>\n</head>\n<body>\n<main>\n<h1>Error codes</h1>\n");
    let _ = writeln!(
        out,
        "<p>{} services, {entries} entries.</p>",
        services.len()
    );
    out.push_str("<input id=\"search\" type=\"search\" placeholder=\"Search by code, name or text\" aria-label=\"Search errors of every service\">\n<nav><ul>\n");
    for (service, _) in &services {
        let id = escape(&service_id(service));
        let _ = writeln!(out, "<li><a href=\"#{id}\">{}</a></li>", escape(service));
    }
    out.push_str("</ul></nav>\n");
    for (service, catalogues) in &services {
        section(&mut out, service, catalogues);
    }
    out.push_str("</main>\n<script>\n");
    out.push_str(SCRIPT);
    out.push_str("\n</script>\n</body>\n</html>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_one_to_one() {
        assert_eq!(service_id("billing.example.com"), "billing.example.com");
        assert_eq!(id_part("a/Same"), "a%2FSame");
        assert_eq!(id_part("50%"), "50%25");
        assert_eq!(id_part("a b\"<#\u{202e}é"), "a%20b%22%3C%23%E2%80%AEé");
        assert_eq!(service_id("search"), "%73earch");
        assert_eq!(service_id("%73earch"), "%2573earch");
    }

    /// An absolute page is linked; a path from the service's root, whose
    /// host no export names, is shown as text; anything else not at all.
    #[test]
    fn an_entry_links_to_its_absolute_page_only() {
        let entries = serde_json::json!([
            {"anchor": "1", "code": 1, "name": "Far", "status": 400, "message": "m",
             "docs_url": "https://api.example.com/errors/1?a=1&b=\"2"},
            {"anchor": "2", "code": 2, "name": "Near", "status": 400, "message": "m",
             "docs_url": "/errors/2"},
            {"anchor": "3", "code": 3, "name": "Odd", "status": 400, "message": "m",
             "docs_url": "javascript:alert(1)"},
            {"anchor": "4", "code": 4, "name": "None", "status": 400, "message": "m"}
        ]);
        let text = serde_json::json!({"format_version": 1, "type": "E",
            "domain": "api.example.com", "title": "t", "entries": entries})
        .to_string();
        let page = html(&[Export::parse(std::path::Path::new("e.json"), &text).unwrap()]);
        assert!(page.contains(
            "<a class=\"page\" href=\"https://api.example.com/errors/1?a=1&amp;b=&quot;2\">Far</a>"
        ), "{page}");
        assert!(page.contains(
            "<td>Near <code class=\"page\" title=\"on the service's host\">/errors/2</code></td>"
        ), "{page}");
        assert!(
            page.contains("<td>Odd</td>") && !page.contains("javascript:"),
            "{page}"
        );
        assert!(page.contains("<td>None</td>"), "{page}");
    }

    /// The page's element ids, and the ids its links point at.
    fn ids_and_links(html: &str) -> (Vec<&str>, Vec<&str>) {
        let after = |marker: &str| -> Vec<&str> {
            html.split(marker)
                .skip(1)
                .map(|rest| &rest[..rest.find('"').unwrap()])
                .collect()
        };
        (after(" id=\""), after("href=\"#"))
    }

    fn names() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        prop_oneof![
            Just("search".to_owned()),
            Just("%73earch".to_owned()),
            "[a/%2F s\"<&]{1,4}",
        ]
    }

    proptest::proptest! {
        /// Whatever services, types and anchors: each id once, and each
        /// link to an element of the page.
        #[test]
        fn every_id_once_and_every_link_to_one(
            catalogues in proptest::collection::vec(
                (names(), "[AB]", proptest::collection::hash_set(names(), 1..4)),
                1..5,
            ),
        ) {
            let mut seen = std::collections::HashSet::new();
            let exports: Vec<Export> = catalogues
                .into_iter()
                .filter(|(service, type_name, _)| seen.insert((service.clone(), type_name.clone())))
                .enumerate()
                .map(|(i, (service, type_name, anchors))| {
                    let entries: Vec<_> = anchors.iter().map(|a| serde_json::json!(
                        {"anchor": a, "code": i, "name": a, "status": 400, "message": "m"})).collect();
                    let text = serde_json::json!({"format_version": 1, "type": type_name,
                        "domain": service, "title": "t", "entries": entries}).to_string();
                    Export::parse(std::path::Path::new("e.json"), &text).unwrap()
                })
                .collect();
            let page = html(&exports);
            let (ids, links) = ids_and_links(&page);
            let unique: std::collections::HashSet<&&str> = ids.iter().collect();
            proptest::prop_assert_eq!(unique.len(), ids.len(), "{:?}", ids);
            for link in links {
                proptest::prop_assert!(ids.contains(&link), "#{} links to nothing", link);
            }
        }
    }
}
