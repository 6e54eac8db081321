//! Retry classes, fault sides and the retry delay's member in every
//! output: the pages beside the status, the JSON document, OpenAPI's
//! `x-retry`, `x-fault` and `x-retry-after` extensions.

use errcodes::docs::{Html, Json, Markdown, OpenApi, View};
use errcodes::ApiError;
use errcodes_catalogues::pluralkit::PluralKitError;
use serde_json::json;

use crate::docs_view::assert_every_fact_in_every_output;

/// Errors of a quota service.
#[allow(dead_code)]
#[derive(Debug, ApiError)]
pub enum QuotaError {
    #[code(1, status = 429, msg = "Slow down")]
    Limited {
        #[body(retry_after = "s")]
        wait: u64,
    },
    #[code(2, status = 409, msg = "Busy", retry = "after", fault = "server")]
    Busy,
    #[code(3, status = 404, msg = "No such quota")]
    Missing,
}

#[test]
fn every_output_shows_retry_classes() {
    let view = View::of::<QuotaError>();
    let facts = view.facts();
    for (what, fact) in [
        ("retry", "throttled"),
        ("retry", "after"),
        ("fault", "server"),
        ("retry_after.unit", "s"),
    ] {
        assert!(
            facts.iter().any(|(w, f)| *w == what && f == fact),
            "{what} {fact} not among {facts:?}"
        );
    }
    // A 404 that is never retried, by the client's fault, says nothing.
    assert!(!facts.iter().any(|(w, f)| *w == "retry" && f == "never"));
    assert_every_fact_in_every_output(&view);

    let markdown = Markdown::new(&view).to_string();
    assert!(
        markdown.contains("| 409<br />retry: after<br />fault: server | Busy |"),
        "{markdown}"
    );
    assert!(markdown.contains("| 404 | Missing |"), "{markdown}");
    assert!(
        markdown.contains("`wait` (integer, retry delay in s)"),
        "{markdown}"
    );
    let html = Html::new(&view).to_string();
    assert!(html.contains("<span class=\"tag\">retry: throttled</span>"));
    assert!(html.contains("<span class=\"tag\">fault: server</span>"));

    let doc = Json::new(&view).to_value();
    let busy = &doc["entries"][1];
    assert_eq!(
        (&busy["retry"], &busy["fault"]),
        (&json!("after"), &json!("server"))
    );
    assert_eq!(doc["entries"][0]["body_fields"][0]["retry_after"], "s");
    assert_eq!(doc["entries"][2]["retry"], "never");
}

/// PluralKit's 429 in its OpenAPI document: throttled, the client's fault,
/// its `retry_after` member in milliseconds.
#[test]
fn openapi_carries_the_classes_as_extensions() {
    let responses = OpenApi::new(&View::of::<PluralKitError>()).responses();
    let limited = &responses["429"]["content"]["application/json"]["examples"]["TooManyRequests"];
    assert_eq!(limited["x-retry"], "throttled");
    assert_eq!(limited["x-fault"], "client");
    assert_eq!(
        limited["x-retry-after"],
        json!({"member": "retry_after", "unit": "ms"})
    );
    let internal = &responses["500"]["content"]["application/json"]["examples"]["InternalError"];
    assert_eq!(
        (&internal["x-retry"], &internal["x-fault"]),
        (&json!("safe"), &json!("server"))
    );
    assert!(internal.get("x-retry-after").is_none());
}
