//! `#[api_error(locales = "locales/")]`: one `<lang>.json` file per language,
//! a flat JSON object from an entry's key (its code, or its name for an
//! entry without a code of its own) to its translated template. Read at
//! compile time and checked against the catalogue: every entry translated
//! (unless the file says `"@@partial": true`), no key that names no entry,
//! the same placeholders as the entry's template.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use syn::LitStr;

use crate::ast::{Input, Part, Variant};
use crate::attr::CodeValue;
use crate::ctxt::Ctxt;
use crate::template::{self, Segment};

/// The key that declares a file partial; other keys starting with `@` are
/// metadata (as in ARB files) and ignored.
const PARTIAL: &str = "@@partial";

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
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) => {
                cx.error_spanned(lit, format!("cannot read `{shown}`: {e}"));
                continue;
            }
        };
        let pairs = match parse_json(&text) {
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

fn check_file(
    cx: &mut Ctxt,
    input: &Input,
    lit: &LitStr,
    shown: &str,
    keys: &[Option<String>],
    tag: String,
    pairs: Vec<Pair>,
) -> LocaleFile {
    let mut partial = false;
    let mut translations: Vec<Option<(String, Vec<Segment>)>> = vec![None; keys.len()];
    // Translated, even if wrongly (reported already): not missing as well.
    let mut given = vec![false; keys.len()];
    let mut seen: Vec<(&str, usize)> = Vec::new();
    for (key, value, line) in &pairs {
        if let Some((_, first)) = seen.iter().find(|(k, _)| k == key) {
            cx.error_spanned(
                lit,
                format!("{shown}:{line}: `{key}` given twice (first on line {first})"),
            );
            continue;
        }
        seen.push((key, *line));
        let text = match (key.as_str(), value) {
            (PARTIAL, Value::Bool(b)) => {
                partial = *b;
                continue;
            }
            (PARTIAL, Value::Str(_)) => {
                cx.error_spanned(
                    lit,
                    format!("{shown}:{line}: `{PARTIAL}` takes `true` or `false`"),
                );
                continue;
            }
            (k, _) if k.starts_with('@') => continue,
            (_, Value::Bool(_)) => {
                cx.error_spanned(
                    lit,
                    format!("{shown}:{line}: the translation of `{key}` must be a string"),
                );
                continue;
            }
            (_, Value::Str(text)) => text,
        };
        let indices: Vec<usize> = keys
            .iter()
            .enumerate()
            .filter(|(_, k)| k.as_ref() == Some(key))
            .map(|(i, _)| i)
            .collect();
        if indices.is_empty() {
            // A number one digit off another is no typo worth naming.
            let names: Vec<&str> = keys.iter().flatten().map(String::as_str).collect();
            let hint = (!key.bytes().all(|b| b.is_ascii_digit() || b == b'-'))
                .then(|| crate::symbol::closest(key, &names))
                .flatten()
                .map(|k| format!("; did you mean `{k}`?"))
                .unwrap_or_default();
            cx.error_spanned(
                lit,
                format!(
                    "{shown}:{line}: `{key}` is no code or name of `{}`{}{hint}",
                    input.type_name(),
                    wrapped_note(input)
                ),
            );
            continue;
        }
        // An empty string is what translation tools write for "not translated yet".
        if text.is_empty() {
            continue;
        }
        for &i in &indices {
            given[i] = true;
        }
        let segments = match template::parse(text) {
            Ok(segments) => segments,
            Err(message) => {
                cx.error_spanned(
                    lit,
                    format!("{shown}:{line}: invalid template for `{key}`: {message}"),
                );
                continue;
            }
        };
        for i in indices {
            let variant = &input.variants[i];
            if check_placeholders(cx, variant, shown, *line, key, &segments) {
                translations[i] = Some((text.clone(), segments.clone()));
            }
        }
    }
    if !partial {
        // Each at its entry, but a new or stale file misses hundreds: the
        // first few there, the count of the rest at `locales`.
        const AT_ENTRIES: usize = 10;
        let missing: Vec<(usize, &String)> = keys
            .iter()
            .enumerate()
            .filter_map(|(i, k)| Some((i, k.as_ref()?)))
            .filter(|&(i, _)| !given[i])
            .collect();
        for &(i, key) in missing.iter().take(AT_ENTRIES) {
            cx.error_at(
                input.variants[i].code.code.span,
                format!(
                    "`{shown}` has no translation of `{key}`; add one, or declare the file `\"{PARTIAL}\": true` to show the message in its place"
                ),
            );
        }
        if missing.len() > AT_ENTRIES {
            cx.error_spanned(
                lit,
                format!(
                    "`{shown}` misses {} more translation{}; add each, or declare the file `\"{PARTIAL}\": true`",
                    missing.len() - AT_ENTRIES,
                    if missing.len() - AT_ENTRIES == 1 { "" } else { "s" }
                ),
            );
        }
    }
    LocaleFile {
        tag,
        path: PathBuf::new(),
        partial,
        translations,
    }
}

/// A translation names the template's placeholders, each without a format
/// spec: the value is formatted as the template formats it, so a
/// translator cannot change what the code prints.
fn check_placeholders(
    cx: &mut Ctxt,
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
                cx.error_at(span, format!("{shown}:{line}: the translation of `{key}` writes `{{{name}:{spec}}}`; write `{{{name}}}`, it is formatted as this message formats it"));
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
        cx.error_at(
            span,
            format!(
                "{shown}:{line}: the translation of `{key}` has placeholders {}, but this message has {}",
                list(&theirs),
                list(&ours)
            ),
        );
        ok = false;
    }
    ok
}

