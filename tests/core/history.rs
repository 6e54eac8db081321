//! The history a catalogue declares, as the runtime reads it: `since` on
//! the type, an entry, a `#[body]` member and a header; deprecations;
//! retired codes; and the version grammar the derive checked them with.

use errcodes::{compare_versions, ApiError, Code, Version};

#[allow(dead_code)]
#[derive(Debug, ApiError)]
#[api_error(since = "1.0.0", retired(34301 = "2.1: use 34310"))]
pub enum Accounts {
    #[code(
        34305,
        status = 401,
        msg = "Wrong password",
        deprecated(since = "2.1.0", replaced_by = 34310)
    )]
    WrongPassword,
    #[code(34310, status = 401, msg = "Wrong credentials", since = "2.1.0")]
    WrongCredentials,
    #[code(
        34429,
        status = 429,
        msg = "Slow down",
        header("X-Limit" = "100"),
        deprecated(since = "3.0.0-rc.1")
    )]
    Throttled {
        #[body(since = "2.0.0")]
        #[header("Retry-After", since = "2.0.0")]
        retry_after: u64,
        #[body]
        #[header("X-Scope")]
        scope: String,
    },
}

#[allow(dead_code)]
#[derive(Debug, ApiError)]
pub enum Undated {
    #[code("M_X", status = 400, msg = "x")]
    X,
}

#[test]
fn the_catalogue_and_its_entries_carry_their_history() {
    let catalogue = Accounts::catalogue();
    assert_eq!(catalogue.since(), Some("1.0.0"));
    let retired: Vec<(Code, &str)> = catalogue
        .retired()
        .iter()
        .map(|r| (r.code(), r.note()))
        .collect();
    assert_eq!(retired, [(Code::Int(34301), "2.1: use 34310")]);
    let [old, new, throttled] = catalogue.entries() else {
        panic!()
    };
    // An entry without its own `since` has the catalogue's.
    assert_eq!(old.since(), Some("1.0.0"));
    assert_eq!(new.since(), Some("2.1.0"));
    let deprecation = old.deprecation().unwrap();
    assert_eq!(deprecation.since(), "2.1.0");
    assert_eq!(deprecation.replaced_by(), Some(Code::Int(34310)));
    assert!(new.deprecation().is_none());
    let deprecation = throttled.deprecation().unwrap();
    assert_eq!(deprecation.since(), "3.0.0-rc.1");
    assert_eq!(deprecation.replaced_by(), None);
    let fields: Vec<_> = throttled
        .body_fields()
        .iter()
        .map(|f| (f.member(), f.since()))
        .collect();
    assert_eq!(fields, [("retry_after", Some("2.0.0")), ("scope", None)]);
    let headers: Vec<_> = throttled
        .headers()
        .iter()
        .map(|h| (h.name(), h.since()))
        .collect();
    assert_eq!(
        headers,
        [
            ("X-Limit", None),
            ("Retry-After", Some("2.0.0")),
            ("X-Scope", None)
        ]
    );
}

#[test]
fn a_catalogue_without_history_has_none() {
    let catalogue = Undated::catalogue();
    assert_eq!(catalogue.since(), None);
    assert!(catalogue.retired().is_empty());
    assert_eq!(catalogue.entries()[0].since(), None);
    assert!(catalogue.entries()[0].deprecation().is_none());
}

/// The grammar the derive checks `since` with, and the order the docs and
/// the lock compare releases in: SemVer's.
#[test]
fn versions_are_read_and_compared_as_the_derive_reads_them() {
    let v = Version::parse("2.1.0-rc.1").unwrap();
    assert_eq!((v.major, v.minor, v.patch, v.pre), (2, 1, 0, "rc.1"));
    assert!(Version::parse("2.1").is_none());
    assert!(Version::parse("v2.1.0").is_none());
    assert!(Version::parse("2.1.0").unwrap() > v);
    assert_eq!(
        compare_versions("0.10.0", "0.9.0"),
        Some(std::cmp::Ordering::Greater)
    );
    assert_eq!(compare_versions("0.10", "0.9.0"), None);
}
