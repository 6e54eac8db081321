//! The seed catalogues' Markdown pages carry what the original pages say
//! about errors: the body members, the notes and the example. The original
//! pages are copied in `tests/data/seed-*.txt` (from `shared/seeds/`:
//! 001 is Mastodon's `entities/Error.md`, 002 PluralKit's `/api/errors`).

use errcodes::docs::{self, View};
use errcodes::ApiError;

use errcodes_catalogues::mastodon;
use errcodes_catalogues::pluralkit;

/// Each `needle` occurs in the seed page (so the test checks the source's
/// words) and in the page, in the form Markdown gives it.
fn carries(seed: &str, page: &str, needles: &[&str]) {
    let seed = seed.split_whitespace().collect::<Vec<_>>().join(" ");
    let flat = page.split_whitespace().collect::<Vec<_>>().join(" ");
    for needle in needles {
        assert!(seed.contains(needle), "not in the seed page: {needle:?}");
        assert!(
            flat.contains(needle),
            "the page leaves out {needle:?}:\n{page}"
        );
    }
}

#[test]
fn pluralkit_page_carries_the_error_model_and_notes() {
    let seed = include_str!("../data/seed-002-pluralkit.txt");
    let page = docs::markdown::<pluralkit::PluralKitError>();
    carries(
        seed,
        &page,
        &[
            "When something goes wrong, the API will send back a 4xx HTTP status code, along with a JSON object describing the error.",
            "Only returned for model parsing errors.",
            "if this is a rate limit error, the number of milliseconds after which you can retry the request",
            "error description",
            "if this is an error indicating a key is too long, the maximum allowed length for the key",
            "if this is an error indicating a key is too long, the length of the provided value",
        ],
    );
    // The Error Response Model as the body table: member, JSON type,
    // optional, and the model's own description.
    carries(
        seed,
        &page,
        &[
            "numerical error code",
            "description of the error",
            "map of entity keys to list of error objects",
            "details on the error",
        ],
    );
    for row in [
        "| `code` | integer | required | numerical error code |",
        "| `message` | string | required | description of the error |",
        "| `errors` | object | optional | map of entity keys to list of error objects; details on the error. Only returned for model parsing errors. |",
        "| `retry_after` | integer | optional | if this is a rate limit error, the number of milliseconds after which you can retry the request |",
        // A `#[body]` member the model leaves out says what its doc comment says.
        "| `scope` | string | optional | The rate-limit bucket, where the server names it. |",
    ] {
        assert!(page.contains(row), "{row}\n{page}");
    }
    // The Rate Limiting section's example (`retry_after` 19), and an Error
    // Object in the 40001 example: the values the catalogue gives.
    let limit = include_str!("../data/specs/pluralkit-429-scope.json");
    let limit: serde_json::Value = serde_json::from_str(limit).unwrap();
    assert_eq!(limit["retry_after"], 19);
    assert!(
        page.contains(
            r#"`{"code":0,"message":"429: too many requests","retry_after":19,"scope":"generic"}`"#
        ),
        "{page}"
    );
    assert!(page.contains(
        r#""errors":{"name":[{"actual_length":140,"max_length":100,"message":"Key too long"}]}"#
    ));
    // Every code row, with its anchor; the shared code 0 by status.
    for entry in pluralkit::PluralKitError::catalogue().entries() {
        assert!(page.contains(&format!("{}", entry.code())));
    }
    assert!(page.contains("<a id=\"0-403\"></a>0 (shared) | 403"));
    assert!(page.contains("<a id=\"20003\"></a>20003 | 404"));
    // `{memberRef}` stays text in CommonMark and MDX.
    assert!(page.contains("Member '\\{memberRef\\}' not found."));
    // Rust-only notes stay out.
    assert!(!page.contains("non_exhaustive"));
    assert!(!page.contains("from_code"));
}

#[test]
fn mastodon_page_carries_the_entity_and_notes() {
    let seed = include_str!("../data/seed-001-mastodon.txt");
    let page = docs::markdown::<mastodon::MastodonError>();
    carries(
        seed,
        &page,
        &[
            "The most important part of an error response is the HTTP status code. Standard semantics are followed. The body of an error is a JSON object containing more information, if available.",
            "A longer description of the error, mainly provided with the OAuth API.",
            "\"error\": \"invalid_grant\",",
            "Represents an error message.",
        ],
    );
    // The entity's attributes as the body table, with their descriptions.
    carries(
        seed,
        &page,
        &["The error message.", "mainly provided with the OAuth API."],
    );
    assert!(
        page.contains("| `error` | string | required | The error message. |"),
        "{page}"
    );
    assert!(page.contains("| `error_description` | string | optional | A longer description of the error, mainly provided with the OAuth API. |"));
    // No code anywhere: the column is left out; anchors are name slugs.
    assert!(!page.contains("| Code |"));
    assert!(page.contains("<a id=\"current-user-disabled\"></a>403"));
    assert!(!page.contains("non_exhaustive"));
    // Every status heading becomes a section with its entries.
    assert!(page.contains("\n## 503 - Remote service unavailable\n"));
}

#[test]
fn success_codes_are_shown_as_success() {
    let view = View::of::<pluralkit::PluralKitError>();
    assert!(view.entries().iter().all(|e| !e.is_success()));
}

