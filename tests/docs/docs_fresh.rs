//! A docs folder kept fresh: `docs::write_all` writes every output, and
//! `docs::fresh_with` / `assert_fresh` fail while a file is stale.

use std::path::PathBuf;

use errcodes::contract::Mode;
use errcodes::docs;

#[cfg(unix)]
use crate::common::fifo;

/// Errors of the accounts API.
#[derive(Debug, errcodes::ApiError)]
pub enum AccountError {
    #[code(34305, status = 401, msg = "Incorrect account or wrong password")]
    WrongPassword,
}

fn scratch(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join("docs-fresh")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

fn names(paths: &[PathBuf]) -> Vec<String> {
    paths
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect()
}

#[test]
fn write_all_writes_every_output() {
    let dir = scratch("write-all");
    let written = docs::write_all::<AccountError>(&dir, "1.0.0").unwrap();
    assert_eq!(
        names(&written),
        [
            "AccountError.md",
            "AccountError.html",
            "AccountError.json",
            "AccountError.openapi.json",
            "AccountError.ts",
            "AccountError.py",
            "34305.html",
            "34305.md"
        ]
    );
    assert_eq!(written[6], dir.join("AccountError/errors/34305.html"));
    let read = |name: &str| std::fs::read_to_string(dir.join(name)).unwrap();
    // The folder's catalogue pages link to the entry pages beside them.
    let view = docs::View::of::<AccountError>();
    let markdown = docs::Markdown::new(&view).links(docs::Links::files());
    let html = docs::Html::new(&view).links(docs::Links::files());
    assert_eq!(read("AccountError.md"), markdown.to_string());
    assert_eq!(read("AccountError.html"), html.to_string());
    assert_eq!(
        read("AccountError/errors/34305.md"),
        markdown.entry_page("34305").unwrap()
    );
    assert_eq!(
        read("AccountError/errors/34305.html"),
        html.entry_page("34305").unwrap()
    );
    let json: serde_json::Value = serde_json::from_str(&read("AccountError.json")).unwrap();
    assert_eq!(
        json,
        serde_json::from_str::<serde_json::Value>(&docs::json::<AccountError>()).unwrap()
    );
    let openapi: serde_json::Value =
        serde_json::from_str(&read("AccountError.openapi.json")).unwrap();
    assert_eq!(openapi, docs::openapi::<AccountError>("1.0.0"));
    assert_eq!(
        read("AccountError.ts"),
        errcodes::clients::typescript::<AccountError>()
    );
    assert_eq!(
        read("AccountError.py"),
        errcodes::clients::python::<AccountError>()
    );
}

#[test]
fn fresh_files_pass_and_stale_ones_are_named() {
    let dir = scratch("stale");
    docs::write_all::<AccountError>(&dir, "1.0.0").unwrap();
    assert_eq!(
        docs::fresh_with::<AccountError>(&dir, "1.0.0", Mode::Check).unwrap(),
        Vec::<PathBuf>::new()
    );

    std::fs::remove_file(dir.join("AccountError.html")).unwrap();
    let md = dir.join("AccountError.md");
    let old = std::fs::read_to_string(&md).unwrap();
    std::fs::write(&md, old.replace("wrong password", "bad password")).unwrap();
    let stale = docs::fresh_with::<AccountError>(&dir, "1.0.0", Mode::Check).unwrap_err();
    let text = stale.to_string();
    assert_eq!(
        names(&stale.files.iter().map(|f| f.0.clone()).collect::<Vec<_>>()),
        ["AccountError.md", "AccountError.html"]
    );
    assert!(
        text.starts_with("2 generated docs files are out of date:\n"),
        "{text}"
    );
    assert!(
        text.contains(r#"AccountError.md: line 16: file has "| <a id=\"34305\"></a>34305 | 401 | [WrongPassword](AccountError/errors/34305.md) ""#),
        "{text}"
    );
    assert!(text.contains("AccountError.html: missing"), "{text}");
    assert!(text.ends_with("run the tests with ERRCODE_ACCEPT=1 to rewrite them, and commit them"));

    // Another API version is stale too: the OpenAPI document carries it.
    let stale = docs::fresh_with::<AccountError>(&dir, "2.0.0", Mode::Check).unwrap_err();
    assert_eq!(stale.files.len(), 3);

    let written = docs::fresh_with::<AccountError>(&dir, "1.0.0", Mode::Accept).unwrap();
    assert_eq!(names(&written), ["AccountError.md", "AccountError.html"]);
    assert!(docs::fresh_with::<AccountError>(&dir, "1.0.0", Mode::Check).is_ok());
}

#[test]
fn a_missing_final_newline_is_stale_and_said_so() {
    let dir = scratch("newline");
    docs::write_all::<AccountError>(&dir, "1.0.0").unwrap();
    let md = dir.join("AccountError.md");
    let text = std::fs::read_to_string(&md).unwrap();
    std::fs::write(&md, text.trim_end()).unwrap();
    let stale = docs::fresh_with::<AccountError>(&dir, "1.0.0", Mode::Check).unwrap_err();
    assert_eq!(stale.files[0].1, "differs in the final newline");
}

/// Run by `assert_fresh_fails_or_accepts` in a child process, where
/// `ERRCODE_ACCEPT` is set: setting it here would reach tests running in
/// parallel threads.
#[test]
#[ignore = "run by assert_fresh_fails_or_accepts"]
fn assert_fresh_in_child() {
    let dir = std::env::var_os("ERRCODE_TEST_DOCS").expect("run by the parent test");
    docs::assert_fresh::<AccountError>(dir, "1.0.0");
}

#[test]
fn assert_fresh_fails_or_accepts() {
    let dir = scratch("assert");
    let run = |accept: &str| {
        crate::common::child::run_accepting(
            "docs_fresh::assert_fresh_in_child",
            "ERRCODE_TEST_DOCS",
            &dir,
            accept,
        )
    };
    let refused = run("");
    assert!(!refused.status.success());
    let out = String::from_utf8_lossy(&refused.stdout);
    assert!(
        out.contains("8 generated docs files are out of date"),
        "{out}"
    );
    assert!(out.contains("AccountError.json: missing"), "{out}");
    assert!(out.contains("AccountError.ts: missing"), "{out}");
    assert!(out.contains("AccountError.py: missing"), "{out}");
    assert!(out.contains("errors/34305.html: missing"), "{out}");
    assert!(!dir.exists());

    let accepted = run("1");
    assert!(accepted.status.success(), "{accepted:?}");
    assert!(docs::fresh_with::<AccountError>(&dir, "1.0.0", Mode::Check).is_ok());
    assert!(run("0").status.success());
}

/// A checkout with `core.autocrlf` turns every line ending into CRLF; the
/// files are still fresh, and accepting leaves them as they are.
#[test]
fn files_checked_out_with_crlf_are_fresh() {
    let dir = scratch("crlf");
    let written = docs::write_all::<AccountError>(&dir, "1.0.0").unwrap();
    let mut crlf = Vec::new();
    for path in &written {
        let text = std::fs::read_to_string(path).unwrap().replace('\n', "\r\n");
        std::fs::write(path, &text).unwrap();
        crlf.push(text);
    }
    assert_eq!(
        docs::fresh_with::<AccountError>(&dir, "1.0.0", Mode::Check).unwrap(),
        Vec::<PathBuf>::new()
    );
    assert_eq!(
        docs::fresh_with::<AccountError>(&dir, "1.0.0", Mode::Accept).unwrap(),
        Vec::<PathBuf>::new()
    );
    for (path, text) in written.iter().zip(&crlf) {
        assert_eq!(&std::fs::read_to_string(path).unwrap(), text);
    }
}

/// The files in `dir`, sorted.
fn listing(dir: &std::path::Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// A FIFO where a file goes is refused before it is opened (reading it
/// would wait for a writer), in checking and in accepting.
#[cfg(unix)]
#[test]
fn a_fifo_in_place_of_a_file_is_refused_without_blocking() {
    let dir = scratch("fifo");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("AccountError.json");
    fifo::make(&path);
    for mode in [Mode::Check, Mode::Accept] {
        let checked = dir.clone();
        let stale = fifo::unblocked(&path, move || {
            docs::fresh_with::<AccountError>(&checked, "1.0.0", mode).unwrap_err()
        });
        assert!(
            stale
                .to_string()
                .contains("AccountError.json: a FIFO, socket or device, not a file"),
            "{mode:?}: {stale}"
        );
    }
}

/// A directory where a file goes: nothing of the set is written, by
/// `write_all` or by accepting, and the error names the directory.
#[test]
fn a_directory_in_place_of_a_file_writes_nothing() {
    let dir = scratch("directory");
    std::fs::create_dir_all(dir.join("AccountError.json")).unwrap();
    let err = docs::write_all::<AccountError>(&dir, "1.0.0").unwrap_err();
    assert!(
        err.to_string().contains("AccountError.json is a directory"),
        "{err}"
    );
    assert_eq!(listing(&dir), ["AccountError.json"]);

    let stale = docs::fresh_with::<AccountError>(&dir, "1.0.0", Mode::Accept).unwrap_err();
    assert_eq!(stale.files.len(), 1, "{stale}");
    assert!(
        stale
            .to_string()
            .contains("AccountError.json: a directory, not a file"),
        "{stale}"
    );
    assert_eq!(listing(&dir), ["AccountError.json"]);
}

/// A symbolic link where a file goes is neither followed (its target,
/// perhaps outside the folder, is left alone) nor replaced, and nothing of
/// the set is written.
#[cfg(unix)]
#[test]
fn a_symbolic_link_in_place_of_a_file_is_refused() {
    let dir = scratch("symlink");
    let outside = scratch("symlink-target");
    let target = outside.join("notes.md");
    std::fs::create_dir_all(&outside).unwrap();
    std::fs::write(&target, "my notes\n").unwrap();
    std::fs::create_dir_all(&dir).unwrap();
    std::os::unix::fs::symlink(&target, dir.join("AccountError.md")).unwrap();

    let err = docs::write_all::<AccountError>(&dir, "1.0.0").unwrap_err();
    assert!(
        err.to_string()
            .contains("AccountError.md is a symbolic link"),
        "{err}"
    );
    assert!(docs::fresh_with::<AccountError>(&dir, "1.0.0", Mode::Accept).is_err());
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "my notes\n");
    assert_eq!(listing(&dir), ["AccountError.md"]);
}