/// `alpha{1,8}(-alphanum{1,8})*` (RFC 5646's shape, not its registry).
fn is_tag(tag: &str) -> bool {
    tag.split('-').enumerate().all(|(i, sub)| {
        (1..=8).contains(&sub.len())
            && if i == 0 {
                sub.bytes().all(|b| b.is_ascii_alphabetic())
            } else {
                sub.bytes().all(|b| b.is_ascii_alphanumeric())
            }
    })
}

pub enum Value {
    Str(String),
    Bool(bool),
}

/// A key, its value and its line.
type Pair = (String, Value, usize);
/// A message and the line it is about.
type JsonError = (usize, String);

/// A flat JSON object of strings (and booleans, for metadata), each key
/// with the line it is on; an error with its line.
fn parse_json(text: &str) -> Result<Vec<Pair>, JsonError> {
    let mut p = Json {
        chars: text
            .strip_prefix('\u{feff}')
            .unwrap_or(text)
            .chars()
            .peekable(),
        line: 1,
    };
    p.space();
    p.expect(
        '{',
        "expected `{`: a locale file is one JSON object from code to message",
    )?;
    let mut pairs = Vec::new();
    p.space();
    if p.chars.peek() == Some(&'}') {
        p.chars.next();
    } else {
        loop {
            p.space();
            let line = p.line;
            let key = p.string()?;
            p.space();
            p.expect(':', "expected `:` after the key")?;
            p.space();
            let value = match p.chars.peek() {
                Some('"') => Value::Str(p.string()?),
                Some('t' | 'f') => Value::Bool(p.word()?),
                _ => return Err((p.line, format!("the value of `{key}` must be a string"))),
            };
            pairs.push((key, value, line));
            p.space();
            match p.chars.next() {
                Some(',') => {}
                Some('}') => break,
                _ => return Err((p.line, "expected `,` or `}`".to_owned())),
            }
        }
    }
    p.space();
    if p.chars.next().is_some() {
        return Err((p.line, "unexpected text after the object".to_owned()));
    }
    Ok(pairs)
}

struct Json<'a> {
    chars: std::iter::Peekable<std::str::Chars<'a>>,
    line: usize,
}

impl Json<'_> {
    fn space(&mut self) {
        while let Some(&c) = self.chars.peek() {
            if !matches!(c, ' ' | '\t' | '\r' | '\n') {
                break;
            }
            if c == '\n' {
                self.line += 1;
            }
            self.chars.next();
        }
    }

    fn expect(&mut self, want: char, message: &str) -> Result<(), JsonError> {
        match self.chars.next() {
            Some(c) if c == want => Ok(()),
            _ => Err((self.line, message.to_owned())),
        }
    }

    fn word(&mut self) -> Result<bool, JsonError> {
        let mut word = String::new();
        while let Some(&c) = self.chars.peek() {
            if !c.is_ascii_alphabetic() {
                break;
            }
            word.push(c);
            self.chars.next();
        }
        match word.as_str() {
            "true" => Ok(true),
            "false" => Ok(false),
            _ => Err((self.line, format!("expected a string, found `{word}`"))),
        }
    }

    fn string(&mut self) -> Result<String, JsonError> {
        self.expect('"', "expected a string in double quotes")?;
        let mut out = String::new();
        loop {
            let Some(c) = self.chars.next() else {
                return Err((self.line, "unterminated string".to_owned()));
            };
            match c {
                '"' => return Ok(out),
                '\\' => {
                    let escaped = match self.chars.next() {
                        Some('"') => '"',
                        Some('\\') => '\\',
                        Some('/') => '/',
                        Some('b') => '\u{8}',
                        Some('f') => '\u{c}',
                        Some('n') => '\n',
                        Some('r') => '\r',
                        Some('t') => '\t',
                        Some('u') => self.unicode()?,
                        _ => return Err((self.line, "invalid escape in a string".to_owned())),
                    };
                    out.push(escaped);
                }
                c if c < ' ' => {
                    return Err((
                        self.line,
                        "a line break or control character inside a string; write it as `\\n`"
                            .to_owned(),
                    ));
                }
                c => out.push(c),
            }
        }
    }

    fn hex4(&mut self) -> Result<u32, JsonError> {
        let mut value = 0;
        for _ in 0..4 {
            let digit = self
                .chars
                .next()
                .and_then(|c| c.to_digit(16))
                .ok_or((self.line, "expected four hex digits after `\\u`".to_owned()))?;
            value = value * 16 + digit;
        }
        Ok(value)
    }

    fn unicode(&mut self) -> Result<char, JsonError> {
        let first = self.hex4()?;
        let code = if (0xD800..0xDC00).contains(&first) {
            if self.chars.next() != Some('\\') || self.chars.next() != Some('u') {
                return Err((self.line, "a lone surrogate in `\\u` escapes".to_owned()));
            }
            let second = self.hex4()?;
            if !(0xDC00..0xE000).contains(&second) {
                return Err((self.line, "a lone surrogate in `\\u` escapes".to_owned()));
            }
            0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
        } else {
            first
        };
        char::from_u32(code).ok_or((self.line, "a lone surrogate in `\\u` escapes".to_owned()))
    }
}
