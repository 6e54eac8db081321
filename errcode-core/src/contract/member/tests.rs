use serde_json::json;

use super::{members, MemberType};

/// The lock's phrase for each member of the body `schema`, by path.
fn phrases(schema: &serde_json::Value) -> Vec<(String, String)> {
    members(schema)
        .into_iter()
        .map(|(path, ty)| (path, ty.to_string()))
        .collect()
}

fn body(property: serde_json::Value) -> serde_json::Value {
    json!({ "type": "object", "properties": { "m": property }, "required": ["m"] })
}

#[test]
fn the_lock_writes_a_type_as_names_and_a_const_by_its_value_only_without_one() {
    let cases = [
        (json!({}), vec![("m", "any")]),
        (
            json!({ "type": ["string", "null"] }),
            vec![("m", "string|null")],
        ),
        (
            json!({ "type": "array", "items": { "type": "string" } }),
            vec![("m", "array"), ("m[]", "string")],
        ),
        (json!({ "type": "array" }), vec![("m", "array")]),
        (
            json!({ "type": ["array", "null"], "items": { "type": ["string", "null"] } }),
            vec![("m", "array|null"), ("m[]", "string|null")],
        ),
        (
            json!({ "type": ["string", "null"], "const": "x" }),
            vec![("m", "string|null one of [\"x\"]")],
        ),
        (json!({ "const": 1 }), vec![("m", "integer one of [1]")]),
    ];
    for (schema, want) in cases {
        let want: Vec<(String, String)> = want
            .into_iter()
            .map(|(p, t)| (p.to_owned(), t.to_owned()))
            .collect();
        assert_eq!(phrases(&body(schema.clone())), want, "{schema}");
    }
}

#[test]
fn ranges_formats_values_refs_and_options_are_read() {
    let schema = json!({
        "type": "object",
        "properties": {
            "small": { "type": "integer", "minimum": -128, "maximum": 127 },
            "big": { "type": "integer", "format": "uint64", "minimum": 0 },
            "positive": { "type": "integer", "exclusiveMinimum": 0 },
            "link": { "type": "string", "format": "uri" },
            "kind": { "$ref": "#/$defs/Kind" },
            "maybe": { "anyOf": [{ "$ref": "#/$defs/Kind" }, { "type": "null" }] },
            "errors": { "type": "array", "items": { "$ref": "#/$defs/FieldError" } },
        },
        "required": ["small", "big", "positive", "link", "kind", "errors"],
        "$defs": {
            "Kind": { "type": "string", "enum": ["b", "a"] },
            "FieldError": {
                "type": "object",
                "properties": { "field": { "type": "string" }, "code": { "type": "integer" } },
                "required": ["field"],
            },
        },
    });
    assert_eq!(
        phrases(&schema),
        [
            ("big", "integer 0.. format uint64"),
            ("errors", "array"),
            ("errors[]", "object"),
            ("errors[].code", "optional integer"),
            ("errors[].field", "string"),
            ("kind", "string one of [\"a\",\"b\"]"),
            ("link", "string format uri"),
            ("maybe", "optional string|null one of [\"a\",\"b\",null]"),
            ("positive", "integer 1.."),
            ("small", "integer -128..=127"),
        ]
        .map(|(p, t)| (p.to_owned(), t.to_owned()))
    );
}

#[test]
fn a_recursive_type_stops() {
    let schema = json!({
        "type": "object",
        "properties": { "tree": { "$ref": "#/$defs/Tree" } },
        "$defs": { "Tree": {
            "type": "object",
            "properties": { "children": { "type": "array", "items": { "$ref": "#/$defs/Tree" } } },
        } },
    });
    // The reference back to `Tree` is read once, as its members are
    // already listed above it.
    assert_eq!(
        phrases(&schema),
        [
            ("tree", "optional object"),
            ("tree.children", "optional array"),
            ("tree.children[]", "any"),
        ]
        .map(|(p, t)| (p.to_owned(), t.to_owned()))
    );
}

