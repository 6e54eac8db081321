//! `Display`: the rendered message template.

use errcodes::ApiError;

#[test]
fn static_message_is_written_as_is() {
    #[derive(Debug, ApiError)]
    enum E {
        #[code(1, status = 400, msg = "Incorrect account or wrong password")]
        Wrong,
    }
    assert_eq!(E::Wrong.to_string(), "Incorrect account or wrong password");
}

#[test]
fn named_fields() {
    #[derive(Debug, ApiError)]
    enum E {
        #[code(1, status = 404, msg = "Member '{member_ref}' not found in {system}.")]
        NotFound { member_ref: String, system: u32 },
    }
    let e = E::NotFound {
        member_ref: "abc".into(),
        system: 7,
    };
    assert_eq!(e.to_string(), "Member 'abc' not found in 7.");
}

#[test]
fn positional_fields() {
    #[derive(Debug, ApiError)]
    enum E {
        #[code(1, status = 400, msg = "{1} before {0}")]
        Swapped(u8, &'static str),
    }
    assert_eq!(E::Swapped(2, "b").to_string(), "b before 2");
}

#[test]
fn field_used_twice() {
    #[derive(Debug, ApiError)]
    enum E {
        #[code(1, status = 400, msg = "{0}-{0}-{0:?}")]
        Echo(&'static str),
    }
    assert_eq!(E::Echo("x").to_string(), "x-x-\"x\"");
}

#[test]
fn format_specs() {
    #[derive(Debug, ApiError)]
    enum E {
        #[code(
            1,
            status = 400,
            msg = "[{value:>5}] [{value:<5}] [{value:^5}] [{value:05}]"
        )]
        Aligned { value: u32 },
        #[code(2, status = 400, msg = "{0:?}")]
        Debugged(String),
        #[code(3, status = 400, msg = "{0:#x} {0:X} {0:o} {0:b} {0:e}")]
        Radix(u32),
        #[code(4, status = 400, msg = "{0:.2} {0:+}")]
        Float(f64),
    }
    assert_eq!(
        E::Aligned { value: 42 }.to_string(),
        "[   42] [42   ] [ 42  ] [00042]"
    );
    assert_eq!(E::Debugged("a\"b".into()).to_string(), r#""a\"b""#);
    assert_eq!(E::Radix(255).to_string(), "0xff FF 377 11111111 2.55e2");
    assert_eq!(E::Float(1.5).to_string(), "1.50 +1.5");
}

#[test]
fn width_and_precision_from_fields() {
    #[derive(Debug, ApiError)]
    enum E {
        #[code(1, status = 400, msg = "[{value:>width$}]")]
        Named { value: u32, width: usize },
        #[code(2, status = 400, msg = "[{0:>1$}]")]
        Positional(&'static str, usize),
        #[code(3, status = 400, msg = "[{value:width$.prec$}]")]
        Both {
            value: f64,
            width: usize,
            prec: usize,
        },
    }
    assert_eq!(E::Named { value: 7, width: 4 }.to_string(), "[   7]");
    assert_eq!(E::Positional("ab", 5).to_string(), "[   ab]");
    assert_eq!(
        E::Both {
            value: 1.23456,
            width: 7,
            prec: 3
        }
        .to_string(),
        "[  1.235]"
    );
}

#[test]
fn escaped_braces() {
    #[derive(Debug, ApiError)]
    enum E {
        #[code(1, status = 400, msg = "expected {{\"a\": 1}}")]
        Static,
        #[code(2, status = 400, msg = "{{{0}}} and }}{{")]
        Interpolated(u8),
    }
    assert_eq!(E::Static.to_string(), "expected {\"a\": 1}");
    assert_eq!(E::Interpolated(5).to_string(), "{5} and }{");
    // The catalogue keeps the template as written.
    assert_eq!(E::Static.info().message(), "expected {{\"a\": 1}}");
}

#[test]
fn missing_or_empty_msg_prints_the_name() {
    #[derive(Debug, ApiError)]
    #[allow(dead_code)]
    enum E {
        #[code(1, status = 400)]
        NoMessage,
        #[code(2, status = 400, msg = "")]
        EmptyMessage,
        #[code(3, status = 400, name = "RateLimited")]
        Renamed,
        #[code(4, status = 400)]
        WithFields { value: u32 },
    }
    assert_eq!(E::NoMessage.to_string(), "NoMessage");
    assert_eq!(E::EmptyMessage.to_string(), "EmptyMessage");
    assert_eq!(E::Renamed.to_string(), "RateLimited");
    assert_eq!(E::WithFields { value: 1 }.to_string(), "WithFields");
    assert_eq!(E::NoMessage.info().message(), "");
}

#[test]
fn non_ascii_text_and_fields() {
    #[derive(Debug, ApiError)]
    enum E {
        #[code(1, status = 400, msg = "‘{nom}’ est déjà pris — 名前 {n:>3}")]
        Taken { nom: String, n: u8 },
        #[code(2, status = 400, msg = "🦀 {0} 🦀")]
        Crab(char),
    }
    assert_eq!(
        E::Taken {
            nom: "Zoë".into(),
            n: 1
        }
        .to_string(),
        "‘Zoë’ est déjà pris — 名前   1"
    );
    assert_eq!(E::Crab('é').to_string(), "🦀 é 🦀");
}

#[test]
fn placeholder_attribute_maps_a_non_identifier_name() {
    #[derive(Debug, ApiError)]
    enum E {
        #[code(1, status = 404, msg = "Member '{memberRef}' not found.")]
        NotFound {
            #[placeholder("memberRef")]
            member_ref: String,
        },
        #[code(2, status = 400, msg = "{translated string}.")]
        Translated(#[placeholder("translated string")] &'static str),
    }
    let e = E::NotFound {
        member_ref: "abc".into(),
    };
    assert_eq!(e.to_string(), "Member 'abc' not found.");
    assert_eq!(e.info().message(), "Member '{memberRef}' not found.");
    assert_eq!(E::Translated("Bonjour").to_string(), "Bonjour.");
}

#[test]
fn raw_identifier_fields() {
    #[derive(Debug, ApiError)]
    enum E {
        #[code(1, status = 400, msg = "bad {type}")]
        Bad { r#type: &'static str },
    }
    assert_eq!(E::Bad { r#type: "kind" }.to_string(), "bad kind");
}

#[test]
fn formatter_flags_of_the_caller_do_not_leak_in() {
    #[derive(Debug, ApiError)]
    enum E {
        #[code(1, status = 400, msg = "x={0}")]
        X(u8),
    }
    // Display writes the message; the caller's width applies to nothing inside.
    assert_eq!(format!("{:>10}", E::X(1)), "x=1");
    assert_eq!(format!("{:?}", E::X(1)), "X(1)");
}

#[test]
fn struct_message() {
    #[derive(Debug, ApiError)]
    #[code(1, status = 400, msg = "limit {limit} reached")]
    struct Limit {
        limit: u32,
    }
    assert_eq!(Limit { limit: 3 }.to_string(), "limit 3 reached");
}

// A message or a field name passed through `macro_rules!` carries the
// macro's hygiene; the generated code must not depend on it.
macro_rules! message_as_literal {
    ($msg:literal) => {
        #[derive(Debug, ApiError)]
        enum FromLiteral {
            #[code(1, status = 400, msg = $msg)]
            A { v: u32 },
        }
    };
}
message_as_literal!("value {v}");

macro_rules! message_as_expr {
    ($msg:expr) => {
        #[derive(Debug, ApiError)]
        enum FromExpr {
            #[code(1, status = 400, msg = $msg)]
            A { v: u32, w: usize },
        }
    };
}
message_as_expr!("value {v:>w$} {v:?}");

macro_rules! message_as_tt {
    ($msg:tt) => {
        #[derive(Debug, ApiError)]
        enum FromTt {
            #[code(1, status = 400, msg = $msg)]
            A(u32),
        }
    };
}
message_as_tt!("value {0:#x}");

macro_rules! field_and_message {
    ($field:ident, $msg:literal) => {
        #[derive(Debug, ApiError)]
        #[code(1, status = 400, msg = $msg)]
        struct FieldFromMacro {
            $field: u32,
        }
    };
}
field_and_message!(count, "count {count}");

#[test]
fn message_passed_through_macro_rules() {
    assert_eq!(FromLiteral::A { v: 1 }.to_string(), "value 1");
    assert_eq!(FromExpr::A { v: 2, w: 3 }.to_string(), "value   2 2");
    assert_eq!(FromTt::A(255).to_string(), "value 0xff");
    assert_eq!(FieldFromMacro { count: 4 }.to_string(), "count 4");
    assert_eq!(FromLiteral::A { v: 1 }.info().message(), "value {v}");
}

#[test]
fn pointer_spec_formats_the_pointer_the_field_holds() {
    #[derive(Debug, ApiError)]
    enum E {
        #[code(1, status = 400, msg = "{ptr:p} {ptr:?}")]
        Raw { ptr: *const u8 },
        #[code(2, status = 400, msg = "{0:p}")]
        Ref(&'static u8),
    }
    static BYTE: u8 = 0;
    let e = E::Raw {
        ptr: 0x1234 as *const u8,
    };
    assert_eq!(e.to_string(), "0x1234 0x1234");
    assert_eq!(
        E::Ref(&BYTE).to_string(),
        format!("{:p}", std::ptr::from_ref(&BYTE))
    );
}

#[test]
fn paths_show_as_display_does() {
    use std::path::{Path, PathBuf};
    #[derive(Debug, ApiError)]
    enum E {
        #[code(1, status = 400, msg = "failed to read '{path}'")]
        Owned { path: PathBuf },
        #[code(2, status = 400, msg = "failed to read '{0}'")]
        Borrowed(&'static Path),
        #[code(3, status = 400, msg = "[{0:?}]")]
        Debugged(PathBuf),
        #[code(4, status = 400, msg = "{0} {1} {2} {3} {4}")]
        Pointers(
            Box<Path>,
            &'static PathBuf,
            std::borrow::Cow<'static, Path>,
            std::sync::Arc<Path>,
            std::rc::Rc<PathBuf>,
        ),
    }
    let e = E::Owned {
        path: PathBuf::from("/etc/passwd"),
    };
    assert_eq!(e.to_string(), "failed to read '/etc/passwd'");
    assert_eq!(
        E::Borrowed(Path::new("a/b")).to_string(),
        "failed to read 'a/b'"
    );
    assert_eq!(E::Debugged(PathBuf::from("x")).to_string(), "[\"x\"]");
    static BUF: std::sync::LazyLock<PathBuf> = std::sync::LazyLock::new(|| PathBuf::from("b"));
    let e = E::Pointers(
        Path::new("a").into(),
        &BUF,
        Path::new("c").into(),
        Path::new("d").into(),
        PathBuf::from("e").into(),
    );
    assert_eq!(e.to_string(), "a b c d e");
}

#[test]
fn raw_identifier_variants_show_without_r_hash() {
    #[derive(Debug, ApiError)]
    #[allow(non_camel_case_types)]
    enum E {
        #[code(1, status = 400)]
        r#loop,
        #[code(2, status = 400, msg = "{type}")]
        r#match {
            #[body]
            r#type: u8,
        },
    }
    assert_eq!(E::r#loop.to_string(), "loop");
    assert_eq!(E::r#loop.name(), "loop");
    assert_eq!(E::r#loop.info().variant(), "loop");
    let e = E::r#match { r#type: 7 };
    assert_eq!(e.name(), "match");
    assert_eq!(e.to_string(), "7");
    assert_eq!(
        serde_json::to_string(&e).unwrap(),
        r#"{"code":2,"message":"7","type":7}"#
    );
    assert_eq!(
        E::catalogue().entries()[1].body_fields()[0].member(),
        "type"
    );
    assert_eq!(
        serde_json::to_string(&E::r#loop).unwrap(),
        r#"{"code":1,"message":"loop"}"#
    );
}
