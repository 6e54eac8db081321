//! The retry class, the fault side and the retry delay's member in the
//! lock: a class changed breaks clients that retry by it, a line without a
//! class (every lock older than classes) has its status's.

use errcodes::contract::Lock;

use crate::contract::{breaking, compatible};

mod v1 {
    #[derive(Debug, errcodes::ApiError)]
    pub enum Api {
        #[code(1, status = 409, msg = "busy")]
        Busy,
        #[code(2, status = 500, msg = "storage failed")]
        Storage,
        #[code(3, status = 429, msg = "slow down")]
        Slow {
            #[body(retry_after = "ms")]
            wait: u64,
        },
    }
}

#[test]
fn a_changed_retry_class_breaks() {
    mod v2 {
        #[derive(Debug, errcodes::ApiError)]
        pub enum Api {
            #[code(1, status = 409, msg = "busy", retry = "after")]
            Busy,
            #[code(2, status = 500, msg = "storage failed", retry = "never")]
            Storage,
            #[code(3, status = 429, msg = "slow down")]
            Slow {
                #[body(retry_after = "ms")]
                wait: u64,
            },
        }
    }
    assert_eq!(
        breaking::<v1::Api, v2::Api>(),
        [
            "code 1 `Busy`: its retry class was `never` and is now `after`: clients retry it, or \
             give up on it, by the old class",
            "code 2 `Storage`: its retry class was `safe` and is now `never`: clients retry it, \
             or give up on it, by the old class",
        ]
    );
    assert_eq!(compatible::<v1::Api, v2::Api>(), Vec::<String>::new());
}

#[test]
fn a_changed_fault_side_is_compatible() {
    mod v2 {
        #[derive(Debug, errcodes::ApiError)]
        pub enum Api {
            #[code(1, status = 409, msg = "busy", fault = "server")]
            Busy,
            #[code(2, status = 500, msg = "storage failed")]
            Storage,
            #[code(3, status = 429, msg = "slow down")]
            Slow {
                #[body(retry_after = "ms")]
                wait: u64,
            },
        }
    }
    assert_eq!(breaking::<v1::Api, v2::Api>(), Vec::<String>::new());
    assert_eq!(
        compatible::<v1::Api, v2::Api>(),
        ["code 1 `Busy`: its fault side was the client and is now the server"]
    );
}

#[test]
fn the_retry_delays_unit_or_member_changed_breaks() {
    mod seconds {
        #[derive(Debug, errcodes::ApiError)]
        pub enum Api {
            #[code(1, status = 409, msg = "busy")]
            Busy,
            #[code(2, status = 500, msg = "storage failed")]
            Storage,
            #[code(3, status = 429, msg = "slow down")]
            Slow {
                #[body(retry_after = "s")]
                wait: u64,
            },
        }
    }
    mod none {
        #[derive(Debug, errcodes::ApiError)]
        pub enum Api {
            #[code(1, status = 409, msg = "busy")]
            Busy,
            #[code(2, status = 500, msg = "storage failed")]
            Storage,
            #[code(3, status = 429, msg = "slow down")]
            Slow {
                #[body]
                wait: u64,
            },
        }
    }
    assert_eq!(
        breaking::<v1::Api, seconds::Api>(),
        [
            "code 3 `Slow`: the retry delay was in member `wait` (ms) and is now in `wait` (s): \
          clients wait by the old member and unit"
        ]
    );
    assert_eq!(
        breaking::<v1::Api, none::Api>(),
        [
            "code 3 `Slow`: member `wait` no longer carries the retry delay: clients waiting by \
          it retry at once"
        ]
    );
    assert_eq!(
        compatible::<none::Api, v1::Api>(),
        ["code 3 `Slow`: member `wait` carries the retry delay (ms)"]
    );
}

/// Only what differs from the status's default is written, so the lines
/// of entries that keep the defaults are those of a lock older than
/// classes, which read back with the defaults.
#[test]
fn the_lock_writes_declared_classes_and_reads_them_back() {
    mod declared {
        #[derive(Debug, errcodes::ApiError)]
        pub enum Api {
            #[code(1, status = 409, msg = "busy", retry = "after", fault = "server")]
            Busy,
            #[code(2, status = 500, msg = "storage failed", retry = "safe")]
            Storage,
            #[code(3, status = 429, msg = "slow down")]
            Slow {
                #[body(retry_after = "ms")]
                wait: u64,
            },
        }
    }
    let lock = Lock::of::<declared::Api>();
    let text = lock.to_string();
    let line = |code: &str| {
        text.lines()
            .find(|l| l.starts_with(&format!("{{\"code\":{code},")))
            .unwrap()
    };
    assert!(
        line("1").contains(r#""retry":"after","fault":"server""#),
        "{text}"
    );
    assert!(!line("2").contains("retry"), "{text}");
    assert!(
        line("3").ends_with(r#","retry_after":{"wait":"ms"}}"#),
        "{text}"
    );
    assert!(!line("3").contains(r#""retry":"#), "{text}");
    assert_eq!(Lock::parse(&text), Ok(lock));
}

/// A line of a lock written before classes: the 409's class is `never`, so
/// declaring `after` now breaks it; a class the reader does not know is
/// refused, naming the line.
#[test]
fn lines_without_a_class_have_their_statuss_and_bad_classes_are_refused() {
    let header =
        r#"{"errcode_contract":2,"type":"Api","content_type":"application/json","format":"plain"}"#;
    let busy = r#"{"code":1,"name":"Busy","status":409,"grpc":"ABORTED","members":{}}"#;
    let old = Lock::parse(&format!("{header}\n{busy}\n")).unwrap();
    mod after {
        #[derive(Debug, errcodes::ApiError)]
        pub enum Api {
            #[code(1, status = 409, msg = "busy", retry = "after", grpc = "ABORTED")]
            Busy,
        }
    }
    let changes = old.diff(&Lock::of::<after::Api>());
    assert!(
        changes.iter().any(|c| c.breaking
            && c.text
                .contains("retry class was `never` and is now `after`")),
        "{changes:?}"
    );
    let bad = busy.replace(r#""members""#, r#""retry":"sometimes","members""#);
    let err = Lock::parse(&format!("{header}\n{bad}\n")).unwrap_err();
    assert_eq!(err.line, 2);
    assert!(err.reason.contains("`retry`"), "{}", err.reason);
    let bad = busy.replace(
        r#""members":{}"#,
        r#""members":{},"retry_after":{"w":"min"}"#,
    );
    let err = Lock::parse(&format!("{header}\n{bad}\n")).unwrap_err();
    assert!(err.reason.contains("unit"), "{}", err.reason);
}
