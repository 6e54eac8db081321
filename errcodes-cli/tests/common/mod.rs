//! What the command's tests share: a folder per test, the exports a
//! service's test writes, and the built binary run as a user runs it.

#![allow(dead_code)] // each test binary uses its own part

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::Command;

use errcodes::ApiError;

pub fn data(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(path)
}

pub fn registry() -> PathBuf {
    data("registry/services.toml")
}

/// An empty folder of its own for a test.
pub fn folder(test: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(test);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// What a service's test writes: its catalogue's export.
pub fn export<E: ApiError>(dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(format!("{name}.json"));
    std::fs::write(&path, errcodes::docs::json::<E>()).unwrap();
    path
}

/// An export as a service in another language writes it by hand: one
/// entry, its anchor and name as given.
pub fn hand_export(path: &Path, domain: &str, code: i64, anchor: &str, name: &str) {
    let export = serde_json::json!({
        "format_version": 1, "type": "E", "domain": domain, "title": domain,
        "entries": [{"anchor": anchor, "code": code, "name": name, "status": 400, "message": "m"}],
    });
    std::fs::write(path, export.to_string()).unwrap();
}

pub struct Run {
    pub status: i32,
    pub stdout: String,
    pub stderr: String,
}

impl From<std::process::Output> for Run {
    fn from(out: std::process::Output) -> Run {
        Run {
            status: out.status.code().unwrap(),
            stdout: String::from_utf8(out.stdout).unwrap(),
            stderr: String::from_utf8(out.stderr).unwrap(),
        }
    }
}

/// The command, not yet run: standard input none, colour not turned off,
/// and the git it runs (`--baseline-rev`) reading no configuration of the
/// machine's or the user's.
pub fn command(args: &[&dyn AsRef<OsStr>]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_errcodes"));
    command
        .args(args.iter().map(|a| a.as_ref()))
        .env_remove("NO_COLOR")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .stdin(std::process::Stdio::null());
    command
}

pub fn errcodes(args: &[&dyn AsRef<OsStr>]) -> Run {
    command(args).output().unwrap().into()
}

/// `errcodes next --service SERVICE --registry REGISTRY DIR`.
pub fn next(service: &str, registry: &Path, dir: &Path) -> Run {
    errcodes(&[
        &"next",
        &"--service",
        &service,
        &"--registry",
        &registry,
        &dir,
    ])
}

/// Bad input: exit 2, one message on stderr naming the file (and line),
/// nothing on stdout.
pub fn assert_bad_input(run: &Run, message: &str) {
    assert_eq!(run.status, 2, "{}{}", run.stdout, run.stderr);
    assert!(run.stdout.is_empty(), "{}", run.stdout);
    assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
    assert!(
        run.stderr.contains(message),
        "{message} not in {}",
        run.stderr
    );
}
