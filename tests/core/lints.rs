//! The generated code neither trips the user's lints nor allows a lint the
//! user may have forbidden: `#[allow]` under `#![forbid]` is an error (E0453).

mod strict {
    #![forbid(
        unused_qualifications,
        non_upper_case_globals,
        deprecated,
        deprecated_in_future
    )]
    #![forbid(clippy::all, clippy::pedantic, clippy::allow_attributes)]

    use std::error::Error;
    use std::fmt::Display;

    use errcodes::ApiError;

    #[derive(Debug, ApiError)]
    #[api_error(default_status = 400)]
    pub enum Strict<'a, T> {
        #[code(1, status = 500, msg = "{0} {1:?} {1:x} {2}")]
        Shown(T, u8, &'a str),
        #[code(2, status = 500, msg = "io")]
        Io(#[from] std::io::Error),
        #[code(3, status = 500, msg = "optional")]
        Optional(#[source] Option<std::fmt::Error>),
        #[code(6, status = 400, msg = "{path}")]
        Path { path: std::path::PathBuf },
        #[code(4, status = 429, msg = "later")]
        Later {
            #[body]
            retry_after: u64,
            #[body(default)]
            soft: bool,
            #[body(default = sixty)]
            window: u64,
        },
        #[code(5, status = 400)]
        Unit,
    }

    const fn sixty() -> u64 {
        60
    }

    #[derive(Debug, ApiError)]
    #[code(1, status = 400, msg = "struct {value}")]
    pub struct StrictStruct {
        value: u32,
    }

    #[test]
    fn strict_lints_hold() {
        let e: Strict<'_, u8> = Strict::Shown(1, 255, "s");
        assert_eq!(e.to_string(), "1 255 ff s");
        assert!(Strict::<u8>::from(std::io::Error::other("x"))
            .source()
            .is_some());
        assert_eq!(StrictStruct { value: 2 }.to_string(), "struct 2");
        let optional: Strict<'_, u8> = Strict::Optional(None);
        assert!(optional.source().is_none());
        let path: Strict<'_, u8> = Strict::Path { path: "/p".into() };
        assert_eq!(path.to_string(), "/p");
        let _: &dyn Display = &e;
    }
}

mod deprecated {
    #![deny(deprecated)]

    use errcodes::ApiError;

    #[derive(Debug, ApiError)]
    #[deprecated]
    #[code(1, status = 400, msg = "...")]
    pub struct DeprecatedStruct;

    #[derive(Debug, ApiError)]
    #[code(1, status = 400, msg = "{message}")]
    pub struct DeprecatedStructField {
        #[deprecated]
        message: String,
    }

    #[derive(Debug, ApiError)]
    #[deprecated]
    pub enum DeprecatedEnum {
        #[code(1, status = 400, msg = "...")]
        Variant,
    }

    #[derive(Debug, ApiError)]
    pub enum DeprecatedVariant {
        #[deprecated]
        #[code(1, status = 400, msg = "{0}")]
        Variant(u8),
        #[deprecated]
        #[code(2, status = 400)]
        Unit,
    }

    #[derive(Debug, ApiError)]
    pub enum DeprecatedFrom {
        #[code(1, status = 500, msg = "from")]
        Variant(
            #[from]
            #[allow(deprecated)]
            DeprecatedStruct,
        ),
    }

    #[test]
    #[allow(deprecated)]
    fn deprecated_items_derive_without_warnings() {
        assert_eq!(DeprecatedStruct.to_string(), "...");
        assert_eq!(DeprecatedEnum::Variant.code(), 1);
        assert_eq!(DeprecatedVariant::Variant(3).to_string(), "3");
        assert!(DeprecatedVariant::from_code(2).is_some());
        let field = DeprecatedStructField {
            message: "m".into(),
        };
        assert_eq!(field.to_string(), "m");
        assert_eq!(DeprecatedFrom::from(DeprecatedStruct).code(), 1);
    }
}
