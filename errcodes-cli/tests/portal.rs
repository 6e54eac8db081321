//! `errcodes portal`: the page across services searched in headless
//! Chromium at 390 and 1280 pixels (`tools/docs-check/check-html.mjs`, as
//! the catalogue page is), the merged OpenAPI document through the OpenAPI
//! validators (`tools/openapi/validate.sh`), and bad input writing nothing.
//! Where those tools are not installed a test says so and passes, except
//! in CI (`CI` set), where their absence fails.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::folder;
use errcodes::ApiError;

/// Billing.
#[allow(dead_code)]
#[derive(Debug, ApiError)]
#[api_error(domain = "billing.example.com")]
enum BillingError {
    /// The card was declined; ask for another.
    #[code(1402, status = 402, msg = "Payment required")]
    PaymentRequired,
    #[code(1409, status = 409, msg = "Invoice <already> paid")]
    AlreadyPaid,
}

/// Shipping.
#[allow(dead_code)]
#[derive(Debug, ApiError)]
#[api_error(domain = "shipping.example.com")]
enum ShippingError {
    #[code(2404, status = 404, msg = "Parcel not found")]
    ParcelNotFound,
    #[code(2402, status = 402, msg = "Postage unpaid")]
    PostageUnpaid,
}

/// Accounts.
#[allow(dead_code)]
#[derive(Debug, ApiError)]
#[api_error(domain = "accounts.example.com")]
enum AccountError {
    #[code(3000, status = 401, msg = "Wrong password")]
    WrongPassword,
}

const REPO: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/..");

/// What each service's test writes: its export and its OpenAPI document.
fn service<E: ApiError>(dir: &Path, name: &str) {
    std::fs::write(
        dir.join(format!("{name}.json")),
        errcodes::docs::json::<E>(),
    )
    .unwrap();
    let openapi = errcodes::docs::openapi::<E>("1.0.0");
    std::fs::write(
        dir.join(format!("{name}.openapi.json")),
        openapi.to_string(),
    )
    .unwrap();
}

fn three_services(test: &str) -> PathBuf {
    let dir = folder(test);
    service::<BillingError>(&dir, "billing");
    service::<ShippingError>(&dir, "shipping");
    service::<AccountError>(&dir, "accounts");
    dir
}

fn portal(dir: &Path, out: &Path) -> std::process::Output {
    let exports = ["billing", "shipping", "accounts"].map(|s| dir.join(format!("{s}.json")));
    let mut command = Command::new(env!("CARGO_BIN_EXE_errcodes"));
    command.arg("portal").args(&exports).arg("--out").arg(out);
    for s in ["billing", "shipping", "accounts"] {
        command
            .arg("--openapi")
            .arg(dir.join(format!("{s}.openapi.json")));
    }
    command.output().unwrap()
}

/// Whether outside tools (`what`) can run: where they are not installed
/// the test says so and passes, except under CI.
fn ready(installed: bool, what: &str) -> bool {
    if !installed {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI is set but {what} are not installed"
        );
        eprintln!("skipped: {what} not installed");
    }
    installed
}

#[test]
fn the_portal_links_every_service_and_code_and_merges_json() {
    let dir = three_services("portal");
    let out = dir.join("site");
    let run = portal(&dir, &out);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let page = std::fs::read_to_string(out.join("index.html")).unwrap();
    for id in [
        "billing.example.com",
        "shipping.example.com",
        "accounts.example.com",
    ] {
        assert!(
            page.contains(&format!("<section class=\"service\" id=\"{id}\">")),
            "{page}"
        );
    }
    for link in [
        "billing.example.com/1402",
        "shipping.example.com/2402",
        "accounts.example.com/3000",
    ] {
        assert!(page.contains(&format!("<tr id=\"{link}\">")), "{link}");
        assert!(page.contains(&format!("href=\"#{link}\"")), "{link}");
    }
    assert!(page.contains("Invoice &lt;already&gt; paid"));
    assert!(page.contains("The card was declined; ask for another."));
    assert!(
        !page.contains("<link") && !page.contains("src="),
        "self-contained"
    );

    let merged: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("errors.json")).unwrap()).unwrap();
    let domains: Vec<&str> = merged["catalogues"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["domain"].as_str().unwrap())
        .collect();
    assert_eq!(
        domains,
        [
            "billing.example.com",
            "shipping.example.com",
            "accounts.example.com"
        ]
    );
    assert_eq!(merged["format_version"], 1);

    let openapi: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("openapi.json")).unwrap()).unwrap();
    let schemas = openapi["components"]["schemas"].as_object().unwrap();
    for name in ["BillingError", "ShippingError", "AccountError"] {
        assert!(schemas.contains_key(name), "{name} not in {schemas:?}");
    }
    let validate = Path::new(REPO).join("tools/openapi/validate.sh");
    let installed = Path::new(REPO)
        .join("tools/openapi/node_modules/.bin/redocly")
        .exists();
    if ready(installed, "the OpenAPI validators") {
        let check = Command::new(validate)
            .arg(out.join("openapi.json"))
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&check.stdout).into_owned()
            + &String::from_utf8_lossy(&check.stderr);
        assert!(check.status.success(), "{text}");
    }
}

#[test]
fn search_finds_a_code_of_any_service_in_chromium() {
    let tools = Path::new(REPO).join("tools/docs-check");
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".to_owned());
    if !ready(
        tools.join("node_modules").is_dir(),
        "tools/docs-check's modules",
    ) || !ready(Path::new(&chromium).exists(), "Chromium")
    {
        return;
    }
    let dir = three_services("portal-chromium");
    let out = dir.join("site");
    assert!(portal(&dir, &out).status.success());
    for (query, service) in [
        ("1402", "billing"),
        ("2402", "shipping"),
        ("wrong password", "accounts"),
    ] {
        let shots = dir.join(service);
        let run = Command::new("node")
            .arg(tools.join("check-html.mjs"))
            .arg(out.join("index.html"))
            .arg(query)
            .arg(&shots)
            .output()
            .unwrap();
        assert!(
            run.status.success(),
            "{}",
            String::from_utf8_lossy(&run.stderr)
        );
        let report: serde_json::Value = serde_json::from_slice(&run.stdout).unwrap();
        for width in ["1280", "390"] {
            let at = &report[width];
            assert_eq!(at["viewport"].to_string(), width, "{report}");
            assert_eq!(at["before"], 5, "{width}: every row shows: {report}");
            assert_eq!(at["after"], 1, "{width}: {query} finds one row: {report}");
            assert!(
                at["overflow"].as_i64().unwrap() <= 0,
                "{width}: scrolls sideways: {report}"
            );
        }
    }
}

#[test]
fn conflicting_openapi_documents_are_bad_input_and_nothing_is_written() {
    let dir = three_services("portal-conflict");
    // Shipping's document holds billing's schema, changed.
    let mut billing: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("billing.openapi.json")).unwrap())
            .unwrap();
    billing["components"]["schemas"]["BillingError"]["description"] = "another".into();
    std::fs::write(dir.join("shipping.openapi.json"), billing.to_string()).unwrap();
    let out = dir.join("site");
    let run = portal(&dir, &out);
    assert_eq!(run.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(
        stderr.contains("shipping.openapi.json: components.schemas.BillingError"),
        "{stderr}"
    );
    assert!(
        stderr.contains("differs from another document's"),
        "{stderr}"
    );
    assert!(run.stdout.is_empty());
    assert_eq!(std::fs::read_dir(&out).map_or(0, Iterator::count), 0);
}
