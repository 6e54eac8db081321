//! One `#[ignore]`d test of this binary, run in a child process with
//! `ERRCODE_ACCEPT` set: setting it in this process would reach the tests
//! running on other threads.

use std::ffi::OsStr;
use std::process::{Command, Output};

/// Runs `test` (its full name) with `ERRCODE_ACCEPT=accept` and `var=path`,
/// the variable through which the child finds its file or folder.
pub fn run_accepting(test: &str, var: &str, path: impl AsRef<OsStr>, accept: &str) -> Output {
    Command::new(std::env::current_exe().unwrap())
        .args(["--ignored", "--exact", test, "--test-threads=1"])
        .env(var, path)
        .env("ERRCODE_ACCEPT", accept)
        .output()
        .unwrap()
}
