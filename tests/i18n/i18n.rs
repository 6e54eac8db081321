//! Translated catalogues: `#[api_error(locales = "...")]`, messages and
//! bodies in a requested language, `Accept-Language` negotiation, decoding
//! bodies in any language.

use errcodes::ApiError;

#[derive(Debug, ApiError)]
#[api_error(locales = "tests/locales/accounts", format = errcodes::format::Problem)]
pub enum AccountError {
    #[code(34305, status = 401, msg = "Incorrect account or wrong password")]
    WrongPassword,
    #[code(34306, status = 404, msg = "Member '{member_ref}' not found.")]
    MemberNotFound { member_ref: String },
    #[code(
        34307,
        status = 429,
        msg = "Too many attempts for {member_ref}: {count:>3}"
    )]
    TooMany { member_ref: String, count: u32 },
    #[code(
        34300,
        status = 500,
        msg = "Internal server error, try again later",
        shared
    )]
    Storage(#[source] std::io::Error),
    #[code(34300, status = 400, msg = "Invalid JSON", shared)]
    InvalidJson,
}

fn member() -> AccountError {
    AccountError::MemberNotFound {
        member_ref: "abc".into(),
    }
}

#[test]
fn the_catalogue_lists_its_languages() {
    let catalogue = AccountError::catalogue();
    assert_eq!(catalogue.language(), "en");
    let tags: Vec<_> = catalogue.language_tags().collect();
    assert_eq!(tags, ["en", "de", "fr", "zh-Hant"]);
    assert!(catalogue.languages()[1].is_partial());
    assert!(!catalogue.languages()[0].is_partial());
}

#[test]
fn messages_render_fields_in_the_translation() {
    assert_eq!(
        member().message_in("de").to_string(),
        "Mitglied 'abc' nicht gefunden."
    );
    assert_eq!(
        member().message_in("zh-Hant").to_string(),
        "找不到成員「abc」"
    );
    assert_eq!(member().message_in("en").to_string(), member().to_string());
    let many = AccountError::TooMany {
        member_ref: "m".into(),
        count: 7,
    };
    // The template's format spec applies in every language.
    assert_eq!(
        many.message_in("de").to_string(),
        "Zu viele Versuche für m:   7"
    );
    assert_eq!(many.to_string(), "Too many attempts for m:   7");
}

#[test]
fn shared_codes_are_translated_by_name() {
    assert_eq!(
        AccountError::InvalidJson.message_in("de").to_string(),
        "Ungültiges JSON"
    );
    let storage = AccountError::Storage(std::io::Error::other("disk"));
    assert_eq!(
        storage.message_in("zh-Hant").to_string(),
        "伺服器內部錯誤，請稍後再試"
    );
}

#[test]
fn lookup_falls_back_along_the_tag_then_to_the_default() {
    let e = AccountError::WrongPassword;
    assert_eq!(e.message_in("zh-Hant-TW").to_string(), "帳號或密碼錯誤");
    assert_eq!(e.message_in("ZH-hant").to_string(), "帳號或密碼錯誤");
    assert_eq!(
        e.message_in("de-CH-x-private").to_string(),
        "Falsches Konto oder Passwort"
    );
    // `zh` alone is not `zh-Hant`: lookup only drops subtags.
    assert_eq!(
        e.message_in("zh").to_string(),
        "Incorrect account or wrong password"
    );
    assert_eq!(
        e.message_in("ja").to_string(),
        "Incorrect account or wrong password"
    );
    assert_eq!(
        e.message_in("").to_string(),
        "Incorrect account or wrong password"
    );
    assert_eq!(
        e.message_in("de--").to_string(),
        "Incorrect account or wrong password"
    );
}

/// String codes that start with `@` and `\`, translated in a file with
/// ARB-style metadata (`tests/locales/metadata/de.json`): `@@name` is the
/// file's, `@key` the entry `key`'s, whatever its value, and an entry's key
/// that starts with `@` or `\` is written after one more `\`.
#[derive(Debug, ApiError)]
#[api_error(locales = "tests/locales/metadata")]
pub enum Mention {
    #[code("@admin", status = 403, msg = "Only admins")]
    AdminOnly,
    #[code("admin", status = 404, msg = "No admin named {name}")]
    NoAdmin { name: String },
    #[code("\\path", status = 400, msg = "Bad path")]
    BadPath,
    #[code("plain", status = 400, msg = "Plain")]
    Plain,
}

#[test]
fn a_code_starting_with_at_is_translated_under_its_escaped_key() {
    assert_eq!(
        Mention::AdminOnly.message_in("de").to_string(),
        "Nur für Admins"
    );
    let no_admin = Mention::NoAdmin {
        name: "root".into(),
    };
    assert_eq!(
        no_admin.message_in("de").to_string(),
        "Kein Admin namens root"
    );
    assert_eq!(
        Mention::BadPath.message_in("de").to_string(),
        "Falscher Pfad"
    );
    assert_eq!(Mention::Plain.message_in("de").to_string(), "Einfach");
    let de = &Mention::catalogue().languages()[0];
    assert_eq!(de.tag(), "de");
    assert!(!de.is_partial());
}

