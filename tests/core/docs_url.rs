//! `#[api_error(docs_url = "...")]`: each entry's page, as a Problem's
//! `type` where the format declares none, and as `Link: <...>; rel="help"`
//! (RFC 8288) on every response, for every format; bodies of catalogues
//! without it unchanged.

use errcodes::format::{check_static_bodies, Matrix, Plain, Problem, ProblemType};
use errcodes::{ApiError, StatusCode};
use http::HeaderMap;

#[derive(Debug, PartialEq, ApiError)]
#[api_error(format = Problem, docs_url = "/errors/")]
enum Linked {
    #[code(34404, status = 404, msg = "Member '{id}' not found.")]
    NotFound {
        #[body]
        id: String,
    },
    #[code(34409, status = 409, msg = "Already a member")]
    Taken,
    #[code(_, status = 500, msg = "Internal error")]
    Internal,
}

#[derive(Debug, PartialEq, ApiError)]
#[api_error(format = Problem, docs_url = "/errors/")]
enum Quotas {
    #[code("quota exceeded/daily", status = 429, msg = "Daily quota exceeded")]
    Quota,
}

#[derive(Debug, PartialEq, ApiError)]
#[api_error(format = Problem)]
enum Unlinked {
    #[code(34404, status = 404, msg = "Member '{id}' not found.")]
    NotFound {
        #[body]
        id: String,
    },
    #[code(34409, status = 409, msg = "Already a member")]
    Taken,
}

fn help(error: &impl ApiError) -> Option<String> {
    let mut headers = HeaderMap::new();
    error.write_headers(&mut headers).unwrap();
    headers.get("link").map(|v| v.to_str().unwrap().to_owned())
}

#[test]
fn each_entry_has_its_page() {
    let url = |e: &Linked| e.info().docs_url();
    assert_eq!(Linked::catalogue().docs_url(), Some("/errors/"));
    assert_eq!(url(&Linked::Taken), Some("/errors/34409"));
    // One path segment: RFC 3986's escapes, as a problem `type` writes them.
    assert_eq!(
        Quotas::Quota.info().docs_url(),
        Some("/errors/quota%20exceeded%2Fdaily")
    );
    assert_eq!(url(&Linked::Internal), None, "no code, no page");
    assert_eq!(Unlinked::catalogue().docs_url(), None);
    assert_eq!(Unlinked::Taken.info().docs_url(), None);
}

#[test]
fn a_problem_without_a_declared_type_is_typed_by_its_page() {
    let body = serde_json::to_string(&Linked::NotFound { id: "bob".into() }).unwrap();
    assert_eq!(
        body,
        r#"{"type":"/errors/34404","title":"Not Found","status":404,"detail":"Member 'bob' not found.","code":34404,"id":"bob"}"#
    );
    // No longer `about:blank`: the title is the entry's, as for a declared
    // base (RFC 9457 §4.2.1 asks for the status phrase only with `about:blank`).
    let body = serde_json::to_value(Linked::Taken).unwrap();
    assert_eq!(body["type"], "/errors/34409");
    assert_eq!(body["title"], "Already a member");
    let body = serde_json::to_value(Quotas::Quota).unwrap();
    assert_eq!(body["type"], "/errors/quota%20exceeded%2Fdaily");
    let body = serde_json::to_value(Linked::Internal).unwrap();
    assert_eq!(body["type"], "about:blank");
    assert_eq!(body["title"], "Internal Server Error");
    check_static_bodies::<Linked>().unwrap();
    check_static_bodies::<Quotas>().unwrap();
}

#[test]
fn such_a_problem_decodes_to_its_entry() {
    for error in [Linked::NotFound { id: "bob".into() }, Linked::Taken] {
        let body = serde_json::to_vec(&error).unwrap();
        let decoded = Linked::decode(&body, Some(error.status())).unwrap();
        assert_eq!(decoded.known(), Some(error));
    }
    let body = serde_json::to_vec(&Quotas::Quota).unwrap();
    let decoded = Quotas::decode(&body, Some(StatusCode::TOO_MANY_REQUESTS)).unwrap();
    assert_eq!(decoded.known(), Some(Quotas::Quota));
}

