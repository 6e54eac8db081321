//! The lock per operation: each operation's route, set and entries written,
//! read back and compared; an entry added to an operation is for review,
//! one removed from it or sent there with another status, or an operation
//! removed, breaks; locks without operations compare as before.

use std::path::PathBuf;

use errcodes::contract::{self, changelog, Change, ChangeKind, Error, Lock, Mode, Outcome};
use errcodes::Operation;
use errcodes_catalogues::pluralkit::PluralKitError;

fn scratch(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("contract-operations");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    let _ = std::fs::remove_file(&path);
    path
}

/// Version 1 of a members API: what its lock records.
mod v1 {
    #[derive(Debug, errcodes::ApiError)]
    pub enum Api {
        #[code(1, status = 401, msg = "unauthorized")]
        Unauthorized,
        #[code(2, status = 404, msg = "member not found")]
        NotFound,
        #[code(3, status = 409, msg = "name taken")]
        Taken,
        #[code(transparent)]
        Account(#[from] Account),
    }

    #[derive(Debug, errcodes::ApiError)]
    pub enum Account {
        #[code(10, status = 403, msg = "suspended")]
        Suspended,
    }

    errcodes::error_set! { pub GetMember: Api = [Unauthorized, NotFound, Account]; }
    errcodes::error_set! { pub CreateMember: Api = [Unauthorized, Taken]; }

    pub fn operations() -> [errcodes::Operation; 2] {
        [
            errcodes::Operation::new::<GetMember>("GET", "/members/{id}"),
            errcodes::Operation::new::<CreateMember>("POST", "/members"),
        ]
    }

