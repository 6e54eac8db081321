//! The `errcodes` command as a user runs it: three services write their
//! catalogue exports (as each service's own test would), and the built
//! binary checks them against the registry in `tests/data/registry/`.

mod common;

use std::path::PathBuf;

use common::{assert_bad_input, data, errcodes, export, folder, hand_export, next, registry};
use errcodes::ApiError;

/// Errors of billing, release 1.
#[allow(dead_code)]
mod billing_v1 {
    use super::ApiError;

    #[derive(Debug, ApiError)]
    #[api_error(domain = "billing.example.com", range = 1000..=1999)]
    pub enum BillingError {
        #[code(1402, status = 402, msg = "Payment required")]
        PaymentRequired,
        #[code(1409, status = 409, msg = "Invoice already paid")]
        AlreadyPaid,
        #[code(1410, status = 410, msg = "Invoice withdrawn")]
        Withdrawn,
        #[code(1500, status = 500, msg = "Ledger unavailable")]
        Ledger,
    }
}

/// Errors of billing, release 2: one entry added, one changed, one
/// deprecated, one retired and one removed without retiring.
#[allow(dead_code)]
mod billing_v2 {
    use super::ApiError;

    #[derive(Debug, ApiError)]
    #[api_error(
        domain = "billing.example.com",
        range = 1000..=1999,
        retired(1500 = "2.0: the ledger no longer fails this way")
    )]
    pub enum BillingError {
        #[code(
            1402,
            status = 402,
            msg = "Payment required",
            deprecated(since = "2.0.0", replaced_by = 1403)
        )]
        PaymentRequired,
        #[code(1403, status = 402, msg = "Card declined")]
        CardDeclined,
        #[code(1409, status = 409, msg = "Invoice paid already")]
        AlreadyPaid,
    }
}

/// Shipping, sending billing's code 1402 for an error of its own.
#[allow(dead_code)]
mod shipping_colliding {
    use super::ApiError;

    #[derive(Debug, ApiError)]
    #[api_error(domain = "shipping.example.com")]
    pub enum ShippingError {
        #[code(2404, status = 404, msg = "Parcel not found")]
        ParcelNotFound,
        #[code(1402, status = 402, msg = "Postage unpaid")]
        PostageUnpaid,
    }
}

/// Shipping with the collision removed: its own code from its own range.
#[allow(dead_code)]
mod shipping_fixed {
    use super::ApiError;

    #[derive(Debug, ApiError)]
    #[api_error(domain = "shipping.example.com")]
    pub enum ShippingError {
        #[code(2404, status = 404, msg = "Parcel not found")]
        ParcelNotFound,
        #[code(2402, status = 402, msg = "Postage unpaid")]
        PostageUnpaid,
    }
}

/// Shipping, with a parcel now gone rather than not found.
#[allow(dead_code)]
#[derive(Debug, ApiError)]
#[api_error(domain = "shipping.example.com")]
enum ShippingStatusChanged {
    #[code(2404, status = 410, msg = "Parcel not found")]
    ParcelNotFound,
    #[code(2402, status = 402, msg = "Postage unpaid")]
    PostageUnpaid,
}

/// Shipping, sending accounts' retired code 3001.
#[allow(dead_code)]
#[derive(Debug, ApiError)]
#[api_error(domain = "shipping.example.com")]
enum ShippingReusing {
    #[code(3001, status = 401, msg = "Courier not signed in")]
    CourierSignedOut,
}

/// Accounts, which retired 3001.
#[allow(dead_code)]
#[derive(Debug, ApiError)]
#[api_error(domain = "accounts.example.com", retired(3001 = "use 3002"))]
enum AccountError {
    #[code(3000, status = 401, msg = "Wrong password")]
    WrongPassword,
    #[code(3002, status = 401, msg = "Wrong credentials")]
    WrongCredentials,
}

/// A service the registry does not list.
#[allow(dead_code)]
#[derive(Debug, ApiError)]
#[api_error(domain = "search.example.com")]
enum SearchError {
    #[code(4000, status = 400, msg = "Bad query")]
    BadQuery,
}

fn three_services(test: &str, shipping_collides: bool) -> PathBuf {
    let dir = folder(test);
    export::<billing_v1::BillingError>(&dir, "billing");
    if shipping_collides {
        export::<shipping_colliding::ShippingError>(&dir, "shipping");
    } else {
        export::<shipping_fixed::ShippingError>(&dir, "shipping");
    }
    export::<AccountError>(&dir, "accounts");
    dir
}

