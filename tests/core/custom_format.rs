//! Formats written by users: one described as data (members nested under
//! `"error"`, the code as `id` and the message as `text`), and one whose body
//! the description cannot express (an array), which overrides the serializer
//! and the lookup.

use errcodes::decode::Decoded;
use errcodes::format::{
    check_static_bodies, serialize_members, BodySource, Format, Located, Member, Source,
};
use errcodes::{ApiError, StatusCode};
use serde::ser::{SerializeMap, SerializeSeq, Serializer};
use serde_json::{json, Map, Value};

struct Nested;

impl Format for Nested {
    const CONTENT_TYPE: &'static str = "application/vnd.example.error+json";
    const MEMBERS: &'static [Member] = &[Member::new(
        "error",
        Source::Object(&[
            Member::new("id", Source::Code),
            Member::new("text", Source::Message),
            Member::BODY_FIELDS,
        ]),
    )];
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
    #[code(3, status = 400, msg = "Bad \"request\"")]
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
    let expected = br#"{"error":{"id":3,"text":"Bad \"request\""}}"#;
    assert_eq!(ShopError::BadRequest.static_body(), Some(&expected[..]));
    let mut out = Vec::new();
    ShopError::BadRequest.write_body(&mut out).unwrap();
    assert_eq!(out, expected);
    assert_eq!(
        serde_json::to_vec(&ShopError::BadRequest).unwrap(),
        expected
    );
}

#[test]
fn a_user_formats_static_bodies_equal_its_serializer() {
    check_static_bodies::<ShopError>().unwrap();
    check_static_bodies::<ListError>().unwrap();
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
            matches!(&decoded, Decoded::Known(back) if back.error == e),
            "{decoded:?}"
        );
    }
    assert!(
        ShopError::decode(br#"{"id": 1, "text": "flat"}"#, Some(StatusCode::NOT_FOUND)).is_err()
    );
    assert!(ShopError::decode(br#"{"error": 1}"#, Some(StatusCode::NOT_FOUND)).is_err());
}

#[test]
fn a_user_format_has_a_json_schema() {
    let entry = ShopError::BasketFull { limit: 1 }.info();
    assert_eq!(
        Nested::entry_schema(entry),
        json!({
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "type": "object",
            "properties": {"error": {
                "type": "object",
                "properties": {
                    "id": {"type": "integer"},
                    "text": {"type": "string"},
                    "limit": {"type": "integer", "format": "uint8", "minimum": 0, "maximum": 255},
                },
                "required": ["id", "text", "limit"],
            }},
            "required": ["error"],
        })
    );
}

/// `{"errors": [{"code": ..., "detail": ..., <#[body] fields>}]}`: the
/// members are described, the array around them is written by hand.
struct List;

impl Format for List {
    const CONTENT_TYPE: &'static str = "application/vnd.api+json";
    const MEMBERS: &'static [Member] = &[
        Member::new("code", Source::Code),
        Member::new("detail", Source::Message),
        Member::BODY_FIELDS,
    ];
    const STATIC_BODIES: bool = false;

    fn serialize<B: BodySource + ?Sized, S: Serializer>(
        body: &B,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        struct One<'a, B: ?Sized>(&'a B);
        impl<B: BodySource + ?Sized> serde::Serialize for One<'_, B> {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let mut map = serializer.serialize_map(None)?;
                serialize_members(List::MEMBERS, self.0, &mut map)?;
                map.end()
            }
        }
        struct Errors<'a, B: ?Sized>(&'a B);
        impl<B: BodySource + ?Sized> serde::Serialize for Errors<'_, B> {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let mut seq = serializer.serialize_seq(Some(1))?;
                seq.serialize_element(&One(self.0))?;
                seq.end()
            }
        }
        let mut map = serializer.serialize_map(Some(1))?;
        map.serialize_entry("errors", &Errors(body))?;
        map.end()
    }

    fn locate(body: &Map<String, Value>) -> Option<Located<'_>> {
        let first = body.get("errors")?.as_array()?.first()?.as_object()?;
        Some(Located {
            fields: first,
            code: Some(("code", first.get("code"))),
            message: Some(("detail", first.get("detail"))),
        })
    }
}

#[derive(Debug, PartialEq, ApiError)]
#[api_error(format = List)]
enum ListError {
    #[code(7, status = 429, msg = "Slow down")]
    Throttled {
        #[body]
        retry_after: u32,
    },
    #[code(8, status = 400, msg = "Bad")]
    Bad,
}

