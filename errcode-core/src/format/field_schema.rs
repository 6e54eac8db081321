//! The JSON Schema of a `#[body]` field: what its Rust type's spelling
//! tells exactly (std scalars, `String`, `Vec` and `Option` of those), else
//! the one its type declares (`schemars::JsonSchema` or `utoipa::ToSchema`,
//! under the features of those names), else a schema that says it has none.

use serde_json::{json, Value};

use crate::BodyField;

/// The `$comment` of the schema of a `#[body]` field whose type declares no
/// schema and whose spelling does not tell one: read by
/// [`crate::schema::JsonType::of`] as "no schema", shown by the docs.
pub(crate) const NO_SCHEMA: &str =
    "no schema: derive `schemars::JsonSchema` (feature `schemars`) or `utoipa::ToSchema` (feature `utoipa`) for its type";

/// The schema of `field`'s member, and whether every body of its entry has
/// the member (an `Option` field's member is left out for `None`).
pub(crate) fn body_field_schema(field: &BodyField) -> (Value, bool) {
    let (spelled, always) = field_schema(field.ty());
    // A std type's schema does not depend on which features are on (utoipa
    // words a `u64` as `int64`, schemars as `uint64`, as the spelling does).
    if exact(&spelled) || any_json(field.ty()) {
        return (spelled, always);
    }
    let schema = match field.schema() {
        // `true`, the schema that allows anything, as the object every
        // reader reads.
        Some(Value::Bool(true)) => json!({}),
        Some(declared) => declared,
        None => json!({ "$comment": NO_SCHEMA }),
    };
    (schema, always)
}

/// Whether a schema guessed from a type's spelling is the type's whole
/// schema: a scalar, or an array of such. An object, an array of unknown
/// items or `{}` is only a guess.
fn exact(schema: &Value) -> bool {
    match schema.get("type").and_then(Value::as_str) {
        Some("array") => schema.get("items").is_some_and(exact),
        Some("object") | None => false,
        Some(_) => true,
    }
}

/// Whether a type spelled `ty` is a JSON value (`serde_json::Value`), of
/// which `{}` is the exact schema.
fn any_json(ty: &str) -> bool {
    let ty = referent(ty);
    let ty = generic(&ty, "Option").unwrap_or(&ty);
    last_segment(ty) == "Value"
}

/// A type's declared schema as one self-contained value: each `$ref` to
/// one of `definitions` (named after `prefix`) replaced by the definition,
/// so that the docs, OpenAPI and the lock read members inside arrays and
/// nested objects alike. A recursive reference is left as a `$comment`
/// naming the type, as its members are already shown above it.
pub(crate) fn inlined(
    mut schema: Value,
    definitions: &serde_json::Map<String, Value>,
    prefix: &str,
) -> Value {
    let mut seen = Vec::new();
    if let Value::Object(root) = &mut schema {
        // The member's name is its title; the dialect is the document's.
        root.remove("$schema");
        root.remove("$defs");
        // A type that holds itself refers to the root, `#`, by this name.
        if let Some(Value::String(title)) = root.remove("title") {
            seen.push(title);
        }
    }
    inline(&mut schema, definitions, prefix, &mut seen);
    schema
}

fn inline(
    schema: &mut Value,
    definitions: &serde_json::Map<String, Value>,
    prefix: &str,
    seen: &mut Vec<String>,
) {
    let target = schema
        .get("$ref")
        .and_then(Value::as_str)
        .and_then(|r| match r {
            "#" => seen.first().map(String::as_str),
            r => r.strip_prefix(prefix),
        })
        .map(str::to_owned);
    if let (Some(name), Value::Object(object)) = (target, &mut *schema) {
        object.remove("$ref");
        if seen.contains(&name) {
            object.insert(
                "$comment".to_owned(),
                Value::from(format!("recursive: `{name}`")),
            );
            return;
        }
        if let Some(Value::Object(definition)) = definitions.get(&name) {
            for (key, value) in definition {
                object.entry(key.clone()).or_insert_with(|| value.clone());
            }
        }
        seen.push(name);
        inline(schema, definitions, prefix, seen);
        seen.pop();
        return;
    }
    match schema {
        Value::Object(object) => {
            for value in object.values_mut() {
                inline(value, definitions, prefix, seen);
            }
        }
        Value::Array(values) => {
            for value in values {
                inline(value, definitions, prefix, seen);
            }
        }
        _ => {}
    }
}

/// `T`'s schema as schemars derives it (draft 2020-12).
#[cfg(feature = "schemars")]
pub(crate) fn schemars_schema<T: schemars::JsonSchema + ?Sized>() -> Value {
    let schema = schemars::SchemaGenerator::default().into_root_schema_for::<T>();
    let schema = schema.to_value();
    let definitions = schema
        .get("$defs")
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    inlined(schema, &definitions, "#/$defs/")
}

/// `T`'s schema as utoipa derives it, with the schemas it refers to.
#[cfg(feature = "utoipa")]
pub(crate) fn utoipa_schema<T: utoipa::ToSchema + ?Sized>() -> Value {
    let mut named = Vec::new();
    T::schemas(&mut named);
    let definitions = named
        .into_iter()
        .filter_map(|(name, schema)| Some((name, serde_json::to_value(schema).ok()?)))
        .collect();
    let schema = serde_json::to_value(T::schema()).unwrap_or_default();
    inlined(schema, &definitions, "#/components/schemas/")
}

/// The schema of a `#[body]` field from its Rust type as written, as far as
/// the type's spelling tells, and whether the member is always present (an
/// `Option` field's member is left out for `None`).
#[must_use]
pub fn field_schema(ty: &str) -> (Value, bool) {
    let ty = referent(ty);
    match generic(&ty, "Option") {
        Some(inner) => (type_schema(inner), false),
        None => (type_schema(&ty), true),
    }
}