#[test]
fn a_cross_service_collision_names_both_services_and_entries() {
    let dir = three_services("collision", true);
    let run = errcodes(&[&"check", &dir, &"--registry", &registry()]);
    assert_eq!(run.status, 1, "{}{}", run.stdout, run.stderr);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines[0], "error: code 1402 is used by two services");
    assert!(
        lines[1].contains("billing.example.com `PaymentRequired`"),
        "{}",
        run.stdout
    );
    assert!(lines[1].contains("billing.json"), "{}", run.stdout);
    assert!(
        lines[2].contains("shipping.example.com `PostageUnpaid`"),
        "{}",
        run.stdout
    );
    assert!(lines[2].contains("shipping.json"), "{}", run.stdout);
    // Not a terminal: no colour.
    assert!(!run.stdout.contains('\x1b'));
    assert!(run.stderr.is_empty(), "{}", run.stderr);

    let run = errcodes(&[
        &"check",
        &dir,
        &"--registry",
        &registry(),
        &"--format",
        &"json",
    ]);
    assert_eq!(run.status, 1);
    let report: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let collision = &report["findings"][0];
    assert_eq!(collision["kind"], "collision");
    assert_eq!(collision["code"], 1402);
    assert_eq!(collision["first"]["service"], "billing.example.com");
    assert_eq!(collision["first"]["entry"], "PaymentRequired");
    assert_eq!(collision["second"]["service"], "shipping.example.com");
    assert_eq!(collision["second"]["entry"], "PostageUnpaid");
    // 1402 is outside shipping's range too.
    assert_eq!(report["findings"][1]["kind"], "out_of_range");
    assert_eq!(report["services"], 3);
    assert_eq!(report["entries"], 8);
}

#[test]
fn without_the_collision_the_check_is_clean() {
    let dir = three_services("clean", false);
    let run = errcodes(&[&"check", &dir, &"--registry", &registry()]);
    assert_eq!(run.status, 0, "{}{}", run.stdout, run.stderr);
    assert_eq!(run.stdout, "0 findings in 3 services, 8 entries\n");
}

#[test]
fn unknown_services_and_reused_retired_codes_are_findings() {
    let dir = folder("unknown-and-retired");
    export::<AccountError>(&dir, "accounts");
    export::<ShippingReusing>(&dir, "shipping");
    export::<SearchError>(&dir, "search");
    let run = errcodes(&[
        &"check",
        &dir,
        &"--registry",
        &registry(),
        &"--format",
        &"json",
    ]);
    assert_eq!(run.status, 1, "{}{}", run.stdout, run.stderr);
    let report: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let kinds: Vec<&str> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["kind"].as_str().unwrap())
        .collect();
    // In the order the exports are read: accounts, search, shipping.
    assert_eq!(kinds, ["unknown_service", "out_of_range", "retired_reused"]);
    assert_eq!(report["findings"][0]["service"], "search.example.com");
    let reused = &report["findings"][2];
    assert_eq!(reused["code"], 3001);
    assert_eq!(reused["retired_by"], "accounts.example.com");
    assert_eq!(reused["holder"]["entry"], "CourierSignedOut");
    // Without a registry only what the exports alone show.
    let run = errcodes(&[&"check", &dir, &"--format", &"json"]);
    let report: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(report["findings"].as_array().unwrap().len(), 1);
}

#[test]
fn next_skips_taken_and_retired_codes() {
    let dir = three_services("next", false);
    // Accounts has 3000 and 3002 and retired 3001.
    let run = next("accounts", &registry(), &dir);
    assert_eq!(
        (run.status, run.stdout.as_str()),
        (0, "3003\n"),
        "{}",
        run.stderr
    );
    let run = next("billing", &registry(), &dir);
    assert_eq!(run.stdout, "1000\n");
    let run = next("nobody", &registry(), &dir);
    assert_bad_input(&run, "no service named `nobody`");
}

