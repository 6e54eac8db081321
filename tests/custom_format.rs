//! A format written by a user, in about twenty lines: members nested under
//! `"error"`, the code as `id` and the message as `text`.

use errcode::__private_v0_1::StaticBody as _;
use errcode::decode::Decoded;
use errcode::format::{message, BodySource, Format};
use errcode::{ApiError, StatusCode};
use serde::ser::{SerializeMap, Serializer};
use serde_json::{json, Map, Value};

struct Nested;

impl Format for Nested {
    const CONTENT_TYPE: &'static str = "application/vnd.example.error+json";
    const CODE_MEMBER: Option<&'static str> = Some("id");
    const MESSAGE_MEMBER: &'static str = "text";

    fn serialize<B: BodySource + ?Sized, S: Serializer>(
        body: &B,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        struct Inner<'a, B: ?Sized>(&'a B);
        impl<B: BodySource + ?Sized> serde::Serialize for Inner<'_, B> {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let mut map = serializer.serialize_map(None)?;
                map.serialize_entry("id", &self.0.entry().code())?;
                map.serialize_entry("text", &message(self.0))?;
                self.0.serialize_fields(&mut map)?;
                map.end()
            }
        }
        let mut map = serializer.serialize_map(Some(1))?;
        map.serialize_entry("error", &Inner(body))?;
        map.end()
    }

    fn members(body: &Map<String, Value>) -> Option<&Map<String, Value>> {
        body.get("error")?.as_object()
    }
}

#[derive(Debug, PartialEq, ApiError)]
#[api_error(format = Nested)]
enum ShopError {
    #[code(1, status = 404, msg = "Item {item} not found")]
    ItemNotFound { item: u32 },
    #[code(2, status = 409, msg = "Basket full")]
    BasketFull {
        #[body]
        limit: u8,
    },
    #[code(3, status = 400, msg = "Bad request")]
    BadRequest,
}

#[test]
fn a_user_format_writes_its_shape() {
    let body = serde_json::to_value(ShopError::ItemNotFound { item: 7 }).unwrap();
    assert_eq!(
        body,
        json!({"error": {"id": 1, "text": "Item 7 not found"}})
    );
    let body = serde_json::to_value(ShopError::BasketFull { limit: 20 }).unwrap();
    assert_eq!(
        body,
        json!({"error": {"id": 2, "text": "Basket full", "limit": 20}})
    );
    assert_eq!(
        ShopError::catalogue().content_type(),
        "application/vnd.example.error+json"
    );
    // Without a static shape, every body is written by `serialize`.
    assert_eq!(ShopError::BadRequest.static_body(), None);
    let mut out = Vec::new();
    ShopError::BadRequest.write_body(&mut out).unwrap();
    assert_eq!(out, br#"{"error":{"id":3,"text":"Bad request"}}"#);
}

#[test]
fn a_user_format_decodes_back() {
    for e in [
        ShopError::ItemNotFound { item: 7 },
        ShopError::BasketFull { limit: 20 },
        ShopError::BadRequest,
    ] {
        let body = serde_json::to_vec(&e).unwrap();
        let decoded = ShopError::decode(&body, Some(e.status())).unwrap();
        assert!(
            matches!(&decoded, Decoded::Known(back) if *back == e),
            "{decoded:?}"
        );
    }
    assert!(
        ShopError::decode(br#"{"id": 1, "text": "flat"}"#, Some(StatusCode::NOT_FOUND)).is_err()
    );
}
