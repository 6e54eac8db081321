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
            languages,
            names,
            pages: (0..count).map(|_| OnceLock::new()).collect(),
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
        let (Some(slot), Some(language)) = (slot, self.language(asked)) else {
            return not_found(kind);
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

    /// The language asked for: `?lang=` where given (one of the
    /// catalogue's, else `None`: no such page), else `Accept-Language`
    /// negotiated as error responses are.
    fn language(&self, asked: &Asked<'_>) -> Option<usize> {
        let requested = asked
            .query
            .into_iter()
            .flat_map(|q| q.split('&'))
            .find_map(|pair| {
                let (name, value) = pair.split_once('=')?;
                (name == "lang").then_some(value)
            });
        let tag = match requested {
            Some(tag) => tag,
            None => self.catalogue.negotiate(asked.accept_language),
        };
        self.languages
            .iter()
            .position(|l| l.eq_ignore_ascii_case(tag))
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

/// HTML or JSON, whichever `Accept` weighs more (HTML on a tie and without
/// `Accept`); `None` where it accepts neither.
fn preferred(accept: &str) -> Option<Kind> {
    if accept.trim().is_empty() {
        return Some(Kind::Html);
    }
    let html = quality(accept, "text", "html");
    let json = quality(accept, "application", "json");
    match (html, json) {
        (0, 0) => None,
        (html, json) if json > html => Some(Kind::Json),
        _ => Some(Kind::Html),
    }
}

/// The weight `accept` gives `ty/subtype`, in thousandths: that of the most
/// specific range that matches it (RFC 9110 §12.5.1), `0` where none does.
fn quality(accept: &str, ty: &str, subtype: &str) -> u16 {
    // A header is bounded by the server's limits; this bounds the work too.
    const MAX_RANGES: usize = 64;
    let mut best: Option<(u8, u16)> = None;
    for item in accept.split(',').take(MAX_RANGES) {
        let mut params = item.split(';');
        let range = params.next().unwrap_or("").trim();
        let Some((t, s)) = range.split_once('/') else {
            continue;
        };
        let specificity = match (t.eq_ignore_ascii_case(ty), s.eq_ignore_ascii_case(subtype)) {
            (true, true) => 2,
            (true, false) if s == "*" => 1,
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
    best.map_or(0, |(_, weight)| weight)
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
        Kind::Json => Answer {
            status: StatusCode::NOT_FOUND,
            body: br#"{"type":"about:blank","title":"Not Found","status":404}"#,
            headers: vec![("content-type", "application/problem+json"), ("vary", VARY)],
        },
        Kind::Html => plain(StatusCode::NOT_FOUND, b"No error has this code.\n"),
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
    fn the_most_specific_range_sets_the_weight() {
        assert_eq!(
            quality("*/*;q=0.1, text/*;q=0.5, text/html;q=0.9", "text", "html"),
            900
        );
        assert_eq!(quality("text/html;q=0.2, */*", "text", "html"), 200);
        assert_eq!(quality("TEXT/HTML", "text", "html"), 1000);
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
