//! `#[api_error(locales = "locales/")]`: one `<lang>.json` file per language,
//! a flat JSON object from an entry's key (its code, or its name for an
//! entry without a code of its own) to its translated template. Read at
//! compile time and checked against the catalogue: every entry translated
//! (unless the file says `"@@partial": true`), no key that names no entry,
//! the same placeholders as the entry's template.
//!
//! Keys read as in ARB files: `@@name` is metadata of the file, `@key`
//! metadata of `key` (neither read, except `@@partial`), any other key is
//! an entry's, with one leading `\` dropped: `\@admin` is the key of the
//! code `@admin`, which `@admin` cannot be.

mod json;

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use errcode_shared::is_tag;
use proc_macro2::Span;
use syn::LitStr;

use crate::ast::{Input, Part, Variant};
use crate::attr::CodeValue;
use crate::ctxt::Ctxt;
use crate::template::{self, Segment};
use json::{Pair, Value};

/// The file metadata that declares a file partial (`"@@partial": true`).
const PARTIAL: &str = "partial";

pub struct Locales {
    /// The language of the `msg` templates.
    pub lang: String,
    pub files: Vec<LocaleFile>,
}

pub struct LocaleFile {
    pub tag: String,
    /// Absolute, for `include_bytes!`: the build re-runs when it changes.
    pub path: PathBuf,
    pub partial: bool,
    /// Per variant: the translated template as written and its pieces;
    /// `None` where a partial file has none.
    pub translations: Vec<Option<(String, Vec<Segment>)>>,
}

/// The locales of `input`, checked; `None` after an error.
pub fn load(cx: &mut Ctxt, input: &Input) -> Option<Locales> {
    let lang = input.lang().map_or_else(|| "en".to_owned(), LitStr::value);
    if let Some(lit) = input.lang() {
        if !is_tag(&lang) {
            cx.error_spanned(lit, format!("`lang = \"{lang}\"` is not a language tag; expected one such as `en`, `en-US` or `zh-Hant`"));
            return None;
        }
    }
    let Some(lit) = input.locales() else {
        return Some(Locales {
            lang,
            files: Vec::new(),
        });
    };
    let written = lit.value();
    let base = std::env::var_os("CARGO_MANIFEST_DIR").map_or_else(PathBuf::new, PathBuf::from);
    let dir = base.join(&written);
    let listing = match std::fs::read_dir(&dir) {
        Ok(listing) => listing,
        Err(e) => {
            cx.error_spanned(
                lit,
                format!("cannot read the locales directory `{written}` (relative to the crate's Cargo.toml): {e}"),
            );
            return None;
        }
    };
    let mut paths: Vec<PathBuf> = listing
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    let keys = keys(input);
    let mut files = Vec::new();
    // Each language's tag and the file that gave it.
    let mut tags: Vec<(String, String)> = Vec::new();
    for path in paths {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let shown = Path::new(&written).join(&name).display().to_string();
        let tag = name.trim_end_matches(".json").to_owned();
        if !is_tag(&tag) {
            cx.error_spanned(lit, format!("`{shown}`: `{tag}` is not a language tag; name each file after its language, e.g. `zh-Hant.json`"));
            continue;
        }
        if tag.eq_ignore_ascii_case(&lang) {
            cx.error_spanned(lit, format!("`{shown}` translates into `{tag}`, the language of the `msg` templates; remove it, or set `lang` to theirs"));
            continue;
        }
        // Language tags ignore case (RFC 5646 §2.1.1): `DE.json` and
        // `de.json` are one language twice, and lookup would find either.
        if let Some((_, first)) = tags.iter().find(|(t, _)| t.eq_ignore_ascii_case(&tag)) {
            cx.error_spanned(lit, format!("`{first}` and `{shown}` both translate into `{tag}` (language tags ignore case); keep one"));
            continue;
        }
        tags.push((tag.clone(), shown.clone()));
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) => {
                cx.error_spanned(lit, format!("cannot read `{shown}`: {e}"));
                continue;
            }
        };
        let pairs = match json::parse(&text) {
            Ok(pairs) => pairs,
            Err((line, message)) => {
                cx.error_spanned(lit, format!("{shown}:{line}: {message}"));
                continue;
            }
        };
        let file = check_file(cx, input, lit, &shown, &keys, tag, pairs);
        files.push(LocaleFile {
            path: std::fs::canonicalize(&path).unwrap_or(path),
            ..file
        });
    }
    (!cx.has_errors()).then_some(Locales { lang, files })
}

