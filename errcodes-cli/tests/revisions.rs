//! Baselines from git (`check --baseline-rev`, `changelog --since`) in a
//! real repository made for each test, and from an older registry
//! (`check --baseline-registry`).

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{assert_bad_input, data, errcodes, export, folder, registry};
use errcodes::ApiError;

/// Billing, release 1.
#[allow(dead_code)]
mod billing_v1 {
    use super::ApiError;

    #[derive(Debug, ApiError)]
    #[api_error(domain = "billing.example.com")]
    pub enum BillingError {
        #[code(1402, status = 402, msg = "Payment required")]
        PaymentRequired,
        #[code(1410, status = 410, msg = "Invoice withdrawn")]
        Withdrawn,
    }
}

/// Billing, release 2: 1410 removed without retiring, 1402 another status.
#[allow(dead_code)]
mod billing_v2 {
    use super::ApiError;

    #[derive(Debug, ApiError)]
    #[api_error(domain = "billing.example.com")]
    pub enum BillingError {
        #[code(1402, status = 400, msg = "Payment required")]
        PaymentRequired,
        #[code(1403, status = 402, msg = "Card declined")]
        CardDeclined,
    }
}

#[allow(dead_code)]
#[derive(Debug, ApiError)]
#[api_error(domain = "shipping.example.com")]
enum ShippingError {
    #[code(2404, status = 404, msg = "Parcel not found")]
    ParcelNotFound,
}

/// Accounts: 3000 and 3002 sent, 3001 retired.
#[allow(dead_code)]
#[derive(Debug, ApiError)]
#[api_error(domain = "accounts.example.com", retired(3001 = "use 3002"))]
enum AccountError {
    #[code(3000, status = 401, msg = "Wrong password")]
    WrongPassword,
    #[code(3002, status = 401, msg = "Wrong credentials")]
    WrongCredentials,
}

/// git in `dir`, with no configuration of the machine's or the user's.
fn git(dir: &Path, args: &[&str]) {
    let status = Command::new("git")
        .current_dir(dir)
        .args(["-c", "user.name=CI", "-c", "user.email=ci@example.com"])
        .args([
            "-c",
            "commit.gpgsign=false",
            "-c",
            "init.defaultBranch=main",
        ])
        .args(args)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .status()
        .expect("git is installed");
    assert!(status.success(), "git {args:?}");
}

/// A repository whose tag `v1` holds release 1's exports in `errors/` and
/// the registry, and whose working tree holds release 2's.
fn repository(test: &str) -> PathBuf {
    let repo = folder(test);
    git(&repo, &["init", "-q"]);
    let errors = repo.join("errors");
    std::fs::create_dir(&errors).unwrap();
    export::<billing_v1::BillingError>(&errors, "billing");
    export::<ShippingError>(&errors, "shipping");
    std::fs::copy(registry(), repo.join("registry.toml")).unwrap();
    git(&repo, &["add", "."]);
    git(&repo, &["commit", "-qm", "release 1"]);
    git(&repo, &["tag", "v1"]);
    export::<billing_v2::BillingError>(&errors, "billing");
    repo
}

fn json(run: &common::Run) -> serde_json::Value {
    serde_json::from_str(&run.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}{}", run.stdout, run.stderr))
}

fn kinds(report: &serde_json::Value) -> Vec<&str> {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["kind"].as_str().unwrap())
        .collect()
}

#[test]
fn a_baseline_revision_finds_what_the_working_tree_breaks() {
    let repo = repository("rev-check");
    let errors = repo.join("errors");
    let run = errcodes(&[
        &"check",
        &errors,
        &"--baseline-rev",
        &"v1",
        &"--format",
        &"json",
    ]);
    assert_eq!(run.status, 1, "{}{}", run.stdout, run.stderr);
    let report = json(&run);
    assert_eq!(
        kinds(&report),
        ["removed_without_retiring", "status_changed"]
    );
    assert_eq!(report["findings"][0]["code"], 1410);
    assert_eq!(report["findings"][1]["old"], "402");

    // Human output; the folder's files at the revision, one by one too.
    let billing = errors.join("billing.json");
    let shipping = errors.join("shipping.json");
    let run = errcodes(&[&"check", &billing, &shipping, &"--baseline-rev", &"v1"]);
    assert_eq!(run.status, 1);
    assert!(
        run.stdout.starts_with(
            "error: code 1410 of billing.example.com was removed without being retired\n"
        ),
        "{}",
        run.stdout
    );

    // Committed, the release is its own baseline: nothing breaks.
    git(&repo, &["commit", "-qam", "release 2"]);
    let run = errcodes(&[&"check", &errors, &"--baseline-rev", &"HEAD"]);
    assert_eq!(
        (run.status, run.stdout.as_str()),
        (0, "0 findings in 2 services, 3 entries\n"),
        "{}",
        run.stderr
    );
    // HEAD~1 is v1: the same findings as against the tag.
    let run = errcodes(&[
        &"check",
        &errors,
        &"--baseline-rev",
        &"HEAD~1",
        &"--format",
        &"json",
    ]);
    assert_eq!(
        kinds(&json(&run)),
        ["removed_without_retiring", "status_changed"]
    );
}