#[test]
fn every_phrase_reads_back_as_written() {
    for text in [
        "any",
        "optional integer",
        "integer -128..=127",
        "integer 0..",
        "number ..=1.5",
        "string format date-time",
        "optional string|null format uri one of [\"a b\",\"x one of y\",null]",
        "integer 0..=18446744073709551615",
        "unknown",
        "optional unknown",
    ] {
        let (ty, items) = MemberType::parse(text).unwrap();
        assert_eq!((ty.to_string(), items), (text.to_owned(), None));
    }
    let (ty, items) = MemberType::parse("optional array<string|null>").unwrap();
    assert_eq!(ty.to_string(), "optional array");
    assert_eq!(items.unwrap().to_string(), "string|null");
}

#[test]
fn a_narrower_type_is_within_and_a_wider_one_breaks() {
    let ty = |t: &str| MemberType::parse(t).unwrap().0;
    let within = [
        ("integer 0..=255", "integer"),
        ("integer 0..=100", "integer 0..=255"),
        ("integer", "number"),
        ("string one of [\"a\"]", "string one of [\"a\",\"b\"]"),
        ("string format uri", "string"),
        ("integer", "optional integer"),
        // A lock written before `unknown` wrote `any` for a member without
        // a schema: reading it again is no change a client sees.
        ("unknown", "any"),
        ("unknown", "unknown"),
    ];
    for (new, old) in within {
        assert_eq!(ty(new).breaks(&ty(old)), None, "{new} within {old}");
    }
    let breaks = [
        ("integer 0..=18446744073709551615", "integer -128..=127"),
        ("integer", "integer 0..=255"),
        ("string one of [\"a\",\"c\"]", "string one of [\"a\"]"),
        ("string", "string one of [\"a\"]"),
        ("string", "string format uri"),
        ("string", "any"),
        ("any", "string"),
        ("number", "integer"),
        ("string", "unknown"),
        ("unknown", "string"),
        ("any", "unknown"),
    ];
    for (new, old) in breaks {
        assert!(ty(new).breaks(&ty(old)).is_some(), "{new} breaks {old}");
    }
}

#[test]
fn a_member_without_a_schema_is_unknown_and_an_empty_schema_any() {
    let schema = json!({
        "type": "object",
        "properties": {
            "value": {},
            "opaque": { "$comment": crate::format::field_schema::NO_SCHEMA },
            "maybe": { "anyOf": [
                { "$comment": crate::format::field_schema::NO_SCHEMA },
                { "type": "null" },
            ] },
        },
        "required": ["value", "opaque"],
    });
    assert_eq!(
        phrases(&schema),
        [
            ("maybe", "optional unknown"),
            ("opaque", "unknown"),
            ("value", "any")
        ]
        .map(|(p, t)| (p.to_owned(), t.to_owned()))
    );
}

#[test]
fn alternatives_and_all_of_parts_are_one_member_each() {
    let schema = json!({
        "type": "object",
        "properties": {
            "either": { "oneOf": [
                { "type": "object", "properties": { "a": { "type": "integer" }, "b": { "type": "string" } }, "required": ["a", "b"] },
                { "type": "object", "properties": { "a": { "type": "string" } }, "required": ["a"] },
            ] },
            "both": { "allOf": [
                { "type": "object", "properties": { "x": { "type": "integer", "exclusiveMaximum": 10 } }, "required": ["x"] },
                { "properties": { "y": { "type": "number", "exclusiveMinimum": 0.5 } } },
            ] },
            "grid": { "type": "array", "items": { "type": "array", "items": {
                "type": "object", "properties": { "v": { "type": "boolean" } }, "required": ["v"],
            } } },
        },
        "required": ["either", "both", "grid"],
    });
    assert_eq!(
        phrases(&schema),
        [
            ("both", "object"),
            ("both.x", "integer ..=9"),
            ("both.y", "optional number 0.5.."),
            ("either", "object"),
            ("either.a", "integer|string"),
            ("either.b", "optional string"),
            ("grid", "array"),
            ("grid[]", "array"),
            ("grid[][]", "object"),
            ("grid[][].v", "boolean"),
        ]
        .map(|(p, t)| (p.to_owned(), t.to_owned()))
    );
}
