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
//!   may be `null` (`anyOf`/`oneOf` with `null`) as if it could not (each
//!   marked [`Property::sometimes_absent`] where another alternative lacks
//!   it), those of `allOf` parts as the object's own; `$ref`s to the
//!   schema's own `$defs` (or `definitions`) followed, once per cycle;
//! - [`JsonType`], the values a member allows: its [`Kind`]s (an array's
//!   item type inside [`Kind::Array`]), the kind of its `const`, its `enum`
//!   values (also read from `oneOf`/`anyOf` alternatives that are all
//!   constants), an integer's or number's `minimum`/`maximum` (and
//!   exclusive bounds, [`JsonType::range`]), its `anyOf`/`oneOf`
//!   alternatives where it has no `type`, a type from `allOf`, a `format`
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
        let integer =
            self.kinds
                .as_ref()
                .is_some_and(|k| k.contains(&Kind::Integer))
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
    pub(crate) fn named(name: &str, schema: &Value) -> Self {
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
pub(crate) fn resolved(schema: &Value) -> Option<Value> {
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
/// where its own members are in `out`.
fn walk(
    schema: &Value,
    prefix: &str,
    wire: &'static [Member],
    out: &mut Vec<Property>,
) -> Vec<usize> {
    let mut properties: Vec<(&String, &Value, bool)> = Vec::new();
    own_properties(schema, &mut properties);
    if properties.is_empty() {
        // An object that may be `null`, or one of several: their members.
        let by_alternative = alternatives(schema)
            .map(|alternative| walk(alternative, prefix, wire, out))
            .collect();
        return mark_sometimes_absent(by_alternative, out);
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

/// Marks each member of the alternatives (`by_alternative`, where each
/// alternative's own members are in `out`) that some alternative lacks or
/// does not require [`Property::sometimes_absent`]; returns them all.
fn mark_sometimes_absent(by_alternative: Vec<Vec<usize>>, out: &mut [Property]) -> Vec<usize> {
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
mod tests;
