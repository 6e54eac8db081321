//! The OpenAPI documents of the seed catalogues (`examples/catalogues/`),
//! in OpenAPI 3.1 and 3.0, against the real validators: openapi-spec-validator, swagger-parser and
//! `redocly lint` with its recommended rules (`tools/openapi/validate.sh`).
//! Each document is written under `target/openapi/` first.

use errcodes_catalogues::cocam;
use errcodes_catalogues::fresns;
use errcodes_catalogues::kakao;
use errcodes_catalogues::mastodon;
use errcodes_catalogues::pluralkit;

use crate::common::validators;

use std::path::{Path, PathBuf};

use errcodes::docs::{Contact, License, OpenApi, Server, Spec, View};
use errcodes::ApiError;
use validators::{redocly_lint, target_file, validate};

/// A catalogue in RFC 9457's format with `#[body]` members of several types.
// Only documented here: nothing constructs `Limited`.
#[allow(dead_code)]
#[derive(Debug, ApiError)]
#[api_error(format = errcodes::format::Problem)]
pub enum ProblemError {
    /// The request was refused.
    #[code(1, status = 403, msg = "Forbidden", header("WWW-Authenticate" = "Bearer"))]
    Forbidden,
    #[code(2, status = 429, msg = "Slow down", also_status = [503, 502])]
    Limited {
        #[body]
        #[header("Retry-After", with = errcodes::headers::seconds_from_millis)]
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

/// A catalogue whose responses link to each entry's page and repeat the
/// code in a header: both documented as response headers.
#[allow(dead_code)]
#[derive(Debug, ApiError)]
#[api_error(
    format = errcodes::format::Problem,
    docs_url = "https://api.example.com/errors/",
    code_header = "X-Error-Code"
)]
pub enum PagedError {
    #[code("quota exceeded/daily", status = 429, msg = "Quota exceeded")]
    Quota,
    #[code(_, status = 500, msg = "Internal error")]
    Internal,
}

#[test]
fn every_seed_catalogue_passes_every_validator() {
    /// Writes the document of `E` to `target/openapi/{name}.json`, and in
    /// OpenAPI 3.0 to `{name}-3.0.json`.
    fn write<E: ApiError>(name: &str) -> [PathBuf; 2] {
        let view = View::of::<E>();
        let path = target_file(name);
        std::fs::write(&path, OpenApi::new(&view).to_string_pretty("1.0.0")).unwrap();
        let v3_0 = target_file(&format!("{name}-3.0"));
        let document = OpenApi::new(&view).spec(Spec::V3_0);
        std::fs::write(&v3_0, document.to_string_pretty("1.0.0")).unwrap();
        [path, v3_0]
    }
    let files = [
        write::<cocam::CocamError>("cocam"),
        write::<fresns::FresnsError>("fresns"),
        write::<kakao::KakaoGameError>("kakao"),
        write::<mastodon::MastodonError>("mastodon"),
        write::<pluralkit::PluralKitError>("pluralkit"),
        write::<ProblemError>("problem"),
        write::<PagedError>("paged"),
    ]
    .concat();
    assert!(files.iter().all(|f| Path::new(f).exists()));
    validate(&files);
}

#[test]
fn what_the_user_knows_of_their_api_silences_redocly() {
    let view = View::of::<pluralkit::PluralKitError>();
    let bare = target_file("pluralkit-bare");
    std::fs::write(&bare, OpenApi::new(&view).to_string_pretty("1.0.0")).unwrap();
    let given = target_file("pluralkit-info");
    let servers = [
        Server::new("https://api.pluralkit.me/v2").description("Production"),
        Server::new("https://sandbox.pluralkit.me/v2"),
    ];
    std::fs::write(
        &given,
        OpenApi::new(&view)
            .license(License::new("Apache 2.0").identifier("Apache-2.0"))
            .contact(Contact::new().name("PluralKit").url("https://pluralkit.me"))
            .servers(&servers)
            .to_string_pretty("2.0.0"),
    )
    .unwrap();
    let document: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&given).unwrap()).unwrap();
    assert_eq!(
        document["info"]["license"],
        serde_json::json!({"name": "Apache 2.0", "identifier": "Apache-2.0"})
    );
    assert_eq!(document["info"]["contact"]["url"], "https://pluralkit.me");
    assert_eq!(document["info"]["version"], "2.0.0");
    assert_eq!(
        document["servers"],
        serde_json::json!([
            {"url": "https://api.pluralkit.me/v2", "description": "Production"},
            {"url": "https://sandbox.pluralkit.me/v2"}
        ])
    );
    validate(&[bare.clone(), given.clone()]);
    let (Some(bare), Some(given)) = (redocly_lint(&bare), redocly_lint(&given)) else {
        return;
    };
    // Redocly's rule and its message name `info-license`; the document
    // without one shows that the check can see it.
    assert!(bare.contains("info-license"), "{bare}");
    assert!(!given.contains("info-license"), "{given}");
    // What is left is what only the user's operations can fix.
    let warnings: Vec<&str> = given
        .lines()
        .filter(|line| line.contains(" warning ") && !line.contains("Deprecation"))
        .filter(|line| !line.contains("no-unused-components"))
        .collect();
    assert!(warnings.is_empty(), "{given}");
}
