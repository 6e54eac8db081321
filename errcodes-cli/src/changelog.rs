//! `errcodes changelog OLD NEW`: what a release added, changed, deprecated,
//! retired and removed, across services. An entry is its service, code and
//! name: a renamed entry is one removed and one added.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::export::{Code, Entry, Export};

#[derive(Debug, Serialize, PartialEq, Eq, PartialOrd, Ord, Clone)]
pub struct Key {
    pub service: String,
    pub code: Code,
    pub entry: String,
}

#[derive(Debug, Serialize)]
pub struct Change {
    #[serde(flatten)]
    pub key: Key,
    pub what: &'static str,
    pub old: String,
    pub new: String,
}

#[derive(Debug, Serialize)]
pub struct Deprecation {
    #[serde(flatten)]
    pub key: Key,
    pub since: Option<String>,
    pub replaced_by: Option<Code>,
}

#[derive(Debug, Serialize)]
pub struct Retirement {
    pub service: String,
    pub code: Code,
    pub note: String,
}

#[derive(Debug, Serialize, Default)]
pub struct Changelog {
    pub added: Vec<Key>,
    pub changed: Vec<Change>,
    pub deprecated: Vec<Deprecation>,
    pub retired: Vec<Retirement>,
    /// Gone without being retired: clients may still meet the code, and a
    /// later entry may reuse it.
    pub removed: Vec<Key>,
}

fn entries(exports: &[Export]) -> BTreeMap<Key, &Entry> {
    let mut map = BTreeMap::new();
    for export in exports {
        for entry in &export.entries {
            let Some(code) = &entry.code else { continue };
            let key = Key {
                service: export.service.clone(),
                code: code.clone(),
                entry: entry.name.clone(),
            };
            map.insert(key, entry);
        }
    }
    map
}

fn retired(exports: &[Export]) -> BTreeMap<(String, Code), String> {
    let mut map = BTreeMap::new();
    for export in exports {
        for r in &export.retired {
            map.insert((export.service.clone(), r.code.clone()), r.note.clone());
        }
    }
    map
}

fn status_text(status: Option<u16>) -> String {
    status.map_or_else(|| "none".to_owned(), |s| s.to_string())
}

fn changes(key: &Key, old: &Entry, new: &Entry) -> Vec<Change> {
    let mut out = Vec::new();
    if old.status != new.status {
        out.push(Change {
            key: key.clone(),
            what: "status",
            old: status_text(old.status),
            new: status_text(new.status),
        });
    }
    if old.message != new.message {
        out.push(Change {
            key: key.clone(),
            what: "message",
            old: old.message.clone(),
            new: new.message.clone(),
        });
    }
    out
}

pub fn changelog(old: &[Export], new: &[Export]) -> Changelog {
    let (old_entries, new_entries) = (entries(old), entries(new));
    let (old_retired, new_retired) = (retired(old), retired(new));
    let mut log = Changelog::default();
    for (key, entry) in &new_entries {
        match old_entries.get(key) {
            None => log.added.push(key.clone()),
            Some(before) => {
                log.changed.extend(changes(key, before, entry));
                if before.deprecated.is_none() {
                    if let Some(d) = &entry.deprecated {
                        log.deprecated.push(Deprecation {
                            key: key.clone(),
                            since: d.since.clone(),
                            replaced_by: d.replaced_by.clone(),
                        });
                    }
                }
            }
        }
    }
    for ((service, code), note) in &new_retired {
        if !old_retired.contains_key(&(service.clone(), code.clone())) {
            log.retired.push(Retirement {
                service: service.clone(),
                code: code.clone(),
                note: note.clone(),
            });
        }
    }
    let retired_now: BTreeSet<(&String, &Code)> = new_retired.keys().map(|(s, c)| (s, c)).collect();
    for key in old_entries.keys() {
        if !new_entries.contains_key(key) && !retired_now.contains(&(&key.service, &key.code)) {
            log.removed.push(key.clone());
        }
    }
    log
}

impl Changelog {
    pub fn is_empty(&self) -> bool {
        self.added.is_empty()
            && self.changed.is_empty()
            && self.deprecated.is_empty()
            && self.retired.is_empty()
            && self.removed.is_empty()
    }

