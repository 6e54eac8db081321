//! The contract lock as a file in a repository: checked by several threads
//! and test binaries at once, read back as editors and checkouts leave it,
//! and never written over what is not this catalogue's lock.

use std::path::PathBuf;
use std::sync::Barrier;

use errcodes::contract::{self, Error, Lock, Mode, Outcome};

#[cfg(unix)]
use crate::common::fifo;

mod base {
    #[derive(Debug, errcodes::ApiError)]
    pub enum Api {
        #[code(1, status = 400, msg = "bad request")]
        Bad,
        #[code(2, status = 404, msg = "member {id} not found")]
        NotFound { id: String },
    }
}

/// `base` with an entry added: compatible, so a check records it.
mod added {
    #[derive(Debug, errcodes::ApiError)]
    pub enum Api {
        #[code(1, status = 400, msg = "bad request")]
        Bad,
        #[code(2, status = 404, msg = "member {id} not found")]
        NotFound { id: String },
        #[code(3, status = 429, msg = "slow down")]
        Slow,
    }
}

/// `base` with a status changed: breaking, but no code removed (a removal
/// accepted retires the code, which `base` then could not use again).
mod restatused {
    #[derive(Debug, errcodes::ApiError)]
    pub enum Api {
        #[code(1, status = 422, msg = "bad request")]
        Bad,
        #[code(2, status = 404, msg = "member {id} not found")]
        NotFound { id: String },
    }
}

/// Another catalogue, whose entries are a superset of `base`'s.
mod other {
    #[derive(Debug, errcodes::ApiError)]
    pub enum Billing {
        #[code(1, status = 400, msg = "bad request")]
        Bad,
        #[code(2, status = 404, msg = "member {id} not found")]
        NotFound { id: String },
        #[code(9, status = 402, msg = "pay up")]
        Unpaid,
    }
}

fn scratch(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join("contract-files")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The files in `dir` (a staged temporary file left behind shows here).
fn listing(dir: &std::path::Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// Four threads check one lock that has a compatible change pending, over
/// and over: each sees the old lock or the new one, never a torn file.
#[test]
fn concurrent_checks_of_a_compatible_change_all_pass() {
    const THREADS: usize = 4;
    const ROUNDS: usize = 300;
    let dir = scratch("concurrent");
    let path = dir.join("errors.lock");
    let old = Lock::of::<base::Api>().to_string();
    let barrier = Barrier::new(THREADS);
    let failures: Vec<String> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..THREADS)
            .map(|thread| {
                let (path, old, barrier) = (&path, &old, &barrier);
                scope.spawn(move || {
                    let mut failures = Vec::new();
                    for _ in 0..ROUNDS {
                        if thread == 0 {
                            std::fs::write(path, old).unwrap();
                        }
                        barrier.wait();
                        if let Err(e) = contract::check_with::<added::Api>(path, Mode::Check) {
                            failures.push(e.to_string());
                        }
                        barrier.wait();
                    }
                    failures
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().unwrap())
            .collect()
    });
    assert!(
        failures.is_empty(),
        "{} of {} checks failed, the first: {}",
        failures.len(),
        THREADS * ROUNDS,
        failures[0]
    );
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        Lock::of::<added::Api>().to_string()
    );
    assert_eq!(listing(&dir), ["errors.lock"]);
}

/// Run by `test_binaries_writing_and_reading_one_lock_at_once`: a writer
/// accepts `base` and `restatused` by turns; a reader reads the lock until the
/// writers are done, and fails on anything but one of the two whole locks.
#[test]
#[ignore = "run by test_binaries_writing_and_reading_one_lock_at_once"]
fn lock_user_in_child() {
    let path = PathBuf::from(std::env::var_os("ERRCODE_TEST_LOCK").expect("run by the parent"));
    let done = path.with_extension("done");
    if std::env::var_os("ERRCODE_TEST_WRITER").is_some() {
        for round in 0..100 {
            if round % 2 == 0 {
                contract::check_with::<base::Api>(&path, Mode::Accept).unwrap();
            } else {
                contract::check_with::<restatused::Api>(&path, Mode::Accept).unwrap();
            }
        }
        return;
    }
    let whole = [Lock::of::<base::Api>(), Lock::of::<restatused::Api>()];
    let mut reads = 0;
    while !done.exists() && reads < 1_000_000 {
        let text = std::fs::read_to_string(&path).unwrap();
        let lock = Lock::parse(&text).unwrap_or_else(|e| panic!("read {reads}: {e}: {text:?}"));
        assert!(whole.contains(&lock), "{text}");
        reads += 1;
    }
    println!("{reads} reads");
}

/// Test binaries run at once: two write one lock and two read it.
#[test]
fn test_binaries_writing_and_reading_one_lock_at_once() {
    let dir = scratch("processes");
    let path = dir.join("errors.lock");
    contract::check_with::<base::Api>(&path, Mode::Accept).unwrap();
    let spawn = |writer: bool| {
        let mut child = std::process::Command::new(std::env::current_exe().unwrap());
        child
            .args([
                "--ignored",
                "--exact",
                "contract_files::lock_user_in_child",
                "--nocapture",
            ])
            .env("ERRCODE_TEST_LOCK", &path)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped());
        if writer {
            child.env("ERRCODE_TEST_WRITER", "1");
        }
        child.spawn().unwrap()
    };
    let readers = [spawn(false), spawn(false)];
    let writers = [spawn(true), spawn(true)];
    for writer in writers {
        let out = writer.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stdout)
        );
    }
    std::fs::write(path.with_extension("done"), "").unwrap();
    for reader in readers {
        let out = reader.wait_with_output().unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(out.status.success(), "{stdout}");
        assert!(stdout.contains(" reads"), "{stdout}");
    }
    assert_eq!(listing(&dir), ["errors.done", "errors.lock"]);
}

