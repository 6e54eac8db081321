//! The contract lock at scale: reading a lock of tens of thousands of
//! entries and diffing it, which every test run of a large catalogue does.
//!
//! Locks are generated as text, in the lock's own format, so that no
//! 20,000-variant enum has to be compiled: `Lock::parse` reads them as it
//! reads a committed lock.
//!
//! `cargo bench --bench contract`; results in BENCHMARKS.md.

use std::path::PathBuf;

use divan::{black_box, Bencher};
use errcodes::contract::{self, Error, Lock, Mode};

fn main() {
    check();
    divan::main();
}

/// Entries in the lock sizes measured; the cases are a 20,000-entry
/// lock against a catalogue of the same size, and a 30,000-line lock
/// against a small catalogue.
const SIZES: [usize; 3] = [2_000, 20_000, 30_000];

/// The catalogue a large lock is checked against after most of it was
/// removed; named as the generated locks' header names their type.
#[derive(Debug, errcodes::ApiError)]
pub enum Api {
    #[code(0, status = 400, msg = "bad request")]
    E0,
    #[code(1, status = 404, msg = "member {id} not found")]
    E1 { id: String },
    #[code(2, status = 429, msg = "slow down")]
    E2 {
        #[body]
        retry_after: u32,
    },
}

/// A lock of `entries` entries, codes `0..entries`, in the mix a large
/// catalogue has: templates with placeholders, body members (an array of
/// objects, a ranged integer, an enum), headers, an `also_status` now and
/// then; in version 2, with every fact it records. `changed` gives one
/// entry a compatible change (a body member added) and adds one entry at
/// the end.
fn lock_text(entries: usize, changed: bool) -> String {
    lock_text_of(2, entries, changed)
}

/// [`lock_text`] in the lock format `version` (1 records fewer facts).
fn lock_text_of(version: u8, entries: usize, changed: bool) -> String {
    let v2 = version >= 2;
    let mut text = format!(
        "{{\"errcode_contract\":{version},\"type\":\"Api\",\"content_type\":\"application/json\"{}}}\n",
        if v2 { ",\"format\":\"plain\"" } else { "" }
    );
    for code in 0..entries + usize::from(changed) {
        let mut line = format!("{{\"code\":{code},\"name\":\"E{code}\",\"status\":400");
        if v2 {
            line.push_str(",\"grpc\":\"INVALID_ARGUMENT\"");
        }
        if code % 5 == 0 {
            line.push_str(",\"also_status\":[409,422]");
        }
        if code % 3 == 0 {
            line.push_str(",\"placeholders\":[\"id\"]");
            if v2 {
                line.push_str(",\"exposed\":true");
            }
            line.push_str(&format!(
                ",\"message\":\"item {{id}} of kind {code} was not found\""
            ));
        }
        line.push_str(",\"members\":{\"code\":\"integer\"");
        if code % 7 == 0 && v2 {
            line.push_str(
                ",\"errors\":\"array\",\"errors[]\":\"object\",\"errors[].field\":\"string\",\
                 \"errors[].kind\":\"string one of [\\\"invalid\\\",\\\"missing\\\"]\"",
            );
        } else if code % 7 == 0 {
            line.push_str(",\"errors\":\"array<object>\"");
        }
        line.push_str(",\"message\":\"string\"");
        if code % 4 == 0 {
            line.push_str(if v2 {
                ",\"retry_after\":\"optional integer 0..=86400\""
            } else {
                ",\"retry_after\":\"optional integer\""
            });
        }
        if changed && code == entries / 2 {
            line.push_str(",\"detail\":\"string\"");
        }
        line.push('}');
        if v2 && code % 4 == 0 {
            line.push_str(",\"headers\":{\"retry-after\":\"optional\"}");
        }
        line.push_str("}\n");
        text.push_str(&line);
    }
    text
}

/// The benchmarks measure what they claim: the changed lock differs by
/// exactly two compatible changes, and the small catalogue against a
/// large lock breaks by every removal.
fn check() {
    let (old, new) = (lock_text(100, false), lock_text(100, true));
    let (old, new) = (Lock::parse(&old).unwrap(), Lock::parse(&new).unwrap());
    let changes = old.diff(&new);
    assert_eq!(changes.len(), 2, "{changes:#?}");
    assert!(changes.iter().all(|c| !c.breaking));
    // Every fact is read: written back, the lock is the text it was read from.
    assert_eq!(
        old.to_string().lines().skip(1).collect::<Vec<_>>(),
        lock_text(100, false).lines().collect::<Vec<_>>()
    );
    let v1 = Lock::parse(&lock_text_of(1, 100, false)).unwrap();
    assert_eq!(v1.diff(&old), vec![]);
    let path = lock_file(100);
    match contract::check_with::<Api>(&path, Mode::Check) {
        Err(Error::Breaking { changes, .. }) => {
            let removed = changes
                .iter()
                .filter(|c| c.text.contains("was removed: clients matching"));
            assert_eq!(removed.count(), 100 - 3);
        }
        other => panic!("{other:?}"),
    }
}

/// A lock file of `entries` entries in the target folder.
fn lock_file(entries: usize) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("bench-contract");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("{entries}.lock"));
    std::fs::write(&path, lock_text(entries, false)).unwrap();
    path
}

/// Two locks of `entries` entries, one compatible change apart.
#[divan::bench(args = SIZES)]
fn diff_compatible(bencher: Bencher, entries: usize) {
    let old = Lock::parse(&lock_text(entries, false)).unwrap();
    let new = Lock::parse(&lock_text(entries, true)).unwrap();
    bencher.bench_local(|| black_box(&old).diff(black_box(&new)).len());
}

/// Reading a lock of `entries` entries.
#[divan::bench(args = SIZES)]
fn parse(bencher: Bencher, entries: usize) {
    let text = lock_text(entries, false);
    bencher.bench_local(|| Lock::parse(black_box(&text)).unwrap());
}

/// Reading a lock of version 1 (fewer facts), as locks committed before
/// version 2 are read.
#[divan::bench(args = SIZES)]
fn parse_v1(bencher: Bencher, entries: usize) {
    let text = lock_text_of(1, entries, false);
    bencher.bench_local(|| Lock::parse(black_box(&text)).unwrap());
}

/// What a check of a large catalogue does with its lock: read the committed
/// lock and diff it against the catalogue's, one compatible change apart.
#[divan::bench(args = SIZES)]
fn parse_and_diff(bencher: Bencher, entries: usize) {
    let text = lock_text(entries, false);
    let now = Lock::parse(&lock_text(entries, true)).unwrap();
    bencher.bench_local(|| {
        Lock::parse(black_box(&text))
            .unwrap()
            .diff(black_box(&now))
            .len()
    });
}

/// A lock of `entries` entries against a catalogue of three: nearly every
/// entry is a removal.
#[divan::bench(args = SIZES)]
fn diff_against_small(bencher: Bencher, entries: usize) {
    let old = Lock::parse(&lock_text(entries, false)).unwrap();
    let now = Lock::of::<Api>();
    bencher.bench_local(|| black_box(&old).diff(black_box(&now)).len());
}

/// The whole check of a catalogue of three against a lock file of
/// `entries` entries: read, parse, diff, fail.
#[divan::bench(args = SIZES)]
fn check_small_against_file(bencher: Bencher, entries: usize) {
    let path = lock_file(entries);
    bencher.bench_local(|| contract::check_with::<Api>(black_box(&path), Mode::Check).is_err());
}
