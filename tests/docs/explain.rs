//! `ApiError::explain`: an entry's facts and long form as plain text.

use errcodes::{ApiError, Catalogue, Code};

/// Members of a workspace.
#[derive(Debug, ApiError)]
pub enum MemberError {
    /// The member named in the request does not exist.
    ///
    /// # Causes
    ///
    /// A typo in `member_ref`, or a member removed since.
    ///
    /// # Rust
    ///
    /// Built by `Members::find`.
    ///
    /// # Fix
    ///
    /// List the members first:
    ///
    /// ```http
    /// GET /members HTTP/1.1
    /// ```
    #[code(
        34305,
        status = 404,
        msg = "Member '{member_ref}' not found.",
        parent = 34300
    )]
    NotFound {
        #[body]
        member_ref: String,
    },
    #[code(34300, status = 400, name = "MemberInvalid", retry = "never")]
    Invalid,
    /// Too many requests.
    #[code(34400, status = 429, msg = "Slow down", header("Retry-After" = "5"))]
    Throttled,
}

#[test]
fn explain_prints_facts_summary_and_sections_but_not_the_rust_part() {
    let explanation = MemberError::explain(34305).expect("a known code");
    assert_eq!(explanation.code(), Code::Int(34305));
    assert_eq!(
        explanation.summary(),
        Some("The member named in the request does not exist.")
    );
    let headings: Vec<_> = explanation.sections().map(|s| s.heading()).collect();
    assert_eq!(headings, ["Causes", "Fix"]);
    assert_eq!(
        explanation.to_string(),
        "34305 NotFound\n\
         status: 404 (retry: never, fault: client)\n\
         message: Member '{member_ref}' not found.\n\
         refines: 34300\n\
         body member: member_ref (String)\n\
         \n\
         The member named in the request does not exist.\n\
         \n\
         # Causes\n\
         \n\
         A typo in `member_ref`, or a member removed since.\n\
         \n\
         # Fix\n\
         \n\
         List the members first:\n\
         \n\
         ```http\n\
         GET /members HTTP/1.1\n\
         ```\n"
    );
}

#[test]
fn explain_of_a_short_doc_comment_or_none_gives_the_facts() {
    let text = MemberError::explain(34400).map(|e| e.to_string());
    assert_eq!(
        text.as_deref(),
        Some(
            "34400 Throttled\n\
             status: 429 (retry: throttled, fault: client)\n\
             message: Slow down\n\
             header: Retry-After: 5\n\
             \n\
             Too many requests.\n"
        )
    );
    let invalid = MemberError::explain(34300).map(|e| e.to_string());
    assert_eq!(
        invalid.as_deref(),
        Some("34300 MemberInvalid\nstatus: 400 (retry: never, fault: client)\n")
    );
}

#[test]
fn explain_of_an_unknown_code_is_none() {
    assert!(MemberError::explain(34306).is_none());
    assert!(MemberError::explain("nope").is_none());
    let catalogue: &Catalogue = MemberError::catalogue();
    assert!(catalogue.explain(34305).is_some());
}
