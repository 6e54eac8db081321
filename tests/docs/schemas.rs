//! `#[body]` fields documented with the JSON Schema their type declares
//! (`schemars::JsonSchema`, `utoipa::ToSchema`): the members inside arrays
//! and nested objects, integer ranges and enum values reach the body table
//! of the pages, the JSON export and OpenAPI; a type without a schema is
//! said to have none.

use errcodes::docs::{self, OpenApi, View};
use errcodes::ApiError;
use serde_json::{json, Value};

use crate::common::validators::{target_file, validate};

/// A type that declares no schema.
#[derive(Debug, serde::Serialize, serde::Deserialize)]
pub struct Opaque {
    pub inner: u32,
}

#[cfg(feature = "schemars")]
pub use declared::*;

#[cfg(feature = "schemars")]
mod declared {
    /// One field a request got wrong.
    #[derive(Debug, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
    pub struct FieldError {
        /// The field's name in the request.
        pub field: String,
        /// Why it was refused.
        pub reason: Reason,
    }

    #[derive(Debug, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
    #[serde(rename_all = "snake_case")]
    pub enum Reason {
        Missing,
        TooLong,
    }

    #[derive(Debug, serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
    pub struct Quota {
        pub used: u32,
        pub limit: u32,
    }

    #[allow(dead_code)]
    #[derive(Debug, errcodes::ApiError)]
    pub enum FormError {
        /// The form was refused.
        #[code(1, status = 422, msg = "Invalid form")]
        Invalid {
            /// What was wrong, field by field.
            #[body]
            errors: Vec<FieldError>,
            #[body]
            attempts: i8,
            #[body]
            reason: Reason,
        },
        #[code(2, status = 429, msg = "Over quota")]
        OverQuota {
            #[body]
            quota: Quota,
            #[body]
            opaque: Option<super::Opaque>,
        },
    }
}

/// Without a schema: the field's type is not taken for `object` or `any`.
#[allow(dead_code)]
#[derive(Debug, ApiError)]
pub enum Undeclared {
    #[code(1, status = 400, msg = "Bad")]
    Bad {
        #[body]
        opaque: Opaque,
        #[body]
        count: Option<u32>,
        #[body]
        names: Vec<String>,
        /// Its example is one character, as its schema asks.
        #[body]
        initial: char,
    },
}

fn rows<E: ApiError>() -> Vec<(String, String)> {
    View::of::<E>()
        .schema()
        .iter()
        .map(|r| (r.member().to_owned(), r.json_type().to_owned()))
        .collect()
}

fn row<'r>(rows: &'r [(String, String)], member: &str) -> &'r str {
    rows.iter()
        .find(|(m, _)| m == member)
        .map(|(_, t)| t.as_str())
        .unwrap_or_else(|| panic!("no row {member} in {rows:?}"))
}

#[test]
fn a_type_without_a_schema_is_said_to_have_none() {
    let rows = rows::<Undeclared>();
    assert_eq!(row(&rows, "opaque"), "no schema: derive `JsonSchema`");
    // What the spelling tells exactly is still known.
    assert_eq!(row(&rows, "count"), "integer");
    assert_eq!(row(&rows, "names"), "array of string");
    let view = View::of::<Undeclared>();
    let example: Value = serde_json::from_str(view.entries()[0].example()).unwrap();
    assert_eq!(example["initial"], "x");
    let md = docs::markdown::<Undeclared>();
    assert!(md.contains("no schema: derive `JsonSchema`"), "{md}");
    let doc = docs::openapi::<Undeclared>("1");
    let schemas = doc["components"]["schemas"].as_object().unwrap();
    let opaque = schemas
        .values()
        .find_map(|s| s.pointer("/properties/opaque"))
        .expect("the member's schema");
    assert!(opaque.get("type").is_none(), "{opaque}");
    assert!(
        opaque["$comment"]
            .as_str()
            .unwrap()
            .starts_with("no schema"),
        "{opaque}"
    );
    // What readers of the document see says so too.
    assert!(
        opaque["description"]
            .as_str()
            .unwrap()
            .starts_with("sent by Bad; no schema: derive `schemars::JsonSchema`"),
        "{opaque}"
    );
    let count: &Value = schemas
        .values()
        .find_map(|s| s.pointer("/properties/count"))
        .unwrap();
    assert_eq!(
        count,
        &json!({"type": "integer", "format": "uint32", "minimum": 0, "description": "sent by Bad"})
    );
    let path = target_file("undeclared-schemas");
    std::fs::write(
        &path,
        OpenApi::new(&View::of::<Undeclared>()).to_string_pretty("1.0.0"),
    )
    .unwrap();
    validate(&[path]);
}

