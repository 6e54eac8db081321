//! The catalogue served by the service: `/errors` and `/errors/{code}`,
//! HTML or JSON by `Accept`, in each language the catalogue has; what the
//! axum router and the actix-web scope share, so the two answer alike.
//!
//! Pages never change while the process runs: each is rendered on its
//! first request, kept, and sent after that without copying, with an
//! `ETag` from its bytes.

use std::any::TypeId;
use std::sync::{Mutex, OnceLock, PoisonError};

use http::StatusCode;

use crate::docs::{Html, Json, Links, View};
use crate::{ApiError, Catalogue};

/// Where the adapters serve the catalogue page, each code's page below it.
pub(crate) const MOUNTED_AT: &str = "/errors";
/// How long a client may keep a page without asking again: pages change
/// only with a deploy, and the `ETag` makes asking again cheap.
const CACHE_CONTROL: &str = "public, max-age=300";
/// What every answer depends on besides its path.
const VARY: &str = "Accept, Accept-Language";
const HTML: &str = "text/html; charset=utf-8";
const JSON: &str = "application/json";

/// The pages of one catalogue, in each of its languages.
pub(crate) struct Site {
    catalogue: &'static Catalogue,
    view_in: fn(&str) -> View,
    languages: Vec<&'static str>,
    /// The name of each entry page ([`EntryPage::name`]: the code as
    /// written, `_` and its anchor for an entry without one), in catalogue order:
    /// the page named at `i` is slot `i + 1`, the catalogue's slot 0.
    names: Vec<String>,
    /// By language, then slot, then kind.
    pages: Box<[OnceLock<Page>]>,
    unknown_language: Refusal,
}

/// A `?lang=` that names none of the catalogue's languages.
struct UnknownLanguage;

/// A `404` that says why, as text and as RFC 9457's problem: fixed per
/// site, so built once.
struct Refusal {
    text: String,
    problem: String,
}

impl Refusal {
    /// `?lang=` naming no language of the catalogue: the answer lists the
    /// ones there are (the value sent is not repeated back).
    fn unknown_language(languages: &[&str]) -> Refusal {
        let detail = format!(
            "The errors are in no such language; ?lang= takes {}.",
            languages.join(", ")
        );
        let problem = serde_json::json!({
            "type": "about:blank",
            "title": "Not Found",
            "status": 404,
            "detail": detail,
        });
        Refusal {
            text: format!("{detail}\n"),
            problem: problem.to_string(),
        }
    }

    fn answer(&'static self, kind: Kind) -> Answer {
        match kind {
            Kind::Json => problem_not_found(self.problem.as_bytes()),
            Kind::Html => plain(StatusCode::NOT_FOUND, self.text.as_bytes()),
        }
    }
}

struct Page {
    body: Box<[u8]>,
    etag: String,
}

#[derive(Clone, Copy, PartialEq, Debug)]
enum Kind {
    Html,
    Json,
}

/// What a request asks for, besides its path: each header's lines joined
/// as one value (lines that are not visible ASCII left out).
pub(crate) struct Asked<'a> {
    pub(crate) accept: &'a str,
    pub(crate) accept_language: &'a str,
    pub(crate) if_none_match: &'a str,
    /// The query string, where `lang=` may name a language.
    pub(crate) query: Option<&'a str>,
}

/// What to send: the adapters turn it into their response.
pub(crate) struct Answer {
    pub(crate) status: StatusCode,
    pub(crate) body: &'static [u8],
    pub(crate) headers: Vec<(&'static str, &'static str)>,
}

