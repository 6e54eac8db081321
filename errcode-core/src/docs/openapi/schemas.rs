//! What the document's schemas say so that client generators make precise
//! types of them: the code member lists exactly the codes its bodies carry,
//! typed by their kind (openapi-typescript makes literal types of an
//! `enum`), and an object that names no members says that any are allowed.

use serde_json::{Map, Value};

use crate::Code;

/// `schema` with its code member (reached through `path`, object member by
/// object member) saying exactly `codes`: their JSON types (`integer` for
/// a catalogue of integer codes, not any code) and an `enum` of them. The
/// member keeps its description; a schema without the member is left as
/// it is, and so is one for no codes at all.
pub(super) fn restrict_codes(schema: &mut Value, path: &[&str], codes: &[Code]) {
    let Some((last, objects)) = path.split_last() else {
        return;
    };
    if codes.is_empty() {
        return;
    }
    let mut object = schema;
    for name in objects {
        match object.pointer_mut(&format!("/properties/{name}")) {
            Some(inner) => object = inner,
            None => return,
        }
    }
    let Some(Value::Object(member)) = object.pointer_mut(&format!("/properties/{last}")) else {
        return;
    };
    let mut kinds: Vec<&str> = Vec::new();
    let mut values: Vec<Value> = Vec::new();
    for code in codes {
        let (kind, value) = match code {
            Code::Int(n) => ("integer", Value::from(*n)),
            Code::Str(s) => ("string", Value::from(*s)),
            Code::None => ("null", Value::Null),
        };
        if !kinds.contains(&kind) {
            kinds.push(kind);
        }
        if !values.contains(&value) {
            values.push(value);
        }
    }
    kinds.sort_by_key(|kind| ["integer", "string", "null"].iter().position(|k| k == kind));
    let kind = match kinds.as_slice() {
        [one] => Value::from(*one),
        many => Value::from(many.to_vec()),
    };
    member.remove("const");
    member.insert("type".to_owned(), kind);
    member.insert("enum".to_owned(), Value::Array(values));
}

/// Keywords whose values are data, not schemas.
const DATA: [&str; 5] = ["enum", "const", "default", "example", "examples"];

/// Each object schema in `schema` that names neither its members nor what
/// others may be gets `"additionalProperties": true`: what JSON Schema
/// means by it already, said out loud for generators that read it as "no
/// members" (openapi-typescript's `Record<string, never>`).
pub(super) fn open_objects(schema: &mut Value) {
    match schema {
        Value::Object(members) => {
            if is_closed_object(members) {
                members.insert("additionalProperties".to_owned(), Value::Bool(true));
            }
            for (key, value) in members.iter_mut() {
                match (key.as_str(), value) {
                    // Maps of schemas by name: a member may be called `default`.
                    ("properties" | "patternProperties" | "$defs", Value::Object(named)) => {
                        named.values_mut().for_each(open_objects);
                    }
                    (key, _) if DATA.contains(&key) => {}
                    (_, value) => open_objects(value),
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(open_objects),
        _ => {}
    }
}

fn is_closed_object(schema: &Map<String, Value>) -> bool {
    let object = match schema.get("type") {
        Some(Value::String(kind)) => kind == "object",
        Some(Value::Array(kinds)) => kinds.iter().any(|k| k == "object"),
        _ => false,
    };
    object
        && ["properties", "additionalProperties", "patternProperties"]
            .iter()
            .all(|key| !schema.contains_key(*key))
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::open_objects;

    #[test]
    fn only_objects_that_name_no_members_are_opened() {
        let mut schema = json!({
            "type": "object",
            "properties": {
                "default": {"type": "object"},
                "map": {"type": ["object", "null"], "additionalProperties": {"type": "integer"}},
                "named": {"type": "object", "properties": {}},
            },
            "examples": [{"type": "object"}],
        });
        open_objects(&mut schema);
        assert_eq!(
            schema,
            json!({
                "type": "object",
                "properties": {
                    "default": {"type": "object", "additionalProperties": true},
                    "map": {"type": ["object", "null"], "additionalProperties": {"type": "integer"}},
                    "named": {"type": "object", "properties": {}},
                },
                "examples": [{"type": "object"}],
            })
        );
    }
}
