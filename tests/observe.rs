//! What the adapters tell traces, metrics and error trackers: OpenTelemetry's
//! `error.type` recorded on the current span (feature `tracing`), the
//! counter of error responses (feature `metrics`), the `code_header` and the
//! fingerprint.
//!
//! A binary of its own for the reason `tests/logging.rs` gives: tracing
//! caches each callsite's interest process-wide.
#![cfg(all(
    feature = "tracing",
    feature = "metrics",
    feature = "axum",
    feature = "actix-web"
))]

use std::collections::BTreeMap;
use std::fmt;
use std::sync::{Arc, Mutex};

use errcodes::format::{Fresns, Mastodon, Matrix, Plain, PluralKit, Problem};
use errcodes::ApiError;
use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::Subscriber;
use tracing_subscriber::layer::{Context, Layer, SubscriberExt};

/// Each span's recorded fields, by span name.
#[derive(Clone, Default)]
struct SpanFields(Arc<Mutex<BTreeMap<String, BTreeMap<String, String>>>>);

struct Fields<'a>(&'a mut BTreeMap<String, String>);

impl Visit for Fields<'_> {
    fn record_debug(&mut self, field: &Field, value: &dyn fmt::Debug) {
        self.0.insert(field.name().to_owned(), format!("{value:?}"));
    }

    fn record_str(&mut self, field: &Field, value: &str) {
        self.0.insert(field.name().to_owned(), value.to_owned());
    }
}

impl<S: Subscriber + for<'a> tracing_subscriber::registry::LookupSpan<'a>> Layer<S> for SpanFields {
    fn on_new_span(&self, attrs: &Attributes<'_>, _: &Id, _: Context<'_, S>) {
        let mut fields = BTreeMap::new();
        attrs.record(&mut Fields(&mut fields));
        self.0
            .lock()
            .unwrap()
            .insert(attrs.metadata().name().to_owned(), fields);
    }

    fn on_record(&self, id: &Id, values: &Record<'_>, ctx: Context<'_, S>) {
        let name = ctx.span(id).unwrap().name().to_owned();
        let mut spans = self.0.lock().unwrap();
        values.record(&mut Fields(spans.entry(name).or_default()));
    }
}

/// The fields of the span `request`, declared as a service declares it,
/// after `respond` built a response inside it.
fn request_span(respond: impl FnOnce()) -> BTreeMap<String, String> {
    let spans = SpanFields::default();
    let subscriber = tracing_subscriber::registry().with(spans.clone());
    tracing::subscriber::with_default(subscriber, || {
        let span = tracing::info_span!("request", "error.type" = tracing::field::Empty);
        span.in_scope(respond);
    });
    let mut spans = spans.0.lock().unwrap();
    spans.remove("request").unwrap_or_default()
}

fn error_type_on_span<E: ApiError>(error: &E) -> [Option<String>; 2] {
    [
        request_span(|| drop(errcodes::axum::into_response(error))),
        request_span(|| drop(errcodes::actix_web::error_response(error))),
    ]
    .map(|mut fields| fields.remove("error.type"))
}

#[derive(Debug, ApiError)]
enum JsonError {
    #[code(34404, status = 404, msg = "No member {id}")]
    NotFound { id: u32 },
}

#[derive(Debug, ApiError)]
#[api_error(format = Problem)]
enum ProblemError {
    #[code(40401, status = 404, msg = "No such order")]
    NoOrder,
}

#[derive(Debug, ApiError)]
#[api_error(format = Plain)]
enum PlainError {
    #[code(7, status = 409, msg = "Taken")]
    Taken,
}

#[derive(Debug, ApiError)]
#[api_error(format = Matrix)]
enum MatrixError {
    #[code("M_FORBIDDEN", status = 403, msg = "Forbidden")]
    Forbidden,
}

#[derive(Debug, ApiError)]
#[api_error(format = PluralKit)]
enum PluralKitError {
    #[code(20001, status = 404, msg = "Member not found.")]
    MemberNotFound,
}

#[derive(Debug, ApiError)]
#[api_error(format = Fresns)]
enum FresnsError {
    #[code(31602, status = 400, msg = "Account does not exist")]
    NoAccount,
}

#[derive(Debug, ApiError)]
#[api_error(format = Mastodon)]
enum MastodonError {
    #[code(_, status = 404, msg = "Record not found")]
    RecordNotFound,
}

