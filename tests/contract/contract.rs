//! The contract guard: each rule of `errcodes::contract` with a catalogue
//! before (`v1`) and after (`v2`), a lock file checked end to end, and the
//! repository's own lock of the PluralKit catalogue.

use std::path::PathBuf;

use errcodes::contract::{self, Change, Error, Lock, Mode, Outcome};
use errcodes::decode::{Decoded, Reason};
use errcodes::{ApiError, StatusCode};
use errcodes_catalogues::pluralkit;

pub fn changes<A: ApiError, B: ApiError>() -> Vec<Change> {
    Lock::of::<A>().diff(&Lock::of::<B>())
}

/// The breaking changes' texts.
pub fn breaking<A: ApiError, B: ApiError>() -> Vec<String> {
    changes::<A, B>()
        .into_iter()
        .filter(|c| c.breaking)
        .map(|c| c.text)
        .collect()
}

/// The compatible changes' texts.
pub fn compatible<A: ApiError, B: ApiError>() -> Vec<String> {
    changes::<A, B>()
        .into_iter()
        .filter(|c| !c.breaking)
        .map(|c| c.text)
        .collect()
}

mod base {
    #[derive(Debug, errcodes::ApiError)]
    pub enum Api {
        #[code(1, status = 400, msg = "bad request")]
        Bad,
        #[code(2, status = 404, msg = "member {id} not found")]
        NotFound { id: String },
        #[code(3, status = 429, msg = "slow down")]
        Slow {
            #[body]
            retry_after: u32,
        },
    }
}

#[test]
fn an_unchanged_catalogue_has_no_changes() {
    assert_eq!(changes::<base::Api, base::Api>(), vec![]);
}

#[test]
fn a_removed_code_breaks() {
    mod v2 {
        #[derive(Debug, errcodes::ApiError)]
        pub enum Api {
            #[code(2, status = 404, msg = "member {id} not found")]
            NotFound { id: String },
            #[code(3, status = 429, msg = "slow down")]
            Slow {
                #[body]
                retry_after: u32,
            },
        }
    }
    assert_eq!(
        breaking::<base::Api, v2::Api>(),
        ["code 1 `Bad` was removed: clients matching on it will see an unrecognized error"]
    );
}

#[test]
fn a_code_used_by_another_name_breaks() {
    mod v2 {
        #[derive(Debug, errcodes::ApiError)]
        pub enum Api {
            #[code(1, status = 400, msg = "bad request")]
            Malformed,
            #[code(2, status = 404, msg = "member {id} not found")]
            NotFound { id: String },
            #[code(3, status = 429, msg = "slow down")]
            Slow {
                #[body]
                retry_after: u32,
            },
        }
    }
    assert_eq!(
        breaking::<base::Api, v2::Api>(),
        [
            "code 1 was `Bad` and is now `Malformed`: the code was renamed or reused for another \
          error; clients matching on `Bad` no longer see it"
        ]
    );
    // Reported once, not also as an addition.
    assert_eq!(compatible::<base::Api, v2::Api>(), Vec::<String>::new());
}

#[test]
fn a_changed_status_breaks() {
    mod v2 {
        #[derive(Debug, errcodes::ApiError)]
        pub enum Api {
            #[code(1, status = 422, msg = "bad request")]
            Bad,
            #[code(2, status = 404, msg = "member {id} not found")]
            NotFound { id: String },
            #[code(3, status = 429, msg = "slow down")]
            Slow {
                #[body]
                retry_after: u32,
            },
        }
    }
    let texts = breaking::<base::Api, v2::Api>();
    assert_eq!(texts.len(), 1, "{texts:#?}");
    assert!(
        texts[0].starts_with("code 1 `Bad` was sent with status 400 and is now sent with 422"),
        "{texts:#?}"
    );
}

#[test]
fn a_status_left_out_is_the_500_it_is_sent_with() {
    mod v1 {
        #[derive(Debug, errcodes::ApiError)]
        pub enum Api {
            #[code(1, status = 500)]
            Internal,
        }
    }
    mod v2 {
        #[derive(Debug, errcodes::ApiError)]
        pub enum Api {
            #[code(1)]
            Internal,
        }
    }
    assert_eq!(changes::<v1::Api, v2::Api>(), vec![]);
}

