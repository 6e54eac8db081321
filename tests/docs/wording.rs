//! The words users read: the product is `errcodes` wherever its docs name
//! it (the crates `errcode-core` and `errcode-macros` keep their names), and
//! the derive's documentation says each thing once.

use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The `.rs` files under `dir`, recursively.
fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Each place in `text` that names the product `errcode`: the word alone,
/// not a crate (`errcode-core`, `errcode_macros`), not `errcodes`, not the
/// repository's path, and not Matrix's `errcode` member (quoted, or a code
/// span that is not followed by "crate").
fn product_named_errcode(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let lower = line.to_lowercase();
        for (at, _) in lower.match_indices("errcode") {
            let before = lower[..at].chars().next_back();
            let after = lower[at + "errcode".len()..].chars().next();
            let joined =
                |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || "-_/".contains(c));
            let rest = &lower[at + "errcode".len()..];
            let member = match (before, after) {
                (Some('"'), Some('"' | '\\')) => true,
                (Some('`'), Some('`')) => !rest.starts_with("` crate"),
                _ => false,
            };
            if !joined(before) && !joined(after) && after != Some('s') && !member {
                found.push(format!("line {}: {}", n + 1, line.trim()));
            }
        }
    }
    found
}

#[test]
fn the_product_is_errcodes() {
    let root = root();
    let mut files: Vec<PathBuf> = [
        "README.md",
        "Cargo.toml",
        "errcode-core/README.md",
        "errcode-core/Cargo.toml",
        "errcode-macros/README.md",
        "errcode-macros/Cargo.toml",
        "errcode-shared/README.md",
        "errcode-shared/Cargo.toml",
    ]
    .iter()
    .map(|f| root.join(f))
    .collect();
    for dir in [
        "src",
        "errcode-core/src",
        "errcode-macros/src",
        "errcode-shared/src",
        "examples",
    ] {
        rust_files(&root.join(dir), &mut files);
    }
    let mut found = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        for place in product_named_errcode(&text) {
            found.push(format!(
                "{}: {place}",
                file.strip_prefix(&root).unwrap().display()
            ));
        }
    }
    assert!(
        found.is_empty(),
        "the product is `errcodes`:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_check_tells_the_product_from_crates_and_members() {
    assert_eq!(product_named_errcode("errcode turns an enum").len(), 1);
    assert_eq!(
        product_named_errcode("another errcode enum, errcode's adapters").len(),
        2
    );
    assert_eq!(
        product_named_errcode("through the `errcode` crate").len(),
        1
    );
    assert!(product_named_errcode(
        "errcodes, errcode-core, errcode_macros, Matrix's `errcode`, {\"errcode\": 1}, \
         r#\"{\"errcode\"}\"#, github.com/errcode-rs/errcode"
    )
    .is_empty());
}

/// The sentences of the doc comments of `source`, each on one line.
fn doc_sentences(source: &str) -> Vec<String> {
    let docs: Vec<&str> = source
        .lines()
        .filter_map(|l| {
            let l = l.trim_start();
            l.strip_prefix("///").or_else(|| l.strip_prefix("//!"))
        })
        .map(str::trim)
        .collect();
    docs.join(" ")
        .split(". ")
        .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect()
}

#[test]
fn the_derive_documentation_says_each_thing_once() {
    let source = std::fs::read_to_string(root().join("src/lib.rs")).unwrap();
    let sentences = doc_sentences(&source);
    let mut repeated = Vec::new();
    for (i, sentence) in sentences.iter().enumerate() {
        let long = sentence.split(' ').count() >= 5;
        if long && sentences[..i].contains(sentence) && !repeated.contains(sentence) {
            repeated.push(sentence.clone());
        }
    }
    assert!(repeated.is_empty(), "said twice: {repeated:#?}");
}