#[test]
fn a_partial_language_shows_the_default_message_where_it_has_none() {
    assert_eq!(
        AccountError::WrongPassword.message_in("fr").to_string(),
        "Compte ou mot de passe incorrect"
    );
    assert_eq!(member().message_in("fr").to_string(), member().to_string());
    let mut body = Vec::new();
    member().write_body_in("fr", &mut body).unwrap();
    let mut plain = Vec::new();
    member().write_body(&mut plain).unwrap();
    assert_eq!(body, plain);
}

#[test]
fn accept_language_picks_by_q_value_with_fallback() {
    let c = AccountError::catalogue();
    assert_eq!(c.negotiate("zh-Hant-TW"), "zh-Hant");
    assert_eq!(c.negotiate("zh-Hant-TW,zh;q=0.9,en;q=0.8"), "zh-Hant");
    assert_eq!(c.negotiate("ja, de;q=0.5, fr;q=0.7"), "fr");
    assert_eq!(c.negotiate("de;q=0.5, fr;q=0.5"), "de");
    assert_eq!(c.negotiate("en;q=0.9, de"), "de");
    assert_eq!(c.negotiate("de;q=0, fr;q=0.1"), "fr");
    assert_eq!(c.negotiate("de;q=0"), "en");
    assert_eq!(c.negotiate("*"), "en");
    // `*` names no language to look up (RFC 4647 §3.4): ignored.
    assert_eq!(c.negotiate("ja, *;q=0.5, de;q=0.1"), "de");
    assert_eq!(c.negotiate(""), "en");
    assert_eq!(c.negotiate("ja"), "en");
    assert_eq!(c.negotiate("DE-at ; Q=1.0"), "de");
}

#[test]
fn malformed_accept_language_never_panics() {
    let c = AccountError::catalogue();
    for header in [
        ";;;",
        ",,,",
        "de;q=",
        "de;q=1.5",
        "de;q=0.1234",
        "de;q=-1",
        "de;q=abc",
        "de;x=1",
        "d€;q=0.5",
        "de;q=0.\u{662}",
        "\u{0}",
        "de-",
        "-de",
        "toolongtag",
        "de;q=1.",
        "de;q=.5",
        "q=0.5",
        "de;;q=0.5",
    ] {
        let chosen = c.negotiate(header);
        assert!(
            c.language_tags().any(|t| t == chosen),
            "{header:?} gave {chosen}"
        );
    }
    assert_eq!(c.negotiate("de;q=1.5, fr"), "fr");
    let long = "x-".repeat(100_000);
    assert_eq!(c.negotiate(&long), "en");
}

/// RFC 9110 §12.5.4: a range takes one optional weight, `OWS ";" OWS "q="
/// qvalue`, and §12.4.2's qvalue is `0` to `1` with at most three
/// decimals. A range whose weight is malformed is skipped whole, so `fr`
/// (q=0.7) answers where a misread `de` would have won with q=1.
#[test]
fn a_range_with_a_malformed_weight_is_skipped() {
    let c = AccountError::catalogue();
    for de in [
        "de;q=0.5;q=1",
        "de;q=1;q=0.5",
        "de;q=1;q=1",
        "de;q=1;level=1",
        "de;level=1;q=1",
        "de;level=1",
        "de;q =1",
        "de;q= 1",
        "de;q:1",
        "de;q",
        "de;",
        "de;;q=1",
        "de;q=1.0000",
        "de;q=1.001",
        "de;q=2",
        "de;q=01",
        "de;q=+1",
        "de;q=-0",
        "de;q=1e0",
        "de;q=0x1",
        "de;q=1 0",
        "de;q=\u{661}",
        "\u{a0}de;q=1",
        "de\u{3000};q=1",
        "de;q=1\u{a0}",
    ] {
        let header = format!("{de}, fr;q=0.7");
        assert_eq!(c.negotiate(&header), "fr", "{header:?}");
    }
    // White space around `;` is RFC 9110's OWS (spaces and tabs), `q` is
    // case-insensitive, and `1.` and `0.` are qvalues.
    for de in [
        "de ; q=1",
        "de\t;\tQ=1",
        "de;q=1.",
        "de;q=1.000",
        "de;q=0.8",
        "de;q=0.701",
        "de ",
    ] {
        let header = format!("{de}, fr;q=0.7");
        assert_eq!(c.negotiate(&header), "de", "{header:?}");
    }
    assert_eq!(c.negotiate("fr;q=0.7, de;q=0."), "fr");
    assert_eq!(c.negotiate("*;q=0.5;q=1, de;q=0.1"), "de");
}

