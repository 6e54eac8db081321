//! Translated catalogues: the languages `#[api_error(locales = "...")]`
//! loads at compile time, choosing one for a request (`Accept-Language`),
//! and messages rendered in it.

use errcode_shared::is_tag;

use crate::{Catalogue, Entry, Segment};

/// One translation of a catalogue: a file `<tag>.json` of the locales
/// directory, with a message per entry.
#[derive(Debug)]
pub struct Language {
    pub(crate) tag: &'static str,
    pub(crate) partial: bool,
    /// One per entry, in catalogue order; an empty message where a partial
    /// language has none.
    pub(crate) translations: &'static [Translation],
}

impl Language {
    /// The language tag, as the file is named: `zh-Hant`, `de`.
    #[must_use]
    pub const fn tag(&self) -> &'static str {
        self.tag
    }

    /// Whether the file declares itself partial (`"@@partial": true`): an
    /// entry it does not translate shows the default language's message.
    #[must_use]
    pub const fn is_partial(&self) -> bool {
        self.partial
    }

    /// The translation of `entry`; `None` where a partial language has none.
    #[must_use]
    pub fn translation(&self, entry: &Entry) -> Option<&'static Translation> {
        self.translations
            .get(entry.index())
            .filter(|t| !t.message.is_empty())
    }
}

/// The translated message template of one entry.
#[derive(Debug)]
pub struct Translation {
    pub(crate) message: &'static str,
    /// As [`Entry`]'s: empty where the template is its own text.
    pub(crate) segments: &'static [Segment],
}

impl Translation {
    /// The template as the translator wrote it, placeholders included.
    #[must_use]
    pub const fn message(&self) -> &'static str {
        self.message
    }

    /// The template as text and placeholders, `{{` and `}}` unescaped.
    pub fn segments(&self) -> impl Iterator<Item = Segment> + 'static {
        crate::catalogue::own_text(self.message, self.segments)
    }
}

impl Catalogue {
    /// The language of the `msg = "..."` templates (`#[api_error(lang = "...")]`,
    /// `en` unless given).
    #[must_use]
    pub const fn language(&self) -> &'static str {
        self.language
    }

    /// The translations loaded from `#[api_error(locales = "...")]`, in
    /// file-name order; the default language is not among them.
    #[must_use]
    pub const fn languages(&self) -> &'static [Language] {
        self.languages
    }

    /// Every language the catalogue has, the default first.
    pub fn language_tags(&self) -> impl Iterator<Item = &'static str> {
        let languages = self.languages;
        core::iter::once(self.language).chain(languages.iter().map(|l| l.tag))
    }

    /// The translation to show for the language tag `tag`, by RFC 4647
    /// lookup: `zh-Hant-TW`, then `zh-Hant`, then `zh`, compared without
    /// regard to case; `None` when that reaches the default language or
    /// nothing (the default language is then shown). A Chinese tag without
    /// a script is first given the one its region writes, as CLDR's likely
    /// subtags do: `zh-TW` is looked up as `zh-Hant-TW`, `zh-CN` and `zh`
    /// as `zh-Hans-CN` and `zh-Hans`.
    #[must_use]
    pub fn translation_for(&self, tag: &str) -> Option<&'static Language> {
        match self.find_language(tag)? {
            Found::Default => None,
            Found::Translation(language) => Some(language),
        }
    }

    /// The tag of the language to answer in for an `Accept-Language`
    /// header value: the ranges by falling q-value (ties in the order
    /// written, `q=0` excluded), each looked up as
    /// [`translation_for`](Self::translation_for) does, `*` ignored (RFC
    /// 4647 §3.4: it names no language to look up); a header naming
    /// nothing the catalogue has, or a malformed one, gives the default
    /// language. Malformed ranges are skipped, never an error: RFC 9110
    /// §12.5.4 allows a range one parameter, `;q=` with a weight from `0` to
    /// `1` of at most three decimals, so a range with two weights
    /// (`de;q=0.5;q=1`), another parameter or a weight out of that grammar
    /// is passed over whole.
    #[must_use]
    pub fn negotiate(&self, accept_language: &str) -> &'static str {
        // A header is bounded by the server's limits; this bounds the work too.
        const MAX_RANGES: usize = 64;
        let mut ranges: Vec<(u16, &str)> = accept_language
            .split(',')
            .take(MAX_RANGES)
            .filter_map(weighted_range)
            .filter(|(q, _)| *q > 0)
            .collect();
        // Stable: equal weights keep the order written.
        ranges.sort_by_key(|(q, _)| core::cmp::Reverse(*q));
        for (_, range) in ranges {
            match self.find_language(range) {
                Some(Found::Default) => return self.language,
                Some(Found::Translation(language)) => return language.tag,
                None => {}
            }
        }
        self.language
    }

    fn find_language(&self, tag: &str) -> Option<Found> {
        let tag = tag.trim();
        if !is_tag(tag) {
            return None;
        }
        let with_script = likely_script(tag);
        let mut tag = with_script.as_deref().unwrap_or(tag);
        loop {
            if tag.eq_ignore_ascii_case(self.language) {
                return Some(Found::Default);
            }
            if let Some(language) = self
                .languages
                .iter()
                .find(|l| l.tag.eq_ignore_ascii_case(tag))
            {
                return Some(Found::Translation(language));
            }
            let (shorter, _) = tag.rsplit_once('-')?;
            // RFC 4647 §3.4: a single-letter subtag (`x`, an extension's
            // singleton) goes with the subtag after it.
            tag = match shorter.rsplit_once('-') {
                Some((before, single)) if single.len() == 1 => before,
                _ => shorter,
            };
        }
    }
}

