//! A body's JSON Schema read once into a typed description: each member of
//! the object it describes, with the values it allows. The documentation's
//! body table and the contract lock both render this description, each in
//! its own words (`array of string` in the pages, `array<string>` in the
//! lock), so that what one of them sees in a schema the other sees too.
//!
//! What the description offers, for a renderer:
//!
//! - [`properties`]: every member, as a [`Property`] with its `path`: a
//!   nested object's members after a dot (`error.code`), the members of an
//!   array's items after `[].` (`errors[].field`), those of an object that
//!   may be `null` (`anyOf`/`oneOf` with `null`) as if it could not;
//! - [`JsonType`], the values a member allows: its [`Kind`]s (an array's
//!   item type inside [`Kind::Array`]), the kind of its `const`, its `enum`
//!   values (also read from `oneOf`/`anyOf` alternatives that are all
//!   constants), an integer's or number's `minimum`/`maximum`, a `format`
//!   (`int8`, `uint64`, `date-time`), and whether the member has no schema
//!   at all ([`JsonType::no_schema`]: a `#[body]` field whose type declares
//!   none, as opposed to `{}` that allows anything).

use serde_json::{Number, Value};

use crate::format::field_schema::{inlined, NO_SCHEMA};
use crate::format::{Member, Source};

/// The values a JSON Schema allows, as its `type` and `const` say.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct JsonType {
    /// The kinds its `type` names, in order; `None` where it has no `type`
    /// (or one that is neither a name nor a list of names).
    pub(crate) kinds: Option<Vec<Kind>>,
    /// The kind of its `const` value, where it has one.
    pub(crate) constant: Option<Kind>,
    /// The values its `enum` lists (or its alternatives' constants), in
    /// order; `None` where it lists none.
    pub(crate) values: Option<Vec<Value>>,
    /// Its `minimum` and `maximum` (inclusive), where it has them.
    pub(crate) minimum: Option<serde_json::Number>,
    pub(crate) maximum: Option<serde_json::Number>,
    /// Its `exclusiveMinimum` and `exclusiveMaximum`, where it has them
    /// (see [`JsonType::range`]).
    pub(crate) exclusive_minimum: Option<serde_json::Number>,
    pub(crate) exclusive_maximum: Option<serde_json::Number>,
    /// Its `format` (`int8`, `uint64`, `date-time`, `uri-reference`).
    pub(crate) format: Option<String>,
    /// Whether it is the schema of a `#[body]` field whose type declares
    /// none and whose Rust spelling tells none: unknown, not "anything".
    pub(crate) no_schema: bool,
    /// What each of its `anyOf`/`oneOf` alternatives allows, where it has
    /// no `type` of its own: a value is one of them.
    pub(crate) alternatives: Vec<JsonType>,
}

/// One kind of JSON value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Kind {
    Null,
    Boolean,
    Integer,
    Number,
    String,
    /// An array, of the values its `items` allow where the schema says.
    Array(Option<Box<JsonType>>),
    Object,
    /// A type name JSON Schema does not define, as written.
    Other(String),
}

/// A member of the object a schema describes.
#[derive(Debug, Clone)]
pub(crate) struct Property {
    /// Its path in the body, a nested object's members after a dot
    /// (`error.code`).
    pub(crate) path: String,
    pub(crate) json_type: JsonType,
    /// Whether its object's `required` names it.
    pub(crate) required: bool,
    /// Whether it may be absent though its object requires it: the object
    /// is one of `anyOf`/`oneOf` alternatives, and another lacks it or
    /// does not require it (a `null` one, for an object that may be null).
    pub(crate) sometimes_absent: bool,
    /// The format's member it is (see [`properties`]).
    pub(crate) wire: Option<&'static Member>,
    /// Its schema's `description`.
    pub(crate) description: Option<String>,
}