/// Each variant's key: its code where the code is its own, else its name;
/// none for a `#[code(transparent)]` variant, whose entries are the wrapped
/// type's, translated by that type's own `locales`.
fn keys(input: &Input) -> Vec<Option<String>> {
    input
        .variants
        .iter()
        .map(|v| {
            v.code
                .transparent
                .is_none()
                .then(|| match &v.code.code.value {
                    CodeValue::Int(n) if v.code.shared().is_none() => n.to_string(),
                    CodeValue::Str(s) if v.code.shared().is_none() => s.clone(),
                    _ => v.shown_name(),
                })
        })
        .collect()
}

/// What a key of a locale file is.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Key<'a> {
    /// `@@name`: of the file.
    FileMetadata(&'a str),
    /// `@key`: of the entry `key`.
    Metadata(&'a str),
    /// An entry's key, with one leading `\` dropped.
    Entry(&'a str),
}

impl<'a> Key<'a> {
    fn read(key: &'a str) -> Self {
        if let Some(name) = key.strip_prefix("@@") {
            Key::FileMetadata(name)
        } else if let Some(of) = key.strip_prefix('@') {
            Key::Metadata(of)
        } else {
            Key::Entry(key.strip_prefix('\\').unwrap_or(key))
        }
    }
}

/// How an entry's key is written in a file, as JSON text: with a `\`
/// before a leading `@` or `\`.
fn written(key: &str) -> String {
    let mut out = String::from('"');
    if key.starts_with(['@', '\\']) {
        out.push_str("\\\\");
    }
    for c in key.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            c if c < ' ' => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The errors of one kind in one file: the first few each where it is,
/// then one at `locales` that counts the rest. A stale or foreign file has
/// thousands of each, and a thousand errors hide the one line to read.
#[derive(Default)]
struct Capped {
    count: usize,
}

impl Capped {
    const SHOWN: usize = 10;

    fn report(&mut self, cx: &mut Ctxt, span: Span, message: impl FnOnce() -> String) {
        if self.count < Self::SHOWN {
            cx.error_at(span, message());
        }
        self.count += 1;
    }

    /// `summary(n, plural_s)` for the `n` errors past the first few.
    fn summarize(&self, cx: &mut Ctxt, lit: &LitStr, summary: impl FnOnce(usize, &str) -> String) {
        let rest = self.count.saturating_sub(Self::SHOWN);
        if rest > 0 {
            cx.error_spanned(lit, summary(rest, if rest == 1 { "" } else { "s" }));
        }
    }
}

/// For a key that names no entry: where the wrapped types' entries are
/// translated, if the type wraps any (a key for them here is never used).
fn wrapped_note(input: &Input) -> String {
    let wrapped: Vec<String> = input
        .variants
        .iter()
        .filter_map(|v| v.transparent())
        .map(|f| format!("`{}`", crate::symbol::type_text(f.ty)))
        .collect();
    if wrapped.is_empty() {
        return String::new();
    }
    format!(
        " (the entries of {}, wrapped by #[code(transparent)], are translated by the `locales` of their own type)",
        wrapped.join(", ")
    )
}

/// One file being checked against the catalogue.
struct Check<'a> {
    input: &'a Input<'a>,
    lit: &'a LitStr,
    shown: &'a str,
    keys: &'a [Option<String>],
    /// The variants of each key (several share a name or a code).
    variants: HashMap<&'a str, Vec<usize>>,
    /// Keys that name nothing.
    unknown: Capped,
    /// Duplicates, values of the wrong kind, templates that do not fit.
    invalid: Capped,
    partial: bool,
    translations: Vec<Option<(String, Vec<Segment>)>>,
    /// Translated, even if wrongly (reported already): not missing as well.
    given: Vec<bool>,
}

fn check_file(
    cx: &mut Ctxt,
    input: &Input,
    lit: &LitStr,
    shown: &str,
    keys: &[Option<String>],
    tag: String,
    pairs: Vec<Pair>,
) -> LocaleFile {
    let mut variants: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, key) in keys.iter().enumerate() {
        if let Some(key) = key {
            variants.entry(key).or_default().push(i);
        }
    }
    let mut check = Check {
        input,
        lit,
        shown,
        keys,
        variants,
        unknown: Capped::default(),
        invalid: Capped::default(),
        partial: false,
        translations: vec![None; keys.len()],
        given: vec![false; keys.len()],
    };
    let mut seen: HashMap<Key, usize> = HashMap::new();
    for (key, value, line) in &pairs {
        let read = Key::read(key);
        if let Some(first) = seen.get(&read) {
            check.invalid.report(cx, lit.span(), || {
                format!("{shown}:{line}: `{key}` given twice (first on line {first})")
            });
            continue;
        }
        seen.insert(read, *line);
        match read {
            Key::FileMetadata(PARTIAL) => match value {
                Value::Bool(b) => check.partial = *b,
                _ => check.invalid.report(cx, lit.span(), || {
                    format!("{shown}:{line}: `@@{PARTIAL}` takes `true` or `false`")
                }),
            },
            Key::FileMetadata(_) => {}
            Key::Metadata(of) => check.metadata(cx, key, of, *line),
            Key::Entry(entry) => check.translation(cx, key, entry, value, *line),
        }
    }
    check.finish(cx, tag)
}

impl Check<'_> {
    /// `@key` is metadata of `key`, however written; but where only `@key`
    /// names an entry, the file meant to translate it.
    fn metadata(&mut self, cx: &mut Ctxt, key: &str, of: &str, line: usize) {
        if self.variants.contains_key(of) {
            return;
        }
        let Some(meant) = self.variants.get(key) else {
            return;
        };
        // Reported here: not missing as well.
        for &i in meant {
            self.given[i] = true;
        }
        let (shown, ty) = (self.shown, self.input.type_name());
        self.unknown.report(cx, self.lit.span(), || {
            format!("{shown}:{line}: `{key}` is metadata of `{of}`, which is no code or name of `{ty}`; the translation of the code `{key}` is written {}", written(key))
        });
    }

    fn translation(&mut self, cx: &mut Ctxt, key: &str, entry: &str, value: &Value, line: usize) {
        let shown = self.shown;
        let Some(indices) = self.variants.get(entry).cloned() else {
            let (keys, ty) = (self.keys, self.input.type_name());
            self.unknown.report(cx, self.lit.span(), || {
                // A number one digit off another is no typo worth naming.
                let names: Vec<&str> = keys.iter().flatten().map(String::as_str).collect();
                let hint = (!entry.bytes().all(|b| b.is_ascii_digit() || b == b'-'))
                    .then(|| crate::symbol::closest(entry, &names))
                    .flatten()
                    .map(|k| format!("; did you mean {}?", written(k)))
                    .unwrap_or_default();
                let wrapped = wrapped_note(self.input);
                format!("{shown}:{line}: `{key}` is no code or name of `{ty}`{wrapped}{hint}")
            });
            return;
        };
        let Value::Str(text) = value else {
            self.invalid.report(cx, self.lit.span(), || {
                format!("{shown}:{line}: the translation of `{key}` must be a string")
            });
            return;
        };
        // An empty string is what translation tools write for "not translated yet".
        if text.is_empty() {
            return;
        }
        for &i in &indices {
            self.given[i] = true;
        }
        let segments = match template::parse(text) {
            Ok(segments) => segments,
            Err(message) => {
                self.invalid.report(cx, self.lit.span(), || {
                    format!("{shown}:{line}: invalid template for `{key}`: {message}")
                });
                return;
            }
        };
        for i in indices {
            let variant = &self.input.variants[i];
            let fits =
                check_placeholders(cx, &mut self.invalid, variant, shown, line, key, &segments);
            if fits {
                self.translations[i] = Some((text.clone(), segments.clone()));
            }
        }
    }

    /// Reports what is missing (unless the file is partial) and the counts
    /// past the first few errors of each kind.
    fn finish(self, cx: &mut Ctxt, tag: String) -> LocaleFile {
        let (shown, ty) = (self.shown, self.input.type_name());
        let mut missing = Capped::default();
        if !self.partial {
            for (i, key) in self
                .keys
                .iter()
                .enumerate()
                .filter_map(|(i, key)| Some((i, key.as_ref()?)))
                .filter(|(i, _)| !self.given[*i])
            {
                missing.report(cx, self.input.variants[i].code.code.span, || {
                    let how = if key.starts_with(['@', '\\']) {
                        format!(" (its key is written {}: a key starting with `@` is metadata)", written(key))
                    } else {
                        String::new()
                    };
                    format!("`{shown}` has no translation of `{key}`{how}; add one, or declare the file `\"@@{PARTIAL}\": true` to show the message in its place")
                });
            }
        }
        missing.summarize(cx, self.lit, |n, s| {
            format!("`{shown}` misses {n} more translation{s}; add each, or declare the file `\"@@{PARTIAL}\": true`")
        });
        self.unknown.summarize(cx, self.lit, |n, s| {
            format!("`{shown}` has {n} more key{s} that name no code or name of `{ty}`")
        });
        self.invalid.summarize(cx, self.lit, |n, s| {
            format!("`{shown}` has {n} more error{s} in its keys and translations")
        });
        LocaleFile {
            tag,
            path: PathBuf::new(),
            partial: self.partial,
            translations: self.translations,
        }
    }
}