#[test]
fn the_changelog_matches_its_golden_file() {
    let old = folder("changelog-old");
    let new = folder("changelog-new");
    export::<billing_v1::BillingError>(&old, "billing");
    export::<billing_v2::BillingError>(&new, "billing");
    for dir in [&old, &new] {
        export::<AccountError>(dir, "accounts");
    }
    export::<shipping_fixed::ShippingError>(&new, "shipping");
    let run = errcodes(&[&"changelog", &old, &new]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert_eq!(run.stdout, include_str!("data/changelog.md"));
    let run = errcodes(&[&"changelog", &old, &new, &"--format", &"json"]);
    let log: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(log["retired"][0]["code"], 1500);
    assert_eq!(log["removed"][0]["entry"], "Withdrawn");
}

/// Against the last release's exports, what breaks its clients: billing 2
/// removed 1410 without retiring it (1500 it retired, so that is no
/// finding), and a status changed.
#[test]
fn a_baseline_finds_removed_codes_and_changed_statuses() {
    let old = folder("baseline-old");
    let new = folder("baseline-new");
    export::<billing_v1::BillingError>(&old, "billing");
    export::<billing_v2::BillingError>(&new, "billing");
    export::<shipping_fixed::ShippingError>(&old, "shipping");
    export::<ShippingStatusChanged>(&new, "shipping");
    let run = errcodes(&[&"check", &new, &"--baseline", &old, &"--format", &"json"]);
    assert_eq!(run.status, 1, "{}{}", run.stdout, run.stderr);
    let report: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let findings = report["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 2, "{report}");
    assert_eq!(findings[0]["kind"], "removed_without_retiring");
    assert_eq!(
        (&findings[0]["code"], &findings[0]["entry"]),
        (&1410.into(), &"Withdrawn".into())
    );
    assert_eq!(findings[1]["kind"], "status_changed");
    assert_eq!(
        (&findings[1]["old"], &findings[1]["new"]),
        (&"404".into(), &"410".into())
    );
    // The same release against itself breaks nothing.
    let run = errcodes(&[&"check", &new, &"--baseline", &new]);
    assert_eq!(run.status, 0, "{}{}", run.stdout, run.stderr);
}

#[test]
fn bad_input_is_one_message_naming_the_file_and_line() {
    let dir = three_services("bad-input", false);
    let malformed = dir.join("malformed.json");
    std::fs::write(&malformed, "{\n  \"format_version\": 1,\n  \"type\": \n}\n").unwrap();
    let run = errcodes(&[&"check", &malformed]);
    assert_bad_input(&run, &format!("{}:4: ", malformed.display()));

    let future = dir.join("future.json");
    let mut doc: serde_json::Value =
        serde_json::from_str(&errcodes::docs::json::<AccountError>()).unwrap();
    doc["format_version"] = 2.into();
    std::fs::write(&future, doc.to_string()).unwrap();
    let run = errcodes(&[&"check", &dir.join("billing.json"), &future]);
    assert_bad_input(
        &run,
        "future.json: format_version 2 is not one this errcodes reads",
    );

    let overlapping = data("registry/overlapping.toml");
    let run = errcodes(&[
        &"check",
        &dir.join("billing.json"),
        &"--registry",
        &overlapping,
    ]);
    assert_bad_input(
        &run,
        "overlapping.toml:9: ranges overlap: 1000..=1999 of `billing` and 1900..=2999 of `shipping`",
    );

    let missing = dir.join("missing.json");
    let run = errcodes(&[&"check", &missing]);
    assert_bad_input(&run, "missing.json: cannot be read");

    let broken = dir.join("broken.toml");
    std::fs::write(
        &broken,
        "[[service]]\nname = \"billing\"\nranges = [{ first = 1 }]\n",
    )
    .unwrap();
    let run = errcodes(&[&"check", &dir.join("billing.json"), &"--registry", &broken]);
    assert_bad_input(&run, "broken.toml:3: ");
}

/// Billing's payments catalogue: 1402 is "Payment required".
#[allow(dead_code)]
#[derive(Debug, ApiError)]
#[api_error(domain = "billing.example.com")]
enum BillingPayments {
    #[code(1402, status = 402, msg = "Payment required")]
    PaymentRequired,
}

/// Billing's invoices catalogue, of the same service: 1402 again, for another error.
#[allow(dead_code)]
#[derive(Debug, ApiError)]
#[api_error(domain = "billing.example.com")]
enum BillingInvoices {
    #[code(1402, status = 404, msg = "Invoice not found")]
    InvoiceNotFound,
}

// attack: two catalogues of one service send 1402 for two different errors (neither `shared`); `check` says "0 findings"
#[test]
fn one_code_for_two_errors_in_two_catalogues_of_one_service_is_a_finding() {
    let dir = folder("attack-one-service-two-catalogues");
    export::<BillingPayments>(&dir, "payments");
    export::<BillingInvoices>(&dir, "invoices");
    let run = errcodes(&[&"check", &dir]);
    assert_eq!(run.status, 1, "{}{}", run.stdout, run.stderr);
    assert!(run.stdout.contains("1402"), "{}", run.stdout);
}

// attack: a registry service with `ranges = []`: `next` says "every code of its ranges is taken or retired" although it has none
#[test]
fn next_for_a_service_without_ranges_does_not_say_they_are_full() {
    let dir = folder("attack-no-ranges");
    export::<BillingPayments>(&dir, "payments");
    let registry = dir.join("registry.toml");
    std::fs::write(
        &registry,
        "[[service]]\nname = \"billing\"\ndomain = \"billing.example.com\"\nranges = []\n",
    )
    .unwrap();
    let run = next("billing", &registry, &dir);
    let said = format!("{}{}", run.stdout, run.stderr);
    assert!(
        !said.contains("taken or retired"),
        "status {}: {said}",
        run.status
    );
}

// attack: ranges listed high first (2000..=2999, then 1000..=1999): `next` gives 2001, README says "the lowest code of the service's ranges that no service uses" (1000)
#[test]
fn next_is_the_lowest_free_code_whatever_the_order_of_the_ranges() {
    let dir = folder("attack-next-order");
    export::<BillingPayments>(&dir, "payments");
    let registry = dir.join("registry.toml");
    std::fs::write(
        &registry,
        "[[service]]\nname = \"billing\"\ndomain = \"billing.example.com\"\n\
         ranges = [{ first = 2000, last = 2999 }, { first = 1000, last = 1999 }]\n",
    )
    .unwrap();
    let run = next("billing", &registry, &dir);
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert_eq!(run.stdout.trim(), "1000");
}

// attack: an entry named "B\r\x1b[2K\x1b[1A\x1b[2Kall clear" is printed raw: on a terminal or CI log the collision it is part of is erased and replaced by "all clear"
#[test]
fn control_characters_of_an_export_do_not_reach_the_terminal() {
    let dir = folder("attack-control-characters");
    hand_export(&dir.join("a.json"), "a", 1, "A", "A");
    hand_export(
        &dir.join("b.json"),
        "b",
        1,
        "A",
        "B\r\u{1b}[2K\u{1b}[1A\u{1b}[2Kall clear",
    );
    let run = errcodes(&[&"check", &dir]);
    assert_eq!(run.status, 1);
    let raw: Vec<char> = (run.stdout.clone() + &run.stderr)
        .chars()
        .filter(|c| c.is_control() && *c != '\n')
        .collect();
    assert!(raw.is_empty(), "{raw:?} in:\n{}", run.stdout);
}

// attack: an entry name holding "`\n\n## Removed without retiring\n\n(nothing)..." writes its own sections into the changelog's Markdown
#[test]
fn a_name_cannot_write_sections_into_the_changelog() {
    let dir = folder("attack-changelog-markdown");
    let (old, new) = (dir.join("old"), dir.join("new"));
    std::fs::create_dir_all(&old).unwrap();
    std::fs::create_dir_all(&new).unwrap();
    hand_export(&old.join("a.json"), "a", 1, "A", "A");
    hand_export(
        &new.join("a.json"),
        "a",
        2,
        "A",
        "A`\n\n## Removed without retiring\n\n(nothing)\n\n## Note\n\n- `x",
    );
    let run = errcodes(&[&"changelog", &old, &new]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    let headings: Vec<&str> = run.stdout.lines().filter(|l| l.starts_with('#')).collect();
    assert_eq!(
        headings,
        ["# Changes", "## Added", "## Removed without retiring"],
        "{}",
        run.stdout
    );
}

// attack: billing sends the integer code 34305, chat (a Matrix-style service) the string "34305": `check` says "0 findings", though people (the portal's search, a support ticket saying "error 34305") cannot tell them apart
#[test]
fn an_integer_code_and_the_same_digits_as_a_string_collide() {
    let dir = folder("attack-int-and-string-code");
    hand_export(
        &dir.join("billing.json"),
        "billing",
        34305,
        "A",
        "WrongPassword",
    );
    let chat = serde_json::json!({
        "format_version": 1, "type": "ChatError", "domain": "chat", "title": "chat",
        "entries": [{"anchor": "A", "code": "34305", "name": "RoomGone", "status": 404, "message": "m"}],
    });
    std::fs::write(dir.join("chat.json"), chat.to_string()).unwrap();
    let run = errcodes(&[&"check", &dir]);
    assert_eq!(run.status, 1, "{}", run.stdout);
}
