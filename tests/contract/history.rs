//! The lock over time: locks of version 1 still read, a removal accepted
//! retires its code for good, a lock can require `since` on additions, and
//! two locks give a release's changelog.

use std::path::PathBuf;

use errcodes::contract::{self, changelog, ChangeKind, Error, Lock, Mode, Outcome};
use errcodes_catalogues::pluralkit::PluralKitError;

fn scratch(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("contract-history");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    let _ = std::fs::remove_file(&path);
    path
}

fn read(path: &PathBuf) -> String {
    std::fs::read_to_string(path).unwrap()
}

const PLURALKIT_V1: &str = include_str!("../data/pluralkit.errors.v1.lock");

/// The repository's lock as version 1 wrote it: it reads, and the facts it
/// did not record are not changes.
#[test]
fn a_version_1_lock_reads_and_reports_no_change_for_what_it_did_not_record() {
    let old = Lock::parse(PLURALKIT_V1).unwrap();
    assert_eq!(old.diff(&Lock::of::<PluralKitError>()), vec![]);
    assert_eq!(Lock::parse(&old.to_string()), Ok(old.clone()));
    assert!(old.to_string().contains("{\"errcode_contract\":1,"));
}

/// Checked, a version 1 lock is rewritten as version 2 with one change
/// that says why, compatible, so a plain test run upgrades it for review.
#[test]
fn a_version_1_lock_is_upgraded_by_a_check_and_says_so() {
    let path = scratch("pluralkit-v1.lock");
    std::fs::write(&path, PLURALKIT_V1).unwrap();
    let outcome = contract::check_with::<PluralKitError>(&path, Mode::Check).unwrap();
    let Outcome::Written(changes) = outcome else {
        panic!("not rewritten: {outcome:?}")
    };
    let texts: Vec<&str> = changes.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "the lock was of version 1, which predates headers, gRPC codes, exposure, the body \
             format and the ranges, values and formats of members and what is inside arrays; it \
             is rewritten as version 2, with them"
        ]
    );
    assert!(!changes[0].breaking);
    assert_eq!(read(&path), Lock::of::<PluralKitError>().to_string());
    assert_eq!(
        contract::check_with::<PluralKitError>(&path, Mode::Check).unwrap(),
        Outcome::Unchanged
    );
    // The committed lock is that upgrade.
    assert_eq!(
        read(&PathBuf::from("tests/data/pluralkit.errors.lock")),
        read(&path)
    );
}

#[test]
fn a_lock_of_a_newer_version_is_refused_with_its_version() {
    let err = Lock::parse("{\"errcode_contract\":3,\"type\":\"A\",\"content_type\":\"x\"}\n")
        .unwrap_err();
    assert_eq!(
        err.reason,
        "a lock of version 3, newer than this errcodes reads (1 to 2)"
    );
}

mod released {
    #[derive(Debug, errcodes::ApiError)]
    pub enum Api {
        #[code(34301, status = 401, msg = "wrong password")]
        WrongPassword,
        #[code(34302, status = 423, msg = "account locked")]
        Locked,
    }
}

mod removed {
    #[derive(Debug, errcodes::ApiError)]
    pub enum Api {
        #[code(34302, status = 423, msg = "account locked")]
        Locked,
    }
}

/// 34301 back, under another name and meaning.
mod reused {
    #[derive(Debug, errcodes::ApiError)]
    pub enum Api {
        #[code(34301, status = 429, msg = "too many attempts")]
        TooManyAttempts,
        #[code(34302, status = 423, msg = "account locked")]
        Locked,
    }
}