impl JsonType {
    /// What `schema` allows; a schema without `type` or `const` allows
    /// anything. Without `type`, the kinds of its `anyOf` or `oneOf`
    /// alternatives, and their constants as its values where all are.
    pub(crate) fn of(schema: &Value) -> Self {
        let own = JsonType::own(schema);
        if own.kinds.is_some() || own.constant.is_some() || own.values.is_some() {
            return own;
        }
        // `allOf` without a type of its own: the type of the first part
        // that names one (else of the last part).
        let mut parts = all_of(schema).map(JsonType::of);
        let Some(mut ty) = parts.next() else {
            return own;
        };
        while ty.kinds.is_none() {
            match parts.next() {
                Some(part) => ty = part,
                None => break,
            }
        }
        ty
    }

    fn own(schema: &Value) -> Self {
        let kinds = match schema.get("type") {
            Some(Value::String(name)) => Some(vec![Kind::named(name, schema)]),
            Some(Value::Array(names)) => Some(
                names
                    .iter()
                    .filter_map(Value::as_str)
                    .map(|name| Kind::named(name, schema))
                    .collect(),
            ),
            _ => None,
        };
        let alternatives: Vec<JsonType> = alternatives(schema).map(JsonType::of).collect();
        let kinds = kinds.or_else(|| {
            let mut kinds = Vec::new();
            for kind in alternatives.iter().flat_map(JsonType::kinds_or_constant) {
                if !kinds.contains(&kind) {
                    kinds.push(kind);
                }
            }
            (!kinds.is_empty()).then_some(kinds)
        });
        let values = match schema.get("enum") {
            Some(Value::Array(values)) => Some(values.clone()),
            _ => alternatives
                .iter()
                .map(|a| a.values.clone())
                .collect::<Option<Vec<_>>>()
                .map(|v| v.concat())
                .filter(|v| !v.is_empty()),
        }
        .or_else(|| schema.get("const").map(|c| vec![c.clone()]));
        let number = |key| match schema.get(key) {
            Some(Value::Number(n)) => Some(n.clone()),
            _ => None,
        };
        let untyped = schema.get("type").is_none();
        JsonType {
            kinds,
            constant: schema.get("const").map(Kind::of_value),
            values,
            minimum: number("minimum"),
            maximum: number("maximum"),
            exclusive_minimum: number("exclusiveMinimum"),
            exclusive_maximum: number("exclusiveMaximum"),
            format: schema
                .get("format")
                .and_then(Value::as_str)
                .map(str::to_owned),
            no_schema: schema.get("$comment").and_then(Value::as_str) == Some(NO_SCHEMA),
            alternatives: if untyped { alternatives } else { Vec::new() },
        }
    }

    /// Its bounds, inclusive: `minimum`/`maximum`, else an integer's
    /// exclusive bound one step inside (a fraction's as it is).
    pub(crate) fn range(&self) -> (Option<Number>, Option<Number>) {
        let integer = self.kinds.as_ref().is_some_and(|k| k.contains(&Kind::Integer))
            || self.constant == Some(Kind::Integer)
            || self.values.as_ref().is_some_and(|values| {
                values.iter().any(|v| Kind::of_value(v) == Kind::Integer)
            });
        let bound = |inclusive: &Option<Number>, exclusive: &Option<Number>, step: i128| {
            inclusive.clone().or_else(|| {
                let n = exclusive.as_ref()?;
                match (integer, as_i128(n)) {
                    (true, Some(n)) => Some(from_i128(n + step)),
                    _ => Some(n.clone()),
                }
            })
        };
        (
            bound(&self.minimum, &self.exclusive_minimum, 1),
            bound(&self.maximum, &self.exclusive_maximum, -1),
        )
    }

    /// Its kinds, or its constant's where it has no `type`.
    fn kinds_or_constant(&self) -> Vec<Kind> {
        match (&self.kinds, &self.constant) {
            (Some(kinds), _) => kinds.clone(),
            (None, Some(constant)) => vec![constant.clone()],
            (None, None) => Vec::new(),
        }
    }
}

/// An integer JSON number's value (`u64::MAX` included).
pub(crate) fn as_i128(n: &Number) -> Option<i128> {
    n.as_i64()
        .map(i128::from)
        .or_else(|| n.as_u64().map(i128::from))
}

fn from_i128(n: i128) -> Number {
    i64::try_from(n)
        .map(Number::from)
        .or_else(|_| u64::try_from(n).map(Number::from))
        .unwrap_or_else(|_| Number::from(0))
}

