//! Mastodon's, PluralKit's and Fresns' published examples, with the seed enums.

use super::*;

// Mastodon ---------------------------------------------------------------

#[test]
fn mastodon_examples_with_the_seed_enum() {
    use mastodon::MastodonError;
    // OAuth's `invalid_grant` is no documented error, but the only 400
    // entry is `{string}.`, which fits any text: the status alone names it,
    // and the evidence says so.
    let r = received(decode::<MastodonError>("mastodon-invalid-grant.json", 400));
    assert!(
        matches!(&r.error, MastodonError::ParameterMissing { message } if message == "invalid_grant")
    );
    assert_eq!(r.evidence, Evidence::Status);
    assert!(!r.evidence.is_certain());
    // Without a status, three entries are `{string}.`-like: nothing tells.
    let u =
        unrecognized(MastodonError::decode(&spec("mastodon-invalid-grant.json"), None).unwrap());
    assert_eq!(u.reason, Reason::Ambiguous);
    // The server sends "Record not found", the docs' table "Record not found.";
    // a trailing full stop does not count.
    let r = received(decode::<MastodonError>(
        "mastodon-record-not-found.json",
        404,
    ));
    assert!(matches!(r.error, MastodonError::RecordNotFound));
    assert_eq!(r.evidence, Evidence::Message);
    assert!(r.evidence.is_certain());
    let u = unrecognized(decode::<MastodonError>("mastodon-invalid-token.json", 401));
    assert_eq!(u.reason, Reason::Unknown);
}

