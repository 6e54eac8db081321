//! Generic enums: bounds are added only where a field's use needs them.

use std::fmt;

use errcode::ApiError;

/// Implements `Debug` and nothing else: not `Display`, not `Error`, not `Serialize`.
#[derive(Debug)]
struct Opaque;

#[test]
fn displayed_parameter() {
    #[derive(Debug, ApiError)]
    enum E<T> {
        #[code(1, status = 400, msg = "bad value {0}")]
        Bad(T),
    }
    assert_eq!(E::Bad(5).to_string(), "bad value 5");
    assert_eq!(E::Bad("x").to_string(), "bad value x");
    assert_eq!(E::<u8>::catalogue().entries().len(), 1);
    assert_eq!(E::Bad(1).code(), 1);
}

#[test]
fn parameter_that_is_never_displayed_needs_no_display() {
    #[derive(Debug, ApiError)]
    enum E<T> {
        #[code(1, status = 400, msg = "hidden")]
        Hidden(#[allow(dead_code)] T),
    }
    // `Opaque` has no Display, yet `E<Opaque>` is a full ApiError.
    let e = E::Hidden(Opaque);
    assert_eq!(e.to_string(), "hidden");
    assert_eq!(e.status(), 400);
    let as_error: &dyn std::error::Error = &e;
    assert!(as_error.source().is_none());
    assert_eq!(
        serde_json::to_string(&e).unwrap(),
        r#"{"code":1,"message":"hidden"}"#
    );
}

#[test]
fn debug_spec_needs_only_debug() {
    #[derive(Debug, ApiError)]
    enum E<T> {
        #[code(1, status = 400, msg = "got {0:?}")]
        Got(T),
    }
    assert_eq!(E::Got(Opaque).to_string(), "got Opaque");
}

#[test]
fn hex_spec_needs_lower_hex() {
    #[derive(Debug, ApiError)]
    enum E<T> {
        #[code(1, status = 400, msg = "addr {0:#x}")]
        Addr(T),
    }
    assert_eq!(E::Addr(255_u32).to_string(), "addr 0xff");
}

#[test]
fn generic_source() {
    #[derive(Debug, ApiError)]
    enum E<S> {
        #[code(1, status = 500, msg = "wrapped")]
        Wrapped(#[source] S),
        #[code(2, status = 500, msg = "from")]
        Converted(#[from] std::fmt::Error),
    }
    let e: E<std::io::Error> = E::Wrapped(std::io::Error::other("inner"));
    assert_eq!(std::error::Error::source(&e).unwrap().to_string(), "inner");
    let f: E<std::io::Error> = std::fmt::Error.into();
    assert_eq!(f.code(), 2);
}

#[test]
fn generic_body_field_needs_serialize() {
    #[derive(Debug, ApiError)]
    enum E<T> {
        #[code(1, status = 429, msg = "slow down")]
        Throttled {
            #[body]
            retry_after: T,
        },
    }
    let e = E::Throttled { retry_after: 3_u64 };
    assert_eq!(
        serde_json::to_string(&e).unwrap(),
        r#"{"code":1,"message":"slow down","retry_after":3}"#
    );
}

#[test]
fn lifetimes_consts_and_where_clauses() {
    #[derive(Debug, ApiError)]
    enum E<'a, T, const N: usize>
    where
        T: fmt::Debug,
    {
        #[code(1, status = 400, msg = "{name} {values:?}")]
        Many { name: &'a str, values: [T; N] },
        #[code(2, status = 400, msg = "empty")]
        Empty,
    }
    let name = String::from("list");
    let e: E<'_, u8, 2> = E::Many {
        name: &name,
        values: [1, 2],
    };
    assert_eq!(e.to_string(), "list [1, 2]");
    assert_eq!(E::<u8, 0>::Empty.to_string(), "empty");
}

#[test]
fn parameter_inside_a_type() {
    #[derive(Debug, ApiError)]
    enum E<T> {
        #[code(1, status = 400, msg = "{0:?}")]
        Listed(Vec<T>),
        #[code(2, status = 400, msg = "{0}")]
        Shown(u8),
    }
    // `Vec<T>: Debug` is the only bound, so `T = Opaque` works.
    assert_eq!(E::<Opaque>::Listed(vec![Opaque]).to_string(), "[Opaque]");
    assert_eq!(E::<Opaque>::Shown(3).to_string(), "3");
}

#[test]
fn generic_struct() {
    #[derive(Debug, ApiError)]
    #[code(1, status = 400, msg = "value {value}")]
    struct S<T> {
        value: T,
    }
    assert_eq!(S { value: 1.5 }.to_string(), "value 1.5");
}