#[test]
fn bodies_carry_the_translated_message() {
    let mut out = Vec::new();
    member().write_body_in("de", &mut out).unwrap();
    let body: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(body["detail"], "Mitglied 'abc' nicht gefunden.");
    // With `about:blank` the title is the status phrase (RFC 9457 §4.2.1),
    // never a template: the same in every language.
    assert_eq!(body["title"], "Not Found");
    assert_eq!(body["status"], 404);
    // A 5xx body carries the template, translated, not field values.
    let storage = AccountError::Storage(std::io::Error::other("secret"));
    let mut out = Vec::new();
    storage.write_body_in("de", &mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    assert!(text.contains("Interner Serverfehler"), "{text}");
    assert!(!text.contains("secret"), "{text}");
}

#[test]
fn decoding_accepts_a_body_in_any_language() {
    for lang in ["en", "de", "zh-Hant"] {
        let mut out = Vec::new();
        member().write_body_in(lang, &mut out).unwrap();
        let decoded = AccountError::decode(&out, Some(http::StatusCode::NOT_FOUND))
            .unwrap()
            .known();
        assert!(
            matches!(&decoded, Some(AccountError::MemberNotFound { member_ref }) if member_ref == "abc"),
            "{lang}: {decoded:?}"
        );
    }
    // A shared code is told apart by its message, in any language.
    let mut out = Vec::new();
    AccountError::InvalidJson
        .write_body_in("zh-Hant", &mut out)
        .unwrap();
    let decoded = AccountError::decode(&out, None).unwrap().known();
    assert!(
        matches!(decoded, Some(AccountError::InvalidJson)),
        "{decoded:?}"
    );
}

#[cfg(feature = "axum")]
mod axum_adapter {
    use axum::body::{to_bytes, Body};
    use axum::http::header::{ACCEPT_LANGUAGE, CONTENT_LANGUAGE, VARY};
    use axum::http::{HeaderValue, Request};
    use axum::response::Response;
    use axum::routing::get;
    use errcodes::axum::AcceptLanguage;
    use tower::ServiceExt as _;

    use super::{member, AccountError};

    async fn member_route(lang: AcceptLanguage) -> Result<String, Response> {
        Err(lang.response(&member()))
    }

    async fn get_with(accept: Option<&[u8]>) -> (Response, serde_json::Value) {
        let app = axum::Router::new().route("/m", get(member_route));
        let mut request = Request::builder().uri("/m");
        if let Some(accept) = accept {
            request = request.header(ACCEPT_LANGUAGE, HeaderValue::from_bytes(accept).unwrap());
        }
        let response = app
            .oneshot(request.body(Body::empty()).unwrap())
            .await
            .unwrap();
        let (parts, body) = response.into_parts();
        let body = to_bytes(body, usize::MAX).await.unwrap();
        let json = serde_json::from_slice(&body).unwrap();
        (Response::from_parts(parts, Body::empty()), json)
    }

    #[tokio::test]
    async fn answers_in_the_requested_language() {
        let (response, body) = get_with(Some(b"zh-Hant-TW, de;q=0.5")).await;
        assert_eq!(response.status(), 404);
        assert_eq!(response.headers()[CONTENT_LANGUAGE], "zh-Hant");
        assert_eq!(response.headers()[VARY], "Accept-Language");
        assert_eq!(body["detail"], "找不到成員「abc」");

        let (response, body) = get_with(Some(b"ja, de;q=0.5")).await;
        assert_eq!(response.headers()[CONTENT_LANGUAGE], "de");
        assert_eq!(body["detail"], "Mitglied 'abc' nicht gefunden.");
    }

    #[tokio::test]
    async fn no_or_bad_header_is_the_default_language() {
        // Not UTF-8 (obs-text) is a valid header value all the same.
        let cases: [Option<&[u8]>; 4] = [None, Some(b"ja"), Some(b";;q=x,,"), Some(b"de\xff;q=1")];
        for accept in cases {
            let (response, body) = get_with(accept).await;
            assert_eq!(response.headers()[CONTENT_LANGUAGE], "en", "{accept:?}");
            assert_eq!(body["detail"], "Member 'abc' not found.");
        }
    }

    #[test]
    fn into_response_in_for_a_unit_variant() {
        let response = errcodes::axum::into_response_in(&AccountError::WrongPassword, "de");
        assert_eq!(response.status(), 401);
        assert_eq!(response.headers()[CONTENT_LANGUAGE], "de");
    }
}

#[cfg(feature = "actix-web")]
mod actix_adapter {
    use actix_web::body::to_bytes;
    use actix_web::http::header::{ACCEPT_LANGUAGE, CONTENT_LANGUAGE};
    use actix_web::test::TestRequest;
    use errcodes::actix_web::error_response_in;

    use super::member;

    #[tokio::test]
    async fn answers_in_the_requested_language() {
        let request = TestRequest::default()
            .insert_header((ACCEPT_LANGUAGE, "fr-CA;q=0.9, zh-Hant;q=0.1"))
            .to_http_request();
        let response = error_response_in(&member(), &request);
        assert_eq!(response.status().as_u16(), 404);
        // `fr` is partial and has no message for this entry: the body is in
        // the catalogue's own language, and `Content-Language` says so.
        assert_eq!(response.headers().get(CONTENT_LANGUAGE).unwrap(), "en");
        let body = to_bytes(response.into_body()).await.unwrap();
        let body: serde_json::Value = serde_json::from_slice(&body).unwrap();
        assert_eq!(body["detail"], "Member 'abc' not found.");

        let request = TestRequest::default()
            .insert_header((ACCEPT_LANGUAGE, "de"))
            .to_http_request();
        let response = error_response_in(&member(), &request);
        let body = to_bytes(response.into_body()).await.unwrap();
        let body: serde_json::Value = serde_json::from_slice(&body).unwrap();
        assert_eq!(body["detail"], "Mitglied 'abc' nicht gefunden.");
    }
}

#[test]
fn docs_render_a_page_per_language() {
    let de = errcodes::docs::markdown_in::<AccountError>("de-DE");
    assert!(
        de.contains("Mitglied '{member_ref}' nicht gefunden."),
        "{de}"
    );
    assert!(
        de.contains(r#""detail":"Mitglied '{member_ref}' nicht gefunden.""#),
        "{de}"
    );
    assert!(!de.contains("Member '{member_ref}' not found."), "{de}");
    // A partial language shows the default message where it has none.
    let fr = errcodes::docs::markdown_in::<AccountError>("fr");
    assert!(fr.contains("Compte ou mot de passe incorrect"), "{fr}");
    assert!(fr.contains("Member '{member_ref}' not found."), "{fr}");
    assert_eq!(
        errcodes::docs::markdown_in::<AccountError>("en"),
        errcodes::docs::markdown::<AccountError>()
    );

    let html = errcodes::docs::html_in::<AccountError>("zh-Hant");
    assert!(html.contains("<html lang=\"zh-Hant\">"), "{html}");
    assert!(html.contains("找不到成員「{member_ref}」"));
    // The switcher links every other language's page and marks this one.
    assert!(html.contains("<a href=\"AccountError.html\" hreflang=\"en\" lang=\"en\">en</a>"));
    assert!(html.contains("<a href=\"AccountError.de.html\" hreflang=\"de\""));
    assert!(html.contains("<strong lang=\"zh-Hant\">zh-Hant</strong>"));
}

#[test]
fn write_all_writes_each_language() {
    let dir = std::env::temp_dir().join(format!("errcode-i18n-docs-{}", std::process::id()));
    let written = errcodes::docs::write_all::<AccountError>(&dir, "1.0.0").unwrap();
    let names: Vec<String> = written
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    for name in [
        "AccountError.html",
        "AccountError.de.md",
        "AccountError.de.html",
        "AccountError.fr.html",
        "AccountError.zh-Hant.md",
    ] {
        assert!(names.iter().any(|n| n == name), "{name} not in {names:?}");
    }
    let de = std::fs::read_to_string(dir.join("AccountError.de.html")).unwrap();
    assert!(de.contains("Falsches Konto oder Passwort"));
    std::fs::remove_dir_all(&dir).unwrap();
}

/// A service enum that wraps the translated one with `#[code(transparent)]`.
#[derive(Debug, ApiError)]
#[api_error(format = errcodes::format::Problem)]
pub enum Service {
    #[code(transparent)]
    Account(#[from] AccountError),
    #[code(1, status = 400, msg = "Bad {what}")]
    Bad { what: String },
}

#[test]
fn a_wrapping_type_decodes_and_documents_the_wrapped_translations() {
    let mut body = Vec::new();
    member().write_body_in("de", &mut body).unwrap();
    let decoded = Service::decode(&body, Some(errcodes::StatusCode::NOT_FOUND))
        .unwrap()
        .known();
    assert!(
        matches!(
            &decoded,
            Some(Service::Account(AccountError::MemberNotFound { member_ref })) if member_ref == "abc"
        ),
        "{decoded:?}"
    );
    // The wrapped entries are shown in the language of their own catalogue.
    let page = errcodes::docs::markdown_in::<Service>("de");
    assert!(page.contains("Mitglied"), "{page}");
    // And rendered in it, with the wrapped value's fields (never another
    // entry's translation: tests/i18n/i18n_transparent.rs).
    let outer = Service::from(member());
    assert_eq!(
        outer.message_in("de").to_string(),
        "Mitglied 'abc' nicht gefunden."
    );
}
