//! Doc comments as a careless or hostile author writes them, through every
//! output of the long form: the catalogue pages, the entry pages, the JSON
//! export, OpenAPI and `explain`. Markup is text, a `# Rust` part in the
//! middle stays out, headings alone say nothing, and a huge section is
//! carried whole.

use errcodes::docs::{Html, Json, Links, Markdown, OpenApi, View};
use errcodes::ApiError;

/// Markup in every part of the long form.
#[derive(Debug, ApiError)]
pub enum Hostile {
    /// <script>alert(1)</script> an odd ` backtick <img src=x onerror=alert(2)> {memberRef}
    ///
    /// # Causes <b>bold</b>
    ///
    /// A ` lone backtick, then <script>alert(3)</script> {memberRef}
    ///
    /// ```html
    /// </code></pre><script>alert(4)</script>
    /// ```
    ///
    /// # Rust
    ///
    /// SECRET-RUST-NOTE: built by `Guard::check`.
    ///
    /// ## Fix
    ///
    /// SECRET-RUST-NOTE too: a heading deeper than the Rust one is Rust's.
    ///
    /// # Fix
    ///
    /// Send <i>a</i> valid request.
    #[code(1, status = 400, msg = "Bad")]
    Script,
    /// # Causes
    /// # Fix
    ///
    /// # Example
    #[code(2, status = 400, msg = "Headings only")]
    HeadingsOnly,
    #[doc = "A summary.\n\n# Causes\n\n"]
    #[doc = huge!()]
    #[doc = "\n\nTHE-LAST-LINE.\n\n# Fix\n\nWait."]
    #[code(3, status = 503, msg = "Huge")]
    Huge,
}

/// 4^7 lines of text: a section of 0.6 MB, written at compile time.
macro_rules! huge {
    () => {
        x4!(x4!(x4!(x4!(x4!(x4!(x4!(
            "A line of the cause, as long as a line of prose is.\n"
        )))))))
    };
}
use huge;

macro_rules! x4 {
    ($s:expr) => {
        concat!($s, $s, $s, $s)
    };
}
use x4;

/// Every output of the view whose text a reader sees, by name.
fn outputs() -> Vec<(String, String)> {
    let view = View::of::<Hostile>();
    let html = Html::new(&view).links(Links::files());
    let markdown = Markdown::new(&view).links(Links::files());
    let mut outputs = vec![
        ("catalogue.html".to_owned(), html.to_string()),
        ("catalogue.md".to_owned(), markdown.to_string()),
        (
            "export.json".to_owned(),
            Json::new(&view).to_string_pretty(),
        ),
        (
            "openapi.json".to_owned(),
            OpenApi::new(&view).to_string("1.0.0"),
        ),
    ];
    for code in ["1", "2", "3"] {
        outputs.push((format!("{code}.html"), html.entry_page(code).unwrap()));
        outputs.push((format!("{code}.md"), markdown.entry_page(code).unwrap()));
        let explained = Hostile::explain(code.parse::<i64>().unwrap()).unwrap();
        outputs.push((format!("explain {code}"), explained.to_string()));
    }
    outputs
}

#[test]
fn html_in_doc_comments_is_text_in_the_html_pages() {
    for (name, page) in outputs() {
        if !name.ends_with(".html") {
            continue;
        }
        for markup in [
            "<script>alert",
            "<img src=x",
            "<b>bold",
            "<i>a</i>",
            "</code></pre><script>",
        ] {
            assert!(!page.contains(markup), "{name} has {markup}:\n{page}");
        }
        if name == "2.html" || name == "3.html" {
            continue;
        }
        for text in [
            "&lt;script&gt;alert(1)&lt;/script&gt; an odd ` backtick &lt;img src=x onerror=alert(2)&gt;",
            "Causes &lt;b&gt;bold&lt;/b&gt;",
            "A ` lone backtick, then &lt;script&gt;alert(3)&lt;/script&gt;",
            "<pre><code>&lt;/code&gt;&lt;/pre&gt;&lt;script&gt;alert(4)&lt;/script&gt;\n</code></pre>",
            "Send &lt;i&gt;a&lt;/i&gt; valid request.",
        ] {
            assert!(page.contains(text), "{name} leaves out {text}:\n{page}");
        }
    }
}

