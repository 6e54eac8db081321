//! Conformance against the specs' own text: every published example error
//! body in `tests/data/specs/` (sources in its README) and what it must
//! decode to, with the seed enums and with enums that declare what the
//! examples use.

use errcodes_catalogues::fresns;
use errcodes_catalogues::mastodon;
use errcodes_catalogues::pluralkit;

use errcodes::decode::{DecodeError, Decoded, Evidence, Reason, Received, Unrecognized};
use errcodes::format::{Matrix, Problem, ProblemType};
use errcodes::{ApiError, StatusCode};
use serde::{Deserialize, Serialize};

fn spec(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/data/specs/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn decode<E: ApiError>(name: &str, status: u16) -> Decoded<E> {
    E::decode(&spec(name), Some(StatusCode::from_u16(status).unwrap()))
        .unwrap_or_else(|e| panic!("{name} with {status}: {e}"))
}

fn unrecognized<E: ApiError + std::fmt::Debug>(decoded: Decoded<E>) -> Unrecognized {
    match decoded {
        Decoded::Unrecognized(u) => u,
        Decoded::Known(e) => panic!("expected no variant, got {e:?}"),
    }
}

// RFC 9457 ---------------------------------------------------------------

/// As the RFC's examples: `type` alone names the problem, no `code` or
/// `status` member.
struct ExampleCom;
impl ProblemType for ExampleCom {
    const BASE: Option<&'static str> = Some("https://example.com/probs/");
    const CODE_MEMBER: bool = false;
    const STATUS_MEMBER: bool = false;
}

#[derive(Debug, PartialEq, ApiError)]
#[api_error(format = Problem<ExampleCom>)]
enum Credit {
    #[code(
        "out-of-credit",
        status = 403,
        title = "You do not have enough credit.",
        msg = "Your current balance is {balance}, but that costs {cost}."
    )]
    OutOfCredit {
        #[body]
        instance: Option<String>,
        #[body]
        balance: i64,
        cost: i64,
        #[body]
        accounts: Vec<String>,
    },
}

struct ExampleNet;
impl ProblemType for ExampleNet {
    const BASE: Option<&'static str> = Some("https://example.net/");
    const CODE_MEMBER: bool = false;
    const STATUS_MEMBER: bool = false;
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
struct Invalid {
    detail: String,
    pointer: String,
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
struct InvalidParam {
    name: String,
    reason: String,
}

/// The examples carry no `detail`: the entries have no `msg`.
#[derive(Debug, PartialEq, ApiError)]
#[api_error(format = Problem<ExampleNet>)]
enum Validation {
    #[code(
        "validation-error",
        status = 422,
        title = "Your request is not valid.",
        shared
    )]
    NotValid {
        #[body]
        errors: Vec<Invalid>,
    },
    #[code(
        "validation-error",
        status = 400,
        title = "Your request parameters didn't validate.",
        shared
    )]
    DidNotValidate {
        #[body(rename = "invalid-params")]
        invalid_params: Vec<InvalidParam>,
    },
}

fn out_of_credit() -> Credit {
    Credit::OutOfCredit {
        balance: 30,
        cost: 50,
        accounts: vec!["/account/12345".into(), "/account/67890".into()],
        instance: Some("/account/12345/msgs/abc".into()),
    }
}

fn not_valid() -> Validation {
    Validation::NotValid {
        errors: vec![
            Invalid {
                detail: "must be a positive integer".into(),
                pointer: "#/age".into(),
            },
            Invalid {
                detail: "must be 'green', 'red' or 'blue'".into(),
                pointer: "#/profile/color".into(),
            },
        ],
    }
}

fn did_not_validate() -> Validation {
    Validation::DidNotValidate {
        invalid_params: vec![
            InvalidParam {
                name: "age".into(),
                reason: "must be a positive integer".into(),
            },
            InvalidParam {
                name: "color".into(),
                reason: "must be 'green', 'red' or 'blue'".into(),
            },
        ],
    }
}

