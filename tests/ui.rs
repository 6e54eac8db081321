//! Compile-fail cases: each `tests/ui/*.rs` must fail to build with exactly
//! the errors in its `.stderr`.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/*.rs");
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
