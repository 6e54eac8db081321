//! `errcodes portal`: the page across services searched in headless
//! Chromium at 390 and 1280 pixels (`tools/docs-check/check-html.mjs`, as
//! the catalogue page is), the merged OpenAPI document through the OpenAPI
//! validators (`tools/openapi/validate.sh`), and bad input writing nothing.
//! Where those tools are not installed a test says so and passes, except
//! in CI (`CI` set), where their absence fails.

use std::path::{Path, PathBuf};
use std::process::Command;

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

fn folder(test: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(test);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

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

/// An export as another language's service writes it by hand: one entry.
fn hand_export(path: &Path, domain: &str, code: i64, anchor: &str) {
    let export = serde_json::json!({
        "format_version": 1, "type": "E", "domain": domain, "title": domain,
        "entries": [{"anchor": anchor, "code": code, "name": anchor, "status": 400, "message": "m"}],
    });
    std::fs::write(path, export.to_string()).unwrap();
}

/// An OpenAPI 3.1 document with one operation and, if given, its servers.
fn hand_openapi(title: &str, route: &str, method: &str, server: Option<&str>) -> serde_json::Value {
    let mut doc = serde_json::json!({
        "openapi": "3.1.0", "info": {"title": title, "version": "1.0.0"},
        "paths": {route: {method: {"operationId": title, "responses": {"400": {"description": "bad"}}}}},
    });
    if let Some(url) = server {
        doc["servers"] = serde_json::json!([{ "url": url }]);
    }
    doc
}

fn element_ids(html: &str) -> Vec<&str> {
    html.split(" id=\"")
        .skip(1)
        .map(|rest| &rest[..rest.find('"').unwrap()])
        .collect()
}

// attack: two catalogues of one service each with an entry anchored `Conflict` give two rows `id="shop/Conflict"`: the stable link is ambiguous
#[test]
fn every_element_id_of_the_page_is_unique() {
    let dir = folder("attack-portal-ids");
    hand_export(&dir.join("orders.json"), "shop", 1, "Conflict");
    hand_export(&dir.join("carts.json"), "shop", 2, "Conflict");
    let out = dir.join("site");
    let run = Command::new(env!("CARGO_BIN_EXE_errcodes"))
        .arg("portal")
        .arg(dir.join("orders.json"))
        .arg(dir.join("carts.json"))
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    let html = std::fs::read_to_string(out.join("index.html")).unwrap_or_default();
    let mut ids = element_ids(&html);
    ids.sort_unstable();
    let twice: Vec<&&str> = ids
        .windows(2)
        .filter(|w| w[0] == w[1])
        .map(|w| &w[0])
        .collect();
    assert!(
        run.status.code() == Some(2) || (run.status.success() && twice.is_empty()),
        "status {:?}, ids given twice: {twice:?}",
        run.status.code()
    );
}

// attack: `/a/{x}` (one document) and `/a/{y}` (another) are one operation to OpenAPI (redocly: no-identical-paths), but the merge keys paths by their text and writes both
#[test]
fn paths_differing_only_in_parameter_names_are_the_same_operation() {
    let (status, merged) = portal_of_documents(
        "attack-portal-identical-paths",
        &[
            hand_openapi("a", "/items/{x}", "get", None),
            hand_openapi("b", "/items/{y}", "get", None),
        ],
    );
    assert_eq!(status, Some(2), "{merged:#?}");
    assert!(merged.is_none());
}

/// The servers an operation of the merged document is sent to: its own,
/// else its path's, else the document's (OpenAPI 3.1, 4.8.10.1).
fn servers_of(doc: &serde_json::Value, route: &str, method: &str) -> serde_json::Value {
    let item = &doc["paths"][route];
    [&item[method]["servers"], &item["servers"], &doc["servers"]]
        .into_iter()
        .find(|s| !s.is_null())
        .cloned()
        .unwrap_or_else(|| serde_json::json!([{ "url": "/" }]))
}

/// Runs the portal over one export and `docs` (route, method, server),
/// and returns the merged OpenAPI document.
fn merged_openapi(test: &str, docs: &[(&str, &str, Option<&str>)]) -> serde_json::Value {
    let docs: Vec<serde_json::Value> = docs
        .iter()
        .enumerate()
        .map(|(i, (route, method, server))| hand_openapi(&format!("op{i}"), route, method, *server))
        .collect();
    let (status, merged) = portal_of_documents(test, &docs);
    assert_eq!(status, Some(0));
    merged.unwrap()
}

const BILLING: Option<&str> = Some("https://billing.example.com");

// attack: billing's document has servers, parcels' has none (its operations go to "/"): merged, `GET /parcels` is sent to billing's server
#[test]
fn an_operation_of_a_document_without_servers_is_not_sent_to_anothers() {
    let merged = merged_openapi(
        "attack-portal-no-servers",
        &[("/invoices", "get", BILLING), ("/parcels", "get", None)],
    );
    assert_eq!(
        servers_of(&merged, "/invoices", "get")[0]["url"],
        "https://billing.example.com"
    );
    assert_eq!(servers_of(&merged, "/parcels", "get")[0]["url"], "/");
}

// attack: `GET /shared` from billing's document and `POST /shared` from shipping's: the path takes billing's servers, so shipping's operation is sent to billing
#[test]
fn operations_of_one_path_from_two_documents_keep_their_servers() {
    let shipping = Some("https://shipping.example.com");
    let merged = merged_openapi(
        "attack-portal-shared-path-servers",
        &[("/shared", "get", BILLING), ("/shared", "post", shipping)],
    );
    assert_eq!(
        servers_of(&merged, "/shared", "get")[0]["url"],
        "https://billing.example.com"
    );
    assert_eq!(
        servers_of(&merged, "/shared", "post")[0]["url"],
        "https://shipping.example.com"
    );
}

// attack: `errors.json` in the output folder is a directory: `index.html` is replaced, then the write fails (exit 2), leaving a staged file: not all or none
#[test]
fn a_target_that_cannot_be_replaced_leaves_every_file_as_it_was() {
    let dir = folder("attack-portal-all-or-none");
    hand_export(&dir.join("a.json"), "a", 1, "A");
    let out = dir.join("site");
    std::fs::create_dir_all(out.join("errors.json").join("kept")).unwrap();
    std::fs::write(out.join("index.html"), "the page before").unwrap();
    let run = Command::new(env!("CARGO_BIN_EXE_errcodes"))
        .arg("portal")
        .arg(dir.join("a.json"))
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(2));
    assert_eq!(
        std::fs::read_to_string(out.join("index.html")).unwrap(),
        "the page before"
    );
    let mut left: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    left.sort();
    assert_eq!(left, ["errors.json", "index.html"]);
}