    pub fn lock() -> errcodes::contract::Lock {
        errcodes::contract::Lock::of::<Api>().with_operations(&operations())
    }
}

fn texts(changes: &[Change], breaking: bool) -> Vec<&str> {
    changes
        .iter()
        .filter(|c| c.breaking == breaking)
        .map(|c| c.text.as_str())
        .collect()
}

#[test]
fn operations_are_written_one_line_each_and_read_back() {
    let text = v1::lock().to_string();
    let lines: Vec<&str> = text
        .lines()
        .filter(|l| l.contains("\"operation\""))
        .collect();
    assert_eq!(
        lines,
        [
            r#"{"operation":"CreateMember","method":"POST","path":"/members","errors":[[401,1,"Unauthorized"],[409,3,"Taken"]]}"#,
            r#"{"operation":"GetMember","method":"GET","path":"/members/{id}","errors":[[401,1,"Unauthorized"],[403,10,"Suspended"],[404,2,"NotFound"]]}"#,
        ]
    );
    // After the entries, before the retired codes.
    let last_entry = text
        .lines()
        .collect::<Vec<_>>()
        .iter()
        .rposition(|l| l.starts_with("{\"code\""))
        .unwrap();
    let first_operation = text
        .lines()
        .position(|l| l.contains("\"operation\""))
        .unwrap();
    assert!(last_entry < first_operation);
    let read = Lock::parse(&text).unwrap();
    assert_eq!(read, v1::lock());
    assert_eq!(read.to_string(), text);
    assert_eq!(read.diff(&v1::lock()), vec![]);
    // Without operations the lock is the catalogue's alone, as before.
    assert!(!Lock::of::<v1::Api>().to_string().contains("operation"));
    assert_ne!(Lock::of::<v1::Api>(), v1::lock());
}

#[test]
fn a_route_given_twice_is_locked_once_and_written_twice_is_refused() {
    let mut operations = v1::operations().to_vec();
    operations.push(Operation::new::<v1::CreateMember>("get", "/members/{id}"));
    assert_eq!(
        Lock::of::<v1::Api>().with_operations(&operations),
        v1::lock()
    );
    let text = v1::lock().to_string();
    let get = text.lines().find(|l| l.contains("\"GET\"")).unwrap();
    let twice = format!("{text}{get}\n");
    let err = Lock::parse(&twice).unwrap_err();
    assert_eq!(err.reason, "an operation's line is written twice");
    assert_eq!(err.line, twice.lines().count());
    let no_errors = text.replace(r#","errors":[[401,1,"Unauthorized"],[409,3,"Taken"]]"#, "");
    assert_eq!(Lock::parse(&no_errors).unwrap_err().reason, "no `errors`");
}

#[test]
fn locks_without_operations_compare_as_before() {
    let committed = include_str!("../data/pluralkit.errors.lock");
    assert!(!committed.contains("\"operation\""));
    let old = Lock::parse(committed).unwrap();
    assert_eq!(old.diff(&Lock::of::<PluralKitError>()), vec![]);
    assert_eq!(Lock::of::<v1::Api>().diff(&Lock::of::<v1::Api>()), vec![]);
}

#[test]
fn an_operation_added_is_an_addition_and_one_removed_breaks() {
    let changes = Lock::of::<v1::Api>().diff(&v1::lock());
    assert_eq!(texts(&changes, true), Vec::<&str>::new());
    assert_eq!(
        texts(&changes, false),
        [
            "operation `POST /members` (CreateMember) was added, returning code 1 `Unauthorized` (401), code 3 `Taken` (409)",
            "operation `GET /members/{id}` (GetMember) was added, returning code 1 `Unauthorized` (401), code 10 `Suspended` (403), code 2 `NotFound` (404)",
        ]
    );
    assert!(changes.iter().all(|c| c.kind == ChangeKind::Added));
    let only_get = Lock::of::<v1::Api>().with_operations(&v1::operations()[..1]);
    let changes = v1::lock().diff(&only_get);
    assert_eq!(
        texts(&changes, true),
        ["operation `POST /members` (CreateMember) was removed: clients calling it no longer get \
          the errors the contract promised for it"]
    );
    assert_eq!(texts(&changes, false), Vec::<&str>::new());
    // A lock with operations checked without them: every one removed.
    let changes = v1::lock().diff(&Lock::of::<v1::Api>());
    assert_eq!(texts(&changes, true).len(), 2);
}

/// The same API with `GetMember` declaring `Taken` too and `CreateMember`
/// no longer `Unauthorized`.
mod v2_sets {
    pub use super::v1::Api;

    errcodes::error_set! { pub GetMember: Api = [Unauthorized, NotFound, Taken, Account]; }
    errcodes::error_set! { pub CreateMember: Api = [Taken]; }

    pub fn lock() -> errcodes::contract::Lock {
        errcodes::contract::Lock::of::<Api>().with_operations(&[
            errcodes::Operation::new::<GetMember>("GET", "/members/{id}"),
            errcodes::Operation::new::<CreateMember>("POST", "/members"),
        ])
    }
}

#[test]
fn an_entry_added_to_an_operation_is_for_review_and_one_removed_breaks() {
    let changes = v1::lock().diff(&v2_sets::lock());
    assert_eq!(
        texts(&changes, true),
        ["operation `POST /members` (CreateMember) no longer returns code 1 `Unauthorized` (401): \
          clients that handle it there rely on an error the contract no longer promises"]
    );
    assert_eq!(
        texts(&changes, false),
        ["operation `GET /members/{id}` (GetMember) may now return code 3 `Taken` (409): review \
          that its clients handle it"]
    );
    let added = changes.iter().find(|c| !c.breaking).unwrap();
    assert_eq!(added.kind, ChangeKind::Added);
}

/// The API with `NotFound` sent with 410 and `Taken` renamed.
mod v3 {
    #[derive(Debug, errcodes::ApiError)]
    pub enum Api {
        #[code(1, status = 401, msg = "unauthorized")]
        Unauthorized,
        #[code(2, status = 410, msg = "member not found")]
        NotFound,
        #[code(3, status = 409, msg = "name taken")]
        NameTaken,
        #[code(transparent)]
        Account(#[from] super::v1::Account),
    }

    errcodes::error_set! { pub GetMember: Api = [Unauthorized, NotFound, Account]; }
    errcodes::error_set! { pub AddMember: Api = [Unauthorized, NameTaken]; }

    pub fn lock() -> errcodes::contract::Lock {
        errcodes::contract::Lock::of::<Api>().with_operations(&[
            errcodes::Operation::new::<GetMember>("GET", "/members/{id}"),
            errcodes::Operation::new::<AddMember>("POST", "/members"),
        ])
    }
}

#[test]
fn an_entry_sent_with_another_status_on_an_operation_breaks() {
    let changes = v1::lock().diff(&v3::lock());
    let breaking = texts(&changes, true);
    assert!(
        breaking.contains(
            &"operation `GET /members/{id}` sends code 2 `NotFound` with 410, was 404: clients \
              that branch on this route's statuses read it as another error"
        ),
        "{breaking:#?}"
    );
    // The entry's own change says it too; the rename is the entry's alone:
    // the operation pairs `Taken` and `NameTaken` by their code.
    assert!(
        breaking.iter().any(|t| t.starts_with("code 2 `NotFound`")),
        "{breaking:#?}"
    );
    assert!(
        breaking.iter().any(|t| t.starts_with("code 3 was `Taken`")),
        "{breaking:#?}"
    );
    let operation_changes: Vec<&str> = changes
        .iter()
        .map(|c| c.text.as_str())
        .filter(|t| t.starts_with("operation"))
        .collect();
    assert_eq!(
        operation_changes,
        [
            "operation `GET /members/{id}` sends code 2 `NotFound` with 410, was 404: clients \
             that branch on this route's statuses read it as another error",
            "operation `POST /members` was `CreateMember` and is now `AddMember`",
        ]
    );
    assert!(
        !changes
            .iter()
            .find(|c| c.text.contains("`CreateMember` and is now"))
            .unwrap()
            .breaking
    );
}

#[test]
fn the_changelog_lists_operation_changes() {
    let notes = changelog(&v1::lock(), &v2_sets::lock());
    assert_eq!(
        notes,
        "### Added\n\n\
         - operation `GET /members/{id}` (GetMember) may now return code 3 `Taken` (409): review \
         that its clients handle it\n\n\
         ### Changed\n\n\
         - **Breaking**: operation `POST /members` (CreateMember) no longer returns code 1 \
         `Unauthorized` (401): clients that handle it there rely on an error the contract no \
         longer promises\n"
    );
}

#[test]
fn a_lock_file_with_operations_end_to_end() {
    let path = scratch("operations.lock");
    assert!(matches!(
        contract::check_lock(&path, v1::lock(), Mode::Check),
        Err(Error::Missing { .. })
    ));
    contract::check_lock(&path, v1::lock(), Mode::Accept).unwrap();
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        v1::lock().to_string()
    );
    assert_eq!(
        contract::check_lock(&path, v1::lock(), Mode::Check).unwrap(),
        Outcome::Unchanged
    );
    // A lock with operations checked for the catalogue alone: every
    // operation removed, refused, the file as it was.
    let Err(Error::Breaking { changes, .. }) = contract::check_with::<v1::Api>(&path, Mode::Check)
    else {
        panic!("checking without the operations passed")
    };
    assert_eq!(changes.iter().filter(|c| c.breaking).count(), 2);
    // An addition is written; a removal then breaks and writes nothing.
    let more = v1::lock().diff(&v2_sets::lock());
    let added: Lock = Lock::of::<v1::Api>().with_operations(&[
        Operation::new::<v2_sets::GetMember>("GET", "/members/{id}"),
        Operation::new::<v1::CreateMember>("POST", "/members"),
    ]);
    let Outcome::Written(written) =
        contract::check_lock(&path, added.clone(), Mode::Check).unwrap()
    else {
        panic!("the addition was not written")
    };
    assert_eq!(
        written,
        more.into_iter().filter(|c| !c.breaking).collect::<Vec<_>>()
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), added.to_string());
    let Err(Error::Breaking { .. }) = contract::check_lock(&path, v1::lock(), Mode::Check) else {
        panic!("a removal from an operation passed")
    };
    assert_eq!(std::fs::read_to_string(&path).unwrap(), added.to_string());
    // Accepted, it is written.
    contract::check_lock(&path, v1::lock(), Mode::Accept).unwrap();
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        v1::lock().to_string()
    );
}

