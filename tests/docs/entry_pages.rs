//! A page per code, HTML and Markdown: every fact of its entries, their
//! summary and sections, links between the pages, and the folder
//! `docs::write_all` writes them into.

use std::path::PathBuf;

use errcodes::contract::Mode;
use errcodes::docs::{self, Html, Links, Markdown, View};
use errcodes::ApiError;

/// Members of a workspace.
#[derive(Debug, ApiError)]
#[api_error(since = "1.0.0", category = "Members")]
pub enum MemberError {
    /// The request is not valid.
    #[code(34300, status = 400, msg = "Invalid request")]
    Invalid,
    /// The member named in the request does not exist.
    ///
    /// # Causes
    ///
    /// A typo in `member_ref`, or a member removed since.
    ///
    /// # Rust
    ///
    /// Built by `Members::find`, never shown.
    ///
    /// # Fix
    ///
    /// List the members first:
    ///
    /// ```http
    /// GET /members HTTP/1.1
    /// ```
    #[code(
        34305,
        status = 404,
        msg = "Member '{member_ref}' not found.",
        parent = 34300,
        title = "No such member",
        also_status = [410],
        since = "1.2.0",
        header("Cache-Control" = "no-store"),
    )]
    NotFound {
        /// Who was asked for.
        #[body]
        member_ref: String,
    },
    #[code(
        34306,
        status = 404,
        msg = "Gone",
        deprecated(since = "1.3.0", replaced_by = 34305)
    )]
    Gone,
    #[code(34500, status = 503, msg = "Busy", retry = "safe", shared)]
    Busy,
    #[code(34500, status = 500, msg = "Storage", shared)]
    Storage,
}

/// Codes that are not safe file names as they are.
#[derive(Debug, ApiError)]
pub enum AuthError {
    #[code("auth/invalid-token", status = 401, msg = "Invalid token")]
    InvalidToken,
    #[code(".hidden", status = 400, msg = "Dot")]
    Dot,
    #[code("M_FORBIDDEN", status = 403, msg = "Forbidden")]
    Forbidden,
}

#[test]
fn one_page_per_code_with_every_fact() {
    let view = View::of::<MemberError>();
    let names: Vec<&str> = view.entry_pages().iter().map(|p| p.name()).collect();
    assert_eq!(names, ["34300", "34305", "34306", "34500"]);
    let html = Html::new(&view).entry_page("34305").unwrap();
    for fact in [
        "<title>34305 NotFound - Members of a workspace.</title>",
        "<h1>34305 NotFound</h1>",
        "<code>34305</code>",
        "404 (also 410)",
        "<td>NotFound</td>",
        "<td>No such member</td>",
        "Member &#39;{member_ref}&#39; not found.",
        "<td>Members</td>",
        "<th>Refines</th><td><a href=\"34300.html\"><code>34300</code></a>",
        "<th>Refined by</th>",
        "{&quot;code&quot;:34305,&quot;ancestors&quot;:[34300],&quot;message&quot;:&quot;Member &#39;{member_ref}&#39; not found.&quot;,&quot;member_ref&quot;:&quot;string&quot;}",
        "<code>member_ref</code> (string): Who was asked for.",
        "<code>Cache-Control</code>: <code>no-store</code>",
        "1.2.0 - added",
        "<p>The member named in the request does not exist.</p>",
        "<h2>Causes</h2>\n<p>A typo in <code>member_ref</code>, or a member removed since.</p>",
        "<h2>Fix</h2>\n<p>List the members first:</p>\n<pre><code>GET /members HTTP/1.1\n</code></pre>",
        "<a href=\"../../MemberError.html\">Members of a workspace.</a>",
    ] {
        if fact == "<th>Refined by</th>" {
            assert!(!html.contains(fact), "34305 has no child:\n{html}");
            continue;
        }
        assert!(html.contains(fact), "{fact}\n{html}");
    }
    assert!(!html.contains("Members::find"), "{html}");
    assert!(!html.contains("<script"), "{html}");
    let parent = Html::new(&view).entry_page("34300").unwrap();
    assert!(
        parent.contains("<th>Refined by</th><td><a href=\"34305.html\"><code>34305</code></a>"),
        "{parent}"
    );
    let gone = Html::new(&view).entry_page("34306").unwrap();
    assert!(
        gone.contains("<strong>Deprecated since 1.3.0</strong>: use <a href=\"34305.html\">"),
        "{gone}"
    );

    let md = Markdown::new(&view).entry_page("34305").unwrap();
    for fact in [
        "[Members of a workspace.](../../MemberError.md)\n\n# 34305 NotFound\n",
        "| Code | `34305` |",
        "| Status | 404 (also 410) |",
        "| Title | No such member |",
        "| Refines | [34300](34300.md) |",
        "| Body member | `member_ref` (string): Who was asked for. |",
        "| Header | `Cache-Control`: `no-store` |",
        "| Version history | 1.2.0 - added |",
        "\nThe member named in the request does not exist.\n",
        "\n## Causes\n\nA typo in `member_ref`, or a member removed since.\n",
        "\n## Fix\n\nList the members first:\n\n```http\nGET /members HTTP/1.1\n```\n",
    ] {
        assert!(md.contains(fact), "{fact}\n{md}");
    }
    assert!(!md.contains("Members::find"), "{md}");
}

