//! One code space as people read it: a service's several catalogues
//! checked against each other (`shared` entries excepted, as in one
//! catalogue), an integer code and a string of the same digits told apart
//! by no one, `next` over such codes and over a service without ranges,
//! and a changelog that no name, code or message can write Markdown into.

mod common;

use std::path::Path;

use common::{assert_bad_input, errcodes, export, folder, hand_export, next};
use errcodes::ApiError;

/// Accounts' first catalogue: 34300 shared on purpose by two entries.
#[allow(dead_code)]
#[derive(Debug, ApiError)]
#[api_error(domain = "accounts.example.com")]
enum AccountError {
    #[code(34300, status = 500, msg = "Internal server error", shared)]
    Storage,
    #[code(34300, status = 400, msg = "Invalid JSON", shared)]
    InvalidJson,
    #[code(34305, status = 401, msg = "Wrong password")]
    WrongPassword,
}

/// Accounts' second catalogue: 34300 shared again, 34306 its own.
#[allow(dead_code)]
#[derive(Debug, ApiError)]
#[api_error(domain = "accounts.example.com")]
enum SessionError {
    #[code(34300, status = 503, msg = "Try again later", shared)]
    Unavailable,
    #[code(34300, status = 504, msg = "Timed out", shared)]
    TimedOut,
    #[code(34306, status = 401, msg = "Session expired")]
    Expired,
}

/// Another service: its 34300 is no `shared` code of accounts'.
#[allow(dead_code)]
#[derive(Debug, ApiError)]
#[api_error(domain = "chat.example.com")]
enum ChatError {
    #[code(34300, status = 500, msg = "Internal server error")]
    Internal,
}

#[test]
fn shared_codes_of_one_service_are_no_finding_in_one_catalogue_or_across_its_catalogues() {
    let dir = folder("code-space-shared");
    let accounts = export::<AccountError>(&dir, "accounts");
    let run = errcodes(&[&"check", &accounts]);
    assert_eq!(run.status, 0, "{}{}", run.stdout, run.stderr);
    let sessions = export::<SessionError>(&dir, "sessions");
    let run = errcodes(&[&"check", &accounts, &sessions]);
    assert_eq!(run.status, 0, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stdout.contains("0 findings in 1 services, 6 entries"),
        "{}",
        run.stdout
    );

    // `shared` says what one service means; another service's 34300 is a
    // collision all the same.
    let chat = export::<ChatError>(&dir, "chat");
    let run = errcodes(&[&"check", &accounts, &sessions, &chat]);
    assert_eq!(run.status, 1, "{}{}", run.stdout, run.stderr);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines[0], "error: code 34300 is used by two services");
    assert!(
        lines[1].contains("accounts.example.com `Storage`"),
        "{}",
        run.stdout
    );
    assert!(
        lines[2].contains("chat.example.com `Internal`"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("1 findings"), "{}", run.stdout);
}

/// An export as a service whose codes are strings writes it.
fn string_code_export(path: &Path, domain: &str, code: &str, name: &str) {
    let export = serde_json::json!({
        "format_version": 1, "type": "ChatError", "domain": domain, "title": domain,
        "entries": [{"anchor": "A", "code": code, "name": name, "status": 404, "message": "m"}],
    });
    std::fs::write(path, export.to_string()).unwrap();
}

#[test]
fn the_same_digits_as_an_integer_and_as_a_string_are_a_finding_of_their_own() {
    let dir = folder("code-space-same-digits");
    hand_export(
        &dir.join("billing.json"),
        "billing",
        34305,
        "A",
        "WrongPassword",
    );
    string_code_export(&dir.join("chat.json"), "chat", "34305", "RoomGone");
    let run = errcodes(&[&"check", &dir, &"--format", &"json"]);
    assert_eq!(run.status, 1, "{}", run.stdout);
    let report: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let finding = &report["findings"][0];
    assert_eq!(finding["kind"], "same_digits", "{report:#}");
    assert_eq!(finding["code"], 34305);
    assert_eq!(finding["integer"]["service"], "billing");
    assert_eq!(finding["integer"]["entry"], "WrongPassword");
    assert_eq!(finding["string"]["service"], "chat");
    assert_eq!(finding["string"]["entry"], "RoomGone");

    let run = errcodes(&[&"check", &dir]);
    assert!(
        run.stdout.starts_with(
            "error: code 34305 is sent as an integer by billing and as the string \"34305\" by chat"
        ),
        "{}",
        run.stdout
    );

    // Other text than the integer's digits is another code.
    string_code_export(&dir.join("chat.json"), "chat", "034305", "RoomGone");
    assert_eq!(errcodes(&[&"check", &dir]).status, 0);
}

