//! The OpenAPI documents of the seed catalogues (`examples/catalogues/`)
//! against the real validators: openapi-spec-validator, swagger-parser and
//! `redocly lint` with its recommended rules (`tools/openapi/validate.sh`).
//! Each document is written under `target/openapi/` first.

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

#[path = "common/validators.rs"]
mod validators;

use std::path::{Path, PathBuf};

use errcodes::docs::{OpenApi, View};
use errcodes::ApiError;
use validators::{target_file, validate};

/// A catalogue in RFC 9457's format with `#[body]` members of several types.
#[derive(Debug, ApiError)]
#[api_error(format = errcodes::format::Problem)]
pub enum ProblemError {
    /// The request was refused.
    #[code(1, status = 403, msg = "Forbidden", header("WWW-Authenticate" = "Bearer"))]
    Forbidden,
    #[code(2, status = 429, msg = "Slow down", also_status = 503)]
    Limited {
        #[body]
        #[header("Retry-After")]
        retry_after_ms: u64,
        #[header("X-Scope")]
        scope: Option<String>,
        #[body]
        reasons: Vec<String>,
        #[body]
        hint: Option<String>,
    },
    #[code(3, msg = "Offline")]
    Offline,
}

#[test]
fn every_seed_catalogue_passes_every_validator() {
    /// Writes the document of `E` to `target/openapi/{name}.json`.
    fn write<E: ApiError>(name: &str) -> PathBuf {
        let path = target_file(name);
        std::fs::write(
            &path,
            OpenApi::new(&View::of::<E>()).to_string_pretty("1.0.0"),
        )
        .unwrap();
        path
    }
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
