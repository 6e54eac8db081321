//! OpenAPI 3.0.3 beside 3.1, for tools that read 3.0 only (progenitor,
//! older generators and gateways): the same document with 3.1's JSON
//! Schema words said in 3.0's Schema Object.

use super::super::tree::Tree;

/// The version of OpenAPI an [`OpenApi`](super::OpenApi) writes.
///
/// [`V3_0`](Spec::V3_0) writes the same document as OpenAPI 3.0.3, for
/// tools that read 3.0 only: in every Schema Object, a `null` type becomes
/// `nullable: true` (`"type": ["integer", "null"]` is `"type": "integer",
/// "nullable": true`; several other types are `anyOf` them), `const` a
/// one-value `enum`, `examples` its first value as `example`, a numeric
/// `exclusiveMinimum`/`exclusiveMaximum` the `minimum`/`maximum` with the
/// boolean (`null` alone: `"type": "string", "nullable": true, "enum":
/// [null]`), a schema's own `$defs` are written in where they are used, the
/// schemas `true` and `false` are `{}` and `{"not": {}}`, and JSON Schema
/// keywords 3.0 does not have (`$comment`, `prefixItems`, `if`, …) are left
/// out; `info.license`'s SPDX `identifier`, which 3.0 does not have, becomes
/// its `url` on spdx.org where it has none.
///
/// ```
/// use errcodes::docs::{OpenApi, Spec, View};
/// # #[derive(Debug, errcodes::ApiError)]
/// # pub enum AccountError {
/// #     #[code(34305, status = 401, msg = "Incorrect account or wrong password")]
/// #     WrongPassword,
/// # }
///
/// let view = View::of::<AccountError>();
/// let document = OpenApi::new(&view).spec(Spec::V3_0).document("1.0.0");
/// assert_eq!(document["openapi"], "3.0.3");
/// let code = &document["components"]["schemas"]["AccountError"]["properties"]["code"];
/// assert_eq!(code["type"], "integer");
/// assert_eq!(code["enum"], serde_json::json!([34305]));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum Spec {
    /// OpenAPI 3.1.0, whose Schema Object is JSON Schema draft 2020-12.
    #[default]
    V3_1,
    /// OpenAPI 3.0.3.
    V3_0,
}

/// Keywords a 3.0 Schema Object has, written as they are (after their
/// values are translated).
const KEPT: [&str; 25] = [
    "title",
    "description",
    "type",
    "format",
    "multipleOf",
    "maximum",
    "minimum",
    "maxLength",
    "minLength",
    "pattern",
    "maxItems",
    "minItems",
    "uniqueItems",
    "maxProperties",
    "minProperties",
    "required",
    "enum",
    "default",
    "deprecated",
    "readOnly",
    "writeOnly",
    "example",
    "nullable",
    "$ref",
    "discriminator",
];

impl Spec {
    pub(super) fn translate_document(self, document: Tree) -> Tree {
        match self {
            Spec::V3_1 => document,
            Spec::V3_0 => document_3_0(document),
        }
    }

    pub(super) fn translate_responses(self, responses: Tree) -> Tree {
        match self {
            Spec::V3_1 => responses,
            Spec::V3_0 => schemas_within(responses),
        }
    }

    pub(super) fn translate_schema(self, schema: Tree) -> Tree {
        match self {
            Spec::V3_1 => schema,
            Spec::V3_0 => schema_3_0(schema),
        }
    }
}

fn document_3_0(document: Tree) -> Tree {
    let Tree::Object(members) = document else {
        return document;
    };
    let members = members.into_iter().map(|(key, value)| {
        let value = match key.as_str() {
            "openapi" => Tree::from("3.0.3"),
            "info" => license_3_0(value),
            _ => schemas_within(value),
        };
        (key, value)
    });
    Tree::Object(members.collect())
}

fn license_3_0(info: Tree) -> Tree {
    let Tree::Object(mut members) = info else {
        return info;
    };
    for (key, value) in &mut members {
        if let (true, Tree::Object(license)) = (key == "license", value) {
            let at = license.iter().position(|(k, _)| k == "identifier");
            let identifier = at.map(|at| license.remove(at).1);
            let has_url = license.iter().any(|(k, _)| k == "url");
            if let (Some(Tree::String(id)), false) = (identifier, has_url) {
                license.push((
                    "url".to_owned(),
                    Tree::from(format!("https://spdx.org/licenses/{id}.html")),
                ));
            }
        }
    }
    Tree::Object(members)
}