/// The site of `E`, built on first use and kept: one per type, whichever
/// router or scope asks for it.
pub(crate) fn site<E: ApiError + 'static>() -> &'static Site {
    static SITES: Mutex<Vec<(TypeId, &'static Site)>> = Mutex::new(Vec::new());
    let mut sites = SITES.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some((_, site)) = sites.iter().find(|(t, _)| *t == TypeId::of::<E>()) {
        return site;
    }
    let site: &'static Site = Box::leak(Box::new(Site::new(E::catalogue(), View::of_in::<E>)));
    sites.push((TypeId::of::<E>(), site));
    site
}

impl Site {
    fn new(catalogue: &'static Catalogue, view_in: fn(&str) -> View) -> Site {
        let languages: Vec<_> = catalogue.language_tags().collect();
        let view = view_in(catalogue.language());
        let names: Vec<String> = view
            .entry_pages()
            .iter()
            .map(|p| p.name().to_owned())
            .collect();
        let count = languages.len() * (names.len() + 1) * 2;
        Site {
            catalogue,
            view_in,
            names,
            pages: (0..count).map(|_| OnceLock::new()).collect(),
            unknown_language: Refusal::unknown_language(&languages),
            languages,
        }
    }

    /// The answer to `GET /errors` (`code` `None`) or `GET /errors/{code}`,
    /// `code` the path segment as sent (percent-encoded).
    pub(crate) fn answer(&'static self, code: Option<&str>, asked: &Asked<'_>) -> Answer {
        let Some(kind) = preferred(asked.accept) else {
            return plain(
                StatusCode::NOT_ACCEPTABLE,
                b"The error pages are text/html or application/json.\n",
            );
        };
        let slot = match code {
            None => Some(0),
            Some(segment) => self.slot_of(segment),
        };
        let Some(slot) = slot else {
            return not_found(kind);
        };
        let Ok(language) = self.language(asked) else {
            return self.unknown_language.answer(kind);
        };
        let index =
            (language * (self.names.len() + 1) + slot) * 2 + usize::from(kind == Kind::Json);
        let page = self.pages[index].get_or_init(|| self.render(language, slot, kind));
        let lang = self.languages[language];
        let mut headers = vec![
            ("etag", page.etag.as_str()),
            ("cache-control", CACHE_CONTROL),
            ("content-language", lang),
            ("vary", VARY),
        ];
        if matches_etag(asked.if_none_match, &page.etag) {
            return Answer {
                status: StatusCode::NOT_MODIFIED,
                body: b"",
                headers,
            };
        }
        headers.push((
            "content-type",
            match kind {
                Kind::Html => HTML,
                Kind::Json => JSON,
            },
        ));
        Answer {
            status: StatusCode::OK,
            body: &page.body,
            headers,
        }
    }

    /// The slot of the page a path segment names, compared as text (the
    /// code as written: `34404`, not `034404`); `None` for a segment that
    /// names none or does not decode to UTF-8 (`%FF`).
    fn slot_of(&self, segment: &str) -> Option<usize> {
        let name = crate::decode::percent_decoded(segment)?;
        let position = self.names.iter().position(|n| *n == name)?;
        Some(position + 1)
    }

    /// Where the pages link to each other: the catalogue's `docs_url`
    /// where it is a folder (`/errors/`, `https://api.example.com/errors/`),
    /// the URL its bodies already link to, else the path the adapters
    /// mount the pages at.
    fn base(&self) -> &'static str {
        let docs_url = self.catalogue.docs_url().filter(|base| base.ends_with('/'));
        docs_url.map_or(MOUNTED_AT, |base| base.trim_end_matches('/'))
    }

    /// The language asked for: `?lang=` where given and not empty
    /// (percent-decoded; one of the catalogue's, else `Err`), else
    /// `Accept-Language` negotiated as error responses are.
    fn language(&self, asked: &Asked<'_>) -> Result<usize, UnknownLanguage> {
        let requested = asked
            .query
            .into_iter()
            .flat_map(|q| q.split('&'))
            .find_map(|pair| {
                let (name, value) = pair.split_once('=')?;
                (name == "lang").then_some(value)
            });
        // A form sends a space as `+`; `%FF` (no UTF-8) names no language.
        let decoded = requested.map(|tag| crate::decode::percent_decoded(&tag.replace('+', " ")));
        let tag = match decoded {
            Some(None) => return Err(UnknownLanguage),
            Some(Some(tag)) if !tag.trim().is_empty() => tag,
            // `?lang=` with nothing chosen: as if absent.
            _ => self.catalogue.negotiate(asked.accept_language).to_owned(),
        };
        self.languages
            .iter()
            .position(|l| l.eq_ignore_ascii_case(tag.trim()))
            .ok_or(UnknownLanguage)
    }

    fn render(&self, language: usize, slot: usize, kind: Kind) -> Page {
        let view = (self.view_in)(self.languages[language]);
        let name = slot.checked_sub(1).map(|i| self.names[i].as_str());
        let html = Html::new(&view).links(Links::served(self.base()));
        let body = match (kind, name) {
            (Kind::Html, None) => html.to_string(),
            (Kind::Html, Some(name)) => html.entry_page(name).unwrap_or_default(),
            (Kind::Json, None) => Json::new(&view).to_string_pretty(),
            (Kind::Json, Some(name)) => Json::new(&view.only_page(name)).to_string_pretty(),
        };
        let etag = format!("\"{:016x}\"", fnv1a(body.as_bytes()));
        Page {
            body: body.into_bytes().into_boxed_slice(),
            etag,
        }
    }
}

