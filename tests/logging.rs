//! Feature `tracing`: each error response the adapters build is logged once,
//! at a level by its status, with fields a log search can use.
//!
//! A binary of its own, not a module of `tests/web/`: tracing caches each
//! callsite's interest process-wide, and a test there logging with no
//! subscriber can register a callsite as unwanted while a test here installs
//! its subscriber, which then sees no event.
#![cfg(all(feature = "tracing", feature = "axum", feature = "actix-web"))]

use std::collections::BTreeMap;
use std::fmt;
use std::sync::{Arc, Mutex};

use errcodes::ApiError;
use tracing::field::{Field, Visit};
use tracing::{Event, Level, Subscriber};
use tracing_subscriber::layer::{Context, Layer, SubscriberExt};

#[derive(Debug, ApiError)]
pub enum StoreError {
    #[code(1, status = 404, msg = "No member {id}")]
    NotFound { id: u32 },

    #[code(2, status = 503, msg = "Database unavailable")]
    Database(#[source] Driver),

    #[code(3, status = 400, msg = "Bad header")]
    BadHeader {
        #[header("X-Detail")]
        detail: String,
    },
}

/// A driver error with a cause of its own: the log shows the whole chain.
#[derive(Debug)]
pub struct Driver(std::io::Error);

impl fmt::Display for Driver {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("connection pool exhausted")
    }
}

impl std::error::Error for Driver {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.0)
    }
}

#[derive(Debug, Clone)]
struct Captured {
    level: Level,
    target: String,
    fields: BTreeMap<String, String>,
}

#[derive(Clone, Default)]
struct Capture(Arc<Mutex<Vec<Captured>>>);

struct Fields<'a>(&'a mut BTreeMap<String, String>);

impl Visit for Fields<'_> {
    fn record_debug(&mut self, field: &Field, value: &dyn fmt::Debug) {
        self.0.insert(field.name().to_owned(), format!("{value:?}"));
    }

    fn record_str(&mut self, field: &Field, value: &str) {
        self.0.insert(field.name().to_owned(), value.to_owned());
    }
}

impl<S: Subscriber> Layer<S> for Capture {
    fn on_event(&self, event: &Event<'_>, _: Context<'_, S>) {
        let mut fields = BTreeMap::new();
        event.record(&mut Fields(&mut fields));
        self.0.lock().unwrap().push(Captured {
            level: *event.metadata().level(),
            target: event.metadata().target().to_owned(),
            fields,
        });
    }
}

/// The events `f` logs.
fn events(f: impl FnOnce()) -> Vec<Captured> {
    let capture = Capture::default();
    let subscriber = tracing_subscriber::registry().with(capture.clone());
    tracing::subscriber::with_default(subscriber, f);
    let events = capture.0.lock().unwrap().clone();
    events
}

fn field<'a>(event: &'a Captured, name: &str) -> &'a str {
    event.fields.get(name).map_or("", String::as_str)
}

#[test]
fn a_4xx_is_logged_once_at_info_with_its_fields() {
    let logged = events(|| {
        let _ = errcodes::axum::into_response(&StoreError::NotFound { id: 7 });
    });
    assert_eq!(logged.len(), 1, "{logged:?}");
    let event = &logged[0];
    assert_eq!(event.level, Level::INFO);
    assert_eq!(event.target, "errcodes");
    assert_eq!(field(event, "code"), "1");
    assert_eq!(field(event, "name"), "NotFound");
    assert_eq!(field(event, "status"), "404");
    assert_eq!(field(event, "message"), "No member 7");
    assert!(!event.fields.contains_key("sources"));
}

#[test]
fn a_5xx_is_logged_at_error_with_its_source_chain() {
    let e = StoreError::Database(Driver(std::io::Error::other("timed out after 5s")));
    for logged in [
        events(|| {
            let _ = errcodes::axum::into_response(&e);
        }),
        events(|| {
            let _ = errcodes::actix_web::error_response(&e);
        }),
    ] {
        assert_eq!(logged.len(), 1, "{logged:?}");
        let event = &logged[0];
        assert_eq!(event.level, Level::ERROR);
        assert_eq!(field(event, "status"), "503");
        assert_eq!(field(event, "name"), "Database");
        assert_eq!(
            field(event, "sources"),
            "connection pool exhausted: timed out after 5s"
        );
    }
}

#[test]
fn a_header_that_cannot_be_sent_is_logged_as_a_warning() {
    let e = StoreError::BadHeader {
        detail: "a\r\nb".into(),
    };
    let logged = events(|| {
        let response = errcodes::axum::into_response(&e);
        assert!(response.headers().get("x-detail").is_none());
    });
    let levels: Vec<Level> = logged.iter().map(|e| e.level).collect();
    assert_eq!(levels, [Level::WARN, Level::INFO]);
    assert_eq!(field(&logged[0], "header"), "X-Detail");
}

errcodes::error_set! {
    /// `GET /members/{id}`, which may not fail with `BadHeader`.
    pub GetMember: StoreError = [NotFound, Database];
}

#[test]
fn an_undeclared_error_is_logged_naming_the_set_and_the_entry() {
    // The only test of this binary that changes the policy.
    for (policy, sent) in [
        (errcodes::Undeclared::Send, "sent"),
        (errcodes::Undeclared::Replace, "replaced"),
    ] {
        policy.set();
        for logged in [
            events(|| {
                let _ = errcodes::axum::screened_response::<GetMember>(StoreError::BadHeader {
                    detail: "x".into(),
                });
            }),
            events(|| {
                let _ =
                    errcodes::actix_web::screened_response::<GetMember>(&StoreError::BadHeader {
                        detail: "x".into(),
                    });
            }),
        ] {
            let undeclared = logged.iter().find(|e| e.fields.contains_key("set"));
            let event = undeclared.unwrap_or_else(|| panic!("{logged:?}"));
            assert_eq!(event.level, Level::ERROR);
            assert_eq!(field(event, "set"), "GetMember");
            assert_eq!(
                (field(event, "code"), field(event, "name")),
                ("3", "BadHeader")
            );
            assert_eq!(field(event, "sent"), sent);
            assert_eq!(
                field(event, "message"),
                "a handler returning GetMember sent BadHeader (3), which the set does not declare"
            );
        }
    }
    errcodes::Undeclared::Panic.set();
    // A declared error logs as any error response does, and nothing more.
    let logged = events(|| {
        let _ = errcodes::axum::screened_response::<GetMember>(StoreError::NotFound { id: 1 });
    });
    assert_eq!(logged.len(), 1, "{logged:?}");
    assert!(!logged[0].fields.contains_key("set"));
}
