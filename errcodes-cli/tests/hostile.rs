//! Hostile input: what a CI job or a careless script may hand the command.
//! Each is bad input (exit 2, one message naming the file) or read as
//! meant, never a hang, a crash or a silent skip.

mod common;

use std::path::{Path, PathBuf};

use common::{assert_bad_input, command, errcodes, export, folder};
use errcodes::ApiError;

#[allow(dead_code)]
#[derive(Debug, ApiError)]
#[api_error(domain = "billing.example.com")]
enum BillingError {
    #[code(1402, status = 402, msg = "Payment required")]
    PaymentRequired,
}

/// Billing again, under another type name: a second catalogue of one service.
#[allow(dead_code)]
#[derive(Debug, ApiError)]
#[api_error(domain = "billing.example.com")]
enum InvoiceError {
    #[code(1402, status = 409, msg = "Invoice paid")]
    Paid,
}

#[allow(dead_code)]
#[derive(Debug, ApiError)]
#[api_error(domain = "shipping.example.com")]
enum ShippingError {
    #[code(2404, status = 404, msg = "Parcel not found")]
    ParcelNotFound,
}

/// An export as `errcodes::docs::json` writes it, as JSON to change.
fn document<E: ApiError>() -> serde_json::Value {
    serde_json::from_str(&errcodes::docs::json::<E>()).unwrap()
}

#[test]
fn an_empty_folder_is_bad_input_naming_it() {
    let dir = folder("hostile-empty");
    std::fs::write(dir.join("README.md"), "not an export").unwrap();
    let run = errcodes(&[&"check", &dir]);
    assert_bad_input(&run, &format!("no *.json exports in {}", dir.display()));
    let run = errcodes(&[&"portal", &dir, &"--out", &dir.join("site")]);
    assert_bad_input(&run, "no *.json exports in");
    assert!(!dir.join("site").exists());
}

