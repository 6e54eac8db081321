//! RFC 9457's examples: written byte for byte, decoded by type and status.

use super::*;

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