#[test]
fn such_a_type_alone_names_the_entry() {
    // As a proxy that keeps RFC 9457's members only would pass it on.
    let body = br#"{"type":"/errors/34409","title":"Already a member","status":409}"#;
    let decoded = Linked::decode(body, Some(StatusCode::CONFLICT)).unwrap();
    assert_eq!(decoded.known(), Some(Linked::Taken));
    let body = br#"{"type":"/errors/quota%20exceeded%2fdaily","status":429}"#;
    let decoded = Quotas::decode(body, Some(StatusCode::TOO_MANY_REQUESTS)).unwrap();
    assert_eq!(
        decoded.known(),
        Some(Quotas::Quota),
        "escapes compared in normal form"
    );
    // Without `docs_url` the same `type` names nothing.
    let body = br#"{"type":"/errors/34409","title":"Already a member","status":409}"#;
    let decoded = Unlinked::decode(body, Some(StatusCode::CONFLICT)).unwrap();
    assert_eq!(decoded.known(), None);
    // Another page, or another site's, names nothing either.
    for body in [
        &br#"{"type":"/errors/34999","status":409}"#[..],
        br#"{"type":"/other/34409","status":409}"#,
        br#"{"type":"about:blank","status":409}"#,
    ] {
        let decoded = Linked::decode(body, Some(StatusCode::CONFLICT)).unwrap();
        assert_eq!(decoded.known(), None, "{}", String::from_utf8_lossy(body));
    }
}