#[test]
fn what_is_not_a_file_in_a_folder_is_named_not_skipped_or_waited_on() {
    let dir = folder("hostile-entries");
    export::<BillingError>(&dir, "billing");
    let inner = dir.join("nested.json");
    std::fs::create_dir(&inner).unwrap();
    let run = errcodes(&[&"check", &dir]);
    assert_bad_input(&run, "nested.json: cannot be read: a folder, not a file");
    std::fs::remove_dir(&inner).unwrap();

    // A FIFO's read would wait for a writer forever.
    let fifo = dir.join("pipe.json");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .is_ok_and(|s| s.success());
    if made {
        let mut child = command(&[&"check", &dir])
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        // A hang guard, not a measure: the command answers at once or never.
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
        while child.try_wait().unwrap().is_none() {
            if std::time::Instant::now() > deadline {
                child.kill().unwrap();
                panic!("errcodes check waits on the FIFO {}", fifo.display());
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        let run: common::Run = child.wait_with_output().unwrap().into();
        assert_bad_input(
            &run,
            "pipe.json: cannot be read: a FIFO, socket or device, not a file",
        );
        std::fs::remove_file(&fifo).unwrap();
    }

    #[cfg(unix)]
    {
        let gone = dir.join("gone.json");
        std::os::unix::fs::symlink(dir.join("nowhere.json"), &gone).unwrap();
        let run = errcodes(&[&"check", &dir]);
        assert_bad_input(&run, "gone.json: cannot be read");
    }
}

#[test]
fn a_folder_where_a_file_goes_is_named() {
    let dir = folder("hostile-folder-as-file");
    let billing = export::<BillingError>(&dir, "billing");
    let run = errcodes(&[&"check", &billing, &"--registry", &dir]);
    assert_bad_input(
        &run,
        &format!("{}: cannot be read: a folder, not a file", dir.display()),
    );
    let run = errcodes(&[
        &"portal",
        &billing,
        &"--openapi",
        &dir,
        &"--out",
        &dir.join("site"),
    ]);
    assert_bad_input(&run, "a folder, not a file");
}

#[test]
fn one_file_or_one_catalogue_given_twice_is_bad_input() {
    let dir = folder("hostile-twice");
    let billing = export::<BillingError>(&dir, "billing");
    export::<ShippingError>(&dir, "shipping");
    let run = errcodes(&[&"check", &dir, &billing]);
    assert_bad_input(&run, "billing.json: given twice (also as ");
    let again = dir.join(".").join("billing.json");
    let run = errcodes(&[&"check", &billing, &again]);
    assert_bad_input(&run, "given twice");

    // Two catalogues of billing are two catalogues of one service, whose
    // codes are checked against each other: 1402 in both is a finding
    // naming both entries and both exports.
    let invoices = export::<InvoiceError>(&dir, "invoices");
    let run = errcodes(&[&"check", &billing, &invoices]);
    assert_eq!(run.status, 1, "{}{}", run.stdout, run.stderr);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(
        lines[0],
        "error: code 1402 is used twice by billing.example.com"
    );
    assert!(
        lines[1].contains("`PaymentRequired`") && lines[1].contains(&*billing.to_string_lossy())
    );
    assert!(lines[2].contains("`Paid`") && lines[2].contains(&*invoices.to_string_lossy()));

    // One catalogue (billing's BillingError) in two files: its entries and
    // links would be ambiguous.
    let copy = dir.join("billing-copy.json");
    std::fs::copy(&billing, &copy).unwrap();
    let run = errcodes(&[&"check", &billing, &copy]);
    assert_bad_input(
        &run,
        &format!(
            "{}: a second export of billing.example.com's BillingError (the first is {})",
            copy.display(),
            billing.display()
        ),
    );
    let run = errcodes(&[&"portal", &dir, &"--out", &dir.join("site")]);
    assert_bad_input(
        &run,
        "a second export of billing.example.com's BillingError",
    );
    assert!(!dir.join("site").exists());
}

#[test]
fn a_byte_order_mark_is_skipped_and_kept_out_of_the_merged_json() {
    let dir = folder("hostile-bom");
    let text = errcodes::docs::json::<BillingError>();
    std::fs::write(dir.join("billing.json"), format!("\u{feff}{text}")).unwrap();
    export::<ShippingError>(&dir, "shipping");
    let run = errcodes(&[&"check", &dir]);
    assert_eq!(
        (run.status, run.stdout.as_str()),
        (0, "0 findings in 2 services, 2 entries\n"),
        "{}",
        run.stderr
    );
    let (_, merged) = portal(std::slice::from_ref(&dir), &dir.join("site"));
    let merged: serde_json::Value = serde_json::from_str(&merged).unwrap();
    assert_eq!(merged["catalogues"][0], document::<BillingError>());

    let registry = dir.join("registry.toml");
    std::fs::write(
        &registry,
        "\u{feff}[[service]]\nname = \"billing\"\ndomain = \"billing.example.com\"\nranges = [{ first = 1000, last = 1999 }]\n",
    )
    .unwrap();
    let run = errcodes(&[
        &"check",
        &dir.join("billing.json"),
        &"--registry",
        &registry,
    ]);
    assert_eq!(run.status, 0, "{}{}", run.stdout, run.stderr);
}

#[test]
fn a_member_given_twice_is_bad_input_naming_its_line() {
    let dir = folder("hostile-duplicate-keys");
    let path = dir.join("billing.json");
    let text = errcodes::docs::json::<BillingError>();
    // A second `entries`, empty, after the first: which one counts would
    // be the parser's whim.
    let doubled = text.replacen(
        "\n  \"entries\": [",
        "\n  \"entries\": [],\n  \"entries\": [",
        1,
    );
    assert_ne!(doubled, text);
    std::fs::write(&path, doubled).unwrap();
    let run = errcodes(&[&"check", &path]);
    assert_bad_input(&run, "duplicate field `entries`");
    assert!(
        run.stderr.contains(&format!("{}:", path.display())),
        "{}",
        run.stderr
    );

    let doubled = text.replacen("{\n", "{\n  \"format_version\": 1,\n", 1);
    std::fs::write(&path, doubled).unwrap();
    let run = errcodes(&[&"check", &path]);
    assert_bad_input(&run, "duplicate field `format_version`");
}

/// `[` 200,000 deep.
fn deep() -> String {
    let depth = 200_000;
    format!("{}{}", "[".repeat(depth), "]".repeat(depth))
}

/// Nesting beyond serde_json's limit where the command reads a value is
/// bad input; in a member it skips, it is skipped without recursion.
#[test]
fn deep_nesting_is_bad_input_or_skipped_never_a_stack_overflow() {
    let dir = folder("hostile-deep");
    let path = dir.join("deep-version.json");
    std::fs::write(&path, format!("{{\"format_version\": {}}}", deep())).unwrap();
    let run = errcodes(&[&"check", &path]);
    assert_bad_input(
        &run,
        &format!("{}:1: recursion limit exceeded", path.display()),
    );

    let head = "{\"format_version\": 1, \"type\": \"Deep\", \"title\": \"t\"";
    let skipped = dir.join("deep-skipped.json");
    let text = format!("{head}, \"entries\": [], \"x_extra\": {}}}", deep());
    std::fs::write(&skipped, text).unwrap();
    let run = errcodes(&[&"check", &skipped]);
    assert_eq!(run.status, 0, "{}", run.stderr);

    let openapi = dir.join("deep.openapi.json");
    std::fs::write(
        &openapi,
        format!("{{\"openapi\": \"3.1.0\", \"paths\": {}}}", deep()),
    )
    .unwrap();
    let run = errcodes(&[
        &"portal",
        &skipped,
        &"--openapi",
        &openapi,
        &"--out",
        &dir.join("site"),
    ]);
    assert_bad_input(&run, "deep.openapi.json:1: recursion limit exceeded");
    assert!(!dir.join("site").exists());

    let registry = dir.join("deep.toml");
    std::fs::write(&registry, format!("a = {}\n", deep())).unwrap();
    let run = errcodes(&[&"check", &skipped, &"--registry", &registry]);
    assert_bad_input(&run, "deep.toml:1: ");
}

/// Non-ASCII everywhere a service writes text, and markup in it: the page
/// shows it escaped, the merged JSON and the findings keep it as it was.
#[test]
fn non_ascii_round_trips_escaped_in_the_page_and_intact_in_json() {
    let dir = folder("hostile-unicode");
    let mut doc = document::<BillingError>();
    doc["domain"] = "支払い.例え.jp".into();
    doc["title"] = "Zahlungsfehler — <b>Ärger</b>".into();
    let entry = &mut doc["entries"][0];
    entry["code"] = "É_PAIEMENT_🚫".into();
    entry["name"] = "Paiement\"Refusé'".into();
    entry["message"] = "Paiement refusé <script>alert(1)</script> & ✓".into();
    let path = dir.join("billing.json");
    std::fs::write(&path, serde_json::to_string_pretty(&doc).unwrap()).unwrap();
    let mut shipping = document::<ShippingError>();
    shipping["entries"][0]["code"] = "É_PAIEMENT_🚫".into();
    std::fs::write(dir.join("shipping.json"), shipping.to_string()).unwrap();

    let run = errcodes(&[&"check", &dir, &"--format", &"json"]);
    assert_eq!(run.status, 1, "{}", run.stderr);
    let report: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let collision = &report["findings"][0];
    assert_eq!(collision["code"], "É_PAIEMENT_🚫");
    assert_eq!(collision["first"]["service"], "支払い.例え.jp");
    assert_eq!(collision["first"]["entry"], "Paiement\"Refusé'");

    let (page, merged) = portal(&[path], &dir.join("site"));
    assert!(page.contains("Paiement refusé &lt;script&gt;alert(1)&lt;/script&gt; &amp; ✓"));
    assert!(!page.contains("<script>alert"));
    assert!(page.contains("Zahlungsfehler — &lt;b&gt;Ärger&lt;/b&gt;"));
    assert!(page.contains("Paiement&quot;Refusé&#39;"));
    assert!(page.contains("id=\"支払い.例え.jp\""));
    assert!(page.contains("É_PAIEMENT_🚫"));
    let merged: serde_json::Value = serde_json::from_str(&merged).unwrap();
    assert_eq!(merged["catalogues"][0], doc);
}

/// A 50 MB export (20,000 entries with long texts): read and merged as
/// any other, in one pass over its text.
#[test]
fn a_huge_export_is_read_and_merged() {
    let dir = folder("hostile-huge");
    let mut doc = document::<BillingError>();
    let template = doc["entries"][0].clone();
    let long = "An order in this state cannot change; ask support. ".repeat(48);
    let entries: Vec<serde_json::Value> = (0..20_000)
        .map(|i| {
            let mut entry = template.clone();
            entry["code"] = (100_000 + i).into();
            entry["anchor"] = (100_000 + i).to_string().into();
            entry["name"] = format!("Error{i}").into();
            entry["description"] = long.clone().into();
            entry
        })
        .collect();
    doc["entries"] = entries.into();
    let text = serde_json::to_string(&doc).unwrap();
    assert!(text.len() > 50_000_000, "{}", text.len());
    let path = dir.join("billing.json");
    std::fs::write(&path, &text).unwrap();
    let run = errcodes(&[&"check", &path]);
    assert_eq!(
        (run.status, run.stdout.as_str()),
        (0, "0 findings in 1 services, 20000 entries\n"),
        "{}",
        run.stderr
    );
    let (_, merged) = portal(&[path], &dir.join("site"));
    assert!(merged.contains(&text));
}

/// The portal's output folder: its missing parents are made; a file where
/// a folder goes is named as what cannot be written.
#[test]
fn the_portal_output_is_made_where_missing_and_named_where_impossible() {
    let dir = folder("hostile-out");
    let billing = export::<BillingError>(&dir, "billing");
    let deep = dir.join("not/yet/there/site");
    let run = errcodes(&[&"portal", &billing, &"--out", &deep]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(deep.join("index.html").is_file());

    let blocked = billing.join("site");
    let run = errcodes(&[&"portal", &billing, &"--out", &blocked]);
    assert_bad_input(
        &run,
        &format!("{}: cannot be written", billing.join("site").display()),
    );

    let taken = dir.join("taken");
    std::fs::create_dir_all(taken.join("index.html")).unwrap();
    let run = errcodes(&[&"portal", &billing, &"--out", &taken]);
    assert_bad_input(
        &run,
        "index.html: cannot be written: a directory is there, not a file",
    );
    assert!(!taken.join("errors.json").exists());
}

/// The page and merged JSON `errcodes portal` writes of `exports` into
/// `out`, the run succeeding.
fn portal(exports: &[PathBuf], out: &Path) -> (String, String) {
    let mut args: Vec<&dyn AsRef<std::ffi::OsStr>> = vec![&"portal"];
    args.extend(exports.iter().map(|p| p as &dyn AsRef<std::ffi::OsStr>));
    args.extend([&"--out" as &dyn AsRef<std::ffi::OsStr>, &out]);
    let run = errcodes(&args);
    assert_eq!(run.status, 0, "{}", run.stderr);
    let read = |name: &str| std::fs::read_to_string(out.join(name)).unwrap();
    (read("index.html"), read("errors.json"))
}

/// Two `errcodes portal` runs writing one folder at once: each file is one
/// writer's whole, never a mix or a cut.
#[test]
fn concurrent_portal_writers_leave_whole_files() {
    let dir = folder("hostile-concurrent");
    // Big enough that a write takes a while: 2,000 entries each.
    let mut exports = Vec::new();
    for (name, offset) in [("a", 10_000), ("b", 20_000)] {
        let mut doc = document::<BillingError>();
        doc["domain"] = format!("{name}.example.com").into();
        let template = doc["entries"][0].clone();
        let entries: Vec<serde_json::Value> = (0..2_000)
            .map(|i| {
                let mut entry = template.clone();
                entry["code"] = (offset + i).into();
                entry["anchor"] = (offset + i).to_string().into();
                entry["description"] = format!("{name} {i} ").repeat(20).into();
                entry
            })
            .collect();
        doc["entries"] = entries.into();
        let path = dir.join(format!("{name}.json"));
        std::fs::write(&path, doc.to_string()).unwrap();
        exports.push(path);
    }
    let expected = [
        portal(&exports[..1], &dir.join("alone-a")),
        portal(&exports[1..], &dir.join("alone-b")),
    ];
    let out = dir.join("site");
    for round in 0..8 {
        let children: Vec<std::process::Child> = exports
            .iter()
            .map(|export| {
                command(&[&"portal", export, &"--out", &out])
                    .stdout(std::process::Stdio::null())
                    .stderr(std::process::Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        for child in children {
            let out = child.wait_with_output().unwrap();
            assert!(
                out.status.success(),
                "round {round}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        let page = std::fs::read_to_string(out.join("index.html")).unwrap();
        let json = std::fs::read_to_string(out.join("errors.json")).unwrap();
        assert!(
            expected.iter().any(|(p, _)| *p == page),
            "round {round}: index.html is neither writer's ({} bytes)",
            page.len()
        );
        assert!(
            expected.iter().any(|(_, j)| *j == json),
            "round {round}: errors.json is neither writer's ({} bytes)",
            json.len()
        );
        let left: Vec<_> = std::fs::read_dir(&out)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .filter(|n| n.to_string_lossy().starts_with('.'))
            .collect();
        assert!(left.is_empty(), "staged files left: {left:?}");
    }
}

/// What `command_line` shows on a terminal (util-linux `script` gives it
/// one), colour allowed; `None` where `script` is not installed.
fn in_terminal(command_line: &str) -> Option<String> {
    let out = std::process::Command::new("script")
        .args(["-qec", command_line, "/dev/null"])
        .env_remove("NO_COLOR")
        .stdin(std::process::Stdio::null())
        .output()
        .ok()?;
    Some(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// Progress is for a person at a terminal: a pipe gets nothing on standard
/// error and the same standard output as ever.
#[test]
fn no_progress_where_standard_error_is_not_a_terminal() {
    let dir = folder("hostile-progress");
    for i in 0..40 {
        let mut doc = document::<BillingError>();
        doc["domain"] = format!("s{i}.example.com").into();
        doc["entries"][0]["code"] = (10_000 + i).into();
        std::fs::write(dir.join(format!("s{i:02}.json")), doc.to_string()).unwrap();
    }
    let run = errcodes(&[&"check", &dir]);
    assert_eq!(
        (run.status, run.stdout.as_str(), run.stderr.as_str()),
        (0, "0 findings in 40 services, 40 entries\n", "")
    );
    let run = errcodes(&[&"check", &dir, &"--format", &"json"]);
    assert_eq!(run.stderr, "");
    let report: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(report["entries"], 40);

    // In a terminal (util-linux `script` gives the command one), the count.
    let line = format!("{} check {}", env!("CARGO_BIN_EXE_errcodes"), dir.display());
    let Some(shown) = in_terminal(&line) else {
        eprintln!("`script` is not installed: the terminal's progress is not tested");
        return;
    };
    assert!(shown.contains("reading 40 exports… 40/40"), "{shown:?}");
    assert!(
        shown.contains("0 findings in 40 services, 40 entries"),
        "{shown:?}"
    );
    // JSON is for a program, even on a terminal.
    let json = format!("{line} --format json");
    let shown = in_terminal(&json).unwrap();
    assert!(shown.contains("\"entries\": 40"), "{shown:?}");
    assert!(!shown.contains("reading"), "{shown:?}");

    // Bad input half-way: the line is cleared before the message.
    std::fs::write(dir.join("s20.json"), "{").unwrap();
    let shown = in_terminal(&line).unwrap();
    assert!(shown.contains("reading 40 exports… 1/40"), "{shown:?}");
    assert!(
        shown.contains("\r\x1b[K\x1b[1;31merror\x1b[0m: "),
        "{shown:?}"
    );
    assert!(shown.contains("s20.json:1: "), "{shown:?}");
}

/// An export not written by the derive may give one code to two of its
/// entries: a collision inside one service, as visible as one across two.
#[test]
fn one_code_twice_in_one_export_is_a_finding() {
    let dir = folder("hostile-code-twice");
    let mut doc = document::<BillingError>();
    let mut second = doc["entries"][0].clone();
    second["name"] = "PaymentMissing".into();
    second["anchor"] = "PaymentMissing".into();
    doc["entries"].as_array_mut().unwrap().push(second);
    let path = dir.join("billing.json");
    std::fs::write(&path, doc.to_string()).unwrap();
    let run = errcodes(&[&"check", &path]);
    assert_eq!(run.status, 1, "{}{}", run.stdout, run.stderr);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(
        lines[0],
        "error: code 1402 is used twice by billing.example.com"
    );
    assert!(lines[1].contains("`PaymentRequired`"), "{}", run.stdout);
    assert!(lines[2].contains("`PaymentMissing`"), "{}", run.stdout);
}

/// A docs folder as `errcodes::docs::write_all` writes it holds each
/// export's OpenAPI document beside it: a folder's `*.openapi.json` are not
/// taken for exports. Given by name, an OpenAPI document or the portal's
/// merged errors.json is told for what it is.
#[test]
fn a_docs_folder_is_checked_and_other_documents_are_named_for_what_they_are() {
    let dir = folder("hostile-docs-folder");
    errcodes::docs::write_all::<BillingError>(&dir, "1.0.0").unwrap();
    errcodes::docs::write_all::<ShippingError>(&dir, "1.0.0").unwrap();
    assert!(dir.join("BillingError.openapi.json").is_file());
    let run = errcodes(&[&"check", &dir]);
    assert_eq!(
        (run.status, run.stdout.as_str()),
        (0, "0 findings in 2 services, 2 entries\n"),
        "{}",
        run.stderr
    );

    let openapi = dir.join("BillingError.openapi.json");
    let run = errcodes(&[&"check", &openapi]);
    assert_bad_input(
        &run,
        &format!(
            "{}: an OpenAPI document, not a catalogue export",
            openapi.display()
        ),
    );

    let site = dir.join("site");
    let run = errcodes(&[&"portal", &dir, &"--out", &site]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    let merged = site.join("errors.json");
    let run = errcodes(&[&"check", &merged]);
    assert_bad_input(
        &run,
        &format!(
            "{}: the merged errors.json `errcodes portal` writes",
            merged.display()
        ),
    );
}

/// An entry named to erase its own finding (`\r`, an ANSI erase, a bidi
/// override): the human output shows the characters escaped.
#[test]
fn names_cannot_hide_findings_with_terminal_codes() {
    let dir = folder("hostile-ansi");
    let mut doc = document::<ShippingError>();
    doc["entries"][0]["code"] = 1402.into();
    doc["entries"][0]["name"] = "Sneaky\r\u{1b}[2K\u{202e}".into();
    std::fs::write(dir.join("shipping.json"), doc.to_string()).unwrap();
    export::<BillingError>(&dir, "billing");
    let run = errcodes(&[&"check", &dir]);
    assert_eq!(run.status, 1, "{}", run.stderr);
    assert!(
        !run.stdout.contains(['\r', '\u{1b}', '\u{202e}']),
        "{:?}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("shipping.example.com `Sneaky\\u{d}\\u{1b}[2K\\u{202e}`"),
        "{}",
        run.stdout
    );
    // JSON keeps the name as it is, escaped as JSON escapes it.
    let run = errcodes(&[&"check", &dir, &"--format", &"json"]);
    let report: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(
        report["findings"][0]["second"]["entry"],
        "Sneaky\r\u{1b}[2K\u{202e}"
    );
}

/// The portal's folder is not a folder of exports: its errors.json would
/// be read as an export by the next run.
#[test]
fn the_portal_does_not_write_among_the_exports() {
    let dir = folder("hostile-out-is-exports");
    export::<BillingError>(&dir, "billing");
    let run = errcodes(&[&"portal", &dir, &"--out", &dir.join(".")]);
    assert_bad_input(
        &run,
        &format!(
            "{}: cannot be written: the folder of exports {}",
            dir.join(".").display(),
            dir.display()
        ),
    );
    assert!(!dir.join("errors.json").exists());
    assert!(!dir.join("index.html").exists());
}

/// Text that is not UTF-8: named, and UTF-16 (what Windows PowerShell's
/// `>` writes) told for what it is.
#[test]
fn text_not_in_utf8_is_named() {
    let dir = folder("hostile-encoding");
    let text = errcodes::docs::json::<BillingError>();
    let mut utf16 = vec![0xff, 0xfe];
    utf16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    let path = dir.join("billing.json");
    std::fs::write(&path, utf16).unwrap();
    let run = errcodes(&[&"check", &path]);
    assert_bad_input(&run, &format!("{}: UTF-16 text, not UTF-8", path.display()));
    std::fs::write(&path, b"{\"format_version\": 1, \"type\": \"\xff\"}").unwrap();
    let run = errcodes(&[&"check", &path]);
    assert_bad_input(&run, &format!("{}: not UTF-8 text", path.display()));
}

/// A writer that sorts its keys puts `entries` before `format_version`: a
/// version 1 export so written is read, and one of another version whose
/// entries have another shape is refused for its version, not its shape.
#[test]
fn the_version_is_found_wherever_it_stands() {
    let dir = folder("hostile-sorted-keys");
    let doc = document::<BillingError>();
    // serde_json's maps are sorted: `entries` comes first.
    let sorted = doc.to_string();
    assert!(sorted.find("\"entries\"") < sorted.find("\"format_version\""));
    let path = dir.join("billing.json");
    std::fs::write(&path, &sorted).unwrap();
    let run = errcodes(&[&"check", &path]);
    assert_eq!(run.status, 0, "{}", run.stderr);

    let mut future = doc;
    future["format_version"] = 2.into();
    future["entries"] = serde_json::json!([{"id": "billing/1402"}]);
    std::fs::write(&path, future.to_string()).unwrap();
    let run = errcodes(&[&"check", &path]);
    assert_bad_input(
        &run,
        &format!(
            "{}: format_version 2 is not one this errcodes reads",
            path.display()
        ),
    );
}
