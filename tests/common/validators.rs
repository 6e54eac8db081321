//! The real OpenAPI validators on documents the tests write
//! (`tools/openapi/validate.sh`: openapi-spec-validator, swagger-parser,
//! `redocly lint`). Where they are not installed a test says so and passes,
//! except in CI (`CI` set), where `.ci/run` installs them and their absence
//! fails.

use std::path::{Path, PathBuf};
use std::process::Command;

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `target/openapi/{name}.json`, its folder created.
pub fn target_file(name: &str) -> PathBuf {
    let dir = root().join("target").join("openapi");
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(format!("{name}.json"))
}

/// Whether the validators are installed (`npm ci` in `tools/openapi/`, and
/// `pip install openapi-spec-validator`).
fn tools_installed() -> bool {
    let npm = root().join("tools/openapi/node_modules/.bin/redocly");
    let python = Command::new("python3")
        .args(["-c", "import openapi_spec_validator"])
        .output()
        .is_ok_and(|out| out.status.success());
    npm.exists() && python
}

/// Whether the validators can run: false (the test to say so and pass)
/// where they are not installed, a failure under CI.
fn can_run() -> bool {
    ready(
        tools_installed(),
        "the OpenAPI validators",
        "cd tools/openapi && npm ci; pip install openapi-spec-validator",
    )
}

/// Whether outside tools (`what`) can run, given whether they are
/// `installed`: where they are not, the test says so and how to install
/// them, and passes, except under CI (`CI` set, `.ci/run` installs them),
/// where their absence fails.
pub fn ready(installed: bool, what: &str, how: &str) -> bool {
    if installed {
        return true;
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "CI is set but {what} are not installed (.ci/run installs them)"
    );
    eprintln!("skipped: {what} not installed ({how})");
    false
}

/// What `redocly lint` (recommended rules, as `validate` runs it) reports
/// on `file`, warnings included; `None` where it is not installed.
#[allow(dead_code)]
pub fn redocly_lint(file: &Path) -> Option<String> {
    if !can_run() {
        return None;
    }
    let out = Command::new(root().join("tools/openapi/node_modules/.bin/redocly"))
        .args(["lint", "--format=stylish", "--config"])
        .arg(root().join("tools/openapi/redocly.yaml"))
        .arg(file)
        .output()
        .unwrap();
    Some(format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    ))
}

/// Runs every validator on `files`; fails with their output.
pub fn validate(files: &[PathBuf]) {
    if !can_run() {
        return;
    }
    let out = Command::new(root().join("tools/openapi/validate.sh"))
        .args(files)
        .output()
        .unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "{text}");
}