/// A translation names the template's placeholders, each without a format
/// spec: the value is formatted as the template formats it, so a
/// translator cannot change what the code prints.
fn check_placeholders(
    cx: &mut Ctxt,
    errors: &mut Capped,
    variant: &Variant,
    shown: &str,
    line: usize,
    key: &str,
    segments: &[Segment],
) -> bool {
    let span = variant
        .code
        .msg()
        .map_or(variant.code.code.span, LitStr::span);
    let mut ok = true;
    let mut theirs = BTreeSet::new();
    for segment in segments {
        if let Segment::Arg { name, spec } = segment {
            if !spec.is_empty() {
                errors.report(cx, span, || format!("{shown}:{line}: the translation of `{key}` writes `{{{name}:{spec}}}`; write `{{{name}}}`, it is formatted as this message formats it"));
                ok = false;
            }
            theirs.insert(name.as_str());
        }
    }
    let ours: BTreeSet<&str> = variant
        .message
        .iter()
        .filter_map(|p| match p {
            Part::Field { name, .. } => Some(name.as_str()),
            Part::Text(_) => None,
        })
        .collect();
    if ours != theirs {
        let list = |set: &BTreeSet<&str>| {
            if set.is_empty() {
                "none".to_owned()
            } else {
                set.iter()
                    .map(|n| format!("`{{{n}}}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            }
        };
        errors.report(cx, span, || {
            format!(
                "{shown}:{line}: the translation of `{key}` has placeholders {}, but this message has {}",
                list(&theirs),
                list(&ours)
            )
        });
        ok = false;
    }
    ok
}
