//! Translations of a type composed with `#[code(transparent)]`: each entry
//! is translated by the catalogue that owns it, so the wrapping type's files
//! translate its own entries only (a transparent variant has no entry, and
//! needs no key), and a wrapped entry is shown in its own type's
//! translation, with the wrapped value's fields.

use errcodes::ApiError;

#[derive(Debug, ApiError)]
#[api_error(locales = "tests/locales/rooms")]
pub enum RoomError {
    #[code(1001, status = 404, msg = "Room '{room}' not found")]
    NotFound { room: String },
    #[code(1002, status = 409, msg = "Room full: {count:>3} members")]
    Full { count: u32 },
}

/// Translated, wrapping a translated type between its own entries: its
/// `de.json` is complete without a key for `Room`.
#[derive(Debug, ApiError)]
#[api_error(locales = "tests/locales/gateway")]
pub enum Gateway {
    #[code(1, status = 400, msg = "Bad request: {what}")]
    Bad { what: String },
    #[code(transparent)]
    Room(#[from] RoomError),
    #[code(2, status = 503, msg = "Service unavailable")]
    Unavailable,
}

/// Untranslated itself, wrapping a translated type.
#[derive(Debug, ApiError)]
pub enum Plain {
    #[code(transparent)]
    Room(#[from] RoomError),
}

fn not_found() -> RoomError {
    RoomError::NotFound {
        room: "lobby".into(),
    }
}

#[test]
fn own_entries_take_their_own_translation_after_a_transparent_variant() {
    let bad = Gateway::Bad { what: "x".into() };
    assert_eq!(bad.message_in("de").to_string(), "Ungültige Anfrage: x");
    assert_eq!(
        Gateway::Unavailable.message_in("de").to_string(),
        "Dienst nicht verfügbar"
    );
    let tags: Vec<_> = Gateway::catalogue().language_tags().collect();
    assert_eq!(tags, ["en", "de"]);
    assert!(!Gateway::catalogue().languages()[0].is_partial());
}

#[test]
fn wrapped_entries_take_the_wrapped_types_translation() {
    let wrapped = Gateway::from(not_found());
    assert_eq!(
        wrapped.message_in("de").to_string(),
        "Raum 'lobby' nicht gefunden"
    );
    // A language only the wrapped type has.
    assert_eq!(
        wrapped.message_in("fr").to_string(),
        "Salle « lobby » introuvable"
    );
    assert_eq!(
        wrapped.message_in("en").to_string(),
        "Room 'lobby' not found"
    );
    // Placeholders are formatted as the wrapped template formats them.
    let full = Gateway::from(RoomError::Full { count: 7 });
    assert_eq!(
        full.message_in("de").to_string(),
        "Raum voll:   7 Mitglieder"
    );
    let plain = Plain::from(not_found());
    assert_eq!(
        plain.message_in("de").to_string(),
        "Raum 'lobby' nicht gefunden"
    );
    let mut body = Vec::new();
    wrapped.write_body_in("de", &mut body).unwrap();
    assert_eq!(
        String::from_utf8(body).unwrap(),
        r#"{"code":1001,"message":"Raum 'lobby' nicht gefunden"}"#
    );
}

/// The adapters answer a wrapped entry in the languages of its own
/// catalogue, and say so in `Content-Language`.
#[cfg(feature = "axum")]
#[tokio::test]
async fn responses_negotiate_among_the_languages_of_the_entrys_catalogue() {
    use axum::http::header::CONTENT_LANGUAGE;

    async fn answer<E: ApiError>(error: &E, accept: &str) -> (String, serde_json::Value) {
        let response = errcodes::axum::into_response_in(error, accept);
        let lang = response.headers()[CONTENT_LANGUAGE]
            .to_str()
            .unwrap()
            .to_owned();
        let body = axum::body::to_bytes(response.into_body(), usize::MAX)
            .await
            .unwrap();
        (lang, serde_json::from_slice(&body).unwrap())
    }

    // French: the wrapped type has it, the wrapping type does not.
    let (lang, body) = answer(&Gateway::from(not_found()), "fr").await;
    assert_eq!(lang, "fr");
    assert_eq!(body["message"], "Salle « lobby » introuvable");
    let (lang, body) = answer(&Gateway::Unavailable, "fr, de;q=0.5").await;
    assert_eq!(lang, "de");
    assert_eq!(body["message"], "Dienst nicht verfügbar");
    let (lang, body) = answer(&Plain::from(not_found()), "de").await;
    assert_eq!(lang, "de");
    assert_eq!(body["message"], "Raum 'lobby' nicht gefunden");
}