#[test]
fn a_shared_code_has_one_page_with_each_entry() {
    let view = View::of::<MemberError>();
    let html = Html::new(&view).entry_page("34500").unwrap();
    assert!(html.contains("<h1>34500</h1>"), "{html}");
    assert!(html.contains("<h2>34500 Busy</h2>"), "{html}");
    assert!(html.contains("<h2>34500 Storage</h2>"), "{html}");
    assert!(html.contains("retry: safe"), "{html}");
    let md = Markdown::new(&view).entry_page("34500").unwrap();
    assert!(
        md.contains("\n## 34500 Busy\n") && md.contains("\n## 34500 Storage\n"),
        "{md}"
    );
}

#[test]
fn unknown_codes_have_no_page() {
    let view = View::of::<MemberError>();
    assert!(Html::new(&view).entry_page("34399").is_none());
    assert!(Markdown::new(&view).entry_page("").is_none());
    assert!(view.entry_page("NotFound").is_none());
}

#[test]
fn the_catalogue_page_links_to_each_entry_page_where_told() {
    let view = View::of::<MemberError>();
    // Alone (docs::html), it links nowhere it cannot vouch for.
    assert!(!docs::html::<MemberError>().contains("errors/34305"));
    let html = Html::new(&view).links(Links::files()).to_string();
    assert!(
        html.contains("<td><a href=\"MemberError/errors/34305.html\">NotFound</a>"),
        "{html}"
    );
    let md = Markdown::new(&view).links(Links::files()).to_string();
    assert!(
        md.contains("[NotFound](MemberError/errors/34305.md)"),
        "{md}"
    );
    // As a server sends them: the catalogue at the base, each code below.
    let served = Html::new(&view).links(Links::served("/errors"));
    assert!(served
        .to_string()
        .contains("<td><a href=\"/errors/34305\">NotFound</a>"));
    let page = served.entry_page("34305").unwrap();
    assert!(
        page.contains("<nav class=\"back\"><a href=\"/errors\">"),
        "{page}"
    );
    assert!(
        page.contains("<a href=\"/errors/34300\"><code>34300</code></a>"),
        "{page}"
    );
}

#[test]
fn codes_that_are_no_file_names_are_percent_encoded() {
    let view = View::of::<AuthError>();
    let stems: Vec<String> = view.entry_pages().iter().map(|p| p.file_stem()).collect();
    assert_eq!(stems, ["auth%2Finvalid-token", "%2Ehidden", "M_FORBIDDEN"]);
    // Looked up by the code as written (a server's decoded path segment).
    assert!(Html::new(&view).entry_page("auth/invalid-token").is_some());
    let catalogue = Html::new(&view).links(Links::files()).to_string();
    // A link names the file: its `%` encoded, so a browser asks for that name.
    assert!(
        catalogue.contains("href=\"AuthError/errors/auth%252Finvalid-token.html\""),
        "{catalogue}"
    );
    let served = Html::new(&view)
        .links(Links::served("/errors/"))
        .to_string();
    assert!(
        served.contains("href=\"/errors/auth%2Finvalid-token\""),
        "{served}"
    );

    let dir = scratch("encoded");
    let written = docs::write_all::<AuthError>(&dir, "1.0.0").unwrap();
    let pages = dir.join("AuthError/errors");
    for stem in ["auth%2Finvalid-token", "%2Ehidden", "M_FORBIDDEN"] {
        for extension in ["html", "md"] {
            let path = pages.join(format!("{stem}.{extension}"));
            assert!(written.contains(&path), "{path:?} not in {written:?}");
            assert!(path.is_file(), "{path:?}");
        }
    }
    assert_eq!(std::fs::read_dir(&pages).unwrap().count(), 6);
}