#[test]
fn an_irregular_format_overrides_serializer_and_lookup() {
    let e = ListError::Throttled { retry_after: 3 };
    assert_eq!(
        serde_json::to_value(&e).unwrap(),
        json!({"errors": [{"code": 7, "detail": "Slow down", "retry_after": 3}]})
    );
    assert_eq!(ListError::Bad.static_body(), None);
    for e in [e, ListError::Bad] {
        let body = serde_json::to_vec(&e).unwrap();
        let decoded = ListError::decode(&body, Some(e.status())).unwrap();
        assert!(
            matches!(&decoded, Decoded::Known(back) if back.error == e),
            "{decoded:?}"
        );
    }
}

/// Described as Plain, but its serializer swaps the members: the exported
/// check is what catches it.
struct Swapped;

impl Format for Swapped {
    const CONTENT_TYPE: &'static str = "application/json";
    const MEMBERS: &'static [Member] = &[
        Member::new("code", Source::Code),
        Member::new("message", Source::Message),
        Member::BODY_FIELDS,
    ];

    fn serialize<B: BodySource + ?Sized, S: Serializer>(
        body: &B,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("message", &errcodes::format::message(body))?;
        map.serialize_entry("code", &body.entry().code())?;
        map.end()
    }
}

#[derive(Debug, ApiError)]
#[api_error(format = Swapped)]
enum SwappedError {
    #[code(1, status = 400, msg = "first")]
    First,
}

#[test]
fn the_check_names_a_static_body_that_differs_from_the_serializer() {
    let mismatch = check_static_bodies::<SwappedError>().unwrap_err();
    assert_eq!(mismatch.entry.variant(), "First");
    assert_eq!(mismatch.rendered, r#"{"code":1,"message":"first"}"#);
    assert_eq!(mismatch.serialized, r#"{"message":"first","code":1}"#);
}

/// `{"meta": {"v": "1"}, "error": {"id": ..., "text": ...}}`.
struct Versioned;

impl Format for Versioned {
    const CONTENT_TYPE: &'static str = "application/json";
    const MEMBERS: &'static [Member] = &[
        Member::new(
            "meta",
            Source::Object(&[Member::new("v", Source::Text("1"))]),
        ),
        Member::new(
            "error",
            Source::Object(&[
                Member::new("id", Source::Code),
                Member::new("text", Source::Message),
                Member::BODY_FIELDS,
            ]),
        ),
    ];
}

#[derive(Debug, PartialEq, ApiError)]
#[api_error(format = Versioned)]
enum VersionedError {
    #[code(5, status = 400, msg = "Nope")]
    Nope,
}

#[test]
fn decoding_needs_only_the_objects_it_reads() {
    let body = br#"{"meta":{"v":"1"},"error":{"id":5,"text":"Nope"}}"#;
    assert_eq!(VersionedError::Nope.static_body(), Some(&body[..]));
    check_static_bodies::<VersionedError>().unwrap();
    for body in [&body[..], br#"{"error":{"id":5,"text":"Nope"}}"#] {
        let decoded = VersionedError::decode(body, Some(StatusCode::BAD_REQUEST)).unwrap();
        assert!(matches!(decoded.known(), Some(VersionedError::Nope)));
    }
}

/// A format says which codes its bodies carry; the derive checks each enum
/// against it (the refusals are UI cases: `integer-code-with-matrix`,
/// `missing-code-with-matrix`, `string-code-with-integer-format`).
#[test]
fn formats_declare_the_codes_they_accept() {
    use errcodes::format::{AcceptedCodes, Matrix, Member, Problem, Source};
    use errcodes::{Code, Format};

    assert_eq!(Matrix::ACCEPTED_CODES, AcceptedCodes::STRINGS);
    assert_eq!(<Problem as Format>::ACCEPTED_CODES, AcceptedCodes::ANY);
    assert!(AcceptedCodes::STRINGS.accepts(Code::Str("M_FORBIDDEN")));
    assert!(!AcceptedCodes::STRINGS.accepts(Code::Int(403)));
    assert!(!AcceptedCodes::STRINGS.accepts(Code::None));
    assert!(AcceptedCodes::INTEGERS.or_absent().accepts(Code::None));
    assert!(!AcceptedCodes::INTEGERS.accepts(Code::Str("x")));

    struct Numbered;
    impl Format for Numbered {
        const CONTENT_TYPE: &'static str = "application/json";
        const ACCEPTED_CODES: AcceptedCodes = AcceptedCodes::INTEGERS.or_absent();
        const MEMBERS: &'static [Member] = &[Member::new("id", Source::Code)];
    }
    #[derive(Debug, ApiError)]
    #[api_error(format = Numbered)]
    enum E {
        #[code(1, status = 400, msg = "bad")]
        Bad,
        #[code(_, status = 404, msg = "gone")]
        Gone,
    }
    assert_eq!(serde_json::to_string(&E::Bad).unwrap(), r#"{"id":1}"#);
    assert_eq!(serde_json::to_string(&E::Gone).unwrap(), r#"{"id":null}"#);
}
