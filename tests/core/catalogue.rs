//! `E::catalogue()` and `info()`: the static catalogue.

use errcodes::{ApiError, Code};

/// Errors of the accounts API.
///
/// Everything about logging in.
/// Second line of the description.
///
/// Another paragraph.
#[derive(Debug, ApiError)]
#[api_error(default_status = 400, range = 34000..=34999, category = "Accounts")]
#[allow(dead_code)]
enum AccountError {
    /// Shown when the password check fails.
    ///
    /// Check the caps lock.
    #[code(34305, status = 401, msg = "Incorrect account or wrong password")]
    WrongPassword,

    #[code(34306, status = 404, msg = "Member '{member_ref}' not found.")]
    MemberNotFound { member_ref: String },

    #[code(34300, status = 500, msg = "Internal error", shared)]
    Storage(#[source] std::io::Error),

    #[code(34300, msg = "Invalid JSON", shared)]
    InvalidJson(#[source] std::fmt::Error),

    #[code(
        34429,
        status = 429,
        msg = "Too many requests",
        name = "RateLimited",
        category = "Limits"
    )]
    Throttled {
        #[body]
        retry_after: u64,
        #[body(rename = "scope")]
        limit_scope: String,
        hidden: u32,
    },
}

#[test]
fn title_and_description_from_the_type_docs() {
    let c = AccountError::catalogue();
    assert_eq!(c.type_name(), "AccountError");
    assert_eq!(c.title(), "Errors of the accounts API.");
    assert_eq!(
        c.description(),
        Some("Everything about logging in.\nSecond line of the description.\n\nAnother paragraph.")
    );
    assert_eq!(c.category(), Some("Accounts"));
    assert_eq!(c.range(), Some((34000, 34999)));
}

#[test]
fn entries_in_declaration_order() {
    let c = AccountError::catalogue();
    let variants: Vec<_> = c.entries().iter().map(|e| e.variant()).collect();
    assert_eq!(
        variants,
        [
            "WrongPassword",
            "MemberNotFound",
            "Storage",
            "InvalidJson",
            "Throttled"
        ]
    );
    for (i, e) in c.entries().iter().enumerate() {
        assert_eq!(e.index(), i);
    }
}

#[test]
fn every_field_of_a_unit_entry() {
    let e = AccountError::WrongPassword.info();
    assert_eq!(e.code(), Code::Int(34305));
    assert_eq!(e.status(), Some(401));
    assert_eq!(e.declared_name(), None);
    assert_eq!(e.name(), "WrongPassword");
    assert_eq!(e.variant(), "WrongPassword");
    assert_eq!(e.message(), "Incorrect account or wrong password");
    assert_eq!(e.category(), Some("Accounts"));
    assert_eq!(
        e.description(),
        Some("Shown when the password check fails.\n\nCheck the caps lock.")
    );
    assert!(e.body_fields().is_empty());
    assert!(!e.is_shared());
    assert!(e.is_unit());
    assert!(!e.has_placeholders());
    assert!(e.exposes_message());
    assert!(std::ptr::eq(e, &AccountError::catalogue().entries()[0]));
}

#[test]
fn entry_with_placeholders_and_no_docs() {
    let e = AccountError::MemberNotFound {
        member_ref: "x".into(),
    };
    let info = e.info();
    assert_eq!(info.message(), "Member '{member_ref}' not found.");
    assert!(info.has_placeholders());
    assert!(!info.is_unit());
    assert_eq!(info.description(), None);
    assert!(info.exposes_message());
}

#[test]
fn name_and_category_overrides() {
    let e = AccountError::Throttled {
        retry_after: 1,
        limit_scope: "ip".into(),
        hidden: 0,
    };
    let info = e.info();
    assert_eq!(info.declared_name(), Some("RateLimited"));
    assert_eq!(info.name(), "RateLimited");
    assert_eq!(e.name(), "RateLimited");
    assert_eq!(info.variant(), "Throttled");
    assert_eq!(info.category(), Some("Limits"));
}

#[test]
fn body_fields_only_marked_ones_in_order() {
    let info = &AccountError::catalogue().entries()[4];
    let fields: Vec<_> = info
        .body_fields()
        .iter()
        .map(|f| (f.member(), f.field(), f.ty()))
        .collect();
    assert_eq!(
        fields,
        [
            ("retry_after", "retry_after", "u64"),
            ("scope", "limit_scope", "String")
        ]
    );
}

#[test]
fn shared_codes_are_flagged_and_looked_up_together() {
    let c = AccountError::catalogue();
    let storage = &c.entries()[2];
    let json = &c.entries()[3];
    assert!(storage.is_shared() && json.is_shared());
    assert_eq!(storage.code(), json.code());
    let found: Vec<_> = c.lookup(34300.into()).map(|e| e.variant()).collect();
    assert_eq!(found, ["Storage", "InvalidJson"]);
    assert_eq!(c.lookup(34305.into()).count(), 1);
    assert_eq!(c.lookup(1.into()).count(), 0);
}

#[test]
fn default_status_is_recorded_in_the_entry() {
    assert_eq!(AccountError::catalogue().entries()[3].status(), Some(400));
}