/// The parts of `schema`'s `allOf`.
fn all_of(schema: &Value) -> impl Iterator<Item = &Value> {
    schema
        .get("allOf")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
}

/// The alternatives of `schema`'s `anyOf` or `oneOf`.
pub(crate) fn alternatives(schema: &Value) -> impl Iterator<Item = &Value> {
    ["anyOf", "oneOf"]
        .into_iter()
        .filter_map(|key| schema.get(key).and_then(Value::as_array))
        .flatten()
}

impl Kind {
    /// The kind a `type` name stands for in `schema` (whose `items` an
    /// array's values are).
    fn named(name: &str, schema: &Value) -> Self {
        match name {
            "null" => Kind::Null,
            "boolean" => Kind::Boolean,
            "integer" => Kind::Integer,
            "number" => Kind::Number,
            "string" => Kind::String,
            "array" => Kind::Array(schema.get("items").map(|i| Box::new(JsonType::of(i)))),
            "object" => Kind::Object,
            other => Kind::Other(other.to_owned()),
        }
    }

    pub(crate) fn of_value(value: &Value) -> Self {
        match value {
            Value::Null => Kind::Null,
            Value::Bool(_) => Kind::Boolean,
            Value::Number(n) if n.is_f64() => Kind::Number,
            Value::Number(_) => Kind::Integer,
            Value::String(_) => Kind::String,
            Value::Array(_) => Kind::Array(None),
            Value::Object(_) => Kind::Object,
        }
    }

    /// Its `type` name in JSON Schema.
    pub(crate) fn name(&self) -> &str {
        match self {
            Kind::Null => "null",
            Kind::Boolean => "boolean",
            Kind::Integer => "integer",
            Kind::Number => "number",
            Kind::String => "string",
            Kind::Array(_) => "array",
            Kind::Object => "object",
            Kind::Other(name) => name,
        }
    }
}

/// The members of the object `schema` describes, each nested object's
/// members right after it. `wire` is the format's members
/// ([`Format::MEMBERS`](crate::Format::MEMBERS), a nested object's from its
/// [`Source::Object`]): the members it names come first, in its order (the
/// order the body is written in), then the others in the schema's order;
/// empty, the schema's order throughout.
pub(crate) fn properties(schema: &Value, wire: &'static [Member]) -> Vec<Property> {
    let mut out = Vec::new();
    match resolved(schema) {
        Some(inlined) => walk(&inlined, "", wire, &mut out),
        None => walk(schema, "", wire, &mut out),
    };
    out
}

/// `schema` with each `$ref` to its own `$defs` (or `definitions`, as older
/// generators write) replaced by the definition, where it has any: the
/// declared schemas of `#[body]` fields come inlined already, a format's
/// own `entry_schema` may not.
fn resolved(schema: &Value) -> Option<Value> {
    let mut resolved = None;
    for key in ["$defs", "definitions"] {
        let current = resolved.as_ref().unwrap_or(schema);
        let Some(definitions) = current.get(key).and_then(Value::as_object).cloned() else {
            continue;
        };
        let prefix = format!("#/{key}/");
        resolved = Some(inlined(current.clone(), &definitions, &prefix));
    }
    resolved
}

/// Adds the members of the object `schema` describes to `out`; returns
/// where its own members are, for [`walk_alternatives`].
fn walk(
    schema: &Value,
    prefix: &str,
    wire: &'static [Member],
    out: &mut Vec<Property>,
) -> Vec<usize> {
    let mut properties: Vec<(&String, &Value, bool)> = Vec::new();
    own_properties(schema, &mut properties);
    if properties.is_empty() {
        return walk_alternatives(schema, prefix, wire, out);
    }
    properties.sort_by_key(|(name, ..)| {
        wire.iter()
            .position(|m| m.name == name.as_str())
            .unwrap_or(usize::MAX)
    });
    let mut own = Vec::new();
    for (name, property, required) in properties {
        let member = wire.iter().find(|m| m.name == name);
        let path = path(prefix, name);
        own.push(out.len());
        out.push(Property {
            path: path.clone(),
            json_type: JsonType::of(property),
            required,
            sometimes_absent: false,
            wire: member,
            description: property
                .get("description")
                .and_then(Value::as_str)
                .map(str::to_owned),
        });
        let inner = match member.map(|m| m.value) {
            Some(Source::Object(inner)) => inner,
            _ => &[],
        };
        walk(property, &format!("{path}."), inner, out);
        let mut items: Vec<&Value> = items_of(property).collect();
        let mut at = path;
        while !items.is_empty() {
            at.push_str("[]");
            for item in &items {
                walk(item, &format!("{at}."), &[], out);
            }
            items = items.into_iter().flat_map(items_of).collect();
        }
    }
    own
}