/// One body of each kind among the Mastodon docs' published error examples
/// (their method pages, each body as printed there), with the status of
/// the heading above it, and what it decodes to with the seed enum. Over
/// all 411 of them this gave 187 recognised before decoded values carried
/// their evidence and 237 after, 50 on the status alone (BENCHMARKS.md).
#[test]
fn mastodon_docs_examples_with_the_seed_enum() {
    use mastodon::MastodonError;
    let examples: [(u16, &str, &str); 12] = [
        (
            404,
            r#"{"error":"Record not found"}"#,
            "RecordNotFound by Message",
        ),
        (
            403,
            r#"{"error":"This action is not allowed"}"#,
            "NotPermitted by Message",
        ),
        (
            403,
            r#"{"error":"Your login is currently disabled"}"#,
            "CurrentUserDisabled by Message",
        ),
        (
            422,
            r#"{"error":"Duplicate record"}"#,
            "RecordNotUnique by Message",
        ),
        // Of the three 422 entries only `{string}.` fits: the status alone
        // names it, and the evidence says so.
        (
            422,
            r#"{"error":"Validation failed: Domain can't be blank"}"#,
            "RecordInvalid by Status",
        ),
        (
            422,
            r#"{"error":"Validation failed: Password can't be blank","details":{"password":[{"error":"ERR_BLANK","description":"can't be blank"}]}}"#,
            "RecordInvalid by Status",
        ),
        // The one 429 entry is `{translated string}.`.
        (
            429,
            r#"{"error":"Too many requests"}"#,
            "TooManyRequests by Status",
        ),
        (
            400,
            r#"{"error":"invalid_scope","error_description":"The requested scope is invalid, unknown, or malformed."}"#,
            "ParameterMissing by Status",
        ),
        // A text the table does not list at its status.
        (401, r#"{"error":"The access token is invalid"}"#, "Unknown"),
        // Statuses no entry documents.
        (
            409,
            r#"{"error":"Conflict during update, please try again"}"#,
            "StatusMismatch",
        ),
        (
            500,
            r#"{"error":"Error processing thumbnail for uploaded media"}"#,
            "StatusMismatch",
        ),
        // `error` is an object holding `error` and `details`.
        (
            422,
            r#"{"error":{"error":"Validation failed: Name is too long (maximum is 40 characters)","details":{}}}"#,
            "member `error` of the error body should be a string",
        ),
    ];
    for (status, body, expected) in examples {
        let status = StatusCode::from_u16(status).unwrap();
        let outcome = match MastodonError::decode(body.as_bytes(), Some(status)) {
            Ok(Decoded::Known(r)) => format!("{} by {:?}", r.error.info().variant(), r.evidence),
            Ok(Decoded::Unrecognized(u)) => format!("{:?}", u.reason),
            Err(e) => e.to_string(),
        };
        assert_eq!(outcome, expected, "{status} {body}");
    }
}

// PluralKit --------------------------------------------------------------

#[test]
fn pluralkit_rate_limit_example_is_not_json() {
    // The docs' example carries a `//` comment: no JSON parser accepts it.
    assert!(matches!(
        pluralkit::PluralKitError::decode(
            &spec("pluralkit-429.jsonc"),
            Some(StatusCode::TOO_MANY_REQUESTS)
        ),
        Err(DecodeError::Json(_))
    ));
}

#[test]
fn pluralkit_examples_with_the_seed_enum() {
    use pluralkit::PluralKitError;
    // The docs' body without its comment, and with the later `scope`.
    let body = br#"{"message": "429: too many requests", "retry_after": 19, "code": 0}"#;
    let Some(PluralKitError::TooManyRequests { retry_after, scope }) =
        PluralKitError::decode(body, Some(StatusCode::TOO_MANY_REQUESTS))
            .ok()
            .and_then(Decoded::known)
    else {
        panic!("the rate-limit body does not decode");
    };
    assert_eq!((retry_after, scope), (19, None));
    assert!(matches!(
        decode::<PluralKitError>("pluralkit-429-scope.json", 429).known(),
        Some(PluralKitError::TooManyRequests { retry_after: 19, scope: Some(s) }) if s == "generic"
    ));
    assert!(matches!(
        decode::<PluralKitError>("pluralkit-member-not-found.json", 404).known(),
        Some(PluralKitError::MemberNotFound)
    ));
}

/// What PluralKit's server sends for a token without the permission
/// (`Errors.GenericMissingPermissions`, PluralKit.API): code 0 with 403,
/// which the published table does not list.
pub(super) const PLURALKIT_MISSING_PERMISSIONS: &[u8] =
    br#"{"message":"403: Missing permissions to access this resource","code":0}"#;

#[test]
fn pluralkit_code_zero_is_not_picked_by_status_against_its_message() {
    use pluralkit::PluralKitError;
    // Code 0 with 403 is "Your access to the API is blocked ..." in the
    // table: the message says another error.
    let u = unrecognized(
        PluralKitError::decode(PLURALKIT_MISSING_PERMISSIONS, Some(StatusCode::FORBIDDEN)).unwrap(),
    );
    assert_eq!(u.reason, Reason::MessageMismatch);
    assert_eq!(u.code, Some(errcodes::CodeBuf::Int(0)));
    assert_eq!(u.candidates.len(), 1);
    assert_eq!(u.candidates[0].variant(), "AccessBlocked");
    // The entry's own text, and no text at all, still name it.
    let body = br#"{"message":"Your access to the API is blocked - please contact us in the support server","code":0}"#;
    let r = received(PluralKitError::decode(body, Some(StatusCode::FORBIDDEN)).unwrap());
    assert!(matches!(r.error, PluralKitError::AccessBlocked));
    assert_eq!(r.evidence, Evidence::Message);
    let r =
        received(PluralKitError::decode(br#"{"code":0}"#, Some(StatusCode::FORBIDDEN)).unwrap());
    assert!(matches!(r.error, PluralKitError::AccessBlocked));
    assert_eq!(r.evidence, Evidence::Status);
}

#[test]
fn pluralkit_internal_error_decodes_into_a_variant_with_a_source() {
    // The seed enum's entry is a unit variant.
    assert!(matches!(
        decode::<pluralkit::PluralKitError>("pluralkit-internal-error.json", 500).known(),
        Some(pluralkit::PluralKitError::InternalError)
    ));
    // A service that keeps the cause: its client still matches on the 500.
    #[derive(Debug, ApiError)]
    #[api_error(format = errcodes::format::PluralKit)]
    enum Pk {
        #[code(
            0,
            status = 500,
            msg = "Internal server error, try again later",
            shared
        )]
        Internal(#[source] Box<dyn std::error::Error + Send + Sync>),
        #[code(0, status = 400, msg = "Invalid JSON", shared)]
        InvalidJson(#[from] serde_json::Error),
    }
    let r = received(decode::<Pk>("pluralkit-internal-error.json", 500));
    let Pk::Internal(source) = &r.error else {
        panic!("decoded {:?}", r.error)
    };
    let remote = source
        .downcast_ref::<errcodes::decode::RemoteError>()
        .expect("the source is what the server reported");
    assert_eq!(remote.code, Some(errcodes::CodeBuf::Int(0)));
    assert_eq!(remote.status, Some(StatusCode::INTERNAL_SERVER_ERROR));
    assert_eq!(remote.to_string(), "Internal server error, try again later");
    // A source no received value builds: the entry is still named.
    let u = unrecognized(
        Pk::decode(
            br#"{"code": 0, "message": "Invalid JSON"}"#,
            Some(StatusCode::BAD_REQUEST),
        )
        .unwrap(),
    );
    assert_eq!(u.reason, Reason::NotRebuildable);
    assert_eq!(u.candidates.len(), 1);
    assert_eq!(u.candidates[0].variant(), "InvalidJson");
}

// Fresns -----------------------------------------------------------------

#[test]
fn fresns_example_with_the_seed_enum() {
    use fresns::FresnsError;
    let decoded = decode::<FresnsError>("fresns-error.json", 200);
    let error = decoded.known().expect("the Fresns example decodes");
    assert_eq!(error.code(), 31501);
}