#[test]
fn five_hundred_with_placeholders_does_not_expose_unless_asked() {
    #[derive(Debug, ApiError)]
    enum E {
        #[code(1, status = 500, msg = "db {0} failed")]
        Hidden(&'static str),
        #[code(2, status = 500, msg = "db {0} failed", expose)]
        Exposed(&'static str),
        #[code(3, status = 500, msg = "static")]
        Static,
    }
    assert!(!E::Hidden("a").info().exposes_message());
    assert!(E::Exposed("a").info().exposes_message());
    assert!(E::Static.info().exposes_message());
}

#[test]
fn catalogue_without_docs_or_attributes() {
    #[derive(Debug, ApiError)]
    enum Bare {
        #[code("x", status = 400)]
        X,
    }
    let c = Bare::catalogue();
    assert_eq!(c.title(), "Bare");
    assert_eq!(c.description(), None);
    assert_eq!(c.category(), None);
    assert_eq!(c.range(), None);
    let e = &c.entries()[0];
    assert_eq!(e.category(), None);
    assert_eq!(e.message(), "");
    assert_eq!(e.status(), Some(400));
}

#[test]
fn exclusive_range_is_stored_inclusive() {
    #[derive(Debug, ApiError)]
    #[api_error(range = -10..10)]
    enum E {
        #[code(-10, status = 400)]
        Low,
        #[code(9, status = 400)]
        High,
    }
    assert_eq!(E::catalogue().range(), Some((-10, 9)));
    assert_eq!(E::Low.code(), -10);
    assert_eq!(E::High.code(), 9);
}

#[test]
fn single_paragraph_doc_is_the_title_only() {
    /// One line
    /// continued.
    #[derive(Debug, ApiError)]
    #[code(1, status = 400)]
    struct S;
    assert_eq!(S::catalogue().title(), "One line continued.");
    assert_eq!(S::catalogue().description(), None);
    // A struct's doc comment is the catalogue's, not the entry's.
    assert_eq!(S.info().description(), None);
}

#[test]
fn catalogue_is_static_and_the_same_every_time() {
    let a: &'static errcodes::Catalogue = AccountError::catalogue();
    let b = AccountError::catalogue();
    assert!(std::ptr::eq(a, b));
}

mod category_ranges {
    use errcodes::ApiError;

    #[derive(Debug, ApiError)]
    #[api_error(ranges("Interactions" = 36000..=36999, "Interactions/Role" = 36100..=36199))]
    enum Interactions {
        #[code(36000, category = "Interactions", msg = "Interaction error")]
        Error,
        #[code(36101, category = "Interactions/Role", msg = "No permission")]
        NoPermission,
        #[code(36201, category = "Interactions/Mark", msg = "Marked already")]
        Marked,
    }

    #[test]
    fn the_catalogue_keeps_each_category_block() {
        let ranges = Interactions::catalogue().ranges();
        assert_eq!(ranges.len(), 2);
        assert_eq!(
            (ranges[0].category(), ranges[0].first(), ranges[0].last()),
            ("Interactions", 36000, 36999)
        );
        assert_eq!(
            (ranges[1].category(), ranges[1].first(), ranges[1].last()),
            ("Interactions/Role", 36100, 36199)
        );
        assert_eq!(
            Interactions::Marked.info().category(),
            Some("Interactions/Mark")
        );
    }
}

/// Docs written `#[doc = include_str!(..)]` (or any macro the compiler
/// expands to a string) reach the catalogue, in order with the comment lines.
#[test]
fn included_docs_reach_the_catalogue() {
    /// Members API errors
    ///
    /// Read this first.
    #[doc = include_str!("../data/members-api.md")]
    #[derive(Debug, ApiError)]
    enum E {
        #[doc = include_str!("../data/member-gone.md")]
        #[code(1, status = 410, msg = "gone")]
        Gone,
        /// Before.
        #[doc = concat!("made", " by ", "concat!")]
        /// After.
        #[code(2, status = 400, msg = "mixed")]
        Mixed,
    }
    #[doc = include_str!("../data/members-api.md")]
    #[derive(Debug, ApiError)]
    #[code(3, status = 400, msg = "opens with an include")]
    struct S;

    let c = E::catalogue();
    assert_eq!(c.title(), "Members API errors");
    assert_eq!(
        c.description(),
        Some("Read this first.\nEvery error of the members API, one per line.\n")
    );
    assert_eq!(
        E::Gone.info().description(),
        Some("Sent when the member is gone.\nSee the member API.\n")
    );
    assert_eq!(
        E::Mixed.info().description(),
        Some("Before.\nmade by concat!\nAfter.")
    );
    assert_eq!(S::catalogue().title(), "S");
    assert_eq!(
        S::catalogue().description(),
        Some("Every error of the members API, one per line.\n")
    );
}

/// Issue 8 (found attacking it): a `#[body]` field's type reached the docs
/// with every token spaced, `Vec < Option < u8 > >` and `& 'static [u8]`.
#[test]
fn body_field_types_are_written_as_in_the_source() {
    #[derive(Debug, ApiError)]
    enum E {
        #[code(1, status = 400)]
        A {
            #[body]
            map: Vec<Option<std::collections::BTreeMap<String, u8>>>,
            #[body(encode_only)]
            bytes: &'static [u8],
            #[body]
            array: [u8; 2],
        },
    }
    let types: Vec<_> = E::catalogue().entries()[0]
        .body_fields()
        .iter()
        .map(errcodes::BodyField::ty)
        .collect();
    assert_eq!(
        types,
        [
            "Vec<Option<std::collections::BTreeMap<String, u8>>>",
            "&'static [u8]",
            "[u8; 2]"
        ]
    );
    let _ = E::A {
        map: Vec::new(),
        bytes: &[],
        array: [0; 2],
    };
}
