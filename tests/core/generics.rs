//! Generic enums: bounds are added only where a field's use needs them.
//! The messages that show a parameter's field are 5xx: no client sees a
//! field whose type names a parameter, which may be an error
//! (`tests/ui/leak/parameter-shown-*.rs`).

use std::fmt;

use errcodes::ApiError;

/// Implements `Debug` and nothing else: not `Display`, not `Error`, not `Serialize`.
#[derive(Debug)]
struct Opaque;

#[test]
fn displayed_parameter() {
    #[derive(Debug, ApiError)]
    enum E<T> {
        #[code(1, status = 500, msg = "bad value {0}")]
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
        #[code(1, status = 500, msg = "got {0:?}")]
        Got(T),
    }
    assert_eq!(E::Got(Opaque).to_string(), "got Opaque");
}

#[test]
fn hex_spec_needs_lower_hex() {
    #[derive(Debug, ApiError)]
    enum E<T> {
        #[code(1, status = 500, msg = "addr {0:#x}")]
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
        #[code(3, status = 500, msg = "maybe")]
        Maybe(#[source] Option<S>),
    }
    let e: E<std::io::Error> = E::Maybe(Some(std::io::Error::other("maybe")));
    assert_eq!(std::error::Error::source(&e).unwrap().to_string(), "maybe");
    assert!(std::error::Error::source(&E::<std::io::Error>::Maybe(None)).is_none());
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
fn a_body_field_of_a_parameters_type_has_no_declared_schema() {
    #[derive(Debug, ApiError)]
    enum E<'a, T> {
        #[code(1, status = 429, msg = "slow down")]
        Throttled {
            #[body]
            retry_after: T,
            #[body(encode_only)]
            scope: &'a str,
            #[body]
            tries: Option<i8>,
        },
    }
    let e: E<'_, u64> = E::Throttled {
        retry_after: 3,
        scope: "user",
        tries: None,
    };
    let fields = e.info().body_fields();
    // The catalogue is one `static` for every `T`: no schema is declared.
    assert_eq!(fields[0].schema(), None);
    let schema = <errcodes::format::Plain as errcodes::Format>::entry_schema(e.info());
    let properties = &schema["properties"];
    assert!(
        properties["retry_after"]["$comment"]
            .as_str()
            .unwrap()
            .starts_with("no schema"),
        "{schema}"
    );
    assert_eq!(properties["scope"], serde_json::json!({"type": "string"}));
    assert_eq!(
        properties["tries"],
        serde_json::json!({"type": "integer", "format": "int8", "minimum": -128, "maximum": 127})
    );
}

#[test]
fn lifetimes_consts_and_where_clauses() {
    #[derive(Debug, ApiError)]
    enum E<'a, T, const N: usize>
    where
        T: fmt::Debug,
    {
        #[code(1, status = 500, msg = "{name} {values:?}")]
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
        #[code(1, status = 500, msg = "{0:?}")]
        Listed(Vec<T>),
        #[code(2, status = 500, msg = "{0}")]
        Shown(u8),
    }
    // `Vec<T>: Debug` is the only bound, so `T = Opaque` works.
    assert_eq!(E::<Opaque>::Listed(vec![Opaque]).to_string(), "[Opaque]");
    assert_eq!(E::<Opaque>::Shown(3).to_string(), "3");
}

#[test]
fn generic_struct() {
    #[derive(Debug, ApiError)]
    #[code(1, status = 500, msg = "value {value}")]
    struct S<T> {
        value: T,
    }
    assert_eq!(S { value: 1.5 }.to_string(), "value 1.5");
}

/// A type with `Debug` and exactly one formatting trait, which writes `name`.
macro_rules! only {
    ($($ty:ident: $trait:ident = $name:literal),* $(,)?) => {$(
        #[derive(Debug)]
        struct $ty;
        impl fmt::$trait for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.pad($name)
            }
        }
    )*};
}

only! {
    OnlyLowerHex: LowerHex = "lowerhex",
    OnlyUpperHex: UpperHex = "UPPERHEX",
    OnlyOctal: Octal = "octal",
    OnlyBinary: Binary = "binary",
    OnlyLowerExp: LowerExp = "lowerexp",
    OnlyUpperExp: UpperExp = "UPPEREXP",
}

#[test]
fn each_spec_bounds_its_own_trait() {
    #[derive(Debug, ApiError)]
    #[allow(clippy::type_complexity)]
    enum E<X, U, O, B, LE, UE, D, P> {
        #[code(1, status = 500, msg = "[{v:w$x}] [{u:#X}] [{o:<w$o}] [{b:w$.p$b}]")]
        Radix {
            v: X,
            u: U,
            o: O,
            b: B,
            w: usize,
            p: usize,
        },
        #[code(2, status = 500, msg = "[{0:e}] [{1:>9E}] [{2:x?}] [{2:#X?}] [{2:?}]")]
        Exp(LE, UE, D),
        #[code(3, status = 500, msg = "{0:p}")]
        Pointer(P),
    }
    type T = E<
        OnlyLowerHex,
        OnlyUpperHex,
        OnlyOctal,
        OnlyBinary,
        OnlyLowerExp,
        OnlyUpperExp,
        Opaque,
        &'static u8,
    >;
    let radix: T = E::Radix {
        v: OnlyLowerHex,
        u: OnlyUpperHex,
        o: OnlyOctal,
        b: OnlyBinary,
        w: 10,
        p: 3,
    };
    assert_eq!(
        radix.to_string(),
        "[lowerhex  ] [UPPERHEX] [octal     ] [bin       ]"
    );
    let exp: T = E::Exp(OnlyLowerExp, OnlyUpperExp, Opaque);
    assert_eq!(
        exp.to_string(),
        "[lowerexp] [ UPPEREXP] [Opaque] [Opaque] [Opaque]"
    );
    static BYTE: u8 = 1;
    let pointer: T = E::Pointer(&BYTE);
    assert_eq!(pointer.to_string(), format!("{:p}", &BYTE));
}

#[test]
fn generic_parameters_named_like_generated_ones() {
    #[derive(Debug, ApiError)]
    enum E<'__a, __S, __M, __S_> {
        #[code(1, status = 500, msg = "{0} {1:?}")]
        Shown(__S, &'__a __M),
        #[code(2, status = 500, msg = "source")]
        Source(#[source] __S_),
        #[code(3, status = 429, msg = "body")]
        Body {
            #[body]
            retry_after: __S,
        },
    }
    let e: E<'_, u8, Opaque, std::io::Error> = E::Shown(1, &Opaque);
    assert_eq!(e.to_string(), "1 Opaque");
    assert!(E::<u8, Opaque, std::io::Error>::from_code(1).is_none());
    let source: E<'_, u8, Opaque, std::io::Error> = E::Source(std::io::Error::other("io"));
    assert_eq!(
        std::error::Error::source(&source).unwrap().to_string(),
        "io"
    );
    let body: E<'_, u8, Opaque, std::io::Error> = E::Body { retry_after: 2 };
    assert_eq!(
        serde_json::to_string(&body).unwrap(),
        r#"{"code":3,"message":"body","retry_after":2}"#
    );
}