    /// Markdown, one section per kind of change, services in name order.
    pub fn to_markdown(&self) -> String {
        let key = |k: &Key| {
            let (service, code) = (plain(&k.service), plain(&k.code.to_string()));
            format!("{service} {code} {}", code_span(&k.entry))
        };
        let quoted = |text: &str| plain(&format!("{text:?}"));
        let mut sections: Vec<(&str, Vec<String>)> = Vec::new();
        sections.push(("Added", self.added.iter().map(key).collect()));
        let changed = self.changed.iter().map(|c| {
            let (old, new) = (quoted(&c.old), quoted(&c.new));
            format!("{}: {} {old} → {new}", key(&c.key), c.what)
        });
        sections.push(("Changed", changed.collect()));
        let deprecated = self.deprecated.iter().map(|d| {
            let since = d
                .since
                .as_deref()
                .map(|s| format!(" since {}", plain(s)))
                .unwrap_or_default();
            let by = d
                .replaced_by
                .as_ref()
                .map(|c| format!(", use {}", plain(&c.to_string())))
                .unwrap_or_default();
            format!("{}{since}{by}", key(&d.key))
        });
        sections.push(("Deprecated", deprecated.collect()));
        let retired = self.retired.iter().map(|r| {
            let (service, code) = (plain(&r.service), plain(&r.code.to_string()));
            format!("{service} {code}: {}", plain(&r.note))
        });
        sections.push(("Retired", retired.collect()));
        sections.push((
            "Removed without retiring",
            self.removed.iter().map(key).collect(),
        ));
        let mut out = String::from("# Changes\n");
        if self.is_empty() {
            out.push_str("\nNo changes.\n");
        }
        for (title, lines) in sections.into_iter().filter(|(_, l)| !l.is_empty()) {
            out.push_str(&format!("\n## {title}\n\n"));
            for line in lines {
                out.push_str(&format!("- {}\n", item(&line)));
            }
        }
        out
    }
}

// What exports say (names, codes, messages, notes) is text to show, never
// Markdown to follow: a name must not close its code span or start a
// section of its own.

/// `text` shown as it is on one line of Markdown: line breaks escaped
/// (`\u{a}`), and the punctuation that starts inline markup (emphasis,
/// code, links, HTML, headings, tables) backslash-escaped.
fn plain(text: &str) -> String {
    let text = crate::output::one_line(text);
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if "\\`*_[]<>!#|~&".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// `text` as one code span: fenced by one backtick more than its longest
/// run of them, padded where it starts or ends with one (or with spaces
/// CommonMark would strip), line breaks escaped.
fn code_span(text: &str) -> String {
    let text = crate::output::one_line(text);
    let longest = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest + 1);
    let pad = text.starts_with('`')
        || text.ends_with('`')
        || (text.starts_with(' ') && text.ends_with(' '));
    let pad = if pad { " " } else { "" };
    format!("{fence}{pad}{text}{pad}{fence}")
}

/// A list item's text, of which the start would otherwise begin a block
/// inside the item: a list marker (`-`, `+`), a numbered item (`1.`), or
/// indentation that makes code of it.
fn item(line: &str) -> String {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    match line.as_bytes().get(digits) {
        Some(b'.' | b')') if digits > 0 => format!("{}\\{}", &line[..digits], &line[digits..]),
        Some(b'-' | b'+') if digits == 0 => format!("\\{line}"),
        Some(b' ') if digits == 0 => format!("&#32;{}", &line[1..]),
        _ => line.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_span_holds_any_run_of_backticks() {
        assert_eq!(code_span("Plain"), "`Plain`");
        assert_eq!(code_span("a`b"), "``a`b``");
        assert_eq!(code_span("`a``"), "``` `a`` ```");
        assert_eq!(code_span("a\n## b"), "`a\\u{a}## b`");
    }

    #[test]
    fn text_starts_no_markup() {
        assert_eq!(
            plain("*a* [b](c) <i> # `d`"),
            "\\*a\\* \\[b\\](c) \\<i\\> \\# \\`d\\`"
        );
        assert_eq!(item("1. x"), "1\\. x");
        assert_eq!(item("- x"), "\\- x");
        assert_eq!(item("     x"), "&#32;    x");
        assert_eq!(item("billing 2.0"), "billing 2.0");
    }
}