/// `json` without the white space between its tokens: the bytes a compact
/// writer gives for the same members in the same order.
fn minified(json: &[u8]) -> Vec<u8> {
    let (mut out, mut in_string, mut escaped) = (Vec::new(), false, false);
    for &byte in json {
        if in_string {
            in_string = escaped || byte != b'"';
            escaped = !escaped && byte == b'\\';
        } else if byte.is_ascii_whitespace() {
            continue;
        } else {
            in_string = byte == b'"';
        }
        out.push(byte);
    }
    out
}

#[test]
fn rfc9457_out_of_credit_is_identified_by_its_type() {
    // The example carries no `code` member: `type` alone names the entry.
    let r = received(decode::<Credit>("rfc9457-out-of-credit.json", 403));
    assert_eq!(r.error, out_of_credit());
    assert_eq!(r.evidence, Evidence::TypeUri);
}

/// Each example is what the enum declaring it writes, member for member in
/// the RFC's order (its white space aside), and decodes back to the value.
#[test]
fn rfc9457_examples_are_written_byte_for_byte() {
    fn check<E: ApiError + Serialize + PartialEq + std::fmt::Debug>(
        name: &str,
        status: u16,
        value: &E,
    ) {
        let written = serde_json::to_vec(value).unwrap();
        assert_eq!(
            String::from_utf8(written.clone()).unwrap(),
            String::from_utf8(minified(&spec(name))).unwrap(),
            "{name}"
        );
        assert_eq!(value.status(), status, "{name}");
        assert_eq!(
            decode::<E>(name, status).known().as_ref(),
            Some(value),
            "{name}"
        );
        let status = StatusCode::from_u16(status).ok();
        assert_eq!(
            E::decode(&written, status).unwrap().known().as_ref(),
            Some(value),
            "{name}"
        );
    }
    check("rfc9457-out-of-credit.json", 403, &out_of_credit());
    check("rfc9457-validation-error.json", 422, &not_valid());
    check("rfc7807-validation-error.json", 400, &did_not_validate());
}

#[test]
fn rfc9457_out_of_credit_round_trips() {
    let written = serde_json::to_vec(&out_of_credit()).unwrap();
    let value: serde_json::Value = serde_json::from_slice(&written).unwrap();
    assert_eq!(value["type"], "https://example.com/probs/out-of-credit");
    assert_eq!(value["title"], "You do not have enough credit.");
    assert_eq!(
        value["detail"],
        "Your current balance is 30, but that costs 50."
    );
    assert_eq!(value["instance"], "/account/12345/msgs/abc");
    assert_eq!(value["balance"], 30);
    // Neither the code nor the status: `type` and the response say them.
    assert_eq!(value.get("code"), None);
    assert_eq!(value.get("status"), None);
    assert_eq!(
        Credit::decode(&written, Some(StatusCode::FORBIDDEN))
            .unwrap()
            .known(),
        Some(out_of_credit())
    );
}