/// The members `schema`'s `properties` and its `allOf` parts' name, each
/// with whether the object that names it requires it.
fn own_properties<'s>(schema: &'s Value, out: &mut Vec<(&'s String, &'s Value, bool)>) {
    let required = schema.get("required").and_then(Value::as_array);
    if let Some(properties) = schema.get("properties").and_then(Value::as_object) {
        out.extend(properties.iter().map(|(name, property)| {
            let required = required.is_some_and(|r| r.iter().any(|n| n == name.as_str()));
            (name, property, required)
        }));
    }
    for part in all_of(schema) {
        own_properties(part, out);
    }
}

/// An array's `items`, also those of its `anyOf`/`oneOf` alternatives (an
/// array that may be `null`).
fn items_of(schema: &Value) -> Box<dyn Iterator<Item = &Value> + '_> {
    match schema.get("items") {
        Some(items) => Box::new(core::iter::once(items)),
        None => Box::new(alternatives(schema).flat_map(items_of)),
    }
}

/// The members of an object that is one of `schema`'s alternatives (one
/// that may be `null`, say), as if it were the only one; each is marked
/// [`Property::sometimes_absent`] unless every alternative requires it.
fn walk_alternatives(
    schema: &Value,
    prefix: &str,
    wire: &'static [Member],
    out: &mut Vec<Property>,
) -> Vec<usize> {
    let by_alternative: Vec<Vec<usize>> = alternatives(schema)
        .map(|alternative| walk(alternative, prefix, wire, out))
        .collect();
    let always = |path: &str, out: &[Property]| {
        by_alternative
            .iter()
            .all(|own| own.iter().any(|&i| out[i].path == path && out[i].required))
    };
    let own: Vec<usize> = by_alternative.iter().flatten().copied().collect();
    for &i in &own {
        if !always(&out[i].path, out) {
            out[i].sometimes_absent = true;
        }
    }
    own
}

/// Gives each member of the object `schema` describes, nested ones too, the
/// description `describe` finds for its path (as [`properties`] names it),
/// unless it has one; a member without a schema is said to have none.
pub(crate) fn describe_properties<'d>(
    schema: &mut Value,
    describe: impl Fn(&str) -> Option<&'d str> + Copy,
) {
    describe_under(schema, "", describe);
}

fn describe_under<'d>(
    schema: &mut Value,
    prefix: &str,
    describe: impl Fn(&str) -> Option<&'d str> + Copy,
) {
    let Some(properties) = schema.get_mut("properties").and_then(Value::as_object_mut) else {
        return;
    };
    for (name, property) in properties {
        let path = path(prefix, name);
        // A reader of the schema is told that the member's type declares none.
        let no_schema = JsonType::of(property).no_schema.then_some(NO_SCHEMA);
        let description = match (describe(&path), no_schema) {
            (Some(text), Some(none)) => Some(format!("{text}; {none}")),
            (text, none) => text.or(none).map(str::to_owned),
        };
        if let (Some(description), Some(object)) = (description, property.as_object_mut()) {
            object
                .entry("description")
                .or_insert_with(|| Value::from(description));
        }
        describe_under(property, &format!("{path}."), describe);
    }
}

/// The path of member `name` of the object at `prefix` (empty at the top,
/// else the object's path and a dot).
fn path(prefix: &str, name: &str) -> String {
    format!("{prefix}{name}")
}

#[cfg(test)]
mod tests {
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
        let nullable =
            JsonType::of(&json!({ "anyOf": [{ "type": "object" }, { "type": "null" }] }));
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
}
