//! The generated pages through real renderers (tools/docs-check): Markdown
//! through markdown-it and MDX, the HTML page in headless Chromium. Skipped
//! with a notice where Node's packages or Chromium are missing, required when
//! `CI=true` (.ci/run installs them).

use std::path::{Path, PathBuf};
use std::process::Command;

use errcodes::{docs, ApiError};

use errcodes_catalogues::cocam;
use errcodes_catalogues::fresns;
use errcodes_catalogues::kakao;
use errcodes_catalogues::mastodon;
use errcodes_catalogues::pluralkit;

const TOOLS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tools/docs-check");

fn required() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true")
}

/// Whether `what` is there; a notice when not, a failure under `CI=true`.
fn available(what: &str, present: bool) -> bool {
    assert!(
        present || !required(),
        "{what} is missing and CI=true requires it"
    );
    if !present {
        eprintln!("notice: {what} is missing, test skipped (run `npm ci` in tools/docs-check)");
    }
    present
}

fn out_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/docs-check");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn node(script: &str, args: &[&Path], extra: &[&str]) -> serde_json::Value {
    let output = Command::new("node")
        .arg(Path::new(TOOLS).join(script))
        .args(args)
        .args(extra)
        .output()
        .expect("node runs");
    assert!(
        output.status.success(),
        "{script} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("the script prints JSON")
}

/// Markup and MDX expressions in every text of the catalogue.
#[derive(Debug, ApiError)]
#[api_error(category = "Ho<b>st</b>ile {x}")]
pub enum Hostile {
    /// <script>alert(1)</script> {memberRef} <img src=x onerror=alert(2)>
    #[code(1, status = 400, msg = "<script>alert('x')</script> {{memberRef}}")]
    Script,
    /// <iframe src="javascript:alert(3)"></iframe>
    #[code(2, status = 400, msg = "</td><script>alert(4)</script><i>")]
    Cell,
}

/// `E`'s Markdown catalogue page as a docs folder has it, or the page of
/// `code`.
fn long_form_page<E: ApiError>(code: Option<&str>) -> String {
    let view = docs::View::of::<E>();
    let page = docs::Markdown::new(&view).links(docs::Links::files());
    match code {
        Some(code) => page.entry_page(code).unwrap(),
        None => page.to_string(),
    }
}

#[test]
fn markdown_renders_as_text_in_commonmark_and_mdx() {
    if !available(
        "tools/docs-check/node_modules",
        Path::new(TOOLS).join("node_modules").is_dir(),
    ) {
        return;
    }
    let pages = [
        ("hostile", docs::markdown::<Hostile>()),
        ("pluralkit", docs::markdown::<pluralkit::PluralKitError>()),
        ("mastodon", docs::markdown::<mastodon::MastodonError>()),
        ("fresns", docs::markdown::<fresns::FresnsError>()),
        ("kakao", docs::markdown::<kakao::KakaoGameError>()),
        ("cocam", docs::markdown::<cocam::CocamError>()),
        // The long form: sections after the tables, and pages of their own.
        (
            "hostile-long",
            long_form_page::<crate::long_form::Hostile>(None),
        ),
        (
            "hostile-entry",
            long_form_page::<crate::long_form::Hostile>(Some("1")),
        ),
        ("long-form", long_form_page::<LongForm>(None)),
        ("long-form-entry", long_form_page::<LongForm>(Some("34305"))),
    ];
    for (name, page) in pages {
        let path = out_dir().join(format!("{name}.md"));
        std::fs::write(&path, &page).unwrap();
        let report = node("check-markdown.mjs", &[&path], &[]);
        assert_eq!(report["scriptTags"], 0, "{name}: {report}");
        assert_eq!(report["otherTags"], 0, "{name}: {report}");
        assert_eq!(
            report["mdxError"],
            serde_json::Value::Null,
            "{name}: {report}"
        );
        let text = report["mdxText"].as_str().unwrap();
        if name == "hostile" {
            assert!(
                text.contains("<script>alert('x')</script> {{memberRef}}"),
                "{text}"
            );
            assert!(
                text.contains("<script>alert(1)</script> {memberRef}"),
                "{text}"
            );
        }
        if name == "hostile-entry" {
            assert!(
                text.contains("A ` lone backtick, then <script>alert(3)</script> {memberRef}"),
                "{text}"
            );
            assert!(
                text.contains("</code></pre><script>alert(4)</script>"),
                "{text}"
            );
        }
        if name == "long-form-entry" {
            assert!(text.contains("a typo in member_ref"), "{text}");
            assert!(!text.contains("Members::find"), "{text}");
        }
        if name == "pluralkit" {
            assert!(text.contains("Member '{memberRef}' not found."), "{text}");
        }
    }
}

