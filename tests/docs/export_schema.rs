//! The catalogue export (`errcodes::docs::Json`) against its published JSON
//! Schema, `schemas/catalogue-export.v1.json`, checked by a real validator
//! (`tools/export-schema/validate.py`, Python's `jsonschema`): the exports
//! of the five seed catalogues, the demo's, one with history and a domain,
//! and their gRPC views; and a document the schema must refuse.

use std::path::PathBuf;
use std::process::Command;

use errcodes::docs::{Json, View};
use errcodes::ApiError;
use errcodes_catalogues::{cocam, fresns, kakao, mastodon, pluralkit};

use crate::common::validators::{ready, root};
use crate::demo;
use crate::history::History;

/// A catalogue with a domain and a parent.
#[allow(dead_code)]
#[derive(Debug, ApiError)]
#[api_error(domain = "billing.example.com", range = 1000..=1999)]
enum BillingError {
    /// The account has no means of payment.
    ///
    /// # Causes
    ///
    /// The card on file expired.
    ///
    /// # Fix
    ///
    /// ```http
    /// PUT /billing/card HTTP/1.1
    /// ```
    #[code(1000, status = 402, msg = "Payment required")]
    PaymentRequired,
    #[code(1001, status = 402, msg = "Card declined", parent = 1000)]
    CardDeclined,
}

/// A catalogue whose entries have pages, and whose responses repeat the code.
#[allow(dead_code)]
#[derive(Debug, ApiError)]
#[api_error(
    format = errcodes::format::Problem,
    docs_url = "https://billing.example.com/errors/",
    code_header = "X-Error-Code"
)]
enum LinkedError {
    #[code("card declined/soft", status = 402, msg = "Card declined")]
    Declined,
    #[code(_, status = 500, msg = "Internal error")]
    Internal,
}

fn jsonschema_installed() -> bool {
    Command::new("python3")
        .args(["-c", "import jsonschema"])
        .output()
        .is_ok_and(|out| out.status.success())
}

/// The validator's verdict on `files`: its exit status and output.
fn validate(files: &[PathBuf]) -> Option<(bool, String)> {
    let installed = jsonschema_installed();
    if !ready(installed, "Python's jsonschema", "pip install jsonschema") {
        return None;
    }
    let out = Command::new("python3")
        .arg(root().join("tools/export-schema/validate.py"))
        .arg(root().join("schemas/catalogue-export.v1.json"))
        .args(files)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    Some((
        out.status.success(),
        text + &String::from_utf8_lossy(&out.stderr),
    ))
}

fn dir() -> PathBuf {
    let dir = root().join("target/export-schema");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn write<E: ApiError>(name: &str) -> [PathBuf; 2] {
    let plain = dir().join(format!("{name}.json"));
    std::fs::write(&plain, Json::new(&View::of::<E>()).to_string_pretty()).unwrap();
    let grpc = dir().join(format!("{name}.grpc.json"));
    let view = View::of::<E>().with_grpc();
    std::fs::write(&grpc, Json::new(&view).to_string_pretty()).unwrap();
    [plain, grpc]
}

#[test]
fn every_export_is_valid_against_the_published_schema() {
    let files = [
        write::<cocam::CocamError>("cocam"),
        write::<fresns::FresnsError>("fresns"),
        write::<kakao::KakaoGameError>("kakao"),
        write::<mastodon::MastodonError>("mastodon"),
        write::<pluralkit::PluralKitError>("pluralkit"),
        write::<demo::AccountError>("demo"),
        write::<History>("history"),
        write::<BillingError>("billing"),
        write::<LinkedError>("linked"),
    ]
    .concat();
    if let Some((valid, output)) = validate(&files) {
        assert!(valid, "{output}");
    }
}

#[test]
fn the_export_names_its_format_version_and_domain() {
    let doc = Json::new(&View::of::<BillingError>()).to_value();
    assert_eq!(doc["format_version"], Json::FORMAT_VERSION);
    assert_eq!(doc["domain"], "billing.example.com");
    let doc = Json::new(&View::of::<demo::AccountError>()).to_value();
    assert_eq!(doc["domain"], serde_json::Value::Null);
}

/// Each entry's page and the catalogue's base and code header, additive in
/// version 1: present only where declared, so other documents are unchanged.
#[test]
fn the_export_carries_docs_urls_and_the_code_header() {
    let doc = Json::new(&View::of::<LinkedError>()).to_value();
    assert_eq!(doc["docs_url"], "https://billing.example.com/errors/");
    assert_eq!(doc["code_header"], "x-error-code");
    assert_eq!(
        doc["entries"][0]["docs_url"],
        "https://billing.example.com/errors/card%20declined%2Fsoft"
    );
    // An entry without a code has no page.
    assert!(doc["entries"][1].get("docs_url").is_none());
    let doc = Json::new(&View::of::<BillingError>()).to_value();
    for member in ["docs_url", "code_header"] {
        assert!(doc.get(member).is_none(), "{member}");
    }
    assert!(doc["entries"][0].get("docs_url").is_none());
}

/// The long form, additive in version 1: `summary` and `sections` beside
/// the `description`.
#[test]
fn the_export_carries_each_entrys_summary_and_sections() {
    let doc = Json::new(&View::of::<BillingError>()).to_value();
    let entry = &doc["entries"][0];
    assert_eq!(entry["summary"], "The account has no means of payment.");
    assert_eq!(
        entry["sections"],
        serde_json::json!([
            {"heading": "Causes", "text": "The card on file expired."},
            {"heading": "Fix", "text": "```http\nPUT /billing/card HTTP/1.1\n```"}
        ])
    );
    assert_eq!(doc["entries"][1]["summary"], serde_json::Value::Null);
    assert_eq!(doc["entries"][1]["sections"], serde_json::json!([]));
}

/// The schema is not a check that cannot fail: another format version, an
/// entry without a code's kind, a retry class it does not know are refused,
/// each named by its path.
#[test]
fn the_schema_refuses_what_is_not_a_version_1_export() {
    let mut doc = Json::new(&View::of::<BillingError>()).to_value();
    doc["format_version"] = 2.into();
    doc["entries"][0]["code"] = serde_json::json!([1000]);
    doc["entries"][1]["retry"] = "sometimes".into();
    doc["entries"][0]["sections"][1] = serde_json::json!({"heading": "Fix"});
    doc["docs_url"] = "errors/".into();
    doc["code_header"] = "X Error".into();
    doc["entries"][1]["docs_url"] = "//cdn.example.com/1001".into();
    let file = dir().join("refused.json");
    std::fs::write(&file, doc.to_string()).unwrap();
    if let Some((valid, output)) = validate(&[file]) {
        assert!(!valid, "{output}");
        for path in [
            "refused.json: /format_version:",
            "/entries/0/code:",
            "/entries/1/retry:",
            "/entries/0/sections/1:",
            "refused.json: /docs_url:",
            "refused.json: /code_header:",
            "/entries/1/docs_url:",
        ] {
            assert!(output.contains(path), "{path} not in:\n{output}");
        }
    }
}