#[test]
fn error_type_is_the_code_in_every_format_from_both_adapters() {
    let some = |code: &str| [Some(code.to_owned()), Some(code.to_owned())];
    assert_eq!(
        error_type_on_span(&JsonError::NotFound { id: 1 }),
        some("34404")
    );
    assert_eq!(error_type_on_span(&ProblemError::NoOrder), some("40401"));
    assert_eq!(error_type_on_span(&PlainError::Taken), some("7"));
    assert_eq!(
        error_type_on_span(&MatrixError::Forbidden),
        some("M_FORBIDDEN")
    );
    assert_eq!(
        error_type_on_span(&PluralKitError::MemberNotFound),
        some("20001")
    );
    assert_eq!(error_type_on_span(&FresnsError::NoAccount), some("31602"));
    // Mastodon's errors have no code: `_` and the entry's name is the
    // documented value, which no code can be.
    assert_eq!(
        error_type_on_span(&MastodonError::RecordNotFound),
        some("_RecordNotFound")
    );
}

#[test]
fn a_span_that_does_not_declare_error_type_is_left_as_it_is() {
    let spans = SpanFields::default();
    let subscriber = tracing_subscriber::registry().with(spans.clone());
    tracing::subscriber::with_default(subscriber, || {
        tracing::info_span!("other", route = "/x")
            .in_scope(|| drop(errcodes::axum::into_response(&PlainError::Taken)));
    });
    let spans = spans.0.lock().unwrap();
    assert_eq!(
        spans["other"],
        BTreeMap::from([("route".to_owned(), "/x".to_owned())])
    );
}

/// A recorder that keeps each counter's total by its key, labels included.
#[derive(Clone, Default)]
struct Counters(Arc<Mutex<BTreeMap<String, u64>>>);

struct Counter(Arc<Mutex<BTreeMap<String, u64>>>, String);

impl metrics::CounterFn for Counter {
    fn increment(&self, value: u64) {
        *self.0.lock().unwrap().entry(self.1.clone()).or_default() += value;
    }

    fn absolute(&self, value: u64) {
        self.0.lock().unwrap().insert(self.1.clone(), value);
    }
}

impl metrics::Recorder for Counters {
    fn describe_counter(
        &self,
        _: metrics::KeyName,
        _: Option<metrics::Unit>,
        _: metrics::SharedString,
    ) {
    }
    fn describe_gauge(
        &self,
        _: metrics::KeyName,
        _: Option<metrics::Unit>,
        _: metrics::SharedString,
    ) {
    }
    fn describe_histogram(
        &self,
        _: metrics::KeyName,
        _: Option<metrics::Unit>,
        _: metrics::SharedString,
    ) {
    }

    fn register_counter(&self, key: &metrics::Key, _: &metrics::Metadata<'_>) -> metrics::Counter {
        let labels: Vec<String> = key
            .labels()
            .map(|l| format!("{}={}", l.key(), l.value()))
            .collect();
        let name = format!("{}{{{}}}", key.name(), labels.join(","));
        metrics::Counter::from_arc(Arc::new(Counter(self.0.clone(), name)))
    }

    fn register_gauge(&self, _: &metrics::Key, _: &metrics::Metadata<'_>) -> metrics::Gauge {
        metrics::Gauge::noop()
    }

    fn register_histogram(
        &self,
        _: &metrics::Key,
        _: &metrics::Metadata<'_>,
    ) -> metrics::Histogram {
        metrics::Histogram::noop()
    }
}

#[test]
fn error_responses_are_counted_by_code_and_status() {
    let counters = Counters::default();
    metrics::with_local_recorder(&counters, || {
        drop(errcodes::axum::into_response(&JsonError::NotFound {
            id: 1,
        }));
        drop(errcodes::actix_web::error_response(&JsonError::NotFound {
            id: 2,
        }));
        drop(errcodes::axum::into_response(&MatrixError::Forbidden));
    });
    let counted = counters.0.lock().unwrap().clone();
    assert_eq!(
        counted,
        BTreeMap::from([
            (
                "errcodes_error_responses{code=34404,status=404}".to_owned(),
                2
            ),
            (
                "errcodes_error_responses{code=M_FORBIDDEN,status=403}".to_owned(),
                1
            ),
        ])
    );
    assert_eq!(
        errcodes::observe::ERROR_RESPONSES,
        "errcodes_error_responses"
    );
}

