use serde_json::json;

use super::{describe_properties, properties, JsonType, Kind};
use crate::format::{Member, Source};

const ERROR: &[Member] = &[
    Member::new("message", Source::Message),
    Member::new("code", Source::Code),
];
const WIRE: &[Member] = &[
    Member::new("error", Source::Object(ERROR)),
    Member::new("status", Source::HttpStatus),
];

fn schema() -> serde_json::Value {
    json!({
        "type": "object",
        "properties": {
            "extra": { "type": "array", "items": { "type": ["string", "null"] } },
            "error": {
                "type": "object",
                "properties": { "code": { "const": 7 }, "message": { "type": "string" } },
                "required": ["message"],
            },
            "status": { "type": "integer" },
        },
        "required": ["error", "status"],
    })
}

#[test]
fn members_follow_the_wire_order_then_the_schema_order() {
    let paths = |wire| -> Vec<String> {
        properties(&schema(), wire)
            .into_iter()
            .map(|p| p.path)
            .collect()
    };
    assert_eq!(
        paths(WIRE),
        ["error", "error.message", "error.code", "status", "extra"]
    );
    assert_eq!(
        paths(&[]),
        ["error", "error.code", "error.message", "extra", "status"]
    );
}

#[test]
fn each_member_carries_its_type_its_requiredness_and_its_format_member() {
    let members = properties(&schema(), WIRE);
    let required: Vec<bool> = members.iter().map(|p| p.required).collect();
    assert_eq!(required, [true, true, false, true, false]);
    let wire: Vec<Option<&str>> = members.iter().map(|p| p.wire.map(|m| m.name)).collect();
    assert_eq!(
        wire,
        [
            Some("error"),
            Some("message"),
            Some("code"),
            Some("status"),
            None
        ]
    );
    let code = &members[2].json_type;
    assert_eq!((&code.kinds, &code.constant), (&None, &Some(Kind::Integer)));
    let extra = &members[4].json_type;
    let items = JsonType::of(&json!({ "type": ["string", "null"] }));
    assert_eq!(items.kinds, Some(vec![Kind::String, Kind::Null]));
    assert_eq!(extra.kinds, Some(vec![Kind::Array(Some(Box::new(items)))]));
}

#[test]
fn a_schema_without_type_or_const_allows_anything() {
    for schema in [json!({}), json!(true), json!({ "type": 5 })] {
        let any = JsonType::of(&schema);
        assert_eq!((any.kinds, any.constant), (None, None), "{schema}");
    }
    let unknown = JsonType::of(&json!({ "type": ["integer", 3, "decimal"] }));
    assert_eq!(
        unknown.kinds,
        Some(vec![Kind::Integer, Kind::Other("decimal".to_owned())])
    );
}

#[test]
fn descriptions_reach_nested_members_by_path_and_keep_the_schemas_own() {
    let mut schema = schema();
    schema["properties"]["status"]["description"] = json!("as sent");
    let texts = [
        ("error", "what went wrong"),
        ("error.code", "its code"),
        ("status", "the status"),
        ("extra", "more"),
    ];
    describe_properties(&mut schema, |path| {
        texts
            .iter()
            .find(|(p, _)| *p == path)
            .map(|(_, text)| *text)
    });
    assert_eq!(
        schema["properties"]["error"]["description"],
        "what went wrong"
    );
    let error = &schema["properties"]["error"]["properties"];
    assert_eq!(error["code"]["description"], "its code");
    assert_eq!(error["message"].get("description"), None);
    assert_eq!(schema["properties"]["status"]["description"], "as sent");
    assert_eq!(
        schema["properties"]["extra"]["items"].get("description"),
        None
    );
}

#[test]
fn ranges_formats_values_and_no_schema_are_read() {
    let i8 = JsonType::of(&json!({
        "type": "integer", "format": "int8", "minimum": -128, "maximum": 127
    }));
    assert_eq!(i8.format.as_deref(), Some("int8"));
    assert_eq!(
        (
            i8.minimum.map(|n| n.to_string()),
            i8.maximum.map(|n| n.to_string())
        ),
        (Some("-128".to_owned()), Some("127".to_owned()))
    );
    assert!(!i8.no_schema);
    let listed = JsonType::of(&json!({ "type": "string", "enum": ["a", "b"] }));
    assert_eq!(listed.values, Some(vec![json!("a"), json!("b")]));
    // schemars' words for an enum whose variants have doc comments.
    let documented = JsonType::of(&json!({ "oneOf": [
        { "type": "string", "const": "a", "description": "A" },
        { "type": "string", "enum": ["b"] },
    ]}));
    assert_eq!(documented.values, Some(vec![json!("a"), json!("b")]));
    assert_eq!(documented.kinds, Some(vec![Kind::String]));
    let nullable = JsonType::of(&json!({ "anyOf": [{ "type": "object" }, { "type": "null" }] }));
    assert_eq!(nullable.kinds, Some(vec![Kind::Object, Kind::Null]));
    assert_eq!(nullable.values, None);
    let none = JsonType::of(&json!({ "$comment": crate::format::field_schema::NO_SCHEMA }));
    assert!(none.no_schema);
    assert!(!JsonType::of(&json!({})).no_schema);
}