/// Runs the portal over one export and the OpenAPI `docs` as given;
/// returns its exit status and the merged document, if written.
fn portal_of_documents(
    test: &str,
    docs: &[serde_json::Value],
) -> (Option<i32>, Option<serde_json::Value>) {
    let dir = folder(test);
    hand_export(&dir.join("a.json"), "a", 1, "A");
    let mut command = Command::new(env!("CARGO_BIN_EXE_errcodes"));
    command.arg("portal").arg(dir.join("a.json"));
    for (i, doc) in docs.iter().enumerate() {
        let path = dir.join(format!("{i}.openapi.json"));
        std::fs::write(&path, doc.to_string()).unwrap();
        command.arg("--openapi").arg(path);
    }
    let out = dir.join("site");
    let run = command.arg("--out").arg(&out).output().unwrap();
    let merged = std::fs::read_to_string(out.join("openapi.json"))
        .ok()
        .map(|text| serde_json::from_str(&text).unwrap());
    (run.status.code(), merged)
}

// attack: a document whose root `security` requires a bearer token for every operation: merged, the root `security` is dropped and `DELETE /admin` requires nothing
#[test]
fn an_operation_keeps_the_security_its_document_requires() {
    let secured = serde_json::json!({
        "openapi": "3.1.0", "info": {"title": "admin", "version": "1.0.0"},
        "security": [{"bearer": []}],
        "paths": {"/admin": {"delete": {"operationId": "wipe", "responses": {"204": {"description": "done"}}}}},
        "components": {"securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}}},
    });
    let (status, merged) = portal_of_documents("attack-portal-security", &[secured]);
    assert_eq!(status, Some(0));
    let merged = merged.unwrap();
    let operation = &merged["paths"]["/admin"]["delete"];
    let required = operation.get("security").unwrap_or(&merged["security"]);
    assert_eq!(required, &serde_json::json!([{"bearer": []}]), "{merged:#}");
}

// attack: documents of OpenAPI 3.1.0 and 3.1.1 (a patch release, same feature set) are refused as bad input: "OpenAPI 3.1.1, but ... is 3.1.0"
#[test]
fn documents_of_two_patch_releases_of_one_openapi_version_merge() {
    let doc = |version: &str, route: &str| {
        serde_json::json!({
            "openapi": version, "info": {"title": route, "version": "1.0.0"},
            "paths": {route: {"get": {"operationId": route, "responses": {"400": {"description": "bad"}}}}},
        })
    };
    let (status, merged) = portal_of_documents(
        "attack-portal-patch-versions",
        &[doc("3.1.0", "/a"), doc("3.1.1", "/b")],
    );
    assert_eq!(status, Some(0));
    let merged = merged.unwrap();
    assert!(merged["paths"]["/a"].is_object() && merged["paths"]["/b"].is_object());
}
