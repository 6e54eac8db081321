//! Compile-fail cases: each `tests/ui/<category>/*.rs` must fail to build
//! with exactly the errors in its `.stderr`.

use std::path::Path;

/// Folders of cases that only some builds can run; every other folder of
/// `tests/ui` is a category whose cases always run.
const CONDITIONAL: [&str; 3] = ["with-features", "without-features", "case-sensitive"];

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    for category in categories() {
        t.compile_fail(format!("tests/ui/{category}/*.rs"));
    }
    // A framework key without its feature; `cargo test --test ui` runs
    // these, a build with the feature cannot.
    #[cfg(not(feature = "axum"))]
    t.compile_fail("tests/ui/without-features/axum-key-without-feature.rs");
    #[cfg(not(feature = "actix-web"))]
    t.compile_fail("tests/ui/without-features/actix-web-key-without-feature.rs");
    // After a mistake the framework impls stay, so handlers add no errors;
    // and rustc's list of `Deserialize` impls in `body-not-deserialize`
    // depends on the features of serde_json that the build turns on.
    #[cfg(all(feature = "axum", feature = "actix-web"))]
    t.compile_fail("tests/ui/with-features/*.rs");
    if one_tag_in_two_cases() {
        t.compile_fail("tests/ui/case-sensitive/*.rs");
    }
}

/// Writes `de.json` and `DE.json` for `case-sensitive/`, under the target
/// directory: a repository holding both breaks checkouts where file names
/// ignore case. `false` where they do here, and the case cannot be made.
fn one_tag_in_two_cases() -> bool {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("ui-locales")
        .join("one-tag-in-two-cases");
    std::fs::create_dir_all(&dir).unwrap();
    for name in ["de.json", "DE.json"] {
        std::fs::write(dir.join(name), r#"{ "1": "Falsches Passwort" }"#).unwrap();
    }
    let files = std::fs::read_dir(&dir).unwrap().count();
    if files != 2 {
        eprintln!("file names ignore case here: `case-sensitive/` not run");
    }
    files == 2
}

/// The folders of `tests/ui` that always run, so that a new category needs no
/// line here. A case directly in `tests/ui` would run nowhere: refused.
fn categories() -> Vec<String> {
    let ui = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/ui");
    let mut categories = Vec::new();
    for entry in std::fs::read_dir(ui).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_str().unwrap().to_owned();
        if path.is_dir() {
            if !CONDITIONAL.contains(&name.as_str()) {
                categories.push(name);
            }
        } else {
            assert!(
                !name.ends_with(".rs"),
                "tests/ui/{name}: a case goes in a category folder"
            );
        }
    }
    categories.sort();
    categories
}