/// Every Schema Object in a part of the document translated: the values of
/// `schema` (media types, headers, parameters) and of `components.schemas`.
/// Examples are bodies, never schemas, and are left as they are.
fn schemas_within(tree: Tree) -> Tree {
    match tree {
        Tree::Object(members) => Tree::Object(
            members
                .into_iter()
                .map(|(key, value)| {
                    let value = match key.as_str() {
                        "schema" => schema_3_0(value),
                        "schemas" => map_values(value, schema_3_0),
                        "examples" | "example" => value,
                        _ => schemas_within(value),
                    };
                    (key, value)
                })
                .collect(),
        ),
        Tree::Array(items) => Tree::Array(items.into_iter().map(schemas_within).collect()),
        other => other,
    }
}

fn map_values(tree: Tree, f: fn(Tree) -> Tree) -> Tree {
    match tree {
        Tree::Object(members) => {
            Tree::Object(members.into_iter().map(|(k, v)| (k, f(v))).collect())
        }
        other => other,
    }
}

/// One Schema Object (and those inside it) in 3.0's words.
fn schema_3_0(schema: Tree) -> Tree {
    let members = match schema {
        Tree::Bool(true) => return Tree::object(),
        Tree::Bool(false) => {
            let mut never = Tree::object();
            never.insert("not", Tree::object());
            return never;
        }
        Tree::Object(members) if has_defs(&members) => {
            return schema_3_0(with_defs_written_in(Tree::Object(members)));
        }
        Tree::Object(members) => members,
        other => return other,
    };
    let mut out: Vec<(String, Tree)> = Vec::new();
    let mut nullable = false;
    for (key, value) in members {
        match key.as_str() {
            "type" => out.extend(types_3_0(value, &mut nullable)),
            "const" => out.push(("enum".to_owned(), Tree::Array(vec![value]))),
            "examples" => {
                if let Tree::Array(mut values) = value {
                    if !values.is_empty() {
                        out.push(("example".to_owned(), values.swap_remove(0)));
                    }
                }
            }
            "exclusiveMinimum" | "exclusiveMaximum" => {
                let bound = if key == "exclusiveMinimum" {
                    "minimum"
                } else {
                    "maximum"
                };
                if let Tree::Number(_) = value {
                    out.retain(|(k, _)| k != bound);
                    out.push((bound.to_owned(), value));
                    out.push((key, Tree::Bool(true)));
                }
            }
            "properties" => out.push((key, map_values(value, schema_3_0))),
            "items" => out.push((key, items_3_0(value))),
            "additionalProperties" | "not" => out.push((key, schema_3_0(value))),
            "anyOf" | "oneOf" | "allOf" => {
                let Tree::Array(options) = value else {
                    continue;
                };
                let (null, options): (Vec<Tree>, Vec<Tree>) =
                    options.into_iter().partition(is_null_type);
                nullable |= !null.is_empty();
                let options = options.into_iter().map(schema_3_0).collect();
                out.push((key, Tree::Array(options)));
            }
            _ if KEPT.contains(&key.as_str()) || key.starts_with("x-") => out.push((key, value)),
            _ => {}
        }
    }
    if nullable {
        out.push(("nullable".to_owned(), Tree::Bool(true)));
    }
    // Each keyword once (`const` and `enum` both say the values).
    let mut seen: Vec<String> = Vec::new();
    out.retain(|(k, _)| {
        let first = !seen.contains(k);
        seen.push(k.clone());
        first
    });
    // An array has `items` in 3.0.
    let array = out
        .iter()
        .any(|(k, v)| k == "type" && matches!(v, Tree::String(t) if t == "array"));
    if array && !out.iter().any(|(k, _)| k == "items") {
        out.push(("items".to_owned(), Tree::object()));
    }
    Tree::Object(out)
}