/// HTML or JSON, whichever `Accept` weighs more; between equal weights
/// the one it names more specifically (axios's `application/json,
/// text/plain, */*` asks for JSON, which it names, not for the HTML that
/// only its `*/*` reaches); HTML on a full tie and without `Accept`;
/// `None` where it accepts neither.
fn preferred(accept: &str) -> Option<Kind> {
    if accept.trim().is_empty() {
        return Some(Kind::Html);
    }
    let html = quality(accept, "text", "html");
    let json = quality(accept, "application", "json");
    match (html, json) {
        ((0, _), (0, _)) => None,
        (html, json) if json > html => Some(Kind::Json),
        _ => Some(Kind::Html),
    }
}

/// The weight `accept` gives `ty/subtype`, in thousandths, and how
/// specifically it names it (2 by name, 1 by `ty/*`, 0 by `*/*`): those of
/// the most specific range that matches it (RFC 9110 §12.5.1), `(0, 0)`
/// where none does. For JSON, a `+json` type (RFC 6839's suffix:
/// `application/problem+json`) matches as `application/*` does: a client
/// that reads it reads JSON.
fn quality(accept: &str, ty: &str, subtype: &str) -> (u16, u8) {
    // A header is bounded by the server's limits; this bounds the work too.
    const MAX_RANGES: usize = 64;
    let mut best: Option<(u8, u16)> = None;
    for item in accept.split(',').take(MAX_RANGES) {
        let mut params = item.split(';');
        let range = params.next().unwrap_or("").trim();
        let Some((t, s)) = range.split_once('/') else {
            continue;
        };
        let suffix = subtype == "json" && s.to_ascii_lowercase().ends_with("+json");
        let specificity = match (t.eq_ignore_ascii_case(ty), s.eq_ignore_ascii_case(subtype)) {
            (true, true) => 2,
            (true, false) if s == "*" || suffix => 1,
            _ if t == "*" && s == "*" => 0,
            _ => continue,
        };
        let weight = params.find_map(|p| {
            let p = p.trim();
            p.strip_prefix("q=").or_else(|| p.strip_prefix("Q="))
        });
        let Some(weight) = weight.map_or(Some(1000), crate::lang::q_value) else {
            continue;
        };
        if best.is_none_or(|(b, _)| specificity > b) {
            best = Some((specificity, weight));
        }
    }
    best.map_or((0, 0), |(specificity, weight)| (weight, specificity))
}

/// Whether `If-None-Match` names `etag` (weakly, as RFC 9110 §13.1.2 compares), or is `*`.
fn matches_etag(if_none_match: &str, etag: &str) -> bool {
    if_none_match
        .split(',')
        .map(str::trim)
        .any(|tag| tag == "*" || tag.strip_prefix("W/").unwrap_or(tag) == etag)
}

