//! `errcodes explain CODE EXPORT...`: from a service's catalogue export,
//! the text `E::explain(code)` gives in the service itself, every fact and
//! the long form; JSON with `--format json`; exit 1 for a code no export
//! has.

use std::path::{Path, PathBuf};
use std::process::Command;

use errcodes::ApiError;

/// Members of a workspace.
#[allow(dead_code)]
#[derive(Debug, ApiError)]
#[api_error(domain = "members.example.com", since = "1.0.0")]
enum MemberError {
    #[code(34300, status = 400, msg = "Invalid request", category = "Members")]
    Invalid,
    /// The member named in the request does not exist.
    ///
    /// # Causes
    ///
    /// A typo in `member_ref`, or a member removed since.
    ///
    /// # Rust
    ///
    /// Built by `Members::find`, never shown.
    ///
    /// # Fix
    ///
    /// List the members first:
    ///
    /// ```http
    /// GET /members HTTP/1.1
    /// ```
    #[code(
        34305,
        status = 404,
        msg = "Member '{member_ref}' not found.",
        parent = 34300,
        title = "No such member",
        also_status = [410],
        since = "1.2.0",
        header("Cache-Control" = "no-store"),
    )]
    NotFound {
        #[body]
        member_ref: String,
        #[header("Retry-After")]
        wait: u64,
    },
    #[code(
        34306,
        status = 404,
        msg = "Gone",
        deprecated(since = "1.3.0", replaced_by = 34305)
    )]
    Gone,
    /// Try again.
    #[code(34500, status = 503, msg = "Busy", retry = "safe", shared)]
    Busy,
    #[code(34500, status = 500, msg = "Storage", shared)]
    Storage,
}

/// A catalogue of string codes.
#[allow(dead_code)]
#[derive(Debug, ApiError)]
enum LimitError {
    #[code("M_LIMIT", status = 429, msg = "Slow down")]
    Limited,
}

/// Another service sending 34305 for an error of its own.
#[allow(dead_code)]
#[derive(Debug, ApiError)]
enum ParcelError {
    /// The parcel left the depot.
    #[code(34305, status = 409, msg = "Parcel shipped")]
    Shipped,
}

fn folder(test: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("explain")
        .join(test);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn export<E: ApiError>(dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(format!("{name}.json"));
    std::fs::write(&path, errcodes::docs::json::<E>()).unwrap();
    path
}

fn errcodes(args: &[&dyn AsRef<std::ffi::OsStr>]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_errcodes"))
        .args(args.iter().map(|a| a.as_ref()))
        .env_remove("NO_COLOR")
        .output()
        .unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// The command prints, from the export, what the service's own
/// `explain` gives: one rendering of one text, for every kind of entry.
#[test]
fn explain_from_an_export_is_the_services_own_explanation() {
    let dir = folder("same-text");
    let file = export::<MemberError>(&dir, "members");
    let codes = [
        ("34300", MemberError::explain(34300)),
        ("34305", MemberError::explain(34305)),
        ("34306", MemberError::explain(34306)),
        ("34500", MemberError::explain(34500)),
    ];
    let limits = export::<LimitError>(&dir, "limits");
    let strings = [("M_LIMIT", LimitError::explain("M_LIMIT"))];
    for ((code, explanation), file) in codes
        .into_iter()
        .map(|c| (c, &file))
        .chain(strings.into_iter().map(|c| (c, &limits)))
    {
        let expected = explanation.expect("a code of the catalogue").to_string();
        let (status, stdout, stderr) = errcodes(&[&"explain", &code, file]);
        assert_eq!(status, 0, "{code}: {stderr}");
        assert_eq!(stdout, expected, "{code}");
    }
    let (_, text, _) = errcodes(&[&"explain", &"34305", &file]);
    for line in [
        "34305 NotFound: No such member\n",
        "status: 404, 410 (retry: never, fault: client)\n",
        "refines: 34300\n",
        "header: Retry-After (from wait)\n",
        "since: 1.2.0\n",
        "\n# Causes\n\nA typo in `member_ref`, or a member removed since.\n",
        "\n# Fix\n\nList the members first:\n\n```http\nGET /members HTTP/1.1\n```\n",
    ] {
        assert!(text.contains(line), "{line:?} not in:\n{text}");
    }
    assert!(!text.contains("Members::find"), "{text}");
}

#[test]
fn several_exports_name_the_service_of_each_entry() {
    let dir = folder("several");
    export::<MemberError>(&dir, "members");
    export::<ParcelError>(&dir, "parcels");
    let (status, text, _) = errcodes(&[&"explain", &"34305", &dir]);
    assert_eq!(status, 0);
    let members = dir.join("members.json");
    let parcels = dir.join("parcels.json");
    assert!(
        text.starts_with(&format!(
            "service: members.example.com ({})\n\n34305 NotFound",
            members.display()
        )),
        "{text}"
    );
    assert!(
        text.contains(&format!(
            "\n---\n\nservice: ParcelError ({})\n\n34305 Shipped\nstatus: 409",
            parcels.display()
        )),
        "{text}"
    );
}

#[test]
fn json_gives_each_exports_entries_as_it_has_them() {
    let dir = folder("json");
    let file = export::<MemberError>(&dir, "members");
    let (status, stdout, _) = errcodes(&[&"explain", &"34305", &file, &"--format", &"json"]);
    assert_eq!(status, 0);
    let doc: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(doc["code"], "34305");
    let found = &doc["matches"][0];
    assert_eq!(found["service"], "members.example.com");
    assert_eq!(found["file"], file.display().to_string());
    let entry = &found["entries"][0];
    assert_eq!(entry["name"], "NotFound");
    assert_eq!(
        entry["summary"],
        "The member named in the request does not exist."
    );
    assert_eq!(entry["sections"][0]["heading"], "Causes");
    assert_eq!(entry["sections"][1]["heading"], "Fix");
    assert_eq!(doc["matches"].as_array().unwrap().len(), 1);
}

#[test]
fn a_code_no_export_has_exits_1() {
    let dir = folder("unknown");
    let file = export::<MemberError>(&dir, "members");
    let (status, stdout, _) = errcodes(&[&"explain", &"34399", &file]);
    assert_eq!(status, 1);
    assert_eq!(stdout, "error: no entry has the code 34399\n");
    let (status, stdout, _) = errcodes(&[&"explain", &"34399", &file, &"--format", &"json"]);
    assert_eq!(status, 1);
    let doc: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(doc, serde_json::json!({"code": "34399", "matches": []}));
}

#[test]
fn an_export_that_is_not_one_is_bad_input() {
    let dir = folder("bad");
    let file = dir.join("broken.json");
    std::fs::write(&file, "{\"format_version\": 2, \"entries\": []}").unwrap();
    let (status, stdout, stderr) = errcodes(&[&"explain", &"34305", &file]);
    assert_eq!(status, 2, "{stderr}");
    assert_eq!(stdout, "");
    assert!(stderr.contains("broken.json"), "{stderr}");
}
