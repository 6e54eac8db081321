//! Example bodies: the bytes a format writes for an entry, with stand-ins
//! for the values an error would carry.

use core::fmt;

use serde::ser::SerializeMap;

use super::tree::Tree;
use crate::format::field_schema::body_field_schema;
use crate::format::{BodySource, Format};
use crate::schema::JsonType;
use crate::{Entry, Segment, Translation};

/// The example body of `entry`: the bytes format `F` writes for a [`Sample`]
/// of it, in the language of `translation`.
pub(super) fn of<F: Format>(
    entry: &'static Entry,
    translation: Option<&'static Translation>,
) -> String {
    let mut example = Vec::new();
    let sample = Sample(entry, translation);
    // A format that fails on a sample (a user format rejecting
    // something) gets an empty example rather than a panic.
    if F::serialize(&sample, &mut serde_json::Serializer::new(&mut example)).is_err() {
        example.clear();
    }
    String::from_utf8(example).unwrap_or_default()
}

/// An entry standing in for an error value, written as the wire writes it:
/// the message as a body carries it (`{{` unescaped, placeholders kept as
/// written since there is no value to render), and each `#[body]` field with
/// its `#[body(example = ...)]` value, else a value of its type (see
/// [`placeholder`]).
struct Sample(&'static Entry, Option<&'static Translation>);

impl BodySource for Sample {
    fn entry(&self) -> &'static Entry {
        self.0
    }

    fn fmt_message(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let entry = self.0;
        if let Some(translation) = self.1 {
            if entry.exposes_message() {
                unescape(f, translation.segments())
            } else {
                f.write_str(translation.message())
            }
        } else if !entry.exposes_message() {
            // The wire sends the template exactly as written.
            f.write_str(entry.message())
        } else if entry.message().is_empty() {
            f.write_str(entry.name())
        } else {
            unescape(f, entry.segments())
        }
    }

    fn template(&self) -> &'static str {
        self.1
            .map_or_else(|| self.0.template_or_name(), Translation::message)
    }

    fn serialize_fields<M: SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        for field in self.0.body_fields() {
            match field.example() {
                Some(Ok(json)) => map.serialize_entry(field.member(), &Tree::of_example(&json))?,
                Some(Err(e)) => return Err(serde::ser::Error::custom(e)),
                None => {
                    let (schema, always) = body_field_schema(field);
                    let value = match always {
                        false => None,
                        true if JsonType::of(&schema).no_schema => placeholder(field.ty()),
                        true => Some(of_schema(&schema)),
                    };
                    if let Some(value) = value {
                        map.serialize_entry(field.member(), &value)?;
                    }
                }
            }
        }
        Ok(())
    }
}

/// Writes the text of a template as `Display` renders it, from the split the
/// derive made: `{{` and `}}` as one brace; a placeholder as `{name}`.
fn unescape(f: &mut fmt::Formatter<'_>, segments: impl Iterator<Item = Segment>) -> fmt::Result {
    for segment in segments {
        match segment {
            Segment::Text(text) => f.write_str(text)?,
            Segment::Placeholder(name) | Segment::Formatted(name) => write!(f, "{{{name}}}")?,
        }
    }
    Ok(())
}

/// The value an example body shows for a `#[body]` field of Rust type `ty`
/// (its text as written): `0` for numbers, `false`, `"string"` for text, `[]`
/// for sequences, `{}` for maps, `null` for any other type; `None` (the
/// member left out, as a `None` value is) for an `Option`.
fn placeholder(ty: &str) -> Option<serde_json::Value> {
    use serde_json::Value;
    let ty: String = ty.chars().filter(|c| !c.is_whitespace()).collect();
    let ty = ty.trim_start_matches('&').trim_start_matches("'static");
    let ty = ty.strip_prefix("mut").unwrap_or(ty);
    if ty.starts_with('[') {
        return Some(Value::Array(Vec::new()));
    }
    // The last path segment and its generic arguments, if any.
    let (head, args) = ty.split_once('<').unwrap_or((ty, ""));
    let name = head.rsplit("::").next().unwrap_or(head);
    let inner = args.strip_suffix('>').unwrap_or(args);
    Some(match name {
        "Option" => return None,
        "Box" | "Arc" | "Rc" => return placeholder(inner),
        "u8" | "u16" | "u32" | "u64" | "u128" | "usize" | "i8" | "i16" | "i32" | "i64" | "i128"
        | "isize" => Value::from(0),
        "f32" | "f64" => Value::from(0.0),
        "bool" => Value::Bool(false),
        "String" | "str" | "Cow" | "char" => Value::from("string"),
        "Vec" | "VecDeque" | "HashSet" | "BTreeSet" => Value::Array(Vec::new()),
        "HashMap" | "BTreeMap" => Value::Object(serde_json::Map::new()),
        _ => Value::Null,
    })
}

/// A value `schema` allows, for a `#[body]` field whose type declares one:
/// its first example, constant or `enum` value, else a value of its first
/// type that is not `null` (an object with its required members, an array
/// with one item where the items are objects).
fn of_schema(schema: &serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    let first = |key| {
        schema
            .get(key)
            .and_then(Value::as_array)
            .and_then(|a| a.first())
    };
    if let Some(value) = first("examples")
        .or_else(|| schema.get("const"))
        .or_else(|| first("enum"))
    {
        return value.clone();
    }
    let kind = match schema.get("type") {
        Some(Value::String(kind)) => Some(kind.as_str()),
        Some(Value::Array(kinds)) => kinds
            .iter()
            .filter_map(Value::as_str)
            .find(|k| *k != "null"),
        _ => None,
    };
    let number = |key| schema.get(key).and_then(Value::as_i64);
    match kind {
        Some("integer") => Value::from(
            0.max(number("minimum").unwrap_or(i64::MIN))
                .min(number("maximum").unwrap_or(i64::MAX)),
        ),
        Some("number") => Value::from(0.0),
        Some("boolean") => Value::Bool(false),
        Some("string") if number("maxLength").is_some_and(|max| max < 6) => Value::from("x"),
        Some("string") => Value::from("string"),
        Some("array") => match schema.get("items") {
            Some(items) if items.get("properties").is_some() => {
                Value::Array(vec![of_schema(items)])
            }
            _ => Value::Array(Vec::new()),
        },
        Some("object") => {
            let required = schema.get("required").and_then(Value::as_array);
            let members = schema
                .get("properties")
                .and_then(Value::as_object)
                .into_iter()
                .flatten()
                .filter(|(name, _)| required.is_some_and(|r| r.iter().any(|n| n == *name)))
                .map(|(name, member)| (name.clone(), of_schema(member)))
                .collect();
            Value::Object(members)
        }
        _ => crate::schema::alternatives(schema)
            .find(|alternative| alternative.get("type").and_then(Value::as_str) != Some("null"))
            .map_or(Value::Null, of_schema),
    }
}
