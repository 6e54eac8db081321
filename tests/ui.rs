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
}