/// With `--baseline-rev`, the registry is compared with itself at the
/// revision too, each finding naming both lines.
#[test]
fn a_baseline_revision_compares_the_registry_too() {
    let repo = repository("rev-registry");
    let registry = repo.join("registry.toml");
    let text = std::fs::read_to_string(&registry).unwrap();
    std::fs::write(
        &registry,
        text.replace("name = \"billing\"", "name = \"payments\""),
    )
    .unwrap();
    let run = errcodes(&[
        &"check",
        &repo.join("errors/shipping.json"),
        &"--registry",
        &registry,
        &"--baseline-rev",
        &"v1",
    ]);
    assert_eq!(run.status, 1, "{}{}", run.stdout, run.stderr);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines[0], "error: service billing was renamed payments");
    assert_eq!(lines[1], format!("  was v1:{}:4", registry.display()));
    assert_eq!(lines[2], format!("  now {}:4", registry.display()));
}

#[test]
fn the_changelog_since_a_revision_is_the_changelog_of_its_files() {
    let repo = repository("rev-changelog");
    let errors = repo.join("errors");
    let old = folder("rev-changelog-old");
    export::<billing_v1::BillingError>(&old, "billing");
    export::<ShippingError>(&old, "shipping");
    let expected = errcodes(&[&"changelog", &old, &errors]);
    assert_eq!(expected.status, 0, "{}", expected.stderr);
    assert!(expected.stdout.contains("## Removed without retiring"));
    let run = errcodes(&[&"changelog", &"--since", &"v1", &errors]);
    assert_eq!(
        (run.status, &run.stdout),
        (0, &expected.stdout),
        "{}",
        run.stderr
    );

    // Between two revisions, whatever the working tree holds now.
    git(&repo, &["commit", "-qam", "release 2"]);
    git(&repo, &["tag", "v2"]);
    export::<AccountError>(&errors, "accounts");
    let run = errcodes(&[&"changelog", &"--since", &"v1", &"--until", &"v2", &errors]);
    assert_eq!(
        (run.status, &run.stdout),
        (0, &expected.stdout),
        "{}",
        run.stderr
    );

    let run = errcodes(&[&"changelog", &errors]);
    assert_eq!(run.status, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("changelog takes OLD and NEW"),
        "{}",
        run.stderr
    );
}