// ---- Hostile locks and harmless route edits. ----

/// `v1`'s routes with the path parameter of `GET /members/{id}` named
/// `{member}`: the same URLs on the wire.
mod v1_renamed_parameter {
    pub use super::v1::{Api, CreateMember, GetMember};

    pub fn lock() -> errcodes::contract::Lock {
        errcodes::contract::Lock::of::<Api>().with_operations(&[
            errcodes::Operation::new::<GetMember>("GET", "/members/{member}"),
            errcodes::Operation::new::<CreateMember>("POST", "/members"),
        ])
    }
}

/// A path template's parameter names are not on the wire: a client calls
/// `GET /members/7` whether the server's template says `{id}` or
/// `{member}` (OpenAPI itself treats `/pets/{petId}` and `/pets/{name}` as
/// the same, identical templated paths). Renaming one must not be reported
/// as the operation removed, which is breaking and refuses the lock.
#[test]
fn renaming_a_path_parameter_does_not_remove_the_operation() {
    let changes = v1::lock().diff(&v1_renamed_parameter::lock());
    assert_eq!(texts(&changes, true), Vec::<&str>::new(), "{changes:#?}");
}

/// A lock line that lists one error of an operation twice is not what the
/// writer makes (a merge that kept both sides, a hand edit): the reader
/// refuses it, as it refuses an operation's line written twice, instead of
/// reading it and then reporting the copy as an error removed.
#[test]
fn an_operation_line_listing_an_error_twice_is_refused() {
    let text = v1::lock().to_string();
    let once = r#""errors":[[401,1,"Unauthorized"],[409,3,"Taken"]]"#;
    assert!(text.contains(once));
    let twice = text.replace(
        once,
        r#""errors":[[401,1,"Unauthorized"],[409,3,"Taken"],[409,3,"Taken"]]"#,
    );
    match Lock::parse(&twice) {
        Err(err) => assert!(err.reason.contains("twice"), "{}", err.reason),
        Ok(read) => panic!(
            "read, and compared with the API: {:#?}",
            read.diff(&v1::lock())
        ),
    }
}