/// The type behind any `&`, lifetime and `mut`, without whitespace.
fn referent(ty: &str) -> String {
    let mut rest = ty.trim();
    while let Some(after) = rest.strip_prefix('&') {
        rest = after.trim_start();
        if rest.starts_with('\'') {
            let end = rest
                .find(|c: char| c.is_whitespace() || c == '[' || c == '(')
                .unwrap_or(rest.len());
            rest = rest.get(end..).unwrap_or("").trim_start();
        }
        rest = rest.strip_prefix("mut ").unwrap_or(rest).trim_start();
    }
    rest.chars().filter(|c| !c.is_whitespace()).collect()
}

/// `T` of `Outer<T>` (with or without a path before `Outer`).
fn generic<'t>(ty: &'t str, outer: &str) -> Option<&'t str> {
    let last = last_segment(ty);
    let inner = last
        .strip_prefix(outer)?
        .strip_prefix('<')?
        .strip_suffix('>')?;
    let start = ty.len().checked_sub(last.len())?;
    let offset = start.checked_add(outer.len())?.checked_add(1)?;
    ty.get(offset..offset.checked_add(inner.len())?)
}

/// The last segment of a type's path with its generic arguments:
/// `Vec<a::B>` of `std::vec::Vec<a::B>` (the paths inside the arguments
/// left alone).
fn last_segment(ty: &str) -> &str {
    let head = ty.find('<').unwrap_or(ty.len());
    let start = ty[..head].rfind("::").map_or(0, |i| i + 2);
    &ty[start..]
}

fn type_schema(ty: &str) -> Value {
    let ty = referent(ty);
    let base = last_segment(&ty);
    let name = base.split('<').next().unwrap_or(base);
    match name {
        "i8" => integer("int8", Some(i8::MIN.into()), Some(i8::MAX.into())),
        "i16" => integer("int16", Some(i16::MIN.into()), Some(i16::MAX.into())),
        "i32" => integer("int32", None, None),
        "i64" => integer("int64", None, None),
        "i128" => integer("int128", None, None),
        "isize" => integer("int", None, None),
        "u8" => integer("uint8", Some(0), Some(u8::MAX.into())),
        "u16" => integer("uint16", Some(0), Some(u16::MAX.into())),
        "u32" => integer("uint32", Some(0), None),
        "u64" => integer("uint64", Some(0), None),
        "u128" => integer("uint128", Some(0), None),
        "usize" => integer("uint", Some(0), None),
        "NonZeroU8" => integer("uint8", Some(1), Some(u8::MAX.into())),
        "NonZeroU16" => integer("uint16", Some(1), Some(u16::MAX.into())),
        "NonZeroU32" => integer("uint32", Some(1), None),
        "NonZeroU64" => integer("uint64", Some(1), None),
        "f32" => json!({ "type": "number", "format": "float" }),
        "f64" => json!({ "type": "number", "format": "double" }),
        "bool" => json!({ "type": "boolean" }),
        "char" => json!({ "type": "string", "minLength": 1, "maxLength": 1 }),
        "str" | "String" | "Cow" => json!({ "type": "string" }),
        "Vec" | "VecDeque" | "BTreeSet" | "HashSet" => match generic(base, name) {
            Some(item) => json!({ "type": "array", "items": type_schema(item) }),
            None => json!({ "type": "array" }),
        },
        "HashMap" | "BTreeMap" | "Map" => json!({ "type": "object" }),
        "Box" | "Arc" | "Rc" => generic(base, name).map_or_else(|| json!({}), type_schema),
        _ if ty.starts_with('[') => json!({ "type": "array" }),
        _ => json!({}),
    }
}

/// An integer type's schema, worded as schemars words it (its `format`, and
/// the range where the format's name does not say it all), so that a field
/// has the same schema with the feature `schemars` and without it.
fn integer(format: &str, minimum: Option<i64>, maximum: Option<i64>) -> Value {
    let mut schema = json!({ "type": "integer", "format": format });
    if let Some(minimum) = minimum {
        schema["minimum"] = Value::from(minimum);
    }
    if let Some(maximum) = maximum {
        schema["maximum"] = Value::from(maximum);
    }
    schema
}

#[cfg(all(test, any(feature = "schemars", feature = "utoipa")))]
mod tests {
    use serde_json::json;

    use super::inlined;

    #[test]
    fn references_are_inlined_and_a_recursive_one_is_named() {
        let definitions = json!({
            "Item": { "type": "object", "properties": { "next": { "$ref": "#/$defs/Item" } } },
        });
        let schema = json!({
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "title": "List",
            "type": "array",
            "items": { "$ref": "#/$defs/Item", "description": "one item" },
            "$defs": definitions,
        });
        let inlined = inlined(schema, definitions.as_object().unwrap(), "#/$defs/");
        assert_eq!(
            inlined,
            json!({
                "type": "array",
                "items": {
                    "description": "one item",
                    "type": "object",
                    "properties": { "next": { "$comment": "recursive: `Item`" } },
                },
            })
        );
    }

    #[test]
    fn a_reference_to_the_root_is_named_by_its_title() {
        // schemars' schema of `struct Node { next: Option<Box<Node>> }`.
        let schema = json!({
            "title": "Node",
            "type": "object",
            "properties": { "next": { "anyOf": [{ "$ref": "#" }, { "type": "null" }] } },
        });
        let inlined = inlined(schema, &serde_json::Map::new(), "#/$defs/");
        assert_eq!(
            inlined["properties"]["next"]["anyOf"][0],
            json!({ "$comment": "recursive: `Node`" })
        );
    }
}