#[test]
fn a_removed_or_renamed_placeholder_breaks() {
    mod v2 {
        #[derive(Debug, errcodes::ApiError)]
        pub enum Api {
            #[code(1, status = 400, msg = "bad request")]
            Bad,
            #[code(2, status = 404, msg = "member {member} not found")]
            NotFound { member: String },
            #[code(3, status = 429, msg = "slow down")]
            Slow {
                #[body]
                retry_after: u32,
            },
        }
    }
    let texts = breaking::<base::Api, v2::Api>();
    assert_eq!(
        texts,
        [
            "code 2 `NotFound`: placeholder `{id}` was removed from the message: clients \
             reading it out of the message find nothing",
            "code 2 `NotFound`: placeholder `{member}` was added to the message: clients \
             reading placeholders by the old template no longer match the text",
        ]
    );
}

mod placeholder_added {
    #[derive(Debug, errcodes::ApiError)]
    pub enum Api {
        #[code(1, status = 400, msg = "bad request")]
        Bad,
        #[code(2, status = 404, msg = "member {id} not found in {system}")]
        NotFound { id: String, system: String },
        #[code(3, status = 429, msg = "slow down")]
        Slow {
            #[body]
            retry_after: u32,
        },
    }
}

#[test]
fn an_added_placeholder_breaks() {
    let texts = breaking::<base::Api, placeholder_added::Api>();
    assert_eq!(texts.len(), 1, "{texts:#?}");
    assert!(
        texts[0].contains("placeholder `{system}` was added"),
        "{texts:#?}"
    );
}

/// Why an added placeholder is breaking: a client built on v1 reads `{id}`
/// out of the message by v1's template, which v2's message no longer fits.
#[test]
fn an_added_placeholder_stops_older_clients_decoding() {
    let body = serde_json::to_vec(&placeholder_added::Api::NotFound {
        id: "abc".into(),
        system: "s1".into(),
    })
    .unwrap();
    let decoded = base::Api::decode(&body, Some(StatusCode::NOT_FOUND)).unwrap();
    match decoded {
        Decoded::Unrecognized(u) => assert_eq!(u.reason, Reason::NotRebuildable),
        Decoded::Known(e) => panic!("v1 decoded v2's body as {:?}", e.error),
    }
}

#[test]
fn text_around_placeholders_is_contract_and_other_text_is_not() {
    mod v2 {
        #[derive(Debug, errcodes::ApiError)]
        pub enum Api {
            #[code(1, status = 400, msg = "the request is malformed")]
            Bad,
            #[code(2, status = 404, msg = "no member {id}")]
            NotFound { id: String },
            #[code(3, status = 429, msg = "too many requests")]
            Slow {
                #[body]
                retry_after: u32,
            },
        }
    }
    assert_eq!(
        breaking::<base::Api, v2::Api>(),
        [
            "code 2 `NotFound`: the message was \"member {id} not found\" and is now \
          \"no member {id}\": clients reading placeholders by the old template no longer \
          match the text"
        ]
    );
    assert_eq!(compatible::<base::Api, v2::Api>(), Vec::<String>::new());
}

#[test]
fn the_text_of_an_entry_without_a_code_is_contract() {
    mod v1 {
        #[derive(Debug, errcodes::ApiError)]
        #[api_error(format = errcodes::format::Mastodon)]
        pub enum Api {
            #[code(_, status = 404, msg = "Record not found")]
            NotFound,
        }
    }
    mod v2 {
        #[derive(Debug, errcodes::ApiError)]
        #[api_error(format = errcodes::format::Mastodon)]
        pub enum Api {
            #[code(_, status = 404, msg = "No such record")]
            NotFound,
        }
    }
    let texts = breaking::<v1::Api, v2::Api>();
    assert_eq!(texts.len(), 1, "{texts:#?}");
    assert!(
        texts[0].starts_with("the entry without a code `NotFound`: the message was"),
        "{texts:#?}"
    );
    assert!(texts[0].ends_with("clients tell this entry apart by its text"));
}