#[test]
fn html_search_filters_rows_in_chromium() {
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".to_owned());
    if !available(
        "tools/docs-check/node_modules",
        Path::new(TOOLS).join("node_modules").is_dir(),
    ) || !available(&chromium, Path::new(&chromium).exists())
    {
        return;
    }
    let page = out_dir().join("fresns.html");
    std::fs::write(&page, docs::html::<fresns::FresnsError>()).unwrap();
    let shots = out_dir().join("fresns");
    let report = node(
        "check-html.mjs",
        &[&page],
        &["role", shots.to_str().unwrap()],
    );
    let rows = fresns::FresnsError::catalogue().entries().len();
    let matching = fresns::FresnsError::catalogue()
        .entries()
        .iter()
        .filter(|e| {
            let text = format!(
                "{} {} {} {}",
                e.code(),
                e.name(),
                e.message(),
                e.category().unwrap_or("")
            );
            text.to_lowercase().contains("role")
        })
        .count();
    for width in ["1280", "390"] {
        let at = &report[width];
        assert_eq!(
            at["viewport"]
                .as_str()
                .map_or(at["viewport"].to_string(), str::to_owned),
            width,
            "{report}"
        );
        assert_eq!(at["before"], rows, "{width}: {report}");
        let after = at["after"].as_u64().unwrap();
        assert!(after > 0 && after < rows as u64, "{width}: {report}");
        assert!(after as usize >= matching.min(1), "{width}: {report}");
        assert!(
            at["overflow"].as_i64().unwrap() <= 0,
            "{width}: the page scrolls sideways: {report}"
        );
        assert!(Path::new(&format!("{}-{width}.png", shots.display())).exists());
    }
}

/// A catalogue whose entry has the long form in full: sections with code,
/// a table, a deeper heading, a request line longer than a phone's screen,
/// and a `# Rust` part.
#[derive(Debug, ApiError)]
#[api_error(category = "Members")]
pub enum LongForm {
    #[code(34300, status = 400, msg = "Invalid request")]
    Invalid,
    /// The member named in the request does not exist.
    ///
    /// # Causes
    ///
    /// | cause | how often |
    /// |---|---|
    /// | a typo in `member_ref` | most |
    /// | a member removed since | some |
    ///
    /// # Rust
    ///
    /// Built by `Members::find`, never shown.
    ///
    /// # Fix
    ///
    /// List the members first, then ask for one of them.
    ///
    /// # Example
    ///
    /// ## Request
    ///
    /// ```http
    /// GET /members/a-member-reference-much-longer-than-a-phone-screen-is-wide-0123456789abcdef HTTP/1.1
    /// # not a heading: a line of the request's block
    /// ```
    #[code(
        34305,
        status = 404,
        msg = "Member '{member_ref}' not found.",
        parent = 34300
    )]
    NotFound {
        /// Who was asked for.
        #[body]
        member_ref: String,
    },
}

#[test]
fn an_entry_page_reads_without_script_at_390_px_in_chromium() {
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".to_owned());
    if !available(
        "tools/docs-check/node_modules",
        Path::new(TOOLS).join("node_modules").is_dir(),
    ) || !available(&chromium, Path::new(&chromium).exists())
    {
        return;
    }
    let dir = out_dir().join("entry-pages");
    let _ = std::fs::remove_dir_all(&dir);
    docs::write_all::<LongForm>(&dir, "1.0.0").unwrap();
    let entry = dir.join("LongForm/errors/34305.html");
    let catalogue = dir.join("LongForm.html");
    let shots = out_dir().join("entry-page");
    let report = node("check-entry-page.mjs", &[&entry, &catalogue, &shots], &[]);
    let title = LongForm::catalogue().title();
    for width in ["1280", "390"] {
        let at = &report[width];
        assert_eq!(at["viewport"].to_string(), width, "{report}");
        assert!(
            at["overflow"].as_i64().unwrap() <= 0,
            "{width}: the page scrolls sideways: {report}"
        );
        assert!(
            at["widest"].as_f64().unwrap() <= 0.0,
            "{width}: a block is wider than the page: {report}"
        );
        assert_eq!(at["scripts"], 0, "{report}");
        assert_eq!(at["h1"], "34305 NotFound", "{report}");
        assert_eq!(at["title"], format!("34305 NotFound - {title}"), "{report}");
        assert_eq!(
            at["sections"],
            serde_json::json!(["Causes", "Fix", "Example"]),
            "{report}"
        );
        // The example's own heading stays under the section's.
        assert_eq!(at["inner"], serde_json::json!(["H3 Request"]), "{report}");
        let code = at["code"][0].as_str().unwrap();
        assert!(
            code.starts_with("GET /members/a-member-reference-much-longer")
                && code.contains("# not a heading"),
            "{report}"
        );
        let text = at["text"].as_str().unwrap();
        for fact in [
            "Member '{member_ref}' not found.",
            "a typo in member_ref",
            "List the members first",
            "Who was asked for.",
        ] {
            assert!(text.contains(fact), "{width}: {fact}: {report}");
        }
        assert!(!text.contains("Members::find"), "{report}");
        let facts = at["facts"].as_array().unwrap();
        assert!(
            facts.contains(&serde_json::json!(["Status", "404"])),
            "{report}"
        );
        assert!(
            facts.contains(&serde_json::json!(["Refines", "34300"])),
            "{report}"
        );
        assert!(
            at["back"]["url"]
                .as_str()
                .unwrap()
                .ends_with("/LongForm.html"),
            "{report}"
        );
        assert_eq!(at["back"]["h1"], title, "{report}");
        assert_eq!(at["links"], 2, "{report}");
        assert!(
            at["forth"]["url"]
                .as_str()
                .unwrap()
                .ends_with("/LongForm/errors/34305.html"),
            "{report}"
        );
        assert_eq!(at["forth"]["h1"], "34305 NotFound", "{report}");
        assert_eq!(at["failed"], serde_json::json!([]), "{report}");
        assert!(Path::new(&format!("{}-{width}.png", shots.display())).exists());
    }
}