/// `type` in 3.0: one type, with `nullable` where `null` was one of them;
/// several, as `anyOf` them; `null` alone, a string schema that allows
/// `null` only.
fn types_3_0(value: Tree, nullable: &mut bool) -> Vec<(String, Tree)> {
    let kinds: Vec<Tree> = match value {
        Tree::Array(kinds) => kinds,
        one => vec![one],
    };
    let (null, mut kinds): (Vec<Tree>, Vec<Tree>) = kinds
        .into_iter()
        .partition(|k| matches!(k, Tree::String(t) if t == "null"));
    *nullable |= !null.is_empty();
    match kinds.len() {
        // 3.0 wants a type beside `nullable` (Redocly's
        // `nullable-type-sibling`); the `enum` leaves `null` alone.
        0 => vec![
            ("type".to_owned(), Tree::from("string")),
            ("enum".to_owned(), Tree::Array(vec![Tree::Null])),
        ],
        1 => vec![("type".to_owned(), kinds.swap_remove(0))],
        _ => {
            let options = kinds.into_iter().map(|kind| {
                let mut option = Tree::object();
                option.insert("type", kind);
                option
            });
            vec![("anyOf".to_owned(), Tree::Array(options.collect()))]
        }
    }
}

/// `items` in 3.0: one schema; a tuple's (`items` as a list) any of them.
fn items_3_0(items: Tree) -> Tree {
    match items {
        Tree::Array(tuple) => {
            let mut any = Tree::object();
            any.insert(
                "anyOf",
                Tree::Array(tuple.into_iter().map(schema_3_0).collect()),
            );
            any
        }
        one => schema_3_0(one),
    }
}

fn is_null_type(schema: &Tree) -> bool {
    matches!(schema, Tree::Object(members)
        if members.len() == 1 && matches!(&members[0], (k, Tree::String(t)) if k == "type" && t == "null"))
}

fn has_defs(members: &[(String, Tree)]) -> bool {
    members
        .iter()
        .any(|(k, _)| k == "$defs" || k == "definitions")
}

/// The schema with each `$ref` to its own `$defs` replaced by the
/// definition (as the docs and the lock read it), and the `$defs` gone: a
/// 3.0 `$ref` resolves against the document, not the schema.
fn with_defs_written_in(schema: Tree) -> Tree {
    let value = crate::schema::resolved(&schema.to_value()).unwrap_or_else(|| schema.to_value());
    match serde_json::from_value(value) {
        Ok(Tree::Object(mut members)) => {
            members.retain(|(k, _)| k != "$defs" && k != "definitions");
            Tree::Object(members)
        }
        _ => Tree::object(),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::{schema_3_0, Tree};

    fn translated(schema: serde_json::Value) -> serde_json::Value {
        schema_3_0(serde_json::from_value::<Tree>(schema).unwrap()).to_value()
    }

    #[test]
    fn each_3_1_word_is_said_in_3_0() {
        let cases = [
            (
                json!({"type": ["string", "null"]}),
                json!({"type": "string", "nullable": true}),
            ),
            (
                json!({"type": ["integer", "string"]}),
                json!({"anyOf": [{"type": "integer"}, {"type": "string"}]}),
            ),
            (
                json!({"type": "null"}),
                json!({"type": "string", "enum": [null], "nullable": true}),
            ),
            (json!({"const": "x"}), json!({"enum": ["x"]})),
            (json!({"examples": [3, 4]}), json!({"example": 3})),
            (
                json!({"type": "integer", "exclusiveMinimum": 0}),
                json!({"type": "integer", "minimum": 0, "exclusiveMinimum": true}),
            ),
            (json!(true), json!({})),
            (json!(false), json!({"not": {}})),
            (
                json!({"type": "array"}),
                json!({"type": "array", "items": {}}),
            ),
            (
                json!({"anyOf": [{"$ref": "#/components/schemas/A"}, {"type": "null"}]}),
                json!({"anyOf": [{"$ref": "#/components/schemas/A"}], "nullable": true}),
            ),
            (
                json!({"type": "object", "properties": {"a": {"const": 1, "$comment": "c"}}}),
                json!({"type": "object", "properties": {"a": {"enum": [1]}}}),
            ),
            (
                json!({"prefixItems": [{"type": "string"}], "items": [{"type": "string"}]}),
                json!({"items": {"anyOf": [{"type": "string"}]}}),
            ),
        ];
        for (schema, expected) in cases {
            assert_eq!(translated(schema.clone()), expected, "{schema}");
        }
    }

    #[test]
    fn a_schema_s_own_defs_are_written_in() {
        let schema = json!({
            "type": "object",
            "properties": {"item": {"$ref": "#/$defs/Item"}},
            "$defs": {"Item": {"type": "object", "properties": {"n": {"type": ["integer", "null"]}}}}
        });
        assert_eq!(
            translated(schema),
            json!({
                "type": "object",
                "properties": {"item": {"type": "object", "properties": {
                    "n": {"type": "integer", "nullable": true}
                }}}
            })
        );
    }
}