#[test]
fn a_removed_body_member_breaks() {
    mod v2 {
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
    assert_eq!(
        breaking::<base::Api, v2::Api>(),
        [
            "code 3 `Slow`: body member `retry_after` (integer 0.. format uint32) was removed: clients reading it \
          find nothing"
        ]
    );
}

#[test]
fn a_retyped_body_member_breaks() {
    mod v2 {
        #[derive(Debug, errcodes::ApiError)]
        pub enum Api {
            #[code(1, status = 400, msg = "bad request")]
            Bad,
            #[code(2, status = 404, msg = "member {id} not found")]
            NotFound { id: String },
            #[code(3, status = 429, msg = "slow down")]
            Slow {
                #[body]
                retry_after: String,
            },
        }
    }
    assert_eq!(
        breaking::<base::Api, v2::Api>(),
        [
            "code 3 `Slow`: body member `retry_after` was integer 0.. format uint32 and is now string: \
          clients reading it as integer 0.. format uint32 fail"
        ]
    );
}

mod optional_member {
    #[derive(Debug, errcodes::ApiError)]
    pub enum Api {
        #[code(1, status = 400, msg = "bad request")]
        Bad,
        #[code(2, status = 404, msg = "member {id} not found")]
        NotFound { id: String },
        #[code(3, status = 429, msg = "slow down")]
        Slow {
            #[body]
            retry_after: Option<u32>,
        },
    }
}

#[test]
fn a_member_that_may_now_be_absent_breaks() {
    assert_eq!(
        breaking::<base::Api, optional_member::Api>(),
        [
            "code 3 `Slow`: body member `retry_after` was integer 0.. format uint32 and is now optional \
          integer 0.. format uint32: clients reading it as integer 0.. format uint32 fail"
        ]
    );
}

#[test]
fn a_member_that_is_now_always_present_passes() {
    assert_eq!(
        breaking::<optional_member::Api, base::Api>(),
        Vec::<String>::new()
    );
    assert_eq!(
        compatible::<optional_member::Api, base::Api>(),
        ["code 3 `Slow`: body member `retry_after` was optional integer 0.. format uint32 and is now integer 0.. format uint32"]
    );
}

#[test]
fn additions_pass() {
    mod v2 {
        #[derive(Debug, errcodes::ApiError)]
        pub enum Api {
            #[code(1, status = 400, msg = "bad request")]
            Bad {
                #[body]
                field: Option<String>,
            },
            #[code(2, status = 404, msg = "member {id} not found")]
            NotFound { id: String },
            #[code(3, status = 429, msg = "slow down")]
            Slow {
                #[body]
                retry_after: u32,
            },
            #[code(4, status = 409, msg = "conflict")]
            Conflict,
        }
    }
    assert_eq!(breaking::<base::Api, v2::Api>(), Vec::<String>::new());
    assert_eq!(
        compatible::<base::Api, v2::Api>(),
        [
            "code 1 `Bad`: body member `field` (optional string) was added",
            "code 4 `Conflict` was added",
        ]
    );
}

#[test]
fn a_code_newly_shared_breaks() {
    mod v2 {
        #[derive(Debug, errcodes::ApiError)]
        pub enum Api {
            #[code(1, status = 400, msg = "bad request", shared)]
            Bad,
            #[code(1, status = 422, msg = "unprocessable", shared)]
            Unprocessable,
            #[code(2, status = 404, msg = "member {id} not found")]
            NotFound { id: String },
            #[code(3, status = 429, msg = "slow down")]
            Slow {
                #[body]
                retry_after: u32,
            },
        }
    }
    let texts = breaking::<base::Api, v2::Api>();
    assert_eq!(texts.len(), 1, "{texts:#?}");
    assert!(
        texts[0].starts_with("code 1 `Bad` now shares its code"),
        "{texts:#?}"
    );
    assert!(
        compatible::<base::Api, v2::Api>().contains(&"code 1 `Unprocessable` was added".to_owned())
    );
}

#[test]
fn another_format_breaks_content_type_and_members() {
    mod v2 {
        #[derive(Debug, errcodes::ApiError)]
        #[api_error(format = errcodes::format::Problem)]
        pub enum Api {
            #[code(1, status = 400, msg = "bad request")]
            Bad,
            #[code(2, status = 404, msg = "member {id} not found")]
            NotFound { id: String },
            #[code(3, status = 429, msg = "slow down")]
            Slow {
                #[body]
                retry_after: u32,
            },
        }
    }
    let texts = breaking::<base::Api, v2::Api>();
    assert!(
        texts[0]
            .starts_with("bodies were `application/json` and are now `application/problem+json`"),
        "{texts:#?}"
    );
    assert!(
        texts.contains(
            &"code 1 `Bad`: body member `message` (string) was removed: clients reading it \
              find nothing"
                .to_owned()
        ),
        "{texts:#?}"
    );
}

fn seed_locks() -> [Lock; 5] {
    use errcodes_catalogues::{cocam, fresns, kakao, mastodon};
    [
        Lock::of::<cocam::CocamError>(),
        Lock::of::<fresns::FresnsError>(),
        Lock::of::<kakao::KakaoGameError>(),
        Lock::of::<mastodon::MastodonError>(),
        Lock::of::<pluralkit::PluralKitError>(),
    ]
}

#[test]
fn a_lock_reads_back_as_written() {
    for lock in seed_locks() {
        let text = lock.to_string();
        assert_eq!(Lock::parse(&text), Ok(lock), "{text}");
    }
}

#[test]
fn a_lock_has_one_line_per_entry_sorted_by_code() {
    let text = Lock::of::<base::Api>().to_string();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[1..],
        [
            r#"{"errcode_contract":2,"type":"Api","content_type":"application/json","format":"plain"}"#,
            r#"{"code":1,"name":"Bad","status":400,"grpc":"INVALID_ARGUMENT","members":{"code":"integer","message":"string"}}"#,
            r#"{"code":2,"name":"NotFound","status":404,"grpc":"NOT_FOUND","placeholders":["id"],"exposed":true,"message":"member {id} not found","members":{"code":"integer","message":"string"}}"#,
            r#"{"code":3,"name":"Slow","status":429,"grpc":"RESOURCE_EXHAUSTED","members":{"code":"integer","message":"string","retry_after":"integer 0.. format uint32"}}"#,
        ]
    );
}

