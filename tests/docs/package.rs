//! What the published packages hold, and what the manifest claims.

use std::fs;
use std::path::Path;
use std::process::Command;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// The files `cargo package` ships for `package`.
fn packaged(package: &str) -> Vec<String> {
    let out = Command::new(env!("CARGO"))
        .args([
            "package",
            "--list",
            "--allow-dirty",
            "--offline",
            "-p",
            package,
        ])
        .current_dir(ROOT)
        .output()
        .expect("cargo runs");
    assert!(
        out.status.success(),
        "cargo package --list -p {package}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .expect("paths are UTF-8")
        .lines()
        .map(str::to_owned)
        .collect()
}

#[test]
fn each_package_ships_its_sources_readme_and_licenses_and_nothing_else() {
    let cargo_files = [
        "Cargo.toml",
        "Cargo.toml.orig",
        "Cargo.lock",
        ".cargo_vcs_info.json",
    ];
    for (package, dirs) in [
        ("errcodes", &["src/", "examples/"][..]),
        ("errcode-core", &["src/"][..]),
        ("errcode-macros", &["src/"][..]),
        ("errcode-shared", &["src/"][..]),
    ] {
        let files = packaged(package);
        for required in ["README.md", "LICENSE-APACHE", "LICENSE-MIT", "src/lib.rs"] {
            assert!(
                files.iter().any(|f| f == required),
                "{package} lacks {required}: {files:?}"
            );
        }
        let stray: Vec<_> = files
            .iter()
            .filter(|f| {
                !cargo_files.contains(&f.as_str())
                    && !["README.md", "LICENSE-APACHE", "LICENSE-MIT"].contains(&f.as_str())
                    && !dirs.iter().any(|d| f.starts_with(d))
            })
            .collect();
        assert!(stray.is_empty(), "{package} ships {stray:?}");
    }
}

#[test]
fn license_copies_in_member_crates_match_the_root() {
    for license in ["LICENSE-APACHE", "LICENSE-MIT"] {
        let read =
            |path: &Path| fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let root = read(&Path::new(ROOT).join(license));
        for member in ["errcode-core", "errcode-macros", "errcode-shared"] {
            let copy = read(&Path::new(ROOT).join(member).join(license));
            assert!(copy == root, "{member}/{license} differs from {license}");
        }
    }
}

/// The value of the first `key = "value"` line of a TOML file.
fn toml_string(file: &str, key: &str) -> String {
    let text = fs::read_to_string(Path::new(ROOT).join(file)).unwrap();
    text.lines()
        .find_map(|line| {
            let rest = line
                .trim()
                .strip_prefix(key)?
                .trim_start()
                .strip_prefix('=')?;
            Some(rest.trim().trim_matches('"').to_owned())
        })
        .unwrap_or_else(|| panic!("{file} has no {key}"))
}

/// CI builds and tests on the pinned toolchain only, so that is the oldest
/// Rust the manifest may claim.
#[test]
fn rust_version_is_the_toolchain_ci_pins() {
    let channel = toml_string("rust-toolchain.toml", "channel");
    let claimed = toml_string("Cargo.toml", "rust-version");
    let pinned: Vec<&str> = channel.split('.').take(2).collect();
    assert!(
        pinned.len() == 2 && pinned.iter().all(|p| p.parse::<u32>().is_ok()),
        "rust-toolchain.toml pins {channel:?}, not a version rust-version can name"
    );
    assert_eq!(
        claimed,
        pinned.join("."),
        "rust-version is not the pinned toolchain's"
    );
}

/// The README's service is `examples/minimal.rs`, which the build compiles
/// (feature `axum`): the README shows it whole and it stays short.
#[test]
fn readme_shows_the_minimal_service_as_compiled() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let example =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/minimal.rs"))
            .unwrap();
    assert!(
        readme.contains(&format!("```rust,ignore\n{example}```\n")),
        "README.md does not show examples/minimal.rs as it is"
    );
    assert!(example.lines().count() < 30);
    assert!(readme.contains("errcodes = \"0.1\""));
}
