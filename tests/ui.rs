//! Compile-fail cases: each `tests/ui/*.rs` must fail to build with exactly
//! the errors in its `.stderr`.

#[test]
fn ui() {
    trybuild::TestCases::new().compile_fail("tests/ui/*.rs");
}