#[test]
fn a_file_that_is_not_a_lock_is_refused_with_its_line() {
    let err = Lock::parse(
        "{\"errcode_contract\":1,\"type\":\"A\",\"content_type\":\"x\"}\n{\"code\":1}\n",
    )
    .unwrap_err();
    assert_eq!((err.line, err.reason.as_str()), (2, "no `members`"));
    assert_eq!(Lock::parse("[]").unwrap_err().line, 1);
    assert_eq!(Lock::parse("").unwrap_err().reason, "empty lock");
}

fn scratch(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("contract");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    let _ = std::fs::remove_file(&path);
    path
}

#[test]
fn a_lock_file_end_to_end() {
    let path = scratch("end-to-end.lock");

    // No lock: fails, writes nothing.
    let err = contract::check_with::<base::Api>(&path, Mode::Check).unwrap_err();
    assert!(matches!(err, Error::Missing { .. }), "{err}");
    assert!(err.to_string().contains("ERRCODE_ACCEPT=1"), "{err}");
    assert!(!path.exists());

    // Accepted: written; then unchanged.
    assert_eq!(
        contract::check_with::<base::Api>(&path, Mode::Accept).unwrap(),
        Outcome::Written(vec![])
    );
    let v1 = std::fs::read_to_string(&path).unwrap();
    assert_eq!(
        contract::check_with::<base::Api>(&path, Mode::Check).unwrap(),
        Outcome::Unchanged
    );

    // A compatible change passes and is recorded.
    let Outcome::Written(recorded) =
        contract::check_with::<optional_member::Api>(&path, Mode::Accept).unwrap()
    else {
        panic!("not written")
    };
    assert!(recorded.iter().any(|c| c.breaking));
    assert!(matches!(
        contract::check_with::<base::Api>(&path, Mode::Check).unwrap(),
        Outcome::Written(c) if c.iter().all(|c| !c.breaking) && c.len() == 1
    ));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), v1);

    // A breaking change fails, explains, and leaves the file alone.
    let err = contract::check_with::<placeholder_added::Api>(&path, Mode::Check).unwrap_err();
    let text = err.to_string();
    assert!(
        text.starts_with("the error contract in ")
            && text.contains("has 1 breaking change:\n  - breaking: code 2 `NotFound`: placeholder `{system}` was added")
            && text.ends_with("run the tests with ERRCODE_ACCEPT=1 to rewrite the lock, and commit it"),
        "{text}"
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), v1);

    // A damaged lock is refused, and accepting rewrites it.
    std::fs::write(&path, v1.replace("\"members\"", "\"member\"")).unwrap();
    let err = contract::check_with::<base::Api>(&path, Mode::Check).unwrap_err();
    assert!(matches!(err, Error::Parse { .. }), "{err}");
    contract::check_with::<base::Api>(&path, Mode::Accept).unwrap();
    assert_eq!(std::fs::read_to_string(&path).unwrap(), v1);
}