#[test]
fn members_of_array_items_and_of_nullable_objects_have_paths() {
    let item = json!({
        "type": "object",
        "properties": { "field": { "type": "string" }, "n": { "type": "integer" } },
        "required": ["field"],
    });
    let schema = json!({
        "type": "object",
        "properties": {
            "errors": { "type": "array", "items": item },
            "quota": { "anyOf": [item, { "type": "null" }] },
        },
    });
    let members: Vec<(String, bool)> = properties(&schema, &[])
        .into_iter()
        .map(|p| (p.path, p.required))
        .collect();
    assert_eq!(
        members,
        [
            ("errors".to_owned(), false),
            ("errors[].field".to_owned(), true),
            ("errors[].n".to_owned(), false),
            ("quota".to_owned(), false),
            ("quota.field".to_owned(), true),
            ("quota.n".to_owned(), false),
        ]
    );
}

#[test]
fn exclusive_bounds_of_an_integer_are_made_inclusive_and_a_fractions_kept() {
    let range = |schema| {
        let (min, max) = JsonType::of(&schema).range();
        (min.map(|n| n.to_string()), max.map(|n| n.to_string()))
    };
    let text = |s: &str| Some(s.to_owned());
    assert_eq!(
        range(json!({ "type": "integer", "exclusiveMinimum": 0, "exclusiveMaximum": 256 })),
        (text("1"), text("255"))
    );
    assert_eq!(
        range(json!({ "type": "number", "exclusiveMinimum": 0.5, "maximum": 2 })),
        (text("0.5"), text("2"))
    );
    assert_eq!(
        range(json!({ "type": "integer", "minimum": 3, "exclusiveMinimum": 7 })),
        (text("3"), None)
    );
    assert_eq!(
        range(json!({ "type": "integer", "exclusiveMaximum": 18446744073709551615_u64 })),
        (None, text("18446744073709551614"))
    );
}

#[test]
fn all_of_parts_give_a_type_and_members() {
    let schema = json!({
        "type": "object",
        "properties": { "both": { "allOf": [
            { "description": "no type" },
            { "type": "object", "properties": { "x": { "type": "integer" } }, "required": ["x"] },
            { "properties": { "y": { "type": "string" } } },
        ] } },
    });
    let members = properties(&schema, &[]);
    let read: Vec<(&str, bool)> = members
        .iter()
        .map(|p| (p.path.as_str(), p.required))
        .collect();
    assert_eq!(read, [("both", false), ("both.x", true), ("both.y", false)]);
    assert_eq!(members[0].json_type.kinds, Some(vec![Kind::Object]));
}

#[test]
fn references_to_the_schemas_own_definitions_are_followed_and_stop_at_a_cycle() {
    for key in ["$defs", "definitions"] {
        let schema = json!({
            "type": "object",
            "properties": {
                "kind": { "$ref": format!("#/{key}/Kind") },
                "tree": { "$ref": format!("#/{key}/Tree") },
            },
            key: {
                "Kind": { "type": "string", "enum": ["a"] },
                "Tree": { "type": "object", "properties": {
                    "children": { "type": "array", "items": { "$ref": format!("#/{key}/Tree") } },
                } },
            },
        });
        let members = properties(&schema, &[]);
        let paths: Vec<&str> = members.iter().map(|p| p.path.as_str()).collect();
        assert_eq!(paths, ["kind", "tree", "tree.children"], "{key}");
        assert_eq!(members[0].json_type.values, Some(vec![json!("a")]), "{key}");
    }
}

#[test]
fn a_member_some_alternative_lacks_is_sometimes_absent() {
    let schema = json!({
        "type": "object",
        "properties": {
            "either": { "oneOf": [
                { "type": "object", "properties": { "a": {}, "b": {} }, "required": ["a", "b"] },
                { "type": "object", "properties": { "a": {} }, "required": ["a"] },
            ] },
            "quota": { "anyOf": [
                { "type": "object", "properties": { "n": {} }, "required": ["n"] },
                { "type": "null" },
            ] },
        },
    });
    let read: Vec<(String, bool, bool)> = properties(&schema, &[])
        .into_iter()
        .map(|p| (p.path, p.required, p.sometimes_absent))
        .collect();
    let row = |p: &str, required, sometimes| (p.to_owned(), required, sometimes);
    assert_eq!(
        read,
        [
            row("either", false, false),
            row("either.a", true, false),
            row("either.b", true, true),
            row("either.a", true, false),
            row("quota", false, false),
            row("quota.n", true, true),
        ]
    );
    let alternatives = JsonType::of(&schema["properties"]["quota"]).alternatives;
    assert_eq!(alternatives.len(), 2);
    assert!(JsonType::of(&json!({ "type": "object", "anyOf": [{}] }))
        .alternatives
        .is_empty());
}

#[test]
fn members_of_items_of_items_and_of_nullable_arrays_have_paths() {
    let item = json!({ "type": "object", "properties": { "v": { "type": "boolean" } } });
    let schema = json!({
        "type": "object",
        "properties": {
            "grid": { "type": "array", "items": { "type": "array", "items": item } },
            "maybe": { "oneOf": [{ "type": "array", "items": item }, { "type": "null" }] },
        },
    });
    let paths: Vec<String> = properties(&schema, &[])
        .into_iter()
        .map(|p| p.path)
        .collect();
    assert_eq!(paths, ["grid", "grid[][].v", "maybe", "maybe[].v"]);
}