/// A catalogue where code 7 is shared by two entries, told apart by their
/// status, and an operation that returns one of them.
mod shared_v1 {
    #[derive(Debug, errcodes::ApiError)]
    pub enum Api {
        #[code(7, status = 400, msg = "bad request", shared)]
        BadRequest,
        #[code(7, status = 422, msg = "unprocessable", shared)]
        Unprocessable,
    }

    errcodes::error_set! { pub Update: Api = [BadRequest]; }

    pub fn lock() -> errcodes::contract::Lock {
        errcodes::contract::Lock::of::<Api>()
            .with_operations(&[errcodes::Operation::new::<Update>("PUT", "/items/{id}")])
    }
}

/// The same catalogue, unchanged; the operation now returns the other
/// entry of code 7.
mod shared_v2 {
    pub use super::shared_v1::Api;

    errcodes::error_set! { pub Update: Api = [Unprocessable]; }

    pub fn lock() -> errcodes::contract::Lock {
        errcodes::contract::Lock::of::<Api>()
            .with_operations(&[errcodes::Operation::new::<Update>("PUT", "/items/{id}")])
    }
}

/// `PUT /items/{id}` returned `BadRequest` (7, 400) and now returns
/// `Unprocessable` (7, 422) instead: both entries are still in the
/// catalogue, nothing was renamed. The operation's diff pairs errors "by
/// code alone where one entry of each side has it (an entry renamed, which
/// the entry's own change reports)", so it reports "sends code 7
/// `BadRequest` with 422, was 400", which is false (`BadRequest` is still
/// a 400, and the catalogue did not change), and never says that
/// `Unprocessable` is now returned there. Expected: `BadRequest` no longer
/// returned there (breaking) and `Unprocessable` added (for review).
#[test]
fn swapping_entries_of_a_shared_code_on_an_operation_is_not_read_as_a_rename() {
    let changes = shared_v1::lock().diff(&shared_v2::lock());
    let breaking = texts(&changes, true);
    assert!(
        breaking
            .iter()
            .any(|t| t.contains("no longer returns") && t.contains("`BadRequest`")),
        "{changes:#?}"
    );
    assert!(
        texts(&changes, false)
            .iter()
            .any(|t| t.contains("may now return") && t.contains("`Unprocessable`")),
        "{changes:#?}"
    );
}