#[cfg(feature = "schemars")]
#[test]
fn members_inside_an_array_of_structs_reach_the_body_table() {
    let rows = rows::<FormError>();
    assert_eq!(row(&rows, "errors"), "array of object");
    assert_eq!(row(&rows, "errors[].field"), "string");
    assert_eq!(
        row(&rows, "errors[].reason"),
        r#"string, one of "missing", "too_long""#
    );
    let schema = View::of::<FormError>();
    let field = schema
        .schema()
        .iter()
        .find(|r| r.member() == "errors[].field")
        .unwrap();
    assert_eq!(field.description(), "The field's name in the request.");
    let md = docs::markdown::<FormError>();
    assert!(md.contains("errors[].field"), "{md}");
    let html = docs::html::<FormError>();
    assert!(html.contains("errors[].field"), "{html}");
}

#[cfg(feature = "schemars")]
#[test]
fn an_integers_range_and_an_enums_values_are_shown() {
    let rows = rows::<FormError>();
    assert_eq!(row(&rows, "attempts"), "integer, -128 to 127");
    assert_eq!(
        row(&rows, "reason"),
        r#"string, one of "missing", "too_long""#
    );
}

#[cfg(all(feature = "schemars", feature = "utoipa"))]
#[test]
fn a_utoipa_schema_is_read_where_schemars_has_none() {
    let rows = rows::<FormError>();
    assert_eq!(row(&rows, "quota"), "object");
    assert_eq!(row(&rows, "quota.used"), "integer");
    assert_eq!(row(&rows, "opaque"), "no schema: derive `JsonSchema`");
    // A member inside a field that its schema leaves undescribed stays so.
    let view = View::of::<FormError>();
    let used = view.schema().iter().find(|r| r.member() == "quota.used");
    assert_eq!(used.map(|r| r.description()), Some(""));
}

#[cfg(feature = "schemars")]
#[test]
fn the_json_export_and_openapi_carry_the_declared_schema() {
    let export: Value = serde_json::from_str(&docs::json::<FormError>()).unwrap();
    let body = export["body"].as_array().unwrap();
    assert!(
        body.iter().any(|r| r["member"] == "errors[].reason"),
        "{body:?}"
    );
    let doc = docs::openapi::<FormError>("1");
    let schemas = doc["components"]["schemas"].as_object().unwrap();
    let errors = schemas
        .values()
        .find_map(|s| s.pointer("/properties/errors"))
        .expect("the member's schema");
    assert_eq!(
        errors["items"]["properties"]["reason"]["enum"],
        json!(["missing", "too_long"])
    );
    let attempts = schemas
        .values()
        .find_map(|s| s.pointer("/properties/attempts"))
        .unwrap();
    assert_eq!(
        (
            &attempts["minimum"],
            &attempts["maximum"],
            &attempts["format"]
        ),
        (&json!(-128), &json!(127), &json!("int8"))
    );
    let path = target_file("declared-schemas");
    std::fs::write(
        &path,
        OpenApi::new(&View::of::<FormError>()).to_string_pretty("1.0.0"),
    )
    .unwrap();
    validate(&[path]);
}

/// A recursive type's `Option<Box<Self>>` member: schemars writes
/// `anyOf: [{"$ref": "#/$defs/Node"}, {"type": "null"}]` (or a `$ref` back
/// to the root); the body table calls the member `null`, as if it were
/// never anything else, while the lock records it as "optional any".
#[cfg(feature = "schemars")]
mod recursive {
    use super::{row, rows};

    #[derive(Debug, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
    pub struct Node {
        pub name: String,
        pub parent: Option<Box<Node>>,
    }

    #[allow(dead_code)]
    #[derive(Debug, errcodes::ApiError)]
    pub enum TreeError {
        #[code(1, status = 409, msg = "Cycle")]
        Cycle {
            #[body]
            node: Node,
        },
    }

    #[test]
    fn an_optional_recursive_member_is_not_said_to_be_null() {
        let rows = rows::<TreeError>();
        assert_ne!(row(&rows, "node.parent"), "null", "{rows:?}");
    }
}
