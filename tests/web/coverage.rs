//! `errcodes::coverage`: the entries the adapters sent, checked against a
//! catalogue; the server example's whole catalogue is checked in
//! `server_catalogue.rs`.
#![cfg(all(feature = "axum", feature = "actix-web"))]

use errcodes::coverage;
use errcodes::ApiError;

#[derive(Debug, ApiError)]
enum PayError {
    #[code(1, status = 402, msg = "Card declined")]
    Declined,
    #[code(2, status = 409, msg = "Already paid")]
    AlreadyPaid,
    #[code(
        3,
        status = 502,
        msg = "Provider down",
        untested = "sent only by the payment provider"
    )]
    ProviderDown,
}

#[test]
fn the_check_lists_the_entries_no_test_sent_and_accepts_a_reason() {
    coverage::record();
    drop(errcodes::axum::into_response(&PayError::Declined));
    let uncovered = coverage::check::<PayError>().unwrap_err();
    let missing: Vec<&str> = uncovered.missing().iter().map(|e| e.name()).collect();
    assert_eq!(missing, ["AlreadyPaid"]);
    assert!(uncovered.stale().is_empty());
    assert_eq!(
        uncovered.to_string(),
        "error coverage of PayError: 1 entries no test sent (send each from a test, or declare `untested = \"why\"`):\n  2 AlreadyPaid"
    );
    let panic = std::panic::catch_unwind(coverage::assert_covered::<PayError>).unwrap_err();
    assert!(panic
        .downcast_ref::<String>()
        .unwrap()
        .contains("2 AlreadyPaid"));

    drop(errcodes::actix_web::error_response(&PayError::AlreadyPaid));
    coverage::check::<PayError>().unwrap();
    assert_eq!(
        PayError::catalogue().entries()[2].untested(),
        Some("sent only by the payment provider")
    );
}

#[derive(Debug, ApiError)]
enum RefundError {
    #[code(
        11,
        status = 409,
        msg = "Already refunded",
        untested = "only after a chargeback"
    )]
    AlreadyRefunded,
}

#[test]
fn an_entry_waived_but_sent_fails_the_check_as_stale() {
    coverage::record();
    drop(errcodes::axum::into_response(&RefundError::AlreadyRefunded));
    let uncovered = coverage::check::<RefundError>().unwrap_err();
    assert!(uncovered.missing().is_empty());
    let stale: Vec<&str> = uncovered.stale().iter().map(|e| e.name()).collect();
    assert_eq!(stale, ["AlreadyRefunded"]);
    assert!(uncovered
        .to_string()
        .contains("declared `untested` that a test sent"));
}

#[derive(Debug, ApiError)]
#[api_error(undeclared = Internal)]
pub enum ShopError {
    #[code(21, status = 404, msg = "No such item")]
    NoItem,
    #[code(22, status = 409, msg = "Sold out")]
    SoldOut,
    #[code(23, status = 500, msg = "Internal error")]
    Internal,
}

errcodes::error_set! {
    pub GetItem: ShopError = [NoItem];
}

#[tokio::test]
async fn screened_responses_record_the_entry_they_send() {
    coverage::record();
    drop(errcodes::axum::screened_response::<GetItem>(
        ShopError::NoItem,
    ));
    let replaced = super::under_policy(errcodes::Undeclared::Replace, async {
        drop(errcodes::actix_web::screened_response::<GetItem>(
            &ShopError::SoldOut,
        ));
    });
    replaced.await;
    // `SoldOut` was replaced by `Internal`: the client never saw it.
    let uncovered = coverage::check::<ShopError>().unwrap_err();
    let missing: Vec<&str> = uncovered.missing().iter().map(|e| e.name()).collect();
    assert_eq!(missing, ["SoldOut"]);
}

#[test]
fn nothing_is_recorded_for_a_catalogue_no_adapter_sent() {
    #[derive(Debug, ApiError)]
    enum Quiet {
        #[code(31, status = 400, msg = "Quiet")]
        Quiet,
    }
    coverage::record();
    let _ = Quiet::Quiet.status();
    assert!(!coverage::was_sent(Quiet::Quiet.info()));
    assert_eq!(coverage::check::<Quiet>().unwrap_err().missing().len(), 1);
}

#[cfg(feature = "tonic")]
#[test]
fn a_grpc_status_records_its_entry() {
    #[derive(Debug, ApiError)]
    enum StoreError {
        #[code(41, status = 404, msg = "Not found")]
        NotFound,
    }
    coverage::record();
    drop(errcodes::tonic::status(&StoreError::NotFound));
    coverage::check::<StoreError>().unwrap();
}

#[derive(Debug, ApiError)]
enum AuthError {
    #[code(61, status = 401, msg = "Not signed in")]
    SignedOut,
}

#[derive(Debug, ApiError)]
enum BillingService {
    #[code(71, status = 402, msg = "Card declined")]
    Declined,
    #[code(transparent)]
    Auth(AuthError),
}

#[derive(Debug, ApiError)]
enum ShippingService {
    #[code(81, status = 409, msg = "Already shipped")]
    Shipped,
    #[code(transparent)]
    Auth(AuthError),
}

// attack: an included catalogue's entry sent by one service counts as covered for every other service that includes it
#[test]
fn attack_an_entry_one_catalogue_sent_is_not_covered_for_another() {
    coverage::record();
    drop(errcodes::axum::into_response(&BillingService::Auth(
        AuthError::SignedOut,
    )));
    drop(errcodes::axum::into_response(&ShippingService::Shipped));
    // Only the billing service sent `SignedOut`; no shipping test did.
    let uncovered =
        coverage::check::<ShippingService>().expect_err("ShippingService never sent SignedOut");
    let missing: Vec<&str> = uncovered.missing().iter().map(|e| e.name()).collect();
    assert_eq!(missing, ["SignedOut"]);
}

#[derive(Debug, ApiError)]
#[api_error(undeclared = Internal)]
pub enum CartError {
    #[code(91, status = 404, msg = "No such cart")]
    NoCart,
    #[code(92, status = 409, msg = "Cart locked")]
    Locked,
    /// No code of its own: what Mastodon-style catalogues and
    /// `tests/core/docs_url.rs`'s `Linked::Internal` declare.
    #[code(_, status = 500, msg = "Internal error")]
    Internal,
}

errcodes::error_set! {
    pub GetCart: CartError = [NoCart];
}

// attack: `undeclared = Internal` on a codeless entry compiles, but Replace then sends a bare 500 (from_code cannot build it): no entry recorded, no error.type, no counter
#[tokio::test]
async fn attack_a_codeless_undeclared_entry_is_sent_and_recorded_under_replace() {
    coverage::record();
    let response = super::under_policy(errcodes::Undeclared::Replace, async {
        errcodes::axum::screened_response::<GetCart>(CartError::Locked)
    })
    .await;
    assert_eq!(response.status(), 500);
    assert!(
        response.extensions().get::<errcodes::ErrorInfo>().is_some()
            || coverage::was_sent(CartError::Internal.info()),
        "the replacement entry `Internal` was not sent: a bare 500"
    );
}
