//! The outside tools the client tests drive: node and `tsc`
//! (`tools/clients`, `npm ci`), python3 with mypy and pytest. Where they
//! are not installed a test says so and passes, except in CI (`CI` set),
//! where `.ci/run` installs them and their absence fails.

use std::path::{Path, PathBuf};
use std::process::Command;

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `target/clients`, created.
pub fn target_dir() -> PathBuf {
    let dir = root().join("target").join("clients");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

pub fn tsc() -> PathBuf {
    root().join("tools/clients/node_modules/.bin/tsc")
}

fn runs(program: &str, args: &[&str]) -> bool {
    Command::new(program)
        .args(args)
        .output()
        .is_ok_and(|out| out.status.success())
}

/// Whether `what` is installed: false (the test to say so and pass) where
/// it is not, a failure under CI.
fn can_run(installed: bool, what: &str, install: &str) -> bool {
    if installed {
        return true;
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "CI is set but {what} is not installed (.ci/run installs it)"
    );
    eprintln!("skipped: {what} not installed ({install})");
    false
}

pub fn typescript_installed() -> bool {
    can_run(
        tsc().exists() && runs("node", &["--version"]),
        "node with tsc",
        "cd tools/clients && npm ci",
    )
}

pub fn python_installed() -> bool {
    can_run(
        runs("python3", &["-c", "import mypy, pytest"]),
        "python3 with mypy and pytest",
        "pip install mypy pytest",
    )
}

/// Runs `program` with `args` in `dir`; fails with its output.
pub fn run(program: &Path, args: &[&str], dir: &Path) {
    let out = Command::new(program)
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap_or_else(|e| panic!("{}: {e}", program.display()));
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.status.success(),
        "{} {args:?} failed:\n{text}",
        program.display()
    );
}