/// An editor's byte order mark and a checkout's CRLF line endings: the lock
/// reads, and an unchanged catalogue leaves the file as it is.
#[test]
fn a_lock_with_a_byte_order_mark_and_crlf_reads_and_is_left_alone() {
    let lock = Lock::of::<base::Api>().to_string();
    let edited = format!("\u{feff}{}", lock.replace('\n', "\r\n"));
    assert_eq!(Lock::parse(&edited), Ok(Lock::of::<base::Api>()));

    let path = scratch("bom").join("errors.lock");
    std::fs::write(&path, &edited).unwrap();
    assert_eq!(
        contract::check_with::<base::Api>(&path, Mode::Check).unwrap(),
        Outcome::Unchanged
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), edited);

    // A compatible change is recorded as the lock is written.
    assert!(matches!(
        contract::check_with::<added::Api>(&path, Mode::Check).unwrap(),
        Outcome::Written(changes) if changes.len() == 1
    ));
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        Lock::of::<added::Api>().to_string()
    );
}

/// The lock of one catalogue is not written over by another's check,
/// accepting or not, even when every change would be compatible.
#[test]
fn the_lock_of_another_catalogue_is_refused() {
    let path = scratch("other").join("errors.lock");
    contract::check_with::<base::Api>(&path, Mode::Accept).unwrap();
    let lock = std::fs::read_to_string(&path).unwrap();
    for mode in [Mode::Check, Mode::Accept] {
        let err = contract::check_with::<other::Billing>(&path, mode).unwrap_err();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), lock);
        assert!(
            matches!(&err, Error::OtherCatalogue { locked, checked, .. }
                if locked == "Api" && checked == "Billing"),
            "{err:?}"
        );
        let text = err.to_string();
        assert!(
            text.contains("errors.lock is the contract lock of `Api`, not of `Billing`"),
            "{text}"
        );
    }
}

/// A file that is no errcode lock at all (a wrong path) is not written over
/// either; a lock whose entries are damaged is, when accepting.
#[test]
fn a_file_that_is_no_lock_is_never_written_over() {
    let path = scratch("not-a-lock").join("Cargo.toml");
    std::fs::write(&path, "[package]\nname = \"mine\"\n").unwrap();
    for mode in [Mode::Check, Mode::Accept] {
        let err = contract::check_with::<base::Api>(&path, mode).unwrap_err();
        assert!(matches!(err, Error::NotALock { .. }), "{err:?}");
        assert!(!err.to_string().contains("ERRCODE_ACCEPT"), "{err}");
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            "[package]\nname = \"mine\"\n"
        );
    }

    // An empty file is nobody's lock: accepting writes it.
    std::fs::write(&path, "").unwrap();
    let err = contract::check_with::<base::Api>(&path, Mode::Check).unwrap_err();
    assert!(matches!(err, Error::Parse { .. }), "{err:?}");
    contract::check_with::<base::Api>(&path, Mode::Accept).unwrap();
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        Lock::of::<base::Api>().to_string()
    );

    let damaged = Lock::of::<base::Api>().to_string() + "<<<<<<< HEAD\n";
    std::fs::write(&path, &damaged).unwrap();
    let err = contract::check_with::<base::Api>(&path, Mode::Check).unwrap_err();
    assert!(matches!(err, Error::Parse { .. }), "{err:?}");
    assert!(err.to_string().contains("ERRCODE_ACCEPT=1"), "{err}");
    contract::check_with::<base::Api>(&path, Mode::Accept).unwrap();
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        Lock::of::<base::Api>().to_string()
    );
}