#[derive(Debug, ApiError)]
#[api_error(code_header = "X-Error-Code", domain = "orders.example.com")]
enum OrderError {
    #[code(40401, status = 404, msg = "No order {id}")]
    NoOrder { id: u32 },
    #[code(40901, status = 409, msg = "Order already paid")]
    Paid,
}

#[test]
fn the_code_header_repeats_the_code_from_both_adapters() {
    let axum = errcodes::axum::into_response(&OrderError::NoOrder { id: 3 });
    assert_eq!(axum.headers()["x-error-code"], "40401");
    let actix = errcodes::actix_web::error_response(&OrderError::Paid);
    assert_eq!(actix.headers().get("x-error-code").unwrap(), "40901");
    assert_eq!(OrderError::catalogue().code_header(), Some("x-error-code"));
    // Opt-in: a catalogue without `code_header` sends none.
    let plain = errcodes::axum::into_response(&JsonError::NotFound { id: 1 });
    assert!(plain.headers().get("x-error-code").is_none());
}

/// `OrderError` with its code header renamed: a change the lock reports.
#[derive(Debug, ApiError)]
#[api_error(code_header = "X-Order-Error", domain = "orders.example.com")]
enum RenamedHeader {
    #[code(40401, status = 404, msg = "No order {id}")]
    NoOrder { id: u32 },
    #[code(40901, status = 409, msg = "Order already paid")]
    Paid,
}

/// `OrderError` without its code header.
#[derive(Debug, ApiError)]
#[api_error(domain = "orders.example.com")]
enum NoHeader {
    #[code(40401, status = 404, msg = "No order {id}")]
    NoOrder { id: u32 },
    #[code(40901, status = 409, msg = "Order already paid")]
    Paid,
}

#[derive(Debug, ApiError)]
#[api_error(format = Matrix, code_header = "X-Error-Code")]
enum Headed {
    #[code("M_FORBIDDEN", status = 403, msg = "Forbidden")]
    Forbidden,
    /// A code a header value cannot hold: no header, and none documented.
    #[code("M_\u{e9}T\u{c9}", status = 400, msg = "Accented")]
    Accented,
}

