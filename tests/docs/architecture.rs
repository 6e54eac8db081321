//! ARCHITECTURE.md stays the map of the code: every module of the two crates
//! is on it, and every file it names exists.

use std::collections::BTreeSet;
use std::path::Path;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn map() -> String {
    std::fs::read_to_string(Path::new(ROOT).join("ARCHITECTURE.md")).unwrap()
}

/// The files (`name.rs`) and folders (`name/`) written in backticks outside
/// code blocks, alone or in a path: `errcode-core/src/catalogue/index.rs`
/// names `catalogue/` and `index.rs`. Patterns (`<part>.rs`) name nothing.
fn named(text: &str) -> BTreeSet<String> {
    let prose: String = text.split("```").step_by(2).collect();
    let mut named = BTreeSet::new();
    for word in prose
        .split('`')
        .skip(1)
        .step_by(2)
        .flat_map(|quoted| quoted.split([',', ' ']))
        .filter(|word| !word.contains(['<', '*']))
    {
        let mut parts: Vec<&str> = word.split('/').collect();
        let file = parts.pop().unwrap_or_default();
        if file.ends_with(".rs") {
            named.insert(file.to_owned());
        }
        named.extend(
            parts
                .iter()
                .filter(|p| !p.is_empty())
                .map(|p| format!("{p}/")),
        );
    }
    named
}

/// The modules of `src`: its files and folders, without `lib.rs`.
fn modules(src: &str) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(Path::new(ROOT).join(src))
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            let name = e.file_name().into_string().unwrap();
            if e.file_type().unwrap().is_dir() {
                format!("{name}/")
            } else {
                name
            }
        })
        .filter(|name| name != "lib.rs")
        .collect();
    names.sort();
    names
}

#[test]
fn every_module_of_the_two_crates_is_on_the_map() {
    let named = named(&map());
    let missing: Vec<String> = ["errcode-core/src", "errcode-macros/src"]
        .iter()
        .flat_map(|src| modules(src).into_iter().map(move |m| format!("{src}/{m}")))
        .filter(|path| !named.contains(path.rsplit_once("src/").unwrap().1))
        .collect();
    assert!(
        missing.is_empty(),
        "ARCHITECTURE.md does not name {missing:?}"
    );
}

#[test]
fn every_file_the_map_names_exists() {
    let mut files = BTreeSet::new();
    let mut stack = vec![Path::new(ROOT).to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let entry = entry.unwrap();
            let name = entry.file_name().into_string().unwrap();
            if entry.file_type().unwrap().is_dir() {
                if !matches!(name.as_str(), "target" | "node_modules" | ".git") {
                    files.insert(format!("{name}/"));
                    stack.push(entry.path());
                }
            } else {
                files.insert(name);
            }
        }
    }
    let gone: Vec<String> = named(&map())
        .into_iter()
        .filter(|n| !files.contains(n))
        .collect();
    assert!(
        gone.is_empty(),
        "ARCHITECTURE.md names what is not there: {gone:?}"
    );
}