/// The writer never writes an operation with an empty method or path, a
/// method that is not one of OpenAPI's eight, or a path that does not start
/// with `/`: a lock holding one was edited by hand or damaged, and the
/// reader refuses it naming its line instead of comparing a route no
/// client can call.
#[test]
fn an_operation_line_with_a_route_the_writer_never_writes_is_refused() {
    let text = v1::lock().to_string();
    let written = r#""method":"POST","path":"/members""#;
    let line = text
        .lines()
        .position(|l| l.contains(written))
        .expect("the operation's line")
        + 1;
    for (damaged, what) in [
        (r#""method":"","path":"/members""#, "method"),
        (r#""method":"FETCH","path":"/members""#, "method"),
        (r#""method":"POST","path":"""#, "path"),
        (r#""method":"POST","path":"members""#, "path"),
    ] {
        match Lock::parse(&text.replace(written, damaged)) {
            Err(err) => {
                assert_eq!(err.line, line, "{damaged}: {}", err.reason);
                assert!(err.reason.contains(what), "{damaged}: {}", err.reason);
            }
            Ok(read) => panic!("{damaged} read: {:#?}", read.diff(&v1::lock())),
        }
    }
    // Methods are compared in upper case, as the writer writes them.
    assert!(Lock::parse(&text.replace(written, r#""method":"post","path":"/members""#)).is_ok());
}

/// The renamed parameter is said, as a change for review; and a lock with
/// the same route written twice under two parameter names is refused, as
/// an operation's line written twice is.
#[test]
fn a_renamed_path_parameter_is_reported_for_review_and_never_written_twice() {
    let changes = v1::lock().diff(&v1_renamed_parameter::lock());
    assert_eq!(
        texts(&changes, false),
        [
            "operation `GET /members/{id}` is now written `GET /members/{member}`: its path \
          parameters were renamed, the same URLs on the wire"
        ],
    );
    let text = v1::lock().to_string();
    let line = text
        .lines()
        .find(|l| l.contains(r#""path":"/members/{id}""#))
        .unwrap();
    let twice = text.replace(
        line,
        &format!("{line}\n{}", line.replace("{id}", "{member}")),
    );
    let err = Lock::parse(&twice).unwrap_err();
    assert!(err.reason.contains("twice"), "{}", err.reason);
    // Given twice to the writer, it is recorded once, as first given.
    let once = Lock::of::<v1::Api>().with_operations(&[
        Operation::new::<v1::GetMember>("GET", "/members/{id}"),
        Operation::new::<v1::CreateMember>("GET", "/members/{member}"),
        Operation::new::<v1::CreateMember>("POST", "/members"),
    ]);
    assert_eq!(once.to_string(), v1::lock().to_string());
}

/// An operation OpenAPI cannot document is left out of the lock as it is
/// left out of the document: a lock holding it could not be read back.
#[test]
fn an_operation_check_refuses_is_not_locked() {
    let operations = [
        Operation::new::<v1::GetMember>("FETCH", "/members/{id}"),
        Operation::new::<v1::GetMember>("GET", "members"),
        Operation::new::<v1::GetMember>("GET", "/members/{id}"),
    ];
    let text = Lock::of::<v1::Api>()
        .with_operations(&operations)
        .to_string();
    assert!(
        !text.contains("FETCH") && !text.contains(r#""path":"members""#),
        "{text}"
    );
    assert!(
        text.contains(r#""method":"GET","path":"/members/{id}""#),
        "{text}"
    );
    assert_eq!(
        Lock::parse(&text).map(|read| read.to_string()).ok(),
        Some(text)
    );
}