#[test]
fn the_code_header_is_documented_and_locked_as_the_entry_s_header() {
    let lock = errcodes::contract::Lock::of::<OrderError>();
    let text = lock.to_string();
    assert!(
        text.contains(r#""headers":{"x-error-code":"= 40401"}"#),
        "{text}"
    );
    for (other, what) in [
        (errcodes::contract::Lock::of::<RenamedHeader>(), "renamed"),
        (errcodes::contract::Lock::of::<NoHeader>(), "removed"),
    ] {
        assert!(!lock.diff(&other).is_empty(), "{what}");
        assert!(!other.diff(&lock).is_empty(), "{what}, the other way");
    }
    let doc = errcodes::docs::openapi::<OrderError>("1.0.0").to_string();
    assert!(doc.contains(r#""X-Error-Code""#), "{doc}");
    let bare = errcodes::docs::openapi::<NoHeader>("1.0.0").to_string();
    assert!(!bare.contains("X-Error-Code"), "{bare}");

    let sent = |e: &Headed| {
        let response = errcodes::axum::into_response(e);
        let values = response.headers().get_all("x-error-code");
        values
            .iter()
            .map(|v| v.to_str().unwrap().to_owned())
            .collect::<Vec<_>>()
    };
    assert_eq!(sent(&Headed::Forbidden), ["M_FORBIDDEN"]);
    assert!(sent(&Headed::Accented).is_empty());
    let entries = Headed::catalogue().entries();
    let documented = |i: usize| {
        entries[i]
            .headers()
            .iter()
            .map(|h| h.name())
            .collect::<Vec<_>>()
    };
    assert_eq!(documented(0), ["X-Error-Code"]);
    assert!(documented(1).is_empty());
}

#[test]
fn fingerprints_follow_domain_and_code_not_the_message() {
    let one = errcodes::fingerprint(&OrderError::NoOrder { id: 1 });
    assert_eq!(one, "orders.example.com/40401");
    assert_eq!(errcodes::fingerprint(&OrderError::NoOrder { id: 2 }), one);
    assert_eq!(
        errcodes::fingerprint(&OrderError::Paid),
        "orders.example.com/40901"
    );
    // Without a domain, the type's name stands in for it.
    assert_eq!(
        errcodes::fingerprint(&MatrixError::Forbidden),
        "MatrixError/M_FORBIDDEN"
    );
}

#[derive(Debug, ApiError)]
#[api_error(domain = "shelf.example.com")]
enum ShelfError {
    /// No code: `error.type` falls back on the name.
    #[code(_, status = 410, msg = "Withdrawn")]
    Gone,
    #[code("Gone", status = 404, msg = "Not on the shelf")]
    Missing,
}

// attack: a codeless entry's error.type (its name) can equal another entry's string code, so fingerprints and metric labels merge two entries
#[test]
fn attack_error_types_of_two_entries_never_collide() {
    let gone = errcodes::observe::error_type(ShelfError::Gone.info());
    let missing = errcodes::observe::error_type(ShelfError::Missing.info());
    assert_ne!(gone, missing, "two entries, one error.type");
    assert_ne!(
        errcodes::fingerprint(&ShelfError::Gone),
        errcodes::fingerprint(&ShelfError::Missing),
        "the fingerprint differs between errors of different entries, as its docs say"
    );
}

#[derive(Debug, ApiError)]
enum StockError {
    #[code(_, status = 503, msg = "Stock service unavailable")]
    Internal,
}

#[derive(Debug, ApiError)]
#[api_error(domain = "shop.example.com")]
enum ShopFrontError {
    #[code(_, status = 500, msg = "Internal error")]
    Internal,
    #[code(transparent)]
    Stock(StockError),
}

// attack: two codeless entries named alike (the wrapper's and a wrapped catalogue's) share error.type and fingerprint
#[test]
fn attack_a_wrapped_codeless_entry_has_its_own_fingerprint() {
    assert_ne!(
        errcodes::fingerprint(&ShopFrontError::Internal),
        errcodes::fingerprint(&ShopFrontError::Stock(StockError::Internal)),
        "two entries (500 and 503), one fingerprint"
    );
}

// attack (answered at compile time): `code_header` naming a header an
// entry sends itself (docs_url's `Link`, a `Retry-After` field) is refused
// at the `code_header` string: tests/ui/header/code-header-sent-by-an-entry.rs.
// A wrapped catalogue's entries are not known to the derive: the adapters
// never replace a header the entry set, which this test holds.

#[derive(Debug, ApiError)]
enum ThrottleError {
    #[code(42901, status = 429, msg = "Slow down")]
    SlowDown {
        #[header("Retry-After")]
        retry_after: u64,
    },
}

#[derive(Debug, ApiError)]
#[api_error(code_header = "Retry-After")]
enum GatewayThrottled {
    #[code(50301, status = 503, msg = "Upstream down")]
    Down,
    #[code(transparent)]
    Throttle(ThrottleError),
}

#[test]
fn the_code_header_never_replaces_a_wrapped_entry_s_own_header() {
    let wrapped = GatewayThrottled::Throttle(ThrottleError::SlowDown { retry_after: 30 });
    let response = errcodes::axum::into_response(&wrapped);
    let values: Vec<_> = response.headers().get_all("retry-after").iter().collect();
    assert_eq!(values, ["30"], "a client told to wait 42901 seconds");
    let response = errcodes::axum::into_response(&GatewayThrottled::Down);
    assert_eq!(response.headers().get("retry-after").unwrap(), "50301");
}

#[derive(Debug, ApiError)]
#[api_error(domain = "payments.example.com")]
enum PaymentError {
    #[code(51001, status = 402, msg = "Card declined")]
    Declined,
}

#[derive(Debug, ApiError)]
#[api_error(domain = "checkout.example.com")]
enum CheckoutError {
    #[code(52001, status = 409, msg = "Cart changed")]
    CartChanged,
    #[code(transparent)]
    Payment(PaymentError),
}

// attack: one entry, two fingerprints: sent directly it is `payments.../51001`, wrapped `checkout.../51001`, so a tracker splits its group
#[test]
fn attack_an_entry_has_one_fingerprint_wrapped_or_not() {
    assert_eq!(
        errcodes::fingerprint(&CheckoutError::Payment(PaymentError::Declined)),
        errcodes::fingerprint(&PaymentError::Declined),
        "the same entry (one static, one code), grouped apart"
    );
}