/// An unknown code or language: RFC 9457's `about:blank` problem to a
/// client that asked for JSON, a line of text otherwise. The request's
/// path is not repeated back.
fn not_found(kind: Kind) -> Answer {
    match kind {
        Kind::Json => {
            problem_not_found(br#"{"type":"about:blank","title":"Not Found","status":404}"#)
        }
        Kind::Html => plain(StatusCode::NOT_FOUND, b"No error has this code.\n"),
    }
}

fn problem_not_found(body: &'static [u8]) -> Answer {
    Answer {
        status: StatusCode::NOT_FOUND,
        body,
        headers: vec![("content-type", "application/problem+json"), ("vary", VARY)],
    }
}

fn plain(status: StatusCode, body: &'static [u8]) -> Answer {
    Answer {
        status,
        body,
        headers: vec![
            ("content-type", "text/plain; charset=utf-8"),
            ("vary", VARY),
        ],
    }
}

/// FNV-1a, 64 bits: an `ETag` only tells one rendering from another.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &b| {
        (hash ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::{matches_etag, preferred, quality, Kind};

    #[test]
    fn accept_picks_the_heavier_of_html_and_json() {
        assert_eq!(preferred(""), Some(Kind::Html));
        assert_eq!(preferred("application/json"), Some(Kind::Json));
        assert_eq!(
            preferred("text/html,application/json;q=0.9"),
            Some(Kind::Html)
        );
        assert_eq!(
            preferred("text/html;q=0.5, application/json"),
            Some(Kind::Json)
        );
        assert_eq!(preferred("*/*"), Some(Kind::Html));
        assert_eq!(
            preferred("application/*, text/html;q=0.1"),
            Some(Kind::Json)
        );
        assert_eq!(preferred("*/*;q=0"), None);
        assert_eq!(preferred("image/png"), None);
        assert_eq!(preferred("*/*;q=0.5, text/html;q=0"), Some(Kind::Json));
        assert_eq!(preferred("application/json;q=2"), None, "not a qvalue");
    }

    #[test]
    fn a_type_named_beats_one_reached_by_a_wildcard_of_equal_weight() {
        // axios's and many HTTP clients' default.
        assert_eq!(
            preferred("application/json, text/plain, */*"),
            Some(Kind::Json)
        );
        // A browser's.
        assert_eq!(
            preferred("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"),
            Some(Kind::Html)
        );
        assert_eq!(preferred("text/*, */*"), Some(Kind::Html));
        assert_eq!(preferred("application/*, */*"), Some(Kind::Json));
        assert_eq!(preferred("application/json;q=0.5, */*"), Some(Kind::Html));
    }

    #[test]
    fn a_json_suffix_type_asks_for_json() {
        assert_eq!(preferred("application/problem+json"), Some(Kind::Json));
        assert_eq!(
            preferred("Application/Problem+JSON;q=0.4"),
            Some(Kind::Json)
        );
        assert_eq!(
            preferred("application/problem+json;q=0.5, text/html"),
            Some(Kind::Html)
        );
        assert_eq!(preferred("application/problem+xml"), None);
    }

    #[test]
    fn the_most_specific_range_sets_the_weight() {
        assert_eq!(
            quality("*/*;q=0.1, text/*;q=0.5, text/html;q=0.9", "text", "html"),
            (900, 2)
        );
        assert_eq!(quality("text/html;q=0.2, */*", "text", "html"), (200, 2));
        assert_eq!(quality("TEXT/HTML", "text", "html"), (1000, 2));
    }

    #[test]
    fn if_none_match_compares_weakly() {
        assert!(matches_etag("\"ab\"", "\"ab\""));
        assert!(matches_etag("\"x\", W/\"ab\"", "\"ab\""));
        assert!(matches_etag("*", "\"ab\""));
        assert!(!matches_etag("", "\"ab\""));
        assert!(!matches_etag("\"abc\"", "\"ab\""));
    }
}