#[test]
fn translated_catalogues_have_pages_per_language() {
    use errcodes_catalogues::fresns::FresnsError;
    let view = View::of_in::<FresnsError>("zh-Hans");
    let code = view.entry_pages()[1].name().to_owned();
    let html = Html::new(&view).entry_page(&code).unwrap();
    assert!(
        html.starts_with("<!DOCTYPE html>\n<html lang=\"zh-Hans\">"),
        "{html}"
    );
    assert!(
        html.contains("<a href=\"../../FresnsError.zh-Hans.html\">"),
        "{html}"
    );
    assert!(
        html.contains(&format!("<a href=\"{code}.html\" hreflang=\"en\"")),
        "{html}"
    );
    let translated = view.entries()[1].message();
    assert!(html.contains(translated), "{translated}\n{html}");
}

fn scratch(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join("entry-pages")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

#[test]
fn a_page_no_entry_has_any_more_is_stale_and_accepting_removes_it() {
    let dir = scratch("left-over");
    docs::write_all::<MemberError>(&dir, "1.0.0").unwrap();
    let old = dir.join("MemberError/errors/34399.html");
    std::fs::write(&old, "a removed entry's page").unwrap();
    let stale = docs::fresh_with::<MemberError>(&dir, "1.0.0", Mode::Check).unwrap_err();
    assert_eq!(stale.files.len(), 1, "{stale}");
    assert!(
        stale
            .to_string()
            .contains("34399.html: no entry has this page any more: remove it"),
        "{stale}"
    );
    let done = docs::fresh_with::<MemberError>(&dir, "1.0.0", Mode::Accept).unwrap();
    assert_eq!(done, std::slice::from_ref(&old));
    assert!(!old.exists());
    assert!(docs::fresh_with::<MemberError>(&dir, "1.0.0", Mode::Check).is_ok());
}

/// A symbolic link where the pages' folder goes would write outside the
/// docs folder: refused, and nothing is written.
#[cfg(unix)]
#[test]
fn a_symbolic_link_in_place_of_the_pages_folder_is_refused() {
    let dir = scratch("linked-folder");
    let outside = scratch("linked-folder-target");
    std::fs::create_dir_all(&outside).unwrap();
    std::fs::create_dir_all(&dir).unwrap();
    std::os::unix::fs::symlink(&outside, dir.join("MemberError")).unwrap();
    let err = docs::write_all::<MemberError>(&dir, "1.0.0").unwrap_err();
    assert!(
        err.to_string().contains("MemberError is a symbolic link"),
        "{err}"
    );
    assert_eq!(std::fs::read_dir(&outside).unwrap().count(), 0);
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 1);
}

/// A codeless entry whose anchor is another entry's string code.
#[derive(Debug, ApiError)]
pub enum GoneError {
    /// Nothing here any more; it has no code.
    #[code(_, status = 410, msg = "Gone")]
    Gone,
    #[code("gone", status = 404, msg = "No such thing")]
    Missing,
}

// attack: a codeless entry's page (its anchor) can take the same name as another entry's string code, merging two unrelated entries on one page
#[test]
fn attack_a_codeless_entry_never_shares_the_page_of_a_code() {
    let view = View::of::<GoneError>();
    let pages = view.entry_pages();
    let names: Vec<&str> = pages.iter().map(|p| p.name()).collect();
    assert_eq!(pages.len(), 2, "one page per entry, none shared: {names:?}");
    let page = view.entry_page("gone").unwrap();
    let shown: Vec<&str> = page.entries().iter().map(|e| e.entry().name()).collect();
    assert_eq!(shown, ["Missing"], "the page of code \"gone\"");
}

#[test]
fn a_codeless_entry_s_page_is_written_and_linked_under_its_own_name() {
    let view = View::of::<GoneError>();
    let names: Vec<&str> = view.entry_pages().iter().map(|p| p.name()).collect();
    assert_eq!(names, ["_gone", "gone"]);
    let served = Html::new(&view)
        .links(Links::served("/errors/"))
        .to_string();
    assert!(served.contains("href=\"/errors/_gone\""), "{served}");
    assert!(served.contains("href=\"/errors/gone\""), "{served}");
    let dir = scratch("codeless-name");
    docs::write_all::<GoneError>(&dir, "1.0.0").unwrap();
    let pages = dir.join("GoneError/errors");
    for stem in ["_gone", "gone"] {
        assert!(pages.join(format!("{stem}.html")).is_file(), "{stem}");
    }
}