#[test]
fn what_git_cannot_give_is_one_message_naming_the_revision_and_path() {
    let repo = repository("rev-bad");
    let errors = repo.join("errors");
    let run = errcodes(&[&"check", &errors, &"--baseline-rev", &"v9"]);
    assert_bad_input(
        &run,
        &format!(
            "{} at v9: no revision v9 in the repository at ",
            errors.display()
        ),
    );

    let search = errors.join("search.json");
    std::fs::copy(errors.join("shipping.json"), &search).unwrap();
    let run = errcodes(&[&"check", &search, &"--baseline-rev", &"v1"]);
    assert_bad_input(
        &run,
        &format!(
            "{} at v1: no such file or folder in that revision",
            search.display()
        ),
    );

    // A registry added after the revision: nothing to compare it with.
    let added = repo.join("added.toml");
    std::fs::copy(registry(), &added).unwrap();
    let run = errcodes(&[
        &"check",
        &errors,
        &"--registry",
        &added,
        &"--baseline-rev",
        &"v1",
    ]);
    assert_bad_input(
        &run,
        "added.toml at v1: no such file or folder in that revision",
    );

    // Not an option of git's in disguise.
    let run = errcodes(&[&"check", &errors, &"--baseline-rev=--output=/tmp/x"]);
    assert_bad_input(&run, "at --output=/tmp/x: not a revision name");

    // A folder of no exports at the revision.
    std::fs::create_dir(repo.join("docs")).unwrap();
    std::fs::write(repo.join("docs/README.md"), "docs").unwrap();
    git(&repo, &["add", "docs"]);
    git(&repo, &["commit", "-qm", "docs"]);
    export::<ShippingError>(&repo.join("docs"), "shipping");
    let run = errcodes(&[&"check", &repo.join("docs"), &"--baseline-rev", &"HEAD"]);
    assert_bad_input(
        &run,
        &format!("no *.json exports in HEAD:{}", repo.join("docs").display()),
    );

    // Outside any repository (git looks no further up than the test's folder).
    let outside = folder("rev-outside");
    let billing = export::<ShippingError>(&outside, "shipping");
    let run: common::Run = common::command(&[&"check", &billing, &"--baseline-rev", &"v1"])
        .env("GIT_CEILING_DIRECTORIES", outside.parent().unwrap())
        .output()
        .unwrap()
        .into();
    assert_bad_input(
        &run,
        &format!("{} at v1: not in a git repository", billing.display()),
    );
}

/// A registry `changes` of services.toml: its text with `edits` applied.
fn edited_registry(dir: &Path, edits: &[(&str, &str)]) -> PathBuf {
    let mut text = std::fs::read_to_string(registry()).unwrap();
    for (from, to) in edits {
        assert!(text.contains(from), "{from}");
        text = text.replacen(from, to, 1);
    }
    let path = dir.join("new.toml");
    std::fs::write(&path, text).unwrap();
    path
}

fn registry_check(dir: &Path, new: &Path) -> common::Run {
    errcodes(&[
        &"check",
        &dir,
        &"--registry",
        &new,
        &"--baseline-registry",
        &registry(),
        &"--format",
        &"json",
    ])
}

#[test]
fn a_registry_that_breaks_its_baseline_is_a_finding_naming_both_lines() {
    let dir = folder("registry-changes");
    export::<billing_v1::BillingError>(&dir, "billing");
    export::<ShippingError>(&dir, "shipping");
    export::<AccountError>(&dir, "accounts");
    let old = registry();

    let new = edited_registry(&dir, &[]);
    let run = registry_check(&dir, &new);
    assert_eq!(run.status, 0, "{}{}", run.stdout, run.stderr);

    // Additions are fine: a service, a range, a range grown.
    let new = edited_registry(
        &dir,
        &[
            ("last = 3599 }]", "last = 3699 }, { first = 9000, last = 9099 }]"),
            ("# Who owns", "[[service]]\nname = \"search\"\ndomain = \"search.example.com\"\nranges = [{ first = 4000, last = 4999 }]\n\n# Who owns"),
        ],
    );
    let run = registry_check(&dir, &new);
    assert_eq!(run.status, 0, "{}{}", run.stdout, run.stderr);

    // Renamed, and a domain changed.
    let new = edited_registry(
        &dir,
        &[
            ("name = \"billing\"", "name = \"payments\""),
            (
                "domain = \"shipping.example.com\"",
                "domain = \"parcels.example.com\"",
            ),
        ],
    );
    let report = json(&registry_check(&dir, &new));
    assert_eq!(
        kinds(&report)[1..],
        ["service_renamed", "domain_changed"],
        "{report}"
    );
    let renamed = &report["findings"][1];
    assert_eq!(
        (&renamed["old"], &renamed["new"]),
        (&"billing".into(), &"payments".into())
    );
    assert_eq!(renamed["was"], format!("{}:4", old.display()));
    assert_eq!(renamed["now"], format!("{}:4", new.display()));
    let domain = &report["findings"][2];
    assert_eq!(domain["new"], "parcels.example.com");
    assert_eq!(domain["was"], format!("{}:10", old.display()));
    // Shipping's export now names a service the registry does not know.
    assert_eq!(report["findings"][0]["kind"], "unknown_service");

    // A range shrunk under used and retired codes.
    let new = edited_registry(
        &dir,
        &[("first = 3000, last = 3099", "first = 3000, last = 3000")],
    );
    let report = json(&registry_check(&dir, &new));
    assert_eq!(
        kinds(&report),
        ["out_of_range", "codes_left_ranges"],
        "{report}"
    );
    let left = &report["findings"][1];
    assert_eq!(left["service"], "accounts");
    assert_eq!(left["codes"], serde_json::json!([3001, 3002]));

    // Codes given to another service, and a service removed.
    let new = edited_registry(
        &dir,
        &[
            ("first = 2000, last = 2999", "first = 2000, last = 2499"),
            ("[[service]]\nname = \"accounts\"\ndomain = \"accounts.example.com\"", "[[service]]\nname = \"search\"\ndomain = \"search.example.com\"\nranges = [{ first = 2500, last = 2999 }]\n\n[[service]]\nname = \"identity\"\ndomain = \"identity.example.com\""),
        ],
    );
    let run = errcodes(&[
        &"check",
        &dir.join("shipping.json"),
        &"--registry",
        &new,
        &"--baseline-registry",
        &old,
    ]);
    assert_eq!(run.status, 1, "{}", run.stderr);
    let expected = format!(
        "error: service accounts (accounts.example.com) was removed from the registry
  was {old}:14
error: codes 2500..=2999 of shipping are now given to search
  was {old}:11
  now {new}:16
error: codes 3000..=3099 of accounts are now given to identity
  was {old}:16
  now {new}:21
",
        old = old.display(),
        new = new.display()
    );
    assert!(run.stdout.starts_with(&expected), "{}", run.stdout);

    // The registry's baseline is bad input as the registry is.
    let run = errcodes(&[
        &"check",
        &dir,
        &"--registry",
        &registry(),
        &"--baseline-registry",
        &data("registry/overlapping.toml"),
    ]);
    assert_bad_input(&run, "overlapping.toml:9: ranges overlap");
}