/// A symbolic link at the lock's path is neither followed nor replaced.
#[cfg(unix)]
#[test]
fn a_lock_that_is_a_symbolic_link_is_not_written_through() {
    let dir = scratch("symlink");
    let target = dir.join("elsewhere.lock");
    let old = Lock::of::<base::Api>().to_string();
    std::fs::write(&target, &old).unwrap();
    let path = dir.join("errors.lock");
    std::os::unix::fs::symlink(&target, &path).unwrap();

    // Read through the link: nothing to write, nothing refused.
    assert_eq!(
        contract::check_with::<base::Api>(&path, Mode::Check).unwrap(),
        Outcome::Unchanged
    );
    let err = contract::check_with::<added::Api>(&path, Mode::Check).unwrap_err();
    assert!(err.to_string().contains("is a symbolic link"), "{err}");
    assert_eq!(std::fs::read_to_string(&target).unwrap(), old);
    assert!(std::fs::symlink_metadata(&path)
        .unwrap()
        .file_type()
        .is_symlink());
}

/// A FIFO at the lock's path, or a link to one, is refused before it is
/// opened (reading it would wait for a writer), and left in place.
#[cfg(unix)]
#[test]
fn a_lock_that_is_a_fifo_is_refused_without_blocking() {
    let dir = scratch("fifo");
    let fifo = dir.join("errors.lock");
    fifo::make(&fifo);
    let link = dir.join("linked.lock");
    std::os::unix::fs::symlink(&fifo, &link).unwrap();
    for path in [&fifo, &link] {
        for mode in [Mode::Check, Mode::Accept] {
            let checked = path.clone();
            let err = fifo::unblocked(&fifo, move || {
                contract::check_with::<base::Api>(&checked, mode).map_err(|e| e.to_string())
            })
            .unwrap_err();
            assert!(
                err.contains("is a FIFO, socket or device, not a file"),
                "{path:?} {mode:?}: {err}"
            );
        }
    }
    use std::os::unix::fs::FileTypeExt as _;
    assert!(std::fs::metadata(&fifo).unwrap().file_type().is_fifo());
}

#[test]
fn accept_values_are_spelled_out() {
    for yes in ["1", "true", "yes", "on", "TRUE", "Yes", " on "] {
        assert_eq!(yes.parse::<Mode>(), Ok(Mode::Accept), "{yes:?}");
    }
    for no in ["", "0", "false", "no", "off", "False", "NO"] {
        assert_eq!(no.parse::<Mode>(), Ok(Mode::Check), "{no:?}");
    }
    let err = "maybe".parse::<Mode>().unwrap_err();
    assert_eq!(err.value, "maybe");
    assert_eq!(
        err.to_string(),
        "ERRCODE_ACCEPT is \"maybe\": set it to 1, true, yes or on to accept changes, \
         or to 0, false, no, off or nothing to check them"
    );
}

/// Run by `the_environment_variable_accepts_only_a_yes` in a child
/// process, where `ERRCODE_ACCEPT` is set: setting it here would reach
/// tests running in parallel threads.
#[test]
#[ignore = "run by the_environment_variable_accepts_only_a_yes"]
fn check_in_child() {
    let path = std::env::var_os("ERRCODE_TEST_LOCK").expect("run by the parent test");
    contract::assert_contract::<base::Api>(path);
}

/// `added` locked, `base` checked: a removal, which only accepting writes.
#[test]
fn the_environment_variable_accepts_only_a_yes() {
    let path = scratch("env").join("errors.lock");
    // Accepting the removal retires code 3 in the lock.
    let retired = format!(
        "{}{{\"retired\":3,\"name\":\"Slow\"}}\n",
        Lock::of::<base::Api>()
    );
    let run = |accept: &str| {
        let _ = std::fs::remove_file(&path);
        contract::check_with::<added::Api>(&path, Mode::Accept).unwrap();
        let out = crate::common::child::run_accepting(
            "contract_files::check_in_child",
            "ERRCODE_TEST_LOCK",
            &path,
            accept,
        );
        let accepted = std::fs::read_to_string(&path).unwrap() == retired;
        (
            out.status.success(),
            accepted,
            String::from_utf8_lossy(&out.stdout).into_owned(),
        )
    };
    for no in ["0", "false", "no", "off", "OFF", ""] {
        let (passed, accepted, out) = run(no);
        assert!(!passed && !accepted, "{no:?}: {out}");
        assert!(out.contains("code 3 `Slow` was removed"), "{no:?}: {out}");
    }
    for yes in ["1", "true", "Yes", "on"] {
        let (passed, accepted, out) = run(yes);
        assert!(passed && accepted, "{yes:?}: {out}");
    }
    let (passed, accepted, out) = run("maybe");
    assert!(!passed && !accepted, "{out}");
    assert!(out.contains("ERRCODE_ACCEPT is \"maybe\""), "{out}");
}