fn registry_of_billing(dir: &Path, ranges: &str) -> std::path::PathBuf {
    let registry = dir.join("registry.toml");
    let text =
        format!("[[service]]\nname = \"billing\"\ndomain = \"billing\"\nranges = {ranges}\n");
    std::fs::write(&registry, text).unwrap();
    registry
}

#[test]
fn next_skips_a_code_whose_digits_another_service_sends_as_a_string() {
    let dir = folder("code-space-next-digits");
    hand_export(&dir.join("billing.json"), "billing", 1001, "A", "Taken");
    string_code_export(&dir.join("chat.json"), "chat", "1000", "RoomGone");
    let registry = registry_of_billing(&dir, "[{ first = 1000, last = 1999 }]");
    let run = next("billing", &registry, &dir);
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert_eq!(run.stdout.trim(), "1002");
}

#[test]
fn next_for_a_service_without_ranges_is_bad_input_naming_its_line() {
    let dir = folder("code-space-next-no-ranges");
    hand_export(&dir.join("billing.json"), "billing", 1001, "A", "Taken");
    let registry = registry_of_billing(&dir, "[]");
    let run = next("billing", &registry, &dir);
    assert_bad_input(
        &run,
        &format!(
            "{}:2: service `billing` has no code ranges, so no next code",
            registry.display()
        ),
    );
    // `check` takes such a service: one of string codes needs no range.
    string_code_export(&dir.join("billing.json"), "billing", "M_GONE", "Gone");
    assert_eq!(
        errcodes(&[&"check", &dir, &"--registry", &registry]).status,
        0
    );
}

#[test]
fn no_text_of_an_export_is_markdown_in_the_changelog() {
    let dir = folder("code-space-changelog-markdown");
    let (old, new) = (dir.join("old"), dir.join("new"));
    std::fs::create_dir_all(&old).unwrap();
    std::fs::create_dir_all(&new).unwrap();
    let export = |message: &str, name: &str, retired_note: Option<&str>| {
        let mut doc = serde_json::json!({
            "format_version": 1, "type": "E", "domain": "1. <b>*shop*</b>", "title": "t",
            "entries": [{"anchor": "A", "code": 1, "name": "Kept", "status": 400, "message": message},
                        {"anchor": "B", "code": "`x` # y", "name": name, "status": 400, "message": "m"}],
        });
        if let Some(note) = retired_note {
            doc["retired"] = serde_json::json!([{"code": 9, "note": note}]);
        }
        doc.to_string()
    };
    std::fs::write(old.join("shop.json"), export("before", "Old", None)).unwrap();
    std::fs::write(
        new.join("shop.json"),
        export(
            "after\n\n## Deprecated\n\n- [click](https://example.com)",
            "``` a`",
            Some("gone\r\n# Retired twice"),
        ),
    )
    .unwrap();
    let run = errcodes(&[&"changelog", &old, &new]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    let headings: Vec<&str> = run.stdout.lines().filter(|l| l.starts_with('#')).collect();
    assert_eq!(
        headings,
        [
            "# Changes",
            "## Added",
            "## Changed",
            "## Retired",
            "## Removed without retiring"
        ],
        "{}",
        run.stdout
    );
    let shop = r"1\. \<b\>\*shop\*\</b\>";
    let code = r"\`x\` \# y";
    for line in [
        format!("- {shop} {code} ```` ``` a` ````"),
        format!(
            r#"- {shop} 1 `Kept`: message "before" → "after\\n\\n\#\# Deprecated\\n\\n- \[click\](https://example.com)""#
        ),
        format!(r"- {shop} 9: gone\\u{{d}}\\u{{a}}\# Retired twice"),
        format!("- {shop} {code} `Old`"),
    ] {
        assert!(
            run.stdout.lines().any(|l| l == line),
            "{line}\nnot in\n{}",
            run.stdout
        );
    }
}
