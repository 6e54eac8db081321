use super::{nested_headings, public_part, InnerHeading, Section};
use crate::__private_v0_1::EntryBuilder;
use crate::Entry;

fn entry(doc: &'static str) -> Entry {
    EntryBuilder::int(1, "Variant", "").doc(doc).build()
}

fn sections(doc: &'static str) -> Vec<(&'static str, &'static str)> {
    entry(doc)
        .sections()
        .map(|s| (s.heading(), s.text()))
        .collect()
}

#[test]
fn summary_is_the_text_before_the_first_heading() {
    let doc = "Shown when the member is unknown.\n\nSee `member_ref`.\n\n# Causes\n\nA typo.\n\n# Fix\n\nList the members first.";
    let entry = entry(doc);
    assert_eq!(
        entry.summary(),
        Some("Shown when the member is unknown.\n\nSee `member_ref`.")
    );
    assert_eq!(
        sections(doc),
        [("Causes", "A typo."), ("Fix", "List the members first.")]
    );
    assert_eq!(entry.section("Fix"), Some("List the members first."));
    assert_eq!(entry.section("fix"), Some("List the members first."));
    assert_eq!(entry.section("CAUSES"), Some("A typo."));
    assert_eq!(entry.section("Example"), None);
    assert_eq!(entry.description(), Some(doc));
}

#[test]
fn no_doc_comment_no_summary_no_sections() {
    let entry = EntryBuilder::int(1, "Variant", "").build();
    assert_eq!(entry.summary(), None);
    assert_eq!(entry.sections().count(), 0);
    assert_eq!(entry.section("Fix"), None);
    assert_eq!(sections("Only a summary."), []);
    assert_eq!(
        self::entry("Only a summary.").summary(),
        Some("Only a summary.")
    );
}

#[test]
fn any_heading_level_and_any_name_starts_a_section() {
    let doc = "###### Causes\nA.\n### Fix ###\nB.\n## Überprüfung\nC.\n# 原因 #\nD.";
    assert_eq!(
        sections(doc),
        [
            ("Causes", "A."),
            ("Fix", "B."),
            ("Überprüfung", "C."),
            ("原因", "D.")
        ]
    );
    assert_eq!(entry(doc).section("überprüfung"), Some("C."));
    assert_eq!(entry(doc).section("ÜBERPRÜFUNG"), Some("C."));
}

#[test]
fn deeper_headings_stay_in_their_section() {
    let doc = "## Example\n\n### Request\n\n```http\nGET /a HTTP/1.1\n```\n\n## Fix\n\nRetry.";
    assert_eq!(
        sections(doc),
        [
            ("Example", "### Request\n\n```http\nGET /a HTTP/1.1\n```"),
            ("Fix", "Retry.")
        ]
    );
}

#[test]
fn hashes_inside_code_fences_are_not_headings() {
    let doc = "Summary.\n\n# Example\n\n```sh\n# Fix\ncurl -i /a\n```\n\n~~~~\n# Rust\n```\n~~~~\n\n# Fix\n\nRetry.";
    assert_eq!(
        sections(doc),
        [
            (
                "Example",
                "```sh\n# Fix\ncurl -i /a\n```\n\n~~~~\n# Rust\n```\n~~~~"
            ),
            ("Fix", "Retry.")
        ]
    );
    // A backtick fence closes only with as many backticks or more.
    let doc = "# Example\n````\n```\n# Not a heading\n````\n# Fix\nB.";
    assert_eq!(
        sections(doc),
        [
            ("Example", "````\n```\n# Not a heading\n````"),
            ("Fix", "B.")
        ]
    );
    // An unclosed fence runs to the end.
    assert_eq!(
        sections("# Example\n```\n# Fix\n"),
        [("Example", "```\n# Fix")]
    );
    assert_eq!(
        public_part("Intro.\n```\n# Rust\n```\nMore."),
        Some("Intro.\n```\n# Rust\n```\nMore.")
    );
}

#[test]
fn what_is_not_an_atx_heading_is_text() {
    let doc = "Summary.\n#hashtag\n    # indented code\n####### seven\n\\# escaped\n# Fix\nB.";
    assert_eq!(
        entry(doc).summary(),
        Some("Summary.\n#hashtag\n    # indented code\n####### seven\n\\# escaped")
    );
    assert_eq!(sections(doc), [("Fix", "B.")]);
    // Up to three spaces of indentation still make a heading.
    assert_eq!(sections("   # Fix\nB."), [("Fix", "B.")]);
}

#[test]
fn crlf_and_trailing_spaces() {
    let doc = "Summary.  \r\n\r\n# Causes  \r\n\r\nA typo.\r\n\r\n# Fix\t\r\nRetry.  \r\n";
    assert_eq!(entry(doc).summary(), Some("Summary."));
    assert_eq!(sections(doc), [("Causes", "A typo."), ("Fix", "Retry.")]);
    let doc = "# Example\r\n```http\r\nGET / HTTP/1.1\r\n```\r\n# Fix\r\nB.";
    assert_eq!(
        sections(doc),
        [
            ("Example", "```http\r\nGET / HTTP/1.1\r\n```"),
            ("Fix", "B.")
        ]
    );
}