/// A hostile catalogue: markup and MDX expressions in every text.
#[derive(Debug, ApiError)]
#[api_error(category = "Ho<b>st</b>ile {x}")]
pub enum Hostile {
    /// <script>alert(1)</script> {memberRef}
    #[code(
        1,
        status = 400,
        msg = "<script>alert('x')</script> {{memberRef}} *a* [l](j:x)"
    )]
    Script,
}

#[test]
fn markdown_keeps_hostile_text_as_text() {
    let page = docs::markdown::<Hostile>();
    // Outside code spans, no `<` or `{` is left unescaped.
    for line in page.lines() {
        let mut in_code = false;
        let mut previous = ' ';
        for c in line.chars() {
            if c == '`' {
                in_code = !in_code;
            } else if !in_code && matches!(c, '<' | '{' | '}' | '[') && previous != '\\' {
                assert!(
                    line.contains("<a id=") && c == '<',
                    "unescaped {c:?} in {line:?}"
                );
            }
            previous = c;
        }
    }
    assert!(
        page.contains("\\<script\\>alert('x')\\</script\\> \\{\\{memberRef\\}\\}"),
        "{page}"
    );
    assert!(
        page.contains("\\<script\\>alert(1)\\</script\\> \\{memberRef\\}"),
        "{page}"
    );
}

use errcodes_catalogues::cocam;
use errcodes_catalogues::fresns;
use errcodes_catalogues::kakao;

/// Every message and description of a seed catalogue is on its page (as
/// Markdown text) and in the seed page it came from.
fn every_text_on_the_page<E: ApiError>(seed: &str) {
    let page = docs::markdown::<E>();
    let seed = seed.split_whitespace().collect::<Vec<_>>().join(" ");
    let as_text = |text: &str| {
        text.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .chars()
            .fold(String::new(), |mut out, c| {
                if "\\`*_[]<>{}|&~#".contains(c) {
                    out.push('\\');
                }
                out.push(c);
                out
            })
    };
    for entry in E::catalogue().entries() {
        for text in [entry.message(), entry.description().unwrap_or("")] {
            if text.is_empty() {
                continue;
            }
            let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
            assert!(
                seed.contains(&flat) || seed.contains(flat.trim_end_matches('.')),
                "not in the seed: {flat:?}"
            );
            assert!(page.contains(&as_text(text)), "page leaves out {text:?}");
        }
        assert!(page.contains(&format!(
            "<a id=\"{}",
            entry.code().to_string().split('-').next().unwrap_or("")
        )));
    }
    assert!(page.contains("\n## Body\n"));
}

#[test]
fn every_seed_page_text_is_on_the_generated_page() {
    every_text_on_the_page::<cocam::CocamError>(include_str!("../data/seed-000-cocam.txt"));
    every_text_on_the_page::<fresns::FresnsError>(include_str!("../data/seed-003-fresns.txt"));
    every_text_on_the_page::<kakao::KakaoGameError>(include_str!("../data/seed-004-kakao.txt"));
    every_text_on_the_page::<mastodon::MastodonError>(include_str!(
        "../data/seed-001-mastodon.txt"
    ));
    // The rate-limit entry comes from the docs' "Rate Limiting" section
    // (tests/data/specs/README.md), not from the error table of the seed.
    let pluralkit = [
        include_str!("../data/seed-002-pluralkit.txt"),
        include_str!("../data/specs/pluralkit-429.jsonc"),
    ]
    .concat();
    every_text_on_the_page::<pluralkit::PluralKitError>(&pluralkit);
}

#[test]
fn kakao_success_is_shown_as_success_and_fresns_sections_nest() {
    let page = docs::markdown::<kakao::KakaoGameError>();
    assert!(
        page.contains("<a id=\"200\"></a>200 (success) | 200 |"),
        "{page}"
    );
    assert!(!page.contains("Rust"), "Rust-only notes stay out:\n{page}");
    let page = docs::markdown::<fresns::FresnsError>();
    assert!(page.contains("\n### Role\n"), "{page}");
    assert_eq!(page.matches("\n## Interactions\n").count(), 1);
}

#[test]
fn anchors_are_unique_in_every_seed_catalogue() {
    for view in [
        View::of::<cocam::CocamError>(),
        View::of::<fresns::FresnsError>(),
        View::of::<kakao::KakaoGameError>(),
        View::of::<mastodon::MastodonError>(),
        View::of::<pluralkit::PluralKitError>(),
    ] {
        let mut anchors: Vec<&str> = view.entries().iter().map(|e| e.anchor()).collect();
        assert!(anchors.iter().all(|a| !a.is_empty() && !a.contains(' ')));
        let count = anchors.len();
        anchors.sort_unstable();
        anchors.dedup();
        assert_eq!(anchors.len(), count, "{}", view.catalogue().title());
    }
}

/// Public intro.
///
/// Shown to clients.
///
/// ## Rust
///
/// Call `Entry::status()`; `#[non_exhaustive]`.
#[derive(Debug, ApiError)]
pub enum Audience {
    #[code(1, status = 400, msg = "Bad")]
    Bad,
}

#[test]
fn rust_notes_stay_out_of_the_pages() {
    let view = View::of::<Audience>();
    assert_eq!(view.description(), Some("Shown to clients."));
    let md = docs::markdown::<Audience>();
    let html = docs::html::<Audience>();
    for page in [&md, &html] {
        assert!(page.contains("Shown to clients."));
        assert!(
            !page.contains("non_exhaustive") && !page.contains("Entry::status"),
            "{page}"
        );
    }
}
