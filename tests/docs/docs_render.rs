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
