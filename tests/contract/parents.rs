//! Codes that refine codes in the lock: each entry's parent is recorded; a
//! new child of an existing code is an addition, a new top-level code in a
//! catalogue that forms a tree is a finding for review, and a changed or
//! dropped parent is breaking.

use errcodes::contract::{changelog, Change, ChangeKind, Lock};

mod v1 {
    #[derive(Debug, errcodes::ApiError)]
    pub enum Api {
        #[code(34300, status = 400, msg = "Refused")]
        Refused,
        #[code(34301, status = 403, msg = "Forbidden")]
        Forbidden,
        #[code(34305, parent = 34300, status = 422, msg = "Too short")]
        TooShort,
        #[code(34306, status = 422, msg = "Too long")]
        TooLong,
    }
}

mod v2 {
    #[derive(Debug, errcodes::ApiError)]
    pub enum Api {
        #[code(34300, status = 400, msg = "Refused")]
        Refused,
        #[code(34301, status = 403, msg = "Forbidden")]
        Forbidden,
        // Moved under another code: breaking.
        #[code(34305, parent = 34301, status = 422, msg = "Too short")]
        TooShort,
        // Given a parent it did not have: a fallback added.
        #[code(34306, parent = 34300, status = 422, msg = "Too long")]
        TooLong,
        // A new child of an existing code: an addition.
        #[code(34307, parent = 34300, status = 422, msg = "Too weak")]
        TooWeak,
        // A new top-level code: for review.
        #[code(34400, status = 409, msg = "Conflict")]
        Conflict,
    }
}

fn find<'c>(changes: &'c [Change], needle: &str) -> &'c Change {
    changes
        .iter()
        .find(|c| c.text.contains(needle))
        .unwrap_or_else(|| panic!("no change mentions {needle}: {changes:#?}"))
}

#[test]
fn the_lock_records_each_entry_s_parent_and_reads_it_back() {
    let lock = Lock::of::<v1::Api>();
    let text = lock.to_string();
    assert!(
        text.contains(r#"{"code":34305,"name":"TooShort","status":422,"parent":34300,"#),
        "{text}"
    );
    // A top-level entry's line is as it was before parents existed.
    assert!(
        text.contains(r#"{"code":34306,"name":"TooLong","status":422,"grpc":"#),
        "{text}"
    );
    let read = Lock::parse(&text).unwrap();
    assert_eq!(read, lock);
    assert_eq!(read.diff(&lock), vec![]);
}

#[test]
fn a_new_child_is_an_addition_a_new_top_level_code_is_for_review_a_moved_one_breaks() {
    let changes = Lock::of::<v1::Api>().diff(&Lock::of::<v2::Api>());
    let child = find(&changes, "34307");
    assert_eq!(child.kind, ChangeKind::Added);
    assert!(!child.breaking);
    assert_eq!(
        child.text,
        "code 34307 `TooWeak` was added under code 34300 `Refused`: clients that do not know it decode it as its parent"
    );
    let top = find(&changes, "34400");
    assert_eq!(top.kind, ChangeKind::NewTopLevel);
    assert!(!top.breaking);
    assert!(
        top.text.contains("at the top level, for review"),
        "{}",
        top.text
    );
    let moved = find(&changes, "34305");
    assert_eq!(moved.kind, ChangeKind::Changed);
    assert!(moved.breaking);
    assert!(
        moved
            .text
            .contains("was under code 34300 and is now under code 34301"),
        "{}",
        moved.text
    );
    let adopted = find(&changes, "34306");
    assert!(!adopted.breaking);
    assert!(
        adopted
            .text
            .contains("was at the top level and is now under code 34300"),
        "{}",
        adopted.text
    );
    assert_eq!(changes.len(), 4, "{changes:#?}");
    // Breaking first.
    assert!(changes[0].breaking);
}

#[test]
fn a_dropped_parent_is_breaking() {
    let changes = Lock::of::<v2::Api>().diff(&Lock::of::<v1::Api>());
    let dropped = find(&changes, "34306");
    assert!(dropped.breaking);
    assert!(
        dropped
            .text
            .contains("was under code 34300 and is now at the top level"),
        "{}",
        dropped.text
    );
}

#[test]
fn a_flat_catalogue_adds_codes_without_review_findings() {
    mod flat_v1 {
        #[derive(Debug, errcodes::ApiError)]
        pub enum Api {
            #[code(1, status = 400, msg = "bad")]
            Bad,
        }
    }
    mod flat_v2 {
        #[derive(Debug, errcodes::ApiError)]
        pub enum Api {
            #[code(1, status = 400, msg = "bad")]
            Bad,
            #[code(2, status = 409, msg = "conflict")]
            Conflict,
        }
    }
    let changes = Lock::of::<flat_v1::Api>().diff(&Lock::of::<flat_v2::Api>());
    assert_eq!(changes.len(), 1);
    assert_eq!(changes[0].kind, ChangeKind::Added);
}

#[test]
fn the_changelog_lists_review_findings_under_added() {
    let notes = changelog(&Lock::of::<v1::Api>(), &Lock::of::<v2::Api>());
    let added = notes.split("### Changed").next().unwrap();
    assert!(added.starts_with("### Added\n"), "{notes}");
    assert!(
        added.contains("code 34307 `TooWeak` was added under code 34300"),
        "{notes}"
    );
    assert!(
        added.contains("code 34400 `Conflict` was added at the top level"),
        "{notes}"
    );
    assert!(
        notes.contains("- **Breaking**: code 34305 `TooShort` was under code 34300"),
        "{notes}"
    );
}

#[test]
fn locks_written_before_parents_still_read_as_top_level() {
    for lock in [
        include_str!("../data/pluralkit.errors.lock"),
        include_str!("../data/pluralkit.errors.v1.lock"),
    ] {
        let read = Lock::parse(lock).unwrap();
        assert!(!read.to_string().contains("\"parent\""));
    }
    let stale = "{\"errcode_contract\":2,\"type\":\"Api\",\"content_type\":\"application/json\",\"format\":\"plain\"}\n\
                 {\"code\":34305,\"name\":\"TooShort\",\"status\":422,\"parent\":[1],\"grpc\":\"INVALID_ARGUMENT\",\"members\":{}}\n";
    assert!(
        Lock::parse(stale).is_err(),
        "a parent that is no code is refused"
    );
}