#[test]
fn empty_sections_and_headings_only_are_left_out() {
    assert_eq!(
        sections("# Causes\n\n# Fix\n\nB.\n# Example\n   \n"),
        [("Fix", "B.")]
    );
    let headings_only = entry("# Causes\n# Fix\n# Example");
    assert_eq!(headings_only.summary(), None);
    assert_eq!(headings_only.sections().count(), 0);
    assert_eq!(headings_only.section("Fix"), None);
    // A deeper heading is its section's text, even alone.
    assert_eq!(sections("# Causes\n## Network"), [("Causes", "## Network")]);
    // A heading at its doc comment's very end.
    assert_eq!(sections("Text.\n# Fix"), []);
    assert_eq!(entry("Text.\n# Fix").summary(), Some("Text."));
}

#[test]
fn the_rust_part_is_never_a_section() {
    let doc = "Summary.\n\n# Causes\nA.\n\n## Rust\nCall `Entry::status()`.\n\n### Deeper\nStill Rust.\n\n# Fix\nB.\n# rust\nLast.";
    assert_eq!(sections(doc), [("Causes", "A."), ("Fix", "B.")]);
    assert_eq!(entry(doc).section("Rust"), None);
    assert_eq!(entry(doc).summary(), Some("Summary."));
    // The other doc comments' cut: before the first `# Rust` heading.
    assert_eq!(public_part(doc), Some("Summary.\n\n# Causes\nA."));
    assert_eq!(public_part("# Rust\nonly"), None);
    // `Rust` as a word of a heading is not the Rust part.
    assert_eq!(sections("# Rust clients\nA."), [("Rust clients", "A.")]);
}

#[test]
fn sections_keep_their_first_lines_indentation() {
    assert_eq!(
        sections("# Example\n\n    GET /a\n\n# Fix\nB."),
        [("Example", "    GET /a"), ("Fix", "B.")]
    );
}

#[test]
fn a_huge_section_is_read_whole() {
    let line = "A line of text about the cause.\n";
    let doc: &'static str =
        Box::leak(format!("# Causes\n{}# Fix\nB.", line.repeat(50_000)).into_boxed_str());
    let found: Vec<Section> = entry(doc).sections().collect();
    assert_eq!(found.len(), 2);
    assert_eq!(found[0].text().len(), line.len() * 50_000 - 1);
    assert_eq!(found[1].text(), "B.");
}

#[test]
fn a_sections_own_headings_nest_under_the_pages_heading() {
    let text = "## Request\n```\n# not one\n```\n### Body\nx\n## Response\r\n";
    let found = nested_headings(text, 2);
    let heading = |start, end, level, text| InnerHeading {
        start,
        end,
        level,
        text,
    };
    assert_eq!(
        found,
        [
            heading(0, 10, 3, "Request"),
            heading(29, 37, 4, "Body"),
            heading(40, 52, 3, "Response"),
        ]
    );
    assert_eq!(&text[40..52], "## Response\r");
    // Never deeper than HTML's h6.
    assert_eq!(nested_headings("# A\n## B", 5)[1].level, 6);
    assert_eq!(nested_headings("No heading.", 2), []);
}

#[test]
fn a_setext_heading_is_a_heading() {
    let doc = "Summary.\n\nCauses\n------\n\nA typo.\n\nFix\n---\nList first.\n\nRust\n====\n\nBuilt by `Vault::new`.";
    assert_eq!(entry(doc).summary(), Some("Summary."));
    assert_eq!(
        sections(doc),
        [("Causes", "A typo."), ("Fix", "List first.")]
    );
    assert_eq!(
        public_part(doc),
        Some("Summary.\n\nCauses\n------\n\nA typo.\n\nFix\n---\nList first.")
    );
    // `Rust` underlined with `---`, CRLF lines too.
    let doc = "Sealed.\r\n\r\nRust\r\n----\r\n\r\nCrate only.";
    assert_eq!(entry(doc).summary(), Some("Sealed."));
    assert_eq!(public_part(doc), Some("Sealed."));
    assert_eq!(entry(doc).sections().count(), 0);
}

#[test]
fn an_underline_that_follows_no_paragraph_is_no_heading() {
    // After a blank line, a list item, a fence or an ATX heading `---` is a
    // thematic break and `===` text; inside a fence both are the fence's.
    for doc in [
        "# Fix\n\nText.\n\n---\n\nMore.",
        "# Fix\n\n- item\n---\nMore.",
        "# Fix\n\n```\nRust\n====\n```\nMore.",
        "# Fix\n===\nMore.",
        "# Fix\n\n    Rust\n    ----\nMore.",
    ] {
        assert_eq!(sections(doc).len(), 1, "{doc}");
        assert!(sections(doc)[0].1.ends_with("More."), "{doc}");
    }
}

#[test]
fn a_nested_setext_heading_spans_its_underline() {
    let text = "Intro.\n\nDetails\n-------\nMore.";
    let found = nested_headings(text, 2);
    assert_eq!(
        found,
        [InnerHeading {
            start: 8,
            end: 23,
            level: 3,
            text: "Details"
        }]
    );
}
