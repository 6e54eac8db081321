//! `status()` and the catalogue's status.

use errcodes::{ApiError, StatusCode};

#[test]
fn explicit_status() {
    #[derive(Debug, ApiError)]
    enum E {
        #[code(1, status = 401, msg = "unauthorized")]
        Unauthorized,
        #[code(2, status = 503, msg = "unavailable")]
        Unavailable,
    }
    assert_eq!(E::Unauthorized.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(E::Unauthorized.status(), 401);
    assert_eq!(E::Unavailable.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(E::Unauthorized.info().status(), Some(401));
}

#[test]
fn default_status_fills_in_and_explicit_wins() {
    #[derive(Debug, ApiError)]
    #[api_error(default_status = 422)]
    enum E {
        #[code(1, msg = "defaulted")]
        Defaulted,
        #[code(2, status = 404, msg = "explicit")]
        Explicit,
    }
    assert_eq!(E::Defaulted.status(), 422);
    assert_eq!(E::Defaulted.info().status(), Some(422));
    assert_eq!(E::Explicit.status(), 404);
}

#[test]
fn no_status_answers_500_but_catalogue_keeps_none() {
    #[derive(Debug, ApiError)]
    enum E {
        /// A client-side code: the API never sends it.
        #[code(-1, msg = "network unreachable")]
        Offline,
        #[code(2, status = 400, msg = "bad")]
        Bad,
    }
    assert_eq!(E::Offline.status(), StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(E::Offline.info().status(), None);
    assert_eq!(E::Offline.info().http_status(), 500);
    assert_eq!(E::catalogue().entries()[0].status(), None);
    assert_eq!(E::catalogue().entries()[1].status(), Some(400));
}

#[test]
fn unregistered_statuses_are_kept() {
    #[derive(Debug, ApiError)]
    enum E {
        #[code(1, status = 461, msg = "unregistered 461")]
        A,
        #[code(2, status = 473, msg = "unregistered 473")]
        B,
    }
    assert_eq!(E::A.status().as_u16(), 461);
    assert_eq!(E::B.status().as_u16(), 473);
    assert_eq!(E::B.info().status(), Some(473));
}

#[test]
fn range_ends_200_and_999() {
    #[derive(Debug, ApiError)]
    enum E {
        #[code(1, status = 200, msg = "lowest")]
        Lowest,
        #[code(2, status = 999, msg = "highest")]
        Highest,
    }
    assert_eq!(E::Lowest.status(), 200);
    assert_eq!(E::Highest.status(), 999);
}

/// Services send errors with 2xx and 3xx statuses that carry a body
/// (Fresns answers 200); only 1xx, 204, 205 and 304 are refused.
#[test]
fn statuses_with_a_body_below_400_are_allowed() {
    #[derive(Debug, ApiError)]
    #[api_error(default_status = 202)]
    enum E {
        #[code(1, status = 200, msg = "ok", also_status = [206, 303])]
        Ok,
        #[code(2, status = 203, msg = "non-authoritative")]
        Other,
        #[code(3, status = 303, msg = "see other")]
        SeeOther,
        #[code(4, msg = "accepted")]
        Accepted,
    }
    assert_eq!(E::Ok.status(), 200);
    assert_eq!(E::Ok.info().also_statuses(), [206, 303]);
    assert_eq!(E::Other.status(), 203);
    assert_eq!(E::SeeOther.status(), 303);
    assert_eq!(E::Accepted.status(), 202);
}

#[test]
fn status_of_variants_with_fields() {
    #[derive(Debug, ApiError)]
    enum E {
        #[code(1, status = 429, msg = "retry in {0}s")]
        Throttled(u64),
        #[code(2, status = 500, msg = "io")]
        Io(#[source] std::io::Error),
    }
    assert_eq!(E::Throttled(3).status(), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(E::Io(std::io::Error::other("x")).status(), 500);
}

#[test]
fn struct_status() {
    #[derive(Debug, ApiError)]
    #[code(7, status = 418, msg = "teapot")]
    struct Teapot;
    assert_eq!(Teapot.status(), StatusCode::IM_A_TEAPOT);
}

/// Fresns servers send every error with 200: an entry without a status is
/// sent with the format's default everywhere errcode states a sent status,
/// and decoding takes it back from a body received with 200.
#[derive(Debug, PartialEq, ApiError)]
#[api_error(format = errcodes::format::Fresns)]
enum FresnsLike {
    #[code(31501, msg = "Account not logged in")]
    NotLoggedIn,
    #[code(31502, status = 401, msg = "Token expired")]
    Expired,
}

#[test]
fn fresns_entries_without_a_status_are_sent_with_200() {
    use errcodes::docs::View;
    use errcodes::Format as _;

    assert_eq!(errcodes::format::Fresns::DEFAULT_STATUS, StatusCode::OK);
    assert_eq!(FresnsLike::NotLoggedIn.status(), StatusCode::OK);
    assert_eq!(FresnsLike::NotLoggedIn.info().http_status(), 200);
    assert_eq!(FresnsLike::NotLoggedIn.info().status(), None);
    // A declared status still wins.
    assert_eq!(FresnsLike::Expired.status(), 401);

    let view = View::of::<FresnsLike>();
    assert_eq!(view.entries()[0].sent_status(), 200);
    assert!(
        !view.entries()[0].is_success(),
        "an error sent with 200 is still an error"
    );
    assert!(errcodes::docs::markdown::<FresnsLike>().contains("(sent as 200)"));
    assert!(errcodes::docs::html::<FresnsLike>().contains("sent as 200"));
    let openapi = errcodes::docs::openapi::<FresnsLike>("1").to_string();
    assert!(openapi.contains("send them with 200 OK"), "{openapi}");
    let lock = errcodes::contract::Lock::of::<FresnsLike>().to_string();
    assert!(lock.contains("\"status\":200"), "{lock}");

    let body = br#"{"code": 31501, "message": "Account not logged in", "data": null}"#;
    let decoded = FresnsLike::decode(body, Some(StatusCode::OK)).unwrap();
    assert_eq!(decoded.known(), Some(FresnsLike::NotLoggedIn));
}

/// A format of one's own chooses the status too.
#[test]
fn a_format_sets_the_status_of_entries_without_one() {
    use errcodes::format::{Member, Source};

    struct Unavailable;
    impl errcodes::Format for Unavailable {
        const CONTENT_TYPE: &'static str = "application/json";
        const MEMBERS: &'static [Member] = &[Member::new("code", Source::Code)];
        const DEFAULT_STATUS: StatusCode = StatusCode::SERVICE_UNAVAILABLE;
    }

    #[derive(Debug, ApiError)]
    #[api_error(format = Unavailable)]
    enum E {
        #[code(1, msg = "down")]
        Down,
        #[code(2, status = 400, msg = "bad")]
        Bad,
    }
    assert_eq!(E::Down.status(), 503);
    assert_eq!(E::Bad.status(), 400);
    // Every other format keeps 500.
    assert_eq!(
        <errcodes::format::Matrix as errcodes::Format>::DEFAULT_STATUS,
        StatusCode::INTERNAL_SERVER_ERROR
    );
}