#[test]
fn every_response_links_to_its_page() {
    assert_eq!(
        help(&Linked::Taken).as_deref(),
        Some(r#"</errors/34409>; rel="help""#)
    );
    assert_eq!(
        help(&Quotas::Quota).as_deref(),
        Some(r#"</errors/quota%20exceeded%2Fdaily>; rel="help""#)
    );
    assert_eq!(help(&Linked::Internal), None);
    assert_eq!(help(&Unlinked::Taken), None);
    let link = Linked::Taken.info().headers();
    assert_eq!(link.len(), 1, "documented as the entry's header");
    assert_eq!(link[0].name(), "Link");
}

#[test]
fn catalogues_without_docs_url_write_what_they_wrote() {
    assert_eq!(
        serde_json::to_string(&Unlinked::Taken).unwrap(),
        r#"{"type":"about:blank","title":"Conflict","status":409,"detail":"Already a member","code":34409}"#
    );
    assert!(Unlinked::Taken.info().headers().is_empty());
}

pub struct Probs;
impl ProblemType for Probs {
    const BASE: Option<&'static str> = Some("https://example.com/probs/");
}

#[derive(Debug, ApiError)]
#[api_error(format = Problem<Probs>, docs_url = "https://api.example.com/errors/")]
enum DeclaredType {
    #[code("out-of-credit", status = 403, msg = "Not enough credit")]
    OutOfCredit,
}

#[test]
fn a_declared_type_wins_and_the_page_goes_in_link() {
    let body = serde_json::to_value(DeclaredType::OutOfCredit).unwrap();
    assert_eq!(body["type"], "https://example.com/probs/out-of-credit");
    assert_eq!(
        help(&DeclaredType::OutOfCredit).as_deref(),
        Some(r#"<https://api.example.com/errors/out-of-credit>; rel="help""#)
    );
}

#[derive(Debug, ApiError)]
#[api_error(format = Plain, docs_url = "https://api.example.com/errors/")]
enum PlainLinked {
    #[code(7, status = 404, msg = "Gone")]
    Gone,
    /// Its own `Link` wins.
    #[code(8, status = 410, msg = "Moved", header("Link" = "</v2>; rel=\"successor-version\""))]
    Moved,
}

#[derive(Debug, ApiError)]
#[api_error(format = Plain)]
enum PlainUnlinked {
    #[code(7, status = 404, msg = "Gone")]
    Gone,
}

#[derive(Debug, ApiError)]
#[api_error(format = Matrix, docs_url = "https://api.example.com/errors#")]
enum MatrixLinked {
    #[code("M_FORBIDDEN", status = 403, msg = "Forbidden")]
    Forbidden,
}

#[test]
fn other_formats_keep_their_bodies_and_link_by_header() {
    assert_eq!(
        serde_json::to_string(&PlainLinked::Gone).unwrap(),
        serde_json::to_string(&PlainUnlinked::Gone).unwrap()
    );
    assert_eq!(
        help(&PlainLinked::Gone).as_deref(),
        Some(r#"<https://api.example.com/errors/7>; rel="help""#)
    );
    assert_eq!(
        help(&PlainLinked::Moved).as_deref(),
        Some(r#"</v2>; rel="successor-version""#)
    );
    assert_eq!(
        serde_json::to_string(&MatrixLinked::Forbidden).unwrap(),
        r#"{"errcode":"M_FORBIDDEN","error":"Forbidden"}"#
    );
    assert_eq!(
        help(&MatrixLinked::Forbidden).as_deref(),
        Some(r#"<https://api.example.com/errors#M_FORBIDDEN>; rel="help""#)
    );
    assert_eq!(PlainLinked::Gone.status(), StatusCode::NOT_FOUND);
}

#[test]
fn the_link_is_documented_and_locked_as_the_entry_s_header() {
    let lock = errcodes::contract::Lock::of::<PlainLinked>().to_string();
    assert!(
        lock.contains(r#""headers":{"link":"= <https://api.example.com/errors/7>; rel=\"help\""}"#),
        "{lock}"
    );
    let unlinked = errcodes::contract::Lock::of::<PlainUnlinked>().to_string();
    assert!(!unlinked.contains("Link"), "{unlinked}");
    // Adding `docs_url` is a change clients can see in the lock.
    let changes = errcodes::contract::Lock::of::<PlainUnlinked>()
        .diff(&errcodes::contract::Lock::of::<PlainLinked>());
    assert!(!changes.is_empty());

    let doc = errcodes::docs::openapi::<PlainLinked>("1.0.0");
    let text = doc.to_string();
    assert!(text.contains(r#""Link""#), "{text}");
    assert!(text.contains("rel=\\\"help\\\""), "{text}");
}

#[derive(Debug, PartialEq, ApiError)]
#[api_error(format = Problem, docs_url = "/billing/errors/")]
enum BillingLinked {
    #[code(51001, status = 402, msg = "Card declined")]
    Declined,
}

#[derive(Debug, PartialEq, ApiError)]
#[api_error(format = Problem, docs_url = "/errors/")]
enum GatewayLinked {
    #[code(34409, status = 409, msg = "Already a member")]
    Taken,
    #[code(transparent)]
    Billing(BillingLinked),
}

// attack: a wrapped catalogue's entry links to its own docs_url, but the wrapper decodes `type` only against its own base
#[test]
fn attack_a_wrapped_entry_s_type_alone_names_it_through_the_wrapper() {
    let error = GatewayLinked::Billing(BillingLinked::Declined);
    let body = serde_json::to_value(&error).unwrap();
    assert_eq!(body["type"], "/billing/errors/51001");
    // RFC 9457's members alone, as `such_a_type_alone_names_the_entry` sends
    // for the catalogue's own entries: the wrapper's decoder sees a `type`
    // its body wrote and names nothing.
    let body = br#"{"type":"/billing/errors/51001","title":"Card declined","status":402}"#;
    let decoded = GatewayLinked::decode(body, Some(StatusCode::PAYMENT_REQUIRED)).unwrap();
    assert_eq!(decoded.known(), Some(error));
}

// attack (answered at compile time): a `docs_url` with an empty host
// (`https://:443/errors/`) or a second `#` is refused where it is written,
// so no response can link to it: tests/ui/container/docs-url-no-host.rs.

#[derive(Debug, ApiError)]
#[api_error(format = Problem, docs_url = "https://api.example.com/errors/")]
enum DotCodes {
    #[code("..", status = 400, msg = "Dot dot")]
    DotDot,
    #[code(".", status = 409, msg = "Dot")]
    Dot,
}

// attack: a string code `..` or `.` is written as a dot segment: the page URL and Problem `type` resolve to another resource (RFC 3986 §5.2.4 removes them)
#[test]
fn attack_a_dot_code_is_not_a_dot_segment() {
    for error in [DotCodes::DotDot, DotCodes::Dot] {
        let url = error.info().docs_url().unwrap();
        let last = url.rsplit('/').next().unwrap();
        assert!(last != ".." && last != ".", "{url} resolves elsewhere");
        let body = serde_json::to_value(&error).unwrap();
        assert_eq!(body["type"], url);
    }
}

#[test]
fn a_dot_code_s_type_decodes_to_its_entry() {
    let body =
        br#"{"type":"https://api.example.com/errors/%2E%2E","title":"Dot dot","status":400}"#;
    let decoded = DotCodes::decode(body, Some(StatusCode::BAD_REQUEST)).unwrap();
    assert!(matches!(decoded.known(), Some(DotCodes::DotDot)));
    let body = br#"{"type":"https://api.example.com/errors/%2e","title":"Dot","status":409}"#;
    let decoded = DotCodes::decode(body, Some(StatusCode::CONFLICT)).unwrap();
    assert!(matches!(decoded.known(), Some(DotCodes::Dot)));
}

// attack: a relative `type` resolved against the response's URL (RFC 9457 §3.1.1: "resolved relative to the document's base URI", as a gateway or client does) no longer names the entry
#[test]
fn attack_a_resolved_relative_type_still_names_the_entry() {
    let body = br#"{"type":"https://api.example.com/errors/34409","title":"Already a member","status":409}"#;
    let decoded = Linked::decode(body, Some(StatusCode::CONFLICT)).unwrap();
    assert_eq!(decoded.known(), Some(Linked::Taken));
}