/// Run by `the_environment_variable_accepts` in a child process, where
/// `ERRCODE_ACCEPT` is set: setting it here would reach tests running in
/// parallel threads.
#[test]
#[ignore = "run by the_environment_variable_accepts"]
fn accept_in_child() {
    let path = std::env::var_os("ERRCODE_TEST_LOCK").expect("run by the parent test");
    contract::assert_contract::<placeholder_added::Api>(path);
}

/// `assert_contract` panics with the explanation, and `ERRCODE_ACCEPT=1`
/// rewrites the lock instead.
#[test]
fn the_environment_variable_accepts() {
    let path = scratch("env.lock");
    contract::check_with::<base::Api>(&path, Mode::Accept).unwrap();
    let run = |accept: &str| {
        crate::common::child::run_accepting(
            "contract::accept_in_child",
            "ERRCODE_TEST_LOCK",
            &path,
            accept,
        )
    };
    let refused = run("0");
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stdout).contains("placeholder `{system}` was added"));
    assert_eq!(
        Lock::parse(&std::fs::read_to_string(&path).unwrap()).unwrap(),
        Lock::of::<base::Api>()
    );

    let accepted = run("1");
    assert!(accepted.status.success(), "{accepted:?}");
    assert_eq!(
        Lock::parse(&std::fs::read_to_string(&path).unwrap()).unwrap(),
        Lock::of::<placeholder_added::Api>()
    );
}

/// The repository guards its own seed catalogue: this fails if the
/// PluralKit enum changes its contract without the lock being rewritten.
#[test]
fn the_pluralkit_catalogue_keeps_its_contract() {
    contract::assert_contract::<pluralkit::PluralKitError>("tests/data/pluralkit.errors.lock");
}

#[test]
fn entries_with_the_same_code_and_name_pair_in_order() {
    mod v1 {
        #[derive(Debug, errcodes::ApiError)]
        pub enum Api {
            #[code(5, status = 400, msg = "a", name = "Dup", shared)]
            A,
            #[code(5, status = 409, msg = "b", name = "Dup", shared)]
            B,
        }
    }
    mod v2 {
        #[derive(Debug, errcodes::ApiError)]
        pub enum Api {
            #[code(5, status = 400, msg = "a", name = "Dup", shared)]
            A,
            #[code(5, status = 410, msg = "b", name = "Dup", shared)]
            B,
        }
    }
    let texts = breaking::<v1::Api, v2::Api>();
    assert_eq!(texts.len(), 1, "{texts:#?}");
    assert!(
        texts[0].starts_with("code 5 `Dup` was sent with status 409 and is now sent with 410"),
        "{texts:#?}"
    );
}

