//! `std::error::Error::source()` and `From` for `#[from]` fields.

use std::error::Error as _;
use std::fmt;

use errcodes::ApiError;

#[derive(Debug)]
struct Inner(&'static str);

impl fmt::Display for Inner {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

impl std::error::Error for Inner {}

#[test]
fn source_attribute() {
    #[derive(Debug, ApiError)]
    enum E {
        #[code(1, status = 500, msg = "storage failed")]
        Storage(#[source] Inner),
        #[code(2, status = 500, msg = "named {detail}")]
        Named {
            detail: u8,
            #[source]
            cause: Inner,
        },
        #[code(3, status = 400, msg = "plain")]
        Plain,
    }
    let e = E::Storage(Inner("disk full"));
    assert_eq!(e.source().unwrap().to_string(), "disk full");
    assert!(e.source().unwrap().downcast_ref::<Inner>().is_some());
    let named = E::Named {
        detail: 1,
        cause: Inner("inner"),
    };
    assert_eq!(named.source().unwrap().to_string(), "inner");
    assert_eq!(named.to_string(), "named 1");
    assert!(E::Plain.source().is_none());
    // The source's text is not part of the message.
    assert_eq!(e.to_string(), "storage failed");
}

#[test]
fn field_named_source_is_the_source() {
    #[derive(Debug, ApiError)]
    enum E {
        #[code(1, status = 500, msg = "failed")]
        Failed { source: Inner },
    }
    let e = E::Failed {
        source: Inner("named source"),
    };
    assert_eq!(e.source().unwrap().to_string(), "named source");
}

#[test]
fn no_source_anywhere_is_none() {
    #[derive(Debug, ApiError)]
    enum E {
        #[code(1, status = 400, msg = "{0}")]
        A(String),
    }
    assert!(E::A("x".into()).source().is_none());
}

#[test]
fn from_builds_the_variant_and_is_the_source() {
    #[derive(Debug, ApiError)]
    enum E {
        #[code(1, status = 500, msg = "io failed")]
        Io(#[from] std::io::Error),
        #[code(2, status = 400, msg = "bad json")]
        Json {
            #[from]
            error: serde_json::Error,
        },
    }
    fn read() -> Result<(), E> {
        Err(std::io::Error::other("boom"))?;
        Ok(())
    }
    let e = read().unwrap_err();
    assert!(matches!(e, E::Io(_)));
    assert_eq!(e.source().unwrap().to_string(), "boom");
    assert_eq!(e.code(), 1);

    let json_error = serde_json::from_str::<u8>("x").unwrap_err();
    let e = E::from(json_error);
    assert!(matches!(e, E::Json { .. }));
    assert!(e.source().unwrap().is::<serde_json::Error>());
}

#[test]
fn boxed_dyn_error_source() {
    #[derive(Debug, ApiError)]
    enum E {
        #[code(1, status = 500, msg = "boxed")]
        Boxed(#[source] Box<dyn std::error::Error + Send + Sync>),
        #[code(2, status = 500, msg = "boxed, not send")]
        Local(#[source] Box<dyn std::error::Error>),
        #[code(3, status = 500, msg = "from box")]
        FromBox(#[from] Box<dyn std::error::Error + Send + Sync + 'static>),
    }
    let e = E::Boxed("text error".into());
    assert_eq!(e.source().unwrap().to_string(), "text error");
    let local = E::Local(Box::new(Inner("local")));
    assert_eq!(local.source().unwrap().to_string(), "local");
    let boxed: Box<dyn std::error::Error + Send + Sync> = Box::new(Inner("inner"));
    let from = E::from(boxed);
    // The source is the boxed error itself, not the box.
    assert!(from.source().unwrap().downcast_ref::<Inner>().is_some());
}

#[test]
fn source_chain_walks_through() {
    #[derive(Debug, ApiError)]
    enum Outer {
        #[code(1, status = 500, msg = "outer")]
        Wrapped(#[from] Middle),
    }
    #[derive(Debug, ApiError)]
    enum Middle {
        #[code(2, status = 500, msg = "middle")]
        Wrapped(#[source] Inner),
    }
    let e = Outer::from(Middle::Wrapped(Inner("root")));
    let mut chain = Vec::new();
    let mut next: Option<&dyn std::error::Error> = Some(&e);
    while let Some(error) = next {
        chain.push(error.to_string());
        next = error.source();
    }
    assert_eq!(chain, ["outer", "middle", "root"]);
}

#[test]
fn struct_source() {
    #[derive(Debug, ApiError)]
    #[code(1, status = 500, msg = "struct failed")]
    struct Failed {
        #[source]
        cause: Inner,
    }
    assert_eq!(
        Failed {
            cause: Inner("why")
        }
        .source()
        .unwrap()
        .to_string(),
        "why"
    );
}

#[test]
fn source_with_body_field_beside_it() {
    #[derive(Debug, ApiError)]
    enum E {
        #[code(1, status = 503, msg = "retry later")]
        Unavailable {
            #[source]
            cause: Inner,
            #[body]
            retry_after: u64,
        },
    }
    let e = E::Unavailable {
        cause: Inner("secret internal detail"),
        retry_after: 5,
    };
    let body = serde_json::to_string(&e).unwrap();
    assert!(!body.contains("secret"), "{body}");
    assert!(body.contains("\"retry_after\":5"), "{body}");
    assert_eq!(e.source().unwrap().to_string(), "secret internal detail");
}

/// As in thiserror: an explicit `#[source]` wins over a field named `source`,
/// which is then an ordinary field (here, shown in the message).
#[test]
fn explicit_source_beside_a_field_named_source() {
    #[derive(Debug, ApiError)]
    enum E {
        #[code(1, status = 400, msg = "from {source}")]
        Failed {
            source: String,
            #[source]
            cause: Inner,
        },
    }
    #[derive(Debug, ApiError)]
    #[code(2, status = 400, msg = "from {source}")]
    struct S {
        source: &'static str,
        #[source]
        cause: Inner,
    }
    let e = E::Failed {
        source: "upstream".into(),
        cause: Inner("the attributed one"),
    };
    assert_eq!(e.source().unwrap().to_string(), "the attributed one");
    assert_eq!(e.to_string(), "from upstream");
    // `source` is an ordinary field now, so its value reaches the body.
    assert!(e.info().exposes_message());
    let s = S {
        source: "named",
        cause: Inner("marked with source"),
    };
    assert_eq!(s.source().unwrap().to_string(), "marked with source");
}

#[test]
fn optional_source_is_the_source_when_some() {
    #[derive(Debug, ApiError)]
    enum E {
        #[code(1, status = 500, msg = "attribute")]
        Attribute(#[source] Option<Inner>),
        #[code(2, status = 500, msg = "named")]
        Named { source: Option<std::io::Error> },
        #[code(3, status = 500, msg = "boxed")]
        Boxed(#[source] Option<Box<dyn std::error::Error + Send + Sync>>),
    }
    assert_eq!(
        E::Attribute(Some(Inner("a"))).source().unwrap().to_string(),
        "a"
    );
    assert!(E::Attribute(None).source().is_none());
    let named = E::Named {
        source: Some(std::io::Error::other("io")),
    };
    assert_eq!(named.source().unwrap().to_string(), "io");
    assert!(E::Named { source: None }.source().is_none());
    let boxed = E::Boxed(Some("boxed".into()));
    assert_eq!(boxed.source().unwrap().to_string(), "boxed");
}

#[test]
fn from_an_optional_field_converts_the_error_itself() {
    #[derive(Debug, ApiError)]
    enum E {
        #[code(1, status = 500, msg = "io")]
        Io(#[from] Option<std::io::Error>),
    }
    #[derive(Debug, ApiError)]
    #[code(1, status = 500, msg = "fmt")]
    struct S {
        #[from]
        source: Option<std::fmt::Error>,
    }
    let e = E::from(std::io::Error::other("x"));
    assert!(matches!(&e, E::Io(Some(_))));
    assert_eq!(e.source().unwrap().to_string(), "x");
    let s: S = std::fmt::Error.into();
    assert!(s.source.is_some());
}

#[test]
fn source_that_derefs_to_an_error() {
    #[derive(Debug, ApiError)]
    enum E {
        #[code(1, status = 500, msg = "arc")]
        Arc(#[source] std::sync::Arc<dyn std::error::Error + Send + Sync>),
        #[code(2, status = 500, msg = "boxed concrete")]
        Boxed(#[source] Box<Inner>),
    }
    let e = E::Arc(std::sync::Arc::new(Inner("arc")));
    assert_eq!(e.source().unwrap().to_string(), "arc");
    let e = E::Boxed(Box::new(Inner("box")));
    assert_eq!(e.source().unwrap().to_string(), "box");
}