enum Found {
    Default,
    Translation(&'static Language),
}

/// A Chinese tag without a script, given the script its region writes
/// (`zh-TW` is `zh-Hant-TW`, `zh` and `zh-CN` are `zh-Hans`), as CLDR's
/// likely subtags give it: catalogues are translated by script (Fresns
/// ships `zh-Hans` and `zh-Hant`), where browsers send regions. Chinese is
/// the one language taken from CLDR's table: the one whose catalogues are
/// split by script in practice.
fn likely_script(tag: &str) -> Option<String> {
    let mut subtags = tag.splitn(3, '-');
    if !subtags.next()?.eq_ignore_ascii_case("zh") {
        return None;
    }
    let region = match subtags.next() {
        None => return Some("zh-Hans".to_owned()),
        Some(region) => region,
    };
    let is_region = (region.len() == 2 && region.bytes().all(|b| b.is_ascii_alphabetic()))
        || (region.len() == 3 && region.bytes().all(|b| b.is_ascii_digit()));
    if !is_region {
        // A script already, or an extended language (`zh-yue`) or variant.
        return None;
    }
    let script = if ["TW", "HK", "MO"]
        .iter()
        .any(|r| r.eq_ignore_ascii_case(region))
    {
        "Hant"
    } else {
        "Hans"
    };
    let (language, rest) = tag.split_at(2);
    Some(format!("{language}-{script}{rest}"))
}

/// One `range;q=0.8` of an Accept-Language header, its weight in
/// thousandths; `None` when malformed. RFC 9110 §12.5.4 gives a range at
/// most one parameter, the weight: `OWS ";" OWS "q=" qvalue`. A second
/// weight, any other parameter, or white space inside `q=` makes it
/// malformed: a sender that wrote it meant something this reading would
/// guess at.
fn weighted_range(item: &str) -> Option<(u16, &str)> {
    let (range, weight) = match item.split_once(';') {
        Some((range, weight)) => (range, Some(weight)),
        None => (item, None),
    };
    let range = range.trim_matches(OWS);
    if range != "*" && !is_tag(range) {
        return None;
    }
    let weight = match weight {
        None => 1000,
        Some(weight) => {
            let weight = weight.trim_matches(OWS);
            let value = weight
                .strip_prefix("q=")
                .or_else(|| weight.strip_prefix("Q="))?;
            q_value(value)?
        }
    };
    Some((weight, range))
}

/// RFC 9110's optional white space: spaces and tabs, nothing else.
const OWS: &[char] = &[' ', '\t'];

/// `0`, `0.5`, `1.000`: RFC 9110 §12.4.2's qvalue, in thousandths; `None`
/// for anything else (`1.5`, `0.1234`, `.5`, `0.5;q=1`).
pub(crate) fn q_value(text: &str) -> Option<u16> {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    if fraction.len() > 3 || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut thousandths: u16 = 0;
    for (i, digit) in fraction.bytes().enumerate() {
        thousandths += u16::from(digit - b'0') * [100, 10, 1][i];
    }
    match whole {
        "0" => Some(thousandths),
        "1" if thousandths == 0 => Some(1000),
        _ => None,
    }
}
