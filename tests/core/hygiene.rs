//! The generated code compiles without warnings under strict lints, without
//! the prelude, and beside user types that shadow the names it could use.
//! `cargo clippy --all-targets -- -D warnings` checks the pedantic set here.

#![deny(warnings)]
#![deny(clippy::pedantic)]

#[allow(dead_code, clippy::all, clippy::pedantic)]
mod shadows {
    pub struct Result;
    pub struct Option;
    pub struct Some;
    pub struct Ok;
    pub struct Err;
    pub struct None;
    pub struct String;
    pub struct Error;
    pub struct Code;
    pub struct Entry;
    pub struct Catalogue;
    pub struct From;
    pub struct Display;
    pub struct Formatter;
    pub struct Vec;
    pub struct Box;
    pub trait ApiErrorLike {}
    pub mod core {}
    pub mod std {}
    pub mod serde {}
    pub mod errcodes {}
    pub mod axum {}
    pub mod actix_web {}
    pub struct Response;
    pub struct HttpResponse;
    pub struct Headers;
}

#[no_implicit_prelude]
mod no_prelude {
    #[allow(unused_imports)]
    use super::shadows::{
        actix_web, axum, core, errcodes, serde, std, Box, Catalogue, Code, Display, Entry, Err,
        Error, Formatter, From, Headers, HttpResponse, None, Ok, Option, Response, Result, Some,
        String, Vec,
    };

    /// Errors used to check hygiene.
    ///
    /// With a description.
    #[derive(::core::fmt::Debug, ::errcodes::ApiError)]
    #[api_error(default_status = 400, range = 1..=100, category = "Hygiene")]
    pub enum HygieneError {
        /// A unit variant.
        #[code(1, status = 401, msg = "unit", grpc = "PERMISSION_DENIED")]
        Unit,
        #[code(2, msg = "named {value} {value:>5} {other:?}")]
        Named { value: u32, other: &'static str },
        #[code(3, msg = "tuple {0} {1:#x}")]
        Tuple(u8, u32),
        #[code(4, status = 500, msg = "source")]
        Source(#[source] ::std::io::Error),
        #[code(5, status = 500, msg = "from")]
        From(#[from] ::std::fmt::Error),
        #[code(
            6,
            status = 429,
            also_status = [503, 502],
            msg = "body",
            name = "Limited",
            category = "Limits"
        )]
        Body {
            #[body]
            retry_after: u64,
            #[body(rename = "scope", encode_only, example = "ip")]
            limit_scope: &'static str,
        },
        #[code(7, msg = "{memberRef} not found")]
        Placeholder {
            #[placeholder("memberRef")]
            member_ref: &'static str,
        },
        #[code(8, status = 503, msg = "{0} down", expose)]
        Exposed(&'static str),
        #[code(9, msg = "boxed")]
        Boxed(
            #[source]
            ::std::boxed::Box<
                dyn ::std::error::Error + ::core::marker::Send + ::core::marker::Sync,
            >,
        ),
        #[code(10, msg = "width {value:>width$}")]
        Width { value: u8, width: usize },
        #[code(11, msg = "{{escaped}}", shared)]
        SharedA,
        #[code(11, msg = "{{escaped}}", shared)]
        SharedB,
        #[code(12)]
        NoMessage,
        #[code(13, msg = "field named source")]
        NamedSource { source: ::std::io::Error },
        #[code(14, msg = "{path} {ptr:p} {path:?}")]
        Path {
            path: ::std::path::PathBuf,
            ptr: *const u8,
        },
        #[code(15, msg = "optional")]
        Optional(#[from] ::core::option::Option<::core::num::ParseIntError>),
    }

    /// Framework impls and response headers.
    #[derive(::core::fmt::Debug, ::errcodes::ApiError)]
    #[cfg_attr(
        all(feature = "axum", feature = "actix-web"),
        api_error(axum, actix_web)
    )]
    pub enum Responding<T: ::core::fmt::Display + ::core::fmt::Debug> {
        #[code(1, status = 401, msg = "unit", header("WWW-Authenticate" = "Bearer"))]
        Unit,
        #[code(2, status = 429, msg = "limited")]
        Limited {
            #[header("Retry-After")]
            retry_after: u64,
            #[header("X-Scope", with = ::std::string::ToString::to_string)]
            scope: ::core::option::Option<T>,
        },
        #[code(3, status = 400, msg = "tuple")]
        Tuple(#[header("X-Detail", with = ::std::string::ToString::to_string)] T),
    }