/// What leaves out `code`, `status` and `detail` leaves them out everywhere
/// the body is described: the bodies rendered once, the JSON Schemas.
#[test]
fn left_out_members_are_left_out_of_static_bodies_and_schemas() {
    #[derive(Debug, PartialEq, ApiError)]
    #[api_error(format = Problem<ExampleNet>)]
    enum Gone {
        #[code("gone", status = 410, title = "It is gone.")]
        Gone,
        #[code("moved", status = 404, title = "Not here.", msg = "Look elsewhere.")]
        Moved,
    }
    errcodes::format::check_static_bodies::<Gone>().unwrap();
    assert_eq!(
        Gone::Gone.static_body(),
        Some(&br#"{"type":"https://example.net/gone","title":"It is gone."}"#[..])
    );
    assert_eq!(
        Gone::Moved.static_body(),
        Some(&br#"{"type":"https://example.net/moved","title":"Not here.","detail":"Look elsewhere."}"#[..])
    );
    assert_eq!(
        Gone::decode(br#"{"type":"https://example.net/gone","title":"x"}"#, None)
            .unwrap()
            .known(),
        Some(Gone::Gone)
    );
    use errcodes::format::Format;
    let members = |schema: &serde_json::Value, key: &str| -> Vec<String> {
        let mut names: Vec<String> = match &schema[key] {
            serde_json::Value::Object(o) => o.keys().cloned().collect(),
            serde_json::Value::Array(a) => {
                a.iter().map(|v| v.as_str().unwrap().to_owned()).collect()
            }
            _ => vec![],
        };
        names.sort();
        names
    };
    let gone = <Problem<ExampleNet>>::entry_schema(Gone::Gone.info());
    assert_eq!(members(&gone, "required"), ["title", "type"]);
    assert_eq!(
        members(&gone, "properties"),
        ["instance", "status", "title", "type"]
    );
    let moved = <Problem<ExampleNet>>::entry_schema(Gone::Moved.info());
    assert_eq!(members(&moved, "required"), ["detail", "title", "type"]);
    // Any body: `detail` may be there, `status` too (from a `#[body]` field).
    let any = <Problem<ExampleNet>>::json_schema();
    assert_eq!(members(&any, "required"), ["title", "type"]);
    assert_eq!(
        members(&any, "properties"),
        ["detail", "instance", "status", "title", "type"]
    );
}

#[test]
fn rfc9457_validation_errors_decode_by_type_and_status() {
    let Some(Validation::NotValid { errors }) =
        decode::<Validation>("rfc9457-validation-error.json", 422).known()
    else {
        panic!("the RFC 9457 validation example does not decode");
    };
    assert_eq!(errors.len(), 2);
    assert_eq!(errors[1].pointer, "#/profile/color");
    // RFC 7807's version of the example, `invalid-params` and sent with 400.
    let Some(Validation::DidNotValidate { invalid_params }) =
        decode::<Validation>("rfc7807-validation-error.json", 400).known()
    else {
        panic!("the RFC 7807 validation example does not decode");
    };
    assert_eq!(invalid_params[0].name, "age");
}

#[test]
fn rfc9457_standard_members_of_the_wrong_type_are_ignored() {
    // RFC 9457 §3.1: a member whose value has the wrong type is ignored.
    let body = br#"{"type":"https://example.com/probs/out-of-credit","title":7,
        "detail":"Your current balance is 30, but that costs 50.","status":"403",
        "code":[],"balance":30,"accounts":[]}"#;
    let decoded = Credit::decode(body, Some(StatusCode::FORBIDDEN)).unwrap();
    assert_eq!(
        decoded.known(),
        Some(Credit::OutOfCredit {
            balance: 30,
            cost: 50,
            accounts: vec![],
            instance: None
        })
    );
    // A `detail` that is not a string is ignored too: the body still
    // decodes, though without it `cost` cannot be read back.
    let body = br#"{"type":"https://example.com/probs/out-of-credit","title":"x",
        "detail":42,"status":"403","code":[],"balance":30,"accounts":[]}"#;
    assert!(Credit::decode(body, Some(StatusCode::FORBIDDEN)).is_ok());
}

#[test]
fn type_uris_from_string_codes_are_percent_encoded() {
    struct Base;
    impl ProblemType for Base {
        const BASE: Option<&'static str> = Some("https://errors.example/");
    }
    #[derive(Debug, PartialEq, ApiError)]
    #[api_error(format = Problem<Base>)]
    enum Spaced {
        #[code("quota exceeded/daily é", status = 429, msg = "Quota exceeded")]
        Quota,
    }
    let written = serde_json::to_value(&Spaced::Quota).unwrap();
    let uri = "https://errors.example/quota%20exceeded%2Fdaily%20%C3%A9";
    assert_eq!(written["type"], uri);
    // The static body (rendered once) agrees with the serializer.
    let bytes = Spaced::Quota
        .static_body()
        .expect("a unit variant has a static body");
    let value: serde_json::Value = serde_json::from_slice(bytes).unwrap();
    assert_eq!(value["type"], uri);
    let known = |uri: &str| {
        let body = format!(r#"{{"type":"{uri}","title":"Quota exceeded","status":429}}"#);
        Spaced::decode(body.as_bytes(), Some(StatusCode::TOO_MANY_REQUESTS))
            .unwrap()
            .known()
    };
    assert_eq!(known(uri), Some(Spaced::Quota));
    // RFC 3986 §6.2.2: the same URI however its escapes are cased, its
    // unreserved characters escaped, its scheme and host cased.
    for same in [
        "https://errors.example/quota%20exceeded%2fdaily%20%c3%a9",
        "https://errors.example/%71uota%20exceeded%2Fdaily%20%C3%A9",
        "https://errors.example/quota%20exceeded%2Fdaily%20%C3%a9",
        "HTTPS://Errors.EXAMPLE/quota%20exceeded%2Fdaily%20%C3%A9",
        "https://errors%2Eexample/quota%20exceeded%2Fdaily%20%C3%A9",
    ] {
        assert_eq!(known(same), Some(Spaced::Quota), "{same}");
    }
    // Other URIs, and malformed ones, name nothing.
    for other in [
        "https://errors.example/quota exceeded/daily é",
        "https://errors.example/quota%20exceeded%2Fdaily%20%C3%A9x",
        // `/` is reserved: `%2F` and `/` are different URIs.
        "https://errors.example/quota%20exceeded/daily%20%C3%A9",
        // The path is case-sensitive.
        "https://errors.example/QUOTA%20exceeded%2Fdaily%20%C3%A9",
        "https://errors.example/quota%20exceeded%2Fdaily%20%C3%A",
        "https://errors.example/quota%20exceeded%2Fdaily%20%C3%",
        "https://errors.example/quota%2xexceeded%2Fdaily%20%C3%A9",
        "https://errors.example/quota%zzexceeded%2Fdaily%20%C3%A9",
        "https://errors.example/quota%%20exceeded%2Fdaily%20%C3%A9",
        "https://errors.example/quota%20exceeded%2Fdaily%20%C3%A9%",
        "https://errors.example/quota%20exceeded%2Fdaily%20%C3%A9%é",
        "https://errors.example/quota%20exceeded%2Fdaily%20%C3",
        "https://errors.example/quota%20exceeded%2Fdaily%20%FF%FE",
        "https://errors.example%2F/quota%20exceeded%2Fdaily%20%C3%A9",
    ] {
        assert_eq!(known(other), None, "{other}");
    }
}

/// `http-api-problem` writes the hex digits of a type URI's escapes in
/// lower case; RFC 3986 §6.2.2.1 makes that the same URI as errcodes'.
#[test]
fn type_uris_with_lower_case_escapes_name_their_entry() {
    struct Base;
    impl ProblemType for Base {
        const BASE: Option<&'static str> = Some("https://errors.example/");
    }
    #[derive(Debug, PartialEq, ApiError)]
    #[api_error(format = Problem<Base>)]
    enum Limited {
        #[code("rate limited/é", status = 429, msg = "Rate limited")]
        RateLimited,
    }
    let written = serde_json::to_value(&Limited::RateLimited).unwrap();
    assert_eq!(
        written["type"],
        "https://errors.example/rate%20limited%2F%C3%A9"
    );
    let body = br#"{"type":"https://errors.example/rate%20limited%2f%c3%a9","title":"Rate limited","status":429}"#;
    assert_eq!(
        Limited::decode(body, Some(StatusCode::TOO_MANY_REQUESTS))
            .unwrap()
            .known(),
        Some(Limited::RateLimited)
    );
}

/// A body whose `code` member is not the code its `type` names contradicts
/// itself: neither names the entry for certain, whichever the message fits.
#[test]
fn a_type_uri_and_a_code_that_disagree_name_no_entry() {
    struct Base;
    impl ProblemType for Base {
        const BASE: Option<&'static str> = Some("https://errors.example/");
    }
    #[derive(Debug, PartialEq, ApiError)]
    #[api_error(format = Problem<Base>)]
    enum Access {
        #[code("out-of-credit", status = 403, msg = "You do not have enough credit.")]
        OutOfCredit,
        #[code("banned", status = 403, msg = "You are banned.")]
        Banned,
    }
    let decoded = |type_code: &str, code: &str| {
        let body = format!(
            r#"{{"type":"https://errors.example/{type_code}","code":{code},"detail":"You are banned.","status":403}}"#
        );
        Access::decode(body.as_bytes(), Some(StatusCode::FORBIDDEN)).unwrap()
    };
    let agreeing = received(decoded("banned", r#""banned""#));
    assert_eq!(
        (agreeing.error, agreeing.evidence),
        (Access::Banned, Evidence::TypeUri)
    );
    let variants = |u: Unrecognized| -> Vec<&str> {
        assert_eq!(u.reason, Reason::CodeMismatch, "{u}");
        u.candidates.iter().map(|e| e.variant()).collect()
    };
    assert_eq!(
        variants(unrecognized(decoded("out-of-credit", r#""banned""#))),
        ["OutOfCredit", "Banned"]
    );
    for code in [r#""no-such-code""#, "7"] {
        assert_eq!(
            variants(unrecognized(decoded("banned", code))),
            ["Banned"],
            "{code}"
        );
    }
}

// Matrix -----------------------------------------------------------------

#[derive(Debug, PartialEq, ApiError)]
#[api_error(format = Matrix)]
enum Mx {
    #[code("M_FORBIDDEN", status = 403, msg = "Forbidden access")]
    Forbidden,
    #[code(
        "M_UNKNOWN_TOKEN",
        status = 401,
        msg = "The access or refresh token specified was not recognised."
    )]
    UnknownToken {
        /// Whether the client may log in again on its device (the spec's
        /// default: false, which ruma leaves out).
        #[body(default)]
        soft_logout: bool,
    },
    /// Matrix 1.10 sends the wait in `Retry-After` too, in whole seconds
    /// (RFC 9110), and deprecates `retry_after_ms`: the header shows the
    /// milliseconds as seconds, rounded up so that no client retries early.
    #[code("M_LIMIT_EXCEEDED", status = 429, msg = "Too many requests")]
    LimitExceeded {
        #[body]
        #[header("Retry-After", with = errcodes::headers::seconds_from_millis)]
        retry_after_ms: Option<u64>,
    },
    #[code(
        "M_NOT_FOUND",
        status = 404,
        msg = "No resource was found for this request."
    )]
    NotFound,
}

#[test]
fn every_matrix_example_decodes() {
    assert_eq!(
        decode::<Mx>("matrix-forbidden.json", 403).known(),
        Some(Mx::Forbidden)
    );
    assert_eq!(
        decode::<Mx>("matrix-forbidden-banned.json", 403).known(),
        Some(Mx::Forbidden)
    );
    assert_eq!(
        decode::<Mx>("matrix-unknown-token-soft-logout.json", 401).known(),
        Some(Mx::UnknownToken { soft_logout: true })
    );
    assert_eq!(
        decode::<Mx>("matrix-unknown-token-ruma.json", 401).known(),
        Some(Mx::UnknownToken { soft_logout: false })
    );
    assert_eq!(
        decode::<Mx>("matrix-limit-exceeded.json", 429).known(),
        Some(Mx::LimitExceeded {
            retry_after_ms: Some(2000)
        })
    );
    assert_eq!(
        decode::<Mx>("matrix-not-found.json", 404).known(),
        Some(Mx::NotFound)
    );
}

/// `Retry-After` is whole seconds where `retry_after_ms` is milliseconds:
/// a client reading the header (ruma does) waits 2 s for a 1.5 s limit,
/// not 1500 s.
#[cfg(all(feature = "axum", feature = "actix-web"))]
#[test]
fn matrix_rate_limits_send_retry_after_in_seconds() {
    let limited = |ms| Mx::LimitExceeded {
        retry_after_ms: Some(ms),
    };
    let axum = |e: &Mx| {
        errcodes::axum::into_response(e)
            .headers()
            .get("retry-after")
            .cloned()
    };
    let actix = |e: &Mx| {
        let response = errcodes::actix_web::error_response(e);
        let value = response.headers().get("retry-after")?;
        Some(value.to_str().unwrap().to_owned())
    };
    for (ms, seconds) in [
        (1500, "2"),
        (2000, "2"),
        (1, "1"),
        (0, "0"),
        (u64::MAX, "18446744073709552"),
    ] {
        assert_eq!(axum(&limited(ms)).unwrap(), seconds, "{ms} ms");
        assert_eq!(actix(&limited(ms)).unwrap(), seconds, "{ms} ms");
    }
    let unlimited = Mx::LimitExceeded {
        retry_after_ms: None,
    };
    assert_eq!(axum(&unlimited), None);
    // The body keeps the milliseconds the spec's example carries.
    let body = serde_json::to_value(limited(1500)).unwrap();
    assert_eq!(body["retry_after_ms"], 1500);
}

/// `soft_logout` is written whatever its value, as Synapse writes it: a
/// client that does not apply the spec's default still reads it.
#[test]
fn matrix_soft_logout_is_always_written() {
    for soft_logout in [false, true] {
        let error = Mx::UnknownToken { soft_logout };
        let written = serde_json::to_value(&error).unwrap();
        assert_eq!(written["soft_logout"], soft_logout);
        let bytes = serde_json::to_vec(&error).unwrap();
        assert_eq!(
            Mx::decode(&bytes, Some(StatusCode::UNAUTHORIZED))
                .unwrap()
                .known(),
            Some(error)
        );
    }
}

fn received<E: ApiError + std::fmt::Debug>(decoded: Decoded<E>) -> Received<E> {
    decoded
        .into_result()
        .unwrap_or_else(|u| panic!("expected a variant, got {u}"))
}

#[test]
fn matrix_messages_are_the_servers_not_the_catalogues() {
    // M_FORBIDDEN bodies carry endpoint-specific text; a unit variant cannot
    // hold it, what came with the variant does.
    for (file, said) in [
        ("matrix-forbidden.json", "You are not invited to this room."),
        (
            "matrix-forbidden-banned.json",
            "@cheeky_monkey:matrix.org is banned from the room",
        ),
    ] {
        let r = received(decode::<Mx>(file, 403));
        assert_eq!(r.error, Mx::Forbidden, "{file}");
        assert_eq!(r.message.as_deref(), Some(said), "{file}");
        assert_eq!(r.status, Some(StatusCode::FORBIDDEN), "{file}");
        assert_eq!(r.to_string(), said, "{file}");
        // The variant's own text stays the catalogue's.
        assert_eq!(r.error.to_string(), "Forbidden access");
    }
    let r = received(decode::<Mx>("matrix-not-found.json", 400));
    assert_eq!(r.error, Mx::NotFound);
    assert_eq!(r.status, Some(StatusCode::BAD_REQUEST));
    assert_eq!(
        r.message.as_deref(),
        Some("Room alias #monkeys:matrix.org not found.")
    );
    let r = received(decode::<Mx>("matrix-unknown-token-soft-logout.json", 401));
    assert_eq!(r.to_string(), "Soft logged out (access token expired)");
    // Without a status given, none is claimed.
    let r = received(Mx::decode(&spec("matrix-forbidden.json"), None).unwrap());
    assert_eq!(r.status, None);
}

#[test]
fn a_body_without_a_message_displays_the_variants_text() {
    let r = received(Mx::decode(br#"{"errcode":"M_FORBIDDEN"}"#, None).unwrap());
    assert_eq!(r.message, None);
    assert_eq!(r.to_string(), "Forbidden access");
}

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
const PLURALKIT_MISSING_PERMISSIONS: &[u8] =
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

#[test]
fn matrix_codes_outrank_the_status() {
    // The spec: a client should treat M_NOT_FOUND received with 400 as not found.
    assert_eq!(
        decode::<Mx>("matrix-not-found.json", 400).known(),
        Some(Mx::NotFound)
    );
    // A code no entry has is still unknown, whatever the status.
    let body = br#"{"errcode":"M_UNRECOGNIZED","error":"Unrecognized request"}"#;
    let u = unrecognized(Mx::decode(body, Some(StatusCode::BAD_REQUEST)).unwrap());
    assert_eq!(u.reason, Reason::Unknown);
}

/// `M_UNRECOGNIZED`: the spec sends it with 404 where the endpoint is not
/// implemented and 405 where the method is wrong; Synapse's
/// `UnrecognizedRequestError` sends it with 400.
#[derive(Debug, PartialEq, ApiError)]
#[api_error(format = Matrix)]
enum MxRoutes {
    #[code(
        "M_UNRECOGNIZED",
        status = 404,
        also_status = [405, 400],
        msg = "Unrecognized request"
    )]
    Unrecognized,
}

#[test]
fn an_entry_declares_every_status_it_is_sent_with() {
    let body = br#"{"errcode":"M_UNRECOGNIZED","error":"Unrecognized request"}"#;
    assert_eq!(MxRoutes::Unrecognized.info().also_statuses(), [405, 400]);
    for status in [404, 405, 400] {
        let status = StatusCode::from_u16(status).unwrap();
        assert_eq!(
            MxRoutes::decode(body, Some(status)).unwrap().known(),
            Some(MxRoutes::Unrecognized),
            "{status}"
        );
    }
    let responses = errcodes::docs::openapi::<MxRoutes>("1")["components"]["responses"].clone();
    let keys: Vec<&String> = responses.as_object().unwrap().keys().collect();
    assert_eq!(keys, ["MxRoutes.400", "MxRoutes.404", "MxRoutes.405"]);

    // Where the code does not outrank the status, a status the entry does
    // not list is a mismatch.
    #[derive(Debug, PartialEq, ApiError)]
    enum Routes {
        #[code(1, status = 404, also_status = [405, 400], msg = "Unrecognized request")]
        Unrecognized,
    }
    let body = br#"{"code":1,"message":"Unrecognized request"}"#;
    for status in [404, 405, 400] {
        let status = StatusCode::from_u16(status).unwrap();
        assert_eq!(
            Routes::decode(body, Some(status)).unwrap().known(),
            Some(Routes::Unrecognized),
            "{status}"
        );
    }
    for status in [401, 500] {
        let status = StatusCode::from_u16(status).unwrap();
        let u = unrecognized(Routes::decode(body, Some(status)).unwrap());
        assert_eq!(u.reason, Reason::StatusMismatch, "{status}");
        assert_eq!(u.status, Some(status));
    }
}

#[test]
fn decoded_values_display_and_are_errors() {
    fn is_error<T: std::error::Error>(_: &T) {}
    let decoded = decode::<Mx>("matrix-forbidden.json", 403);
    is_error(&decoded);
    // What the server said, not the catalogue's "Forbidden access".
    assert_eq!(decoded.to_string(), "You are not invited to this room.");
    let received = decode::<Mx>("matrix-limit-exceeded.json", 429)
        .into_result()
        .unwrap();
    is_error(&received);
    assert_eq!(
        received.error,
        Mx::LimitExceeded {
            retry_after_ms: Some(2000)
        }
    );
    let body = br#"{"errcode":"M_UNRECOGNIZED","error":"Unrecognized request"}"#;
    let decoded = Mx::decode(body, Some(StatusCode::BAD_REQUEST)).unwrap();
    let shown = decoded.to_string();
    let u = decoded.into_result().unwrap_err();
    is_error(&u);
    assert_eq!(shown, u.to_string());
    assert_eq!(
        shown,
        "unrecognized error body (unknown): code M_UNRECOGNIZED, status 400: Unrecognized request"
    );
    let u = unrecognized(
        pluralkit::PluralKitError::decode(
            PLURALKIT_MISSING_PERMISSIONS,
            Some(StatusCode::FORBIDDEN),
        )
        .unwrap(),
    );
    assert_eq!(
        u.to_string(),
        "unrecognized error body (message fits no entry's text): code 0, status 403: \
         403: Missing permissions to access this resource"
    );
}

/// A type URI names an integer code as its decimal text, exactly.
#[test]
fn type_uris_name_integer_codes() {
    struct Base;
    impl ProblemType for Base {
        const BASE: Option<&'static str> = Some("https://errors.example/");
    }
    #[derive(Debug, PartialEq, ApiError)]
    #[api_error(format = Problem<Base>)]
    enum Numbered {
        #[code(34306, status = 404, msg = "Member not found")]
        NotFound,
        #[code(-5, status = 404, msg = "Broken")]
        Broken,
    }
    let known = |suffix: &str| {
        let body = format!(r#"{{"type":"https://errors.example/{suffix}","status":404}}"#);
        Numbered::decode(body.as_bytes(), Some(StatusCode::NOT_FOUND))
            .unwrap()
            .known()
    };
    assert_eq!(known("34306"), Some(Numbered::NotFound));
    assert_eq!(known("-5"), Some(Numbered::Broken));
    // Escaped digits and `-` are unreserved: the same URI (RFC 3986 §6.2.2.2).
    assert_eq!(known("%33%34306"), Some(Numbered::NotFound));
    assert_eq!(known("%2d5"), Some(Numbered::Broken));
    for other in [
        "034306", "+34306", "%2B34306", "34307", "", "-0", "%3", "3%4306",
    ] {
        assert_eq!(known(other), None, "{other}");
    }
}

mod respelled_type_uris {
    use super::*;
    use proptest::prelude::*;

    struct Base;
    impl ProblemType for Base {
        const BASE: Option<&'static str> = Some("https://errors.example/");
    }

    #[derive(Debug, PartialEq, ApiError)]
    #[api_error(format = Problem<Base>)]
    enum Spaced {
        #[code("quota exceeded/daily é~", status = 429, msg = "Quota exceeded")]
        Quota,
    }

    const WRITTEN: &str = "https://errors.example/quota%20exceeded%2Fdaily%20%C3%A9~";
    const SCHEME_END: usize = "https".len();
    const HOST_END: usize = "https://errors.example".len();

    /// `WRITTEN` respelled by `choices` (one per unit: a character or an
    /// escape), and whether it is still the same URI: re-cased escapes,
    /// escaped unreserved characters and a re-cased scheme or host are;
    /// a decoded reserved character, a re-cased path or a stray `%` are not.
    fn respell(choices: &[u8]) -> (String, bool) {
        let mut out = String::new();
        let mut same = true;
        let mut rest = WRITTEN;
        let mut choices = choices.iter().copied().chain(core::iter::repeat(0));
        while let Some(c) = rest.chars().next() {
            let at = WRITTEN.len() - rest.len();
            let choice = choices.next().unwrap();
            if c == '%' {
                let escape = &rest[..3];
                rest = &rest[3..];
                let byte = u8::from_str_radix(&escape[1..], 16).unwrap();
                match choice % 4 {
                    0 => out.push_str(&escape.to_ascii_lowercase()),
                    1 if byte.is_ascii() => {
                        out.push(char::from(byte));
                        same = false;
                    }
                    _ => out.push_str(escape),
                }
                continue;
            }
            rest = &rest[c.len_utf8()..];
            // A scheme has no escapes.
            let unreserved = (c.is_ascii_alphanumeric() || "-._~".contains(c)) && at > SCHEME_END;
            match choice % 6 {
                0 if unreserved => out.push_str(&format!("%{:02x}", c as u32)),
                1 if unreserved => out.push_str(&format!("%{:02X}", c as u32)),
                2 if c.is_ascii_alphabetic() => {
                    out.push(c.to_ascii_uppercase());
                    same &= at < HOST_END;
                }
                3 if choice > 200 => {
                    out.push('%');
                    out.push(c);
                    same = false;
                }
                _ => out.push(c),
            }
        }
        (out, same)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        /// A type URI names the entry exactly when it is the URI the format
        /// writes, however it is spelt; decoding never panics on it.
        #[test]
        fn a_type_uri_names_its_entry_however_it_is_spelt(choices in proptest::collection::vec(any::<u8>(), 0..64)) {
            let (uri, same) = respell(&choices);
            let body = serde_json::json!({"type": uri, "title": "Quota exceeded", "status": 429});
            let decoded = Spaced::decode(body.to_string().as_bytes(), Some(StatusCode::TOO_MANY_REQUESTS)).unwrap();
            prop_assert_eq!(decoded.known().is_some(), same, "{}", uri);
        }
    }

    #[test]
    fn the_written_uri_is_the_normal_form() {
        assert_eq!(
            serde_json::to_value(Spaced::Quota).unwrap()["type"],
            WRITTEN
        );
    }
}