#[test]
fn also_status_is_compatible_and_an_unseen_type_made_known_breaks() {
    mod v1 {
        // Encode-only, and never sent here: nothing constructs it.
        #[allow(dead_code)]
        #[derive(Debug, errcodes::ApiError)]
        pub enum Api {
            #[code(1, status = 409, also_status = 400, msg = "conflict")]
            Conflict {
                #[body(encode_only)]
                detail: crate::contract::Detail,
            },
        }
    }
    mod v2 {
        #[derive(Debug, errcodes::ApiError)]
        pub enum Api {
            #[code(1, status = 409, msg = "conflict")]
            Conflict {
                #[body]
                detail: Vec<String>,
            },
        }
    }
    assert_eq!(
        compatible::<v1::Api, v2::Api>(),
        [
            "code 1 `Conflict`: also_status was 400 and is now none",
            "code 1 `Conflict`: body member `detail[]` (string) was added",
        ]
    );
    // A type the lock cannot see (no JSON Schema) is not "anything": a
    // client reads it as the Rust type it had, so a known type in its place
    // is no narrowing (issue 20). Narrower types that are seen pass (ranges
    // and enum values in `wire_facts.rs`).
    assert_eq!(
        breaking::<v1::Api, v2::Api>(),
        [
            "code 1 `Conflict`: body member `detail` was unknown and is now array: its type was \
             unknown to the lock (no JSON Schema) and clients read it as the Rust type it had, \
             which the lock cannot compare; accept if that type is unchanged"
        ]
    );
    // The other way round widens the type: clients reading an array fail.
    assert_eq!(
        breaking::<v2::Api, v1::Api>(),
        [
            "code 1 `Conflict`: body member `detail` was array and is now unknown: clients \
             reading it as array fail",
            "code 1 `Conflict`: body member `detail[]` (string) was removed: clients reading it \
             find nothing",
        ]
    );
}

/// A body member whose Rust type tells no JSON type.
#[derive(Debug, serde::Serialize)]
pub struct Detail;

mod also {
    #[derive(Debug, errcodes::ApiError)]
    pub enum Api {
        #[code(1, status = 409, also_status = 400, msg = "conflict")]
        Conflict,
    }
}