/// Paths as people and globs give them: relative to where the command
/// runs, with spaces and non-ASCII, one by one; and what git holds that
/// is not an export.
#[test]
fn revisions_of_paths_as_given() {
    let repo = folder("rev-paths");
    git(&repo, &["init", "-q"]);
    let errors = repo.join("fehler und ärger");
    std::fs::create_dir(&errors).unwrap();
    export::<billing_v1::BillingError>(&errors, "billing svc");
    export::<ShippingError>(&errors, "shipping");
    git(&repo, &["add", "."]);
    git(&repo, &["commit", "-qm", "release 1"]);
    export::<billing_v2::BillingError>(&errors, "billing svc");

    let glob = [
        errors.join("billing svc.json"),
        errors.join("shipping.json"),
    ];
    let relative = Path::new("fehler und ärger");
    for args in [
        vec![relative.to_owned()],
        glob.iter()
            .map(|p| p.strip_prefix(&repo).unwrap().to_owned())
            .collect(),
    ] {
        let run: common::Run =
            common::command(&[&"check", &"--baseline-rev", &"HEAD", &"--format", &"json"])
                .args(&args)
                .current_dir(&repo)
                .output()
                .unwrap()
                .into();
        assert_eq!(run.status, 1, "{}{}", run.stdout, run.stderr);
        let report = json(&run);
        assert_eq!(
            kinds(&report),
            ["removed_without_retiring", "status_changed"]
        );
    }

    // A file not yet committed, its name of several words.
    let new = export::<AccountError>(&errors, "new service");
    let run = errcodes(&[&"check", &new, &"--baseline-rev", &"HEAD"]);
    assert_bad_input(
        &run,
        &format!(
            "{} at HEAD: no such file or folder in that revision",
            new.display()
        ),
    );
    std::fs::remove_file(&new).unwrap();

    // One file twice at the revision, as on disk.
    let run = errcodes(&[&"check", &errors, &glob[0], &"--baseline-rev", &"HEAD"]);
    assert_bad_input(&run, "billing svc.json: given twice");

    // A folder named like an export, committed.
    std::fs::create_dir(errors.join("old.json")).unwrap();
    std::fs::write(errors.join("old.json/README"), "moved").unwrap();
    git(&repo, &["add", "."]);
    git(&repo, &["commit", "-qm", "a folder"]);
    std::fs::remove_dir_all(errors.join("old.json")).unwrap();
    let run = errcodes(&[&"check", &errors, &"--baseline-rev", &"HEAD"]);
    assert_bad_input(
        &run,
        "old.json at HEAD: a folder in that revision, not a file",
    );
}