#[test]
fn html_in_doc_comments_is_escaped_in_the_markdown_pages() {
    for (name, page) in outputs() {
        if !name.ends_with(".md") {
            continue;
        }
        // Outside the code fence, where CommonMark would read it as HTML.
        for markup in [
            "<script>alert(1)",
            "<script>alert(3)",
            "<img src",
            "<b>",
            "<i>",
        ] {
            let raw = page
                .match_indices(markup)
                .any(|(at, _)| !page[..at].ends_with('\\'));
            assert!(!raw, "{name} has {markup}:\n{page}");
        }
        if name != "1.md" {
            continue;
        }
        for text in [
            "A ` lone backtick, then \\<script\\>alert(3)\\</script\\> \\{memberRef\\}",
            // Inside the fence, as written: CommonMark shows it as code.
            "```html\n</code></pre><script>alert(4)</script>\n```",
            "Send \\<i\\>a\\</i\\> valid request.",
        ] {
            assert!(page.contains(text), "{name} leaves out {text}:\n{page}");
        }
    }
}

#[test]
fn a_rust_part_in_the_middle_stays_out_of_every_output() {
    let entry = &Hostile::catalogue().entries()[0];
    let headings: Vec<&str> = entry.sections().map(|s| s.heading()).collect();
    assert_eq!(headings, ["Causes <b>bold</b>", "Fix"]);
    assert_eq!(entry.section("fix"), Some("Send <i>a</i> valid request."));
    for (name, text) in outputs() {
        assert!(!text.contains("SECRET-RUST-NOTE"), "{name}:\n{text}");
        assert!(!text.contains("Guard::check"), "{name}:\n{text}");
        if !name.contains('2') && !name.contains('3') {
            assert!(text.contains("valid request"), "{name} leaves out the Fix");
        }
    }
}

#[test]
fn headings_alone_are_no_long_form() {
    let entry = &Hostile::catalogue().entries()[1];
    assert_eq!(entry.summary(), None);
    assert_eq!(entry.sections().count(), 0);
    let view = View::of::<Hostile>();
    let json = Json::new(&view).to_value();
    assert_eq!(json["entries"][1]["summary"], serde_json::Value::Null);
    assert_eq!(json["entries"][1]["sections"], serde_json::json!([]));
    let page = Html::new(&view).entry_page("2").unwrap();
    assert!(!page.contains("<section>"), "{page}");
    assert!(!page.contains("<h2>"), "{page}");
    let md = Markdown::new(&view).entry_page("2").unwrap();
    assert!(!md.contains("## "), "{md}");
    let explained = Hostile::explain(2).unwrap().to_string();
    assert_eq!(
        explained,
        "2 HeadingsOnly\nstatus: 400 (retry: never, fault: client)\nmessage: Headings only\n"
    );
}

#[test]
fn a_huge_section_reaches_every_output_whole() {
    let entry = &Hostile::catalogue().entries()[2];
    let causes = entry.section("Causes").unwrap();
    assert_eq!(causes.matches("A line of the cause").count(), 4usize.pow(7));
    assert!(causes.len() > 800_000);
    assert!(causes.ends_with("THE-LAST-LINE."));
    assert_eq!(entry.section("Fix"), Some("Wait."));
    for (name, text) in outputs() {
        if name.contains('1') || name.contains('2') {
            continue;
        }
        assert!(text.contains("THE-LAST-LINE."), "{name}");
        // Whole, once or more (the export has it in the description too).
        let lines = text.matches("A line of the cause").count();
        assert!(
            lines >= 4usize.pow(7) && lines % 4usize.pow(7) == 0,
            "{name}: {lines}"
        );
    }
}

/// An entry whose crate-only part is under a setext heading.
#[derive(Debug, ApiError)]
pub enum Setext {
    /// The vault is sealed.
    ///
    /// Rust
    /// ====
    ///
    /// Built by `Vault::unseal_with_master_key`, for the crate's users only.
    #[code(1, status = 423, msg = "Sealed")]
    Sealed,
}

// attack: a `Rust` heading written as a setext heading (CommonMark's other h1) is not hidden: the crate-only part reaches every public output
#[test]
fn attack_a_setext_rust_heading_stays_out_of_every_output() {
    let view = View::of::<Setext>();
    let html = Html::new(&view).links(Links::files());
    let outputs = [
        html.to_string(),
        html.entry_page("1").unwrap(),
        Json::new(&view).to_string_pretty(),
        Setext::explain(1).unwrap().to_string(),
    ];
    for output in outputs {
        assert!(!output.contains("unseal_with_master_key"), "{output}");
    }
}