#[test]
fn a_removed_code_accepted_is_retired_and_never_used_again() {
    let path = scratch("retired.lock");
    contract::check_with::<released::Api>(&path, Mode::Accept).unwrap();

    // The removal breaks; accepted, the code moves to the retired lines.
    let err = contract::check_with::<removed::Api>(&path, Mode::Check).unwrap_err();
    assert!(matches!(err, Error::Breaking { .. }), "{err}");
    let Outcome::Written(changes) =
        contract::check_with::<removed::Api>(&path, Mode::Accept).unwrap()
    else {
        panic!("not written")
    };
    assert_eq!(changes[0].kind, ChangeKind::Retired);
    assert_eq!(
        changes[0].text,
        "code 34301 `WrongPassword` was removed and its code retired: clients matching on it \
         will see a retired error"
    );
    let lock = read(&path);
    assert!(
        lock.ends_with("{\"retired\":34301,\"name\":\"WrongPassword\"}\n"),
        "{lock}"
    );
    // The retired line stays through checks that change nothing.
    assert_eq!(
        contract::check_with::<removed::Api>(&path, Mode::Check).unwrap(),
        Outcome::Unchanged
    );

    // Used again under another name: refused, and accepting does not help.
    let refusal = "code 34301 was retired in this lock (`WrongPassword`), and `TooManyAttempts` \
                   uses it again: clients and their logs know it as the retired error; pick \
                   another code (or, if reusing it is intended, delete its `retired` line from \
                   the lock)";
    for mode in [Mode::Check, Mode::Accept] {
        let err = contract::check_with::<reused::Api>(&path, mode).unwrap_err();
        let Error::Refused { changes, .. } = &err else {
            panic!("{mode:?}: {err}")
        };
        assert_eq!(changes.len(), 1);
        assert_eq!(changes[0].text, refusal);
        assert!(
            err.to_string()
                .contains("refuses 1 change that ERRCODE_ACCEPT=1 does not accept"),
            "{err}"
        );
        assert_eq!(read(&path), lock, "{mode:?} wrote the lock");
    }
    // Under its old name too.
    let err = contract::check_with::<released::Api>(&path, Mode::Accept).unwrap_err();
    assert!(matches!(err, Error::Refused { .. }), "{err}");
    // `Lock::diff` says the same, as a breaking change.
    let diff = Lock::parse(&lock).unwrap().diff(&Lock::of::<reused::Api>());
    assert!(
        diff.iter().any(|c| c.breaking && c.text == refusal),
        "{diff:#?}"
    );
}

#[test]
fn a_lock_that_requires_since_refuses_an_addition_without_one() {
    let path = scratch("since.lock");
    contract::check_with::<removed::Api>(&path, Mode::Accept).unwrap();
    let header = "\"format\":\"plain\"}";
    let requiring = read(&path).replace(header, "\"format\":\"plain\",\"require_since\":true}");
    std::fs::write(&path, &requiring).unwrap();

    for mode in [Mode::Check, Mode::Accept] {
        let err = contract::check_with::<reused::Api>(&path, mode).unwrap_err();
        let Error::Refused { changes, .. } = &err else {
            panic!("{mode:?}: {err}")
        };
        let texts: Vec<&str> = changes.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "code 34301 `TooManyAttempts` was added without `since`, which this lock requires \
              (`\"require_since\":true` in its header): say which release it appears in"
            ]
        );
        assert_eq!(read(&path), requiring);
    }
    // A compatible rewrite keeps the requirement.
    mod restatused {
        #[derive(Debug, errcodes::ApiError)]
        pub enum Api {
            #[code(34302, status = 423, also_status = 403, msg = "account locked")]
            Locked,
        }
    }
    contract::check_with::<restatused::Api>(&path, Mode::Check).unwrap();
    assert!(read(&path).contains(",\"require_since\":true}"));

    // Without the requirement, the same addition passes.
    contract::check_with::<removed::Api>(&path, Mode::Accept).unwrap();
    std::fs::write(&path, read(&path).replace(",\"require_since\":true", "")).unwrap();
    assert!(contract::check_with::<reused::Api>(&path, Mode::Check).is_ok());
}

/// A release's changelog from the lock committed at the last release and
/// the lock now: every section, against a golden file.
#[test]
fn the_changelog_of_a_release() {
    let old = Lock::parse(include_str!("../data/changelog/old.lock")).unwrap();
    let new = Lock::parse(include_str!("../data/changelog/new.lock")).unwrap();
    assert_eq!(
        changelog(&old, &new),
        include_str!("../data/changelog/CHANGELOG.md")
    );
    assert_eq!(changelog(&new, &new), "");
}