    #[derive(::core::fmt::Debug, ::errcodes::ApiError)]
    pub enum StringCodes {
        #[code("M_FORBIDDEN", status = 403, msg = "forbidden")]
        Forbidden,
        #[code(_, status = 404, msg = "not found")]
        NotFound,
    }

    #[derive(::core::fmt::Debug, ::errcodes::ApiError)]
    pub enum Generic<'a, T: ::core::fmt::Debug, U> {
        #[code(1, status = 500, msg = "{0:?} {1}")]
        Both(T, &'a str),
        #[code(2, status = 500, msg = "source")]
        Source(#[source] U),
    }

    #[derive(::core::fmt::Debug, ::errcodes::ApiError)]
    #[code(1, status = 400, msg = "struct {value}")]
    pub struct Struct {
        pub value: u8,
    }

    #[derive(::core::fmt::Debug, ::errcodes::ApiError)]
    #[code(2, status = 400)]
    pub struct UnitStruct;

    #[derive(::core::fmt::Debug, ::errcodes::ApiError)]
    pub enum Empty {}

    #[derive(::core::fmt::Debug, ::errcodes::ApiError)]
    #[api_error(locales = "tests/locales/hygiene", lang = "en-GB")]
    pub enum Translated {
        #[code(1, status = 400, msg = "unit")]
        Unit,
        #[code(2, status = 400, msg = "named {value:>5} {other:?} {path}")]
        Named {
            value: u32,
            other: &'static str,
            path: ::std::path::PathBuf,
        },
        #[code(3, status = 400, msg = "tuple {0} {1:#x}")]
        Tuple(u8, u32),
        #[code(4, status = 500, msg = "shared", shared)]
        Shared,
        #[code(4, status = 503, msg = "shared too", shared)]
        SharedToo,
    }

    #[derive(::core::fmt::Debug, ::errcodes::ApiError)]
    #[api_error(format = ::errcodes::format::Problem)]
    pub enum Checked {
        #[doc = ::core::concat!("built ", "by a macro")]
        #[code(1, status = 400, msg = "optional")]
        Optional {
            #[body(example = 5)]
            hint: ::core::option::Option<u32>,
        },
        #[code(2, status = 409, msg = "conflict: {0}")]
        SourceInMessage(#[source] ::std::io::Error),
        #[code(_, status = 410, title = "Gone", msg = "gone")]
        Gone,
    }

    #[derive(::core::fmt::Debug, ::errcodes::ApiError)]
    #[api_error(format = ::errcodes::format::Problem)]
    pub enum Composed<T: ::core::fmt::Debug> {
        #[code(200, status = 500, msg = "own {0:?}")]
        Own(T),
        #[code(201, status = 400, msg = "unit")]
        Unit,
        #[code(transparent)]
        Hygiene(#[from] HygieneError),
    }

    #[derive(::core::fmt::Debug, ::errcodes::ApiError)]
    #[code(transparent)]
    pub struct ComposedStruct(pub StringCodes);
}

use errcodes::ApiError;
use no_prelude::{
    Composed, ComposedStruct, Generic, HygieneError, StringCodes, Struct, UnitStruct,
};

#[test]
fn enum_works_without_the_prelude() {
    assert_eq!(HygieneError::Unit.to_string(), "unit");
    assert_eq!(HygieneError::Unit.status(), 401);
    assert_eq!(
        HygieneError::Named {
            value: 1,
            other: "o"
        }
        .to_string(),
        "named 1     1 \"o\""
    );
    assert_eq!(HygieneError::Tuple(1, 255).to_string(), "tuple 1 0xff");
    assert_eq!(
        HygieneError::Placeholder { member_ref: "m" }.to_string(),
        "m not found"
    );
    assert_eq!(
        HygieneError::Width { value: 1, width: 3 }.to_string(),
        "width   1"
    );
    assert_eq!(HygieneError::SharedA.to_string(), "{escaped}");
    assert_eq!(HygieneError::NoMessage.to_string(), "NoMessage");
    assert!(HygieneError::from_code(1).is_some());
    assert!(HygieneError::from_code(11).is_none());
    let from: HygieneError = std::fmt::Error.into();
    assert_eq!(from.code(), 5);
    assert!(std::error::Error::source(&from).is_some());
    assert_eq!(HygieneError::catalogue().entries().len(), 16);
    let path = HygieneError::Path {
        path: "/p".into(),
        ptr: std::ptr::null(),
    };
    assert_eq!(path.to_string(), "/p 0x0 \"/p\"");
    let optional = HygieneError::from("x".parse::<u8>().unwrap_err());
    assert!(std::error::Error::source(&optional).is_some());
    let io = || std::io::Error::other("io");
    assert_eq!(HygieneError::Source(io()).code(), 4);
    assert_eq!(HygieneError::Exposed("db").to_string(), "db down");
    assert_eq!(HygieneError::Boxed("b".into()).to_string(), "boxed");
    let named = HygieneError::NamedSource { source: io() };
    assert_eq!(std::error::Error::source(&named).unwrap().to_string(), "io");
    assert_eq!(
        serde_json::to_string(&HygieneError::Body {
            retry_after: 2,
            limit_scope: "ip"
        })
        .unwrap(),
        r#"{"code":6,"message":"body","retry_after":2,"scope":"ip"}"#
    );
}

#[test]
fn headers_work_without_the_prelude() {
    let mut map = http::HeaderMap::new();
    no_prelude::Responding::Limited {
        retry_after: 3,
        scope: Some("ip"),
    }
    .write_headers(&mut map)
    .unwrap();
    assert_eq!(map["retry-after"], "3");
    assert_eq!(map["x-scope"], "ip");
    no_prelude::Responding::Tuple(7)
        .write_headers(&mut map)
        .unwrap();
    assert_eq!(map["x-detail"], "7");
    #[cfg(all(feature = "axum", feature = "actix-web"))]
    {
        let response =
            axum::response::IntoResponse::into_response(no_prelude::Responding::<u8>::Unit);
        assert_eq!(response.headers()["www-authenticate"], "Bearer");
        let status = actix_web::ResponseError::status_code(&no_prelude::Responding::Tuple(1));
        assert_eq!(status.as_u16(), 400);
    }
}

#[test]
fn other_shapes_work_without_the_prelude() {
    assert_eq!(StringCodes::Forbidden.code(), "M_FORBIDDEN");
    assert!(StringCodes::NotFound.code().is_none());
    let g: Generic<'_, u8, std::io::Error> = Generic::Both(1, "a");
    assert_eq!(g.to_string(), "1 a");
    let s: Generic<'_, u8, std::io::Error> = Generic::Source(std::io::Error::other("u"));
    assert!(std::error::Error::source(&s).is_some());
    assert_eq!(Struct { value: 3 }.to_string(), "struct 3");
    assert_eq!(UnitStruct.to_string(), "UnitStruct");
    assert!(no_prelude::Empty::catalogue().entries().is_empty());
    let optional = no_prelude::Checked::Optional { hint: Some(3) };
    assert_eq!(serde_json::to_value(&optional).unwrap()["hint"], 3);
    assert_eq!(optional.info().description(), Some("built by a macro"));
    let conflict = no_prelude::Checked::SourceInMessage(std::io::Error::other("secret"));
    assert!(!serde_json::to_string(&conflict).unwrap().contains("secret"));
}

#[test]
fn translations_work_without_the_prelude() {
    use errcodes::ApiError as _;
    use no_prelude::Translated;
    let named = Translated::Named {
        value: 7,
        other: "o",
        path: "/tmp/x".into(),
    };
    assert_eq!(
        named.message_in("de").to_string(),
        "benannt     7 \"o\" /tmp/x"
    );
    assert_eq!(
        Translated::Tuple(1, 255).message_in("de-AT").to_string(),
        "Tupel 0xff 1"
    );
    assert_eq!(
        Translated::SharedToo.message_in("de").to_string(),
        "auch geteilt"
    );
    assert_eq!(Translated::Unit.message_in("en").to_string(), "unit");
    assert_eq!(Translated::catalogue().language(), "en-GB");
}

#[test]
fn composed_types_work_without_the_prelude() {
    let composed: Composed<u8> = HygieneError::Unit.into();
    assert_eq!(composed.status(), 401);
    assert!(matches!(
        Composed::<u8>::from_code(1),
        Some(Composed::Hygiene(HygieneError::Unit))
    ));
    assert!(matches!(
        Composed::<u8>::from_code(201),
        Some(Composed::Unit)
    ));
    assert_eq!(Composed::Own(3u8).to_string(), "own 3");
    assert_eq!(Composed::<u8>::catalogue().all_entries().count(), 18);
    let wrapped = ComposedStruct(StringCodes::Forbidden);
    assert_eq!(wrapped.code(), "M_FORBIDDEN");
    assert!(matches!(
        ComposedStruct::from_code("M_FORBIDDEN"),
        Some(ComposedStruct(StringCodes::Forbidden))
    ));
}
