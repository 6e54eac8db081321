//! The Matrix client-server spec's error examples.

use super::seeds::PLURALKIT_MISSING_PERMISSIONS;
use super::*;

// Matrix -----------------------------------------------------------------

#[derive(Debug, PartialEq, ApiError)]
#[api_error(format = Matrix)]
pub(super) enum Mx {
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
        #[body(retry_after = "ms")]
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
    assert_eq!(keys, ["MxRoutes_400", "MxRoutes_404", "MxRoutes_405"]);

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