/// What the enum declares of its history reaches the lock: retired codes
/// with their notes (an included catalogue's too), each entry's release and
/// its deprecation; a lock that requires `since` takes an addition that has
/// one; the changelog says what a release deprecated.
#[test]
fn the_declared_history_is_locked() {
    mod before {
        #[derive(Debug, errcodes::ApiError)]
        #[api_error(since = "1.0.0", retired(7 = "1.1.0: use 8"))]
        pub enum Api {
            #[code(8, status = 400, msg = "bad")]
            Bad,
        }
    }
    mod after {
        #[derive(Debug, errcodes::ApiError)]
        #[api_error(since = "1.2.0")]
        pub enum Inner {
            #[code(20, status = 404, msg = "gone", since = "1.2.0")]
            Gone,
        }

        #[derive(Debug, errcodes::ApiError)]
        #[api_error(since = "1.0.0", retired(7 = "1.1.0: use 8"))]
        pub enum Api {
            #[code(
                8,
                status = 400,
                msg = "bad",
                deprecated(since = "1.2.0", replaced_by = 9)
            )]
            Bad,
            #[code(9, status = 400, msg = "bad request", since = "1.2.0")]
            BadRequest,
            #[code(transparent)]
            Inner(Inner),
        }
    }
    let old = Lock::of::<before::Api>();
    let text = old.to_string();
    assert!(
        text.contains(r#"{"retired":7,"note":"1.1.0: use 8"}"#),
        "{text}"
    );
    // The type's release is the type's: an entry records only its own.
    assert!(!text.contains(r#""since""#), "{text}");

    let new = Lock::of::<after::Api>();
    let text = new.to_string();
    assert!(text.contains(r#""since":"1.2.0""#), "{text}");
    assert!(
        text.contains(r#""deprecated":"1.2.0","replaced_by":9}"#),
        "{text}"
    );
    let log = changelog(&old, &new);
    assert!(log.contains("### Deprecated"), "{log}");
    assert!(log.contains("### Added"), "{log}");

    // A lock that requires `since` takes additions that have one, an
    // included catalogue's too.
    let path = scratch("declared-since.lock");
    contract::check_with::<before::Api>(&path, Mode::Accept).unwrap();
    let header = "\"format\":\"plain\"}";
    std::fs::write(
        &path,
        read(&path).replace(header, "\"format\":\"plain\",\"require_since\":true}"),
    )
    .unwrap();
    let outcome = contract::check_with::<after::Api>(&path, Mode::Check);
    assert!(outcome.is_ok(), "{outcome:?}");
}

/// A lock that requires `since` asks it of a body member and a header added
/// to an entry it had, too, and records when each appeared.
#[test]
fn a_lock_that_requires_since_asks_it_of_new_members_and_headers() {
    mod v1 {
        #[derive(Debug, errcodes::ApiError)]
        #[api_error(since = "1.0.0")]
        pub enum Api {
            #[code(1, status = 429, msg = "slow down")]
            Slow,
        }
    }
    mod bare {
        // Only the lock reads it: no value is built.
        #[allow(dead_code)]
        #[derive(Debug, errcodes::ApiError)]
        #[api_error(since = "1.0.0")]
        pub enum Api {
            #[code(1, status = 429, msg = "slow down")]
            Slow {
                #[body]
                retry_after: u32,
                #[header("Retry-After")]
                wait: u32,
            },
        }
    }
    mod dated {
        // Only the lock reads it: no value is built.
        #[allow(dead_code)]
        #[derive(Debug, errcodes::ApiError)]
        #[api_error(since = "1.0.0")]
        pub enum Api {
            #[code(1, status = 429, msg = "slow down")]
            Slow {
                #[body(since = "1.1.0")]
                retry_after: u32,
                #[header("Retry-After", since = "1.1.0")]
                wait: u32,
            },
        }
    }
    let path = scratch("member-since.lock");
    contract::check_with::<v1::Api>(&path, Mode::Accept).unwrap();
    let header = "\"format\":\"plain\"}";
    let requiring = read(&path).replace(header, "\"format\":\"plain\",\"require_since\":true}");
    std::fs::write(&path, &requiring).unwrap();

    let err = contract::check_with::<bare::Api>(&path, Mode::Accept).unwrap_err();
    let Error::Refused { changes, .. } = &err else {
        panic!("{err}")
    };
    let texts: Vec<&str> = changes.iter().map(|c| c.text.as_str()).collect();
    let refusal = |what: &str| {
        format!(
            "{what} of code 1 `Slow` was added without `since`, which this lock requires \
             (`\"require_since\":true` in its header): say which release it appears in"
        )
    };
    assert_eq!(
        texts,
        [
            refusal("body member `retry_after`"),
            refusal("header `retry-after`")
        ]
    );
    assert_eq!(read(&path), requiring);

    contract::check_with::<dated::Api>(&path, Mode::Check).unwrap();
    let text = read(&path);
    assert!(
        text.contains(
            r#""member_since":{"retry_after":"1.1.0"},"header_since":{"retry-after":"1.1.0"}"#
        ),
        "{text}"
    );
    // Read back as written: the releases are part of what the lock reads.
    assert_eq!(Lock::parse(&text).unwrap().to_string(), text);
}

/// Facts of its history the lock records but whose change no `Change`
/// reports: the lock is rewritten (`Outcome::Written`) with a list of
/// changes that does not explain the new text, and the changelog is silent
/// about a deprecation withdrawn or a retired code's note rewritten.
mod unexplained_rewrites {
    use errcodes::contract::{self, Lock, Mode, Outcome};

    mod v1 {
        #[allow(dead_code)]
        #[derive(Debug, errcodes::ApiError)]
        #[api_error(since = "1.0.0", retired(9 = "merged into 2"))]
        pub enum Api {
            #[code(
                1,
                status = 400,
                msg = "bad",
                deprecated(since = "1.1.0", replaced_by = 2)
            )]
            Bad,
            #[code(2, status = 400, msg = "bad2")]
            Bad2 {
                #[body(since = "1.1.0")]
                n: u8,
            },
        }
    }

    mod v2 {
        #[allow(dead_code)]
        #[derive(Debug, errcodes::ApiError)]
        #[api_error(since = "1.0.0", retired(9 = "use 3"))]
        pub enum Api {
            #[code(1, status = 400, msg = "bad")]
            Bad,
            #[code(2, status = 400, msg = "bad2", since = "2.0.0")]
            Bad2 {
                #[body(since = "3.0.0")]
                n: u8,
            },
        }
    }

    #[test]
    fn every_rewritten_fact_is_reported() {
        let (old, new) = (Lock::of::<v1::Api>(), Lock::of::<v2::Api>());
        assert_ne!(old, new);
        let changes = old.diff(&new);
        let said = |what: &str| changes.iter().any(|c| c.text.contains(what));
        let mut silent = Vec::new();
        if !said("code 1") {
            silent.push("code 1's deprecation withdrawn");
        }
        if !said("code 2") {
            silent.push("code 2's since 1.0.0 -> 2.0.0 and member n's 1.1.0 -> 3.0.0");
        }
        if !said("9") {
            silent.push("retired code 9's note rewritten");
        }
        assert!(silent.is_empty(), "not reported: {silent:?}\n{changes:#?}");
    }

    /// A check that writes the lock says why.
    #[test]
    fn a_written_lock_lists_a_change() {
        let path = super::scratch("unexplained.lock");
        contract::check_with::<v1::Api>(&path, Mode::Accept).unwrap();
        match contract::check_with::<v2::Api>(&path, Mode::Check) {
            Ok(Outcome::Written(changes)) => {
                assert!(!changes.is_empty(), "written, no change listed")
            }
            other => panic!("{other:?}"),
        }
    }
}

/// `since` on the type is "the default of its entries": an entry added
/// later without its own `since` inherits the type's first release, so a
/// lock that requires `since` takes it as written, and records an entry
/// added now as there since 1.0.0. The requirement is void for every
/// catalogue that dates its type, as the README's example does.
#[test]
fn a_lock_that_requires_since_is_not_satisfied_by_the_type_s_since() {
    mod released {
        #[derive(Debug, errcodes::ApiError)]
        #[api_error(since = "1.0.0")]
        pub enum Api {
            #[code(1, status = 400, msg = "bad")]
            Bad,
        }
    }
    mod added {
        #[derive(Debug, errcodes::ApiError)]
        #[api_error(since = "1.0.0")]
        pub enum Api {
            #[code(1, status = 400, msg = "bad")]
            Bad,
            // Added in this release; no `since` written.
            #[code(2, status = 409, msg = "conflict")]
            Conflict,
        }
    }
    let path = scratch("since-inherited.lock");
    contract::check_with::<released::Api>(&path, Mode::Accept).unwrap();
    let header = "\"format\":\"plain\"}";
    let requiring = read(&path).replace(header, "\"format\":\"plain\",\"require_since\":true}");
    std::fs::write(&path, &requiring).unwrap();
    let outcome = contract::check_with::<added::Api>(&path, Mode::Check);
    assert!(
        matches!(outcome, Err(Error::Refused { .. })),
        "{outcome:?}\n{}",
        read(&path)
    );
}