/// Locks written before `also_status` took a list hold one number; they
/// keep reading, and the entry they lock is unchanged.
#[test]
fn a_lock_with_one_also_status_number_still_reads() {
    let old = "{\"errcode_contract\":1,\"type\":\"Api\",\"content_type\":\"application/json\"}\n\
               {\"code\":1,\"name\":\"Conflict\",\"status\":409,\"also_status\":400,\
               \"members\":{\"code\":\"integer\",\"message\":\"string\"}}\n";
    let lock = Lock::parse(old).unwrap();
    assert_eq!(lock.diff(&Lock::of::<also::Api>()), vec![]);
    assert!(
        lock.to_string()
            .contains(r#""status":409,"also_status":[400],"#),
        "{lock}"
    );
    // It records what version 1 did; checked, it is rewritten as the
    // catalogue's lock, which records more (see `history.rs`).
    let path = scratch("also-status-v1.lock");
    std::fs::write(&path, old).unwrap();
    let Outcome::Written(changes) = contract::check_with::<also::Api>(&path, Mode::Check).unwrap()
    else {
        panic!("not rewritten")
    };
    assert!(changes.iter().all(|c| !c.breaking), "{changes:#?}");
    assert_eq!(
        Lock::parse(&std::fs::read_to_string(&path).unwrap()),
        Ok(Lock::of::<also::Api>())
    );
}

#[test]
fn several_also_statuses_are_locked_as_a_set() {
    mod v1 {
        #[derive(Debug, errcodes::ApiError)]
        pub enum Api {
            #[code(1, status = 409, also_status = [403, 400], msg = "conflict")]
            Conflict,
        }
    }
    mod reordered {
        #[derive(Debug, errcodes::ApiError)]
        pub enum Api {
            #[code(1, status = 409, also_status = [400, 403], msg = "conflict")]
            Conflict,
        }
    }
    let lock = Lock::of::<v1::Api>();
    assert!(
        lock.to_string().contains(r#""also_status":[400,403],"#),
        "{lock}"
    );
    assert_eq!(Lock::parse(&lock.to_string()), Ok(lock));
    assert_eq!(changes::<v1::Api, reordered::Api>(), vec![]);
    assert_eq!(
        compatible::<v1::Api, also::Api>(),
        ["code 1 `Conflict`: also_status was 400, 403 and is now 400"]
    );
    assert_eq!(
        compatible::<also::Api, v1::Api>(),
        ["code 1 `Conflict`: also_status was 400 and is now 400, 403"]
    );
    assert_eq!(breaking::<v1::Api, also::Api>(), Vec::<String>::new());
}

/// A member type a lock cannot hold is a parse error naming its line, not a
/// type read as nothing, nor a stack run out by nesting.
#[test]
fn a_hostile_member_type_is_a_parse_error() {
    let header = r#"{"errcode_contract":1,"type":"Api","content_type":"application/json"}"#;
    let line = |ty: &str| {
        format!(
            "{header}\n{{\"code\":1,\"name\":\"A\",\"status\":400,\"members\":{{\"a\":{}}}}}\n",
            serde_json::to_string(ty).unwrap()
        )
    };
    let nested = format!("{}integer{}", "array<".repeat(100_000), ">".repeat(100_000));
    for (ty, reason) in [
        ("array<array<array<", "a member's type is unbalanced"),
        (nested.as_str(), "a member's type nests arrays too deep"),
    ] {
        let err = Lock::parse(&line(ty)).unwrap_err();
        assert_eq!((err.line, err.reason.as_str()), (2, reason));
    }
    assert!(Lock::parse(&line("array<array<integer>>")).is_ok());
}

mod damaged_lines {
    use errcodes::contract::{self, Lock, Mode};

    mod released {
        #[derive(Debug, errcodes::ApiError)]
        pub enum Api {
            #[code(1, status = 400, msg = "bad")]
            Bad,
            #[code(2, status = 400, msg = "worse")]
            Worse,
        }
    }

    mod status_changed {
        #[derive(Debug, errcodes::ApiError)]
        pub enum Api {
            #[code(1, status = 500, msg = "bad")]
            Bad,
            #[code(2, status = 400, msg = "worse")]
            Worse,
        }
    }

    fn released_lock() -> String {
        Lock::of::<released::Api>().to_string()
    }

    /// A line with both `code` and `retired` (a hand edit or a merge gone
    /// wrong) is read as a retired line: entry 1 silently leaves the lock,
    /// code 7 (never used) is recorded as retired, and a breaking change to
    /// entry 1 then passes a check as "code 1 `Bad` was added".
    #[test]
    fn a_line_with_both_code_and_retired_is_a_parse_error() {
        let text = released_lock().replace("{\"code\":1,", "{\"retired\":7,\"code\":1,");
        let err = Lock::parse(&text).expect_err("read as a retired line, entry 1 dropped");
        assert_eq!(err.line, 3, "{err:?}");
    }

    #[test]
    fn a_line_with_both_code_and_retired_lets_no_break_pass() {
        let path = super::scratch("damaged-code-and-retired.lock");
        let text = released_lock().replace("{\"code\":1,", "{\"retired\":7,\"code\":1,");
        std::fs::write(&path, &text).unwrap();
        let outcome = contract::check_with::<status_changed::Api>(&path, Mode::Check);
        assert!(
            outcome.is_err(),
            "the status change 400 -> 500 passed: {outcome:?}"
        );
    }

    /// The same (not shared) entry's line twice, as a merge that kept both
    /// sides leaves it: the check says code 1 "was removed", though the
    /// catalogue still has it, unchanged.
    #[test]
    fn a_duplicated_line_is_not_reported_as_a_removal() {
        let text = released_lock();
        let line = text
            .lines()
            .find(|l| l.starts_with("{\"code\":1,"))
            .unwrap()
            .to_owned();
        let path = super::scratch("damaged-duplicate.lock");
        std::fs::write(&path, format!("{text}{line}\n")).unwrap();
        let outcome = contract::check_with::<released::Api>(&path, Mode::Check);
        if let Err(err) = &outcome {
            assert!(!err.to_string().contains("was removed"), "{err}");
        }
    }
}
