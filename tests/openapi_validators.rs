//! The OpenAPI documents of the seed catalogues (`examples/catalogues/`)
//! against the real validators: openapi-spec-validator, swagger-parser and
//! `redocly lint` with its recommended rules (`tools/openapi/validate.sh`).
//! Each document is written under `target/openapi/` first. Where the tools
//! are not installed the test says so and passes, except in CI (`CI` set),
//! where `.ci/run` installs them and their absence fails.

#[path = "../examples/catalogues/cocam.rs"]
mod cocam;
#[path = "../examples/catalogues/fresns.rs"]
mod fresns;
#[path = "../examples/catalogues/kakao.rs"]
mod kakao;
#[path = "../examples/catalogues/mastodon.rs"]
mod mastodon;
#[path = "../examples/catalogues/pluralkit.rs"]
mod pluralkit;

use std::path::{Path, PathBuf};
use std::process::Command;

use errcode::docs::{OpenApi, View};
use errcode::ApiError;

/// A catalogue in RFC 9457's format with `#[body]` members of several types.
#[derive(Debug, ApiError)]
#[api_error(format = errcode::format::Problem)]
pub enum ProblemError {
    /// The request was refused.
    #[code(1, status = 403, msg = "Forbidden")]
    Forbidden,
    #[code(2, status = 429, msg = "Slow down", also_status = 503)]
    Limited {
        #[body]
        retry_after_ms: u64,
        #[body]
        reasons: Vec<String>,
        #[body]
        hint: Option<String>,
    },
    #[code(3, msg = "Offline")]
    Offline,
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Writes the document of `E` to `target/openapi/{name}.json`.
fn write<E: ApiError>(name: &str) -> PathBuf {
    let dir = root().join("target").join("openapi");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("{name}.json"));
    std::fs::write(
        &path,
        OpenApi::new(&View::of::<E>()).to_string_pretty("1.0.0"),
    )
    .unwrap();
    path
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

/// Runs every validator on `files`; fails with their output.
pub fn validate(files: &[PathBuf]) {
    if !tools_installed() {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI is set but the OpenAPI validators are not installed (.ci/run installs them)"
        );
        eprintln!(
            "skipped: OpenAPI validators not installed (cd tools/openapi && npm ci; \
             pip install openapi-spec-validator)"
        );
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

#[test]
fn every_seed_catalogue_passes_every_validator() {
    let files = [
        write::<cocam::CocamError>("cocam"),
        write::<fresns::FresnsError>("fresns"),
        write::<kakao::KakaoGameError>("kakao"),
        write::<mastodon::MastodonError>("mastodon"),
        write::<pluralkit::PluralKitError>("pluralkit"),
        write::<ProblemError>("problem"),
    ];
    assert!(files.iter().all(|f| Path::new(f).exists()));
    validate(&files);
}
