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
        #[code(1, status = 200, msg = "ok", also_status = 206)]
        Ok,
        #[code(2, status = 203, msg = "non-authoritative")]
        Other,
        #[code(3, status = 303, msg = "see other")]
        SeeOther,
        #[code(4, msg = "accepted")]
        Accepted,
    }
    assert_eq!(E::Ok.status(), 200);
    assert_eq!(E::Ok.info().also_status(), Some(206));
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
