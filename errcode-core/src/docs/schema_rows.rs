//! The body table: each member of a format's bodies with its JSON type,
//! whether every body has it, and what it holds.

use crate::catalogue::public_part;
use crate::format::members::ANCESTORS_DESCRIPTION;
use crate::format::{Format, Member, Source, ANCESTORS_MEMBER};
use crate::schema::{self, JsonType, Kind};
use crate::{BodyField, Code, Entry};

/// One member of the body as the documentation's body table shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SchemaRow {
    member: String,
    json_type: String,
    required: bool,
    description: String,
    since: Option<&'static str>,
}

impl SchemaRow {
    /// The member's path in the body, nested members after a dot
    /// (`error.code`).
    #[must_use]
    pub fn member(&self) -> &str {
        &self.member
    }

    /// Its JSON type as words (`integer`, `array of string`, `string or
    /// null`).
    #[must_use]
    pub fn json_type(&self) -> &str {
        &self.json_type
    }

    /// Whether every body has it.
    #[must_use]
    pub const fn is_required(&self) -> bool {
        self.required
    }

    /// What it holds.
    #[must_use]
    pub fn description(&self) -> &str {
        &self.description
    }

    /// The release it appeared in: its `#[body(since = "...")]` (else its
    /// entry's), or the catalogue's `since` for the format's own members.
    #[must_use]
    pub const fn since(&self) -> Option<&'static str> {
        self.since
    }

    pub(super) fn set_since(&mut self, since: Option<&'static str>) {
        self.since = since;
    }
}

/// How the body table describes an undocumented `#[body]` member: by the
/// entries that send it, named as they are sent.
const GENERATED: &str = "sent by ";

/// `text` on one line: a table cell.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The rows of the body table: the members of `F::json_schema()`, then each
/// `#[body]` member of an entry's schema not yet listed, described by where
/// its value comes from.
pub(super) fn schema_rows<F: Format>(entries: &[&'static Entry]) -> Vec<SchemaRow> {
    let mut rows = rows_of(&F::json_schema(), F::MEMBERS, words);
    let format_rows = rows.len();
    // The format's members typed as this catalogue's entries have them (a
    // code is an integer in a catalogue of integer codes).
    let mut typed: Vec<Vec<String>> = vec![Vec::new(); format_rows];
    for entry in entries {
        let of_entry = rows_of(&F::entry_schema(entry), F::MEMBERS, words);
        for (row, types) in rows.iter().zip(&mut typed) {
            if let Some(seen) = of_entry.iter().find(|r| r.member == row.member) {
                for ty in seen.json_type.split(" or ") {
                    if ty != "any" && !types.iter().any(|t| t == ty) {
                        types.push(ty.to_owned());
                    }
                }
            }
        }
    }
    for (row, types) in rows.iter_mut().zip(typed) {
        if !types.is_empty() {
            row.json_type = types.join(" or ");
        }
    }
    for entry in entries.iter().filter(|e| !e.body_fields().is_empty()) {
        let of_entry = rows_of(&F::entry_schema(entry), F::MEMBERS, detailed_words);
        for field in entry.body_fields() {
            let Some(at) = field_row(&of_entry, field) else {
                continue;
            };
            // The field's row, then those of the members inside it.
            let path = &of_entry[at].member;
            let inside = of_entry[at + 1..].iter().take_while(|r| {
                r.member.starts_with(&format!("{path}."))
                    || r.member.starts_with(&format!("{path}[]."))
            });
            for row in core::iter::once(&of_entry[at]).chain(inside) {
                add_field_row(&mut rows, format_rows, row.clone(), field, entry);
            }
        }
    }
    // A `#[body]` member only some entries send is optional in the body.
    let with_fields = entries
        .iter()
        .filter(|e| !e.body_fields().is_empty())
        .count();
    let nested: Vec<bool> = rows[format_rows..]
        .iter()
        .map(|row| {
            rows[format_rows..].iter().any(|outer| {
                row.member.starts_with(&format!("{}.", outer.member))
                    || row.member.starts_with(&format!("{}[].", outer.member))
            })
        })
        .collect();
    // A member inside a field's value is required in the value it is in.
    for (row, _) in rows[format_rows..]
        .iter_mut()
        .zip(nested)
        .filter(|(_, nested)| !nested)
    {
        let senders = entries
            .iter()
            .filter(|e| {
                e.body_fields()
                    .iter()
                    .any(|f| row.member.rsplit('.').next() == Some(f.member()))
            })
            .count();
        if senders < entries.len() || with_fields == 0 {
            row.required = false;
        }
    }
    if let Some(child) = entries.iter().find(|e| e.parent().is_some()) {
        let item = match child.code() {
            Code::Str(_) => "string",
            _ => "integer",
        };
        rows.push(SchemaRow {
            member: ANCESTORS_MEMBER.to_owned(),
            json_type: format!("array of {item}"),
            required: false,
            description: ANCESTORS_DESCRIPTION.to_owned(),
            since: None,
        });
    }
    rows
}

/// Where `field`'s own row is among an entry's rows: its member by name,
/// at the top or inside an object the format writes it in (never inside
/// another field's value, an array's items).
fn field_row(rows: &[SchemaRow], field: &BodyField) -> Option<usize> {
    rows.iter()
        .position(|r| r.member == field.member())
        .or_else(|| {
            rows.iter().position(|r| {
                !r.member.contains("[]") && r.member.rsplit('.').next() == Some(field.member())
            })
        })
}

/// Adds `row`, a member of `field` in `entry`'s body (the field's own or
/// one inside it), to the table's `#[body]` rows (after `format_rows`), or
/// completes the row already there.
fn add_field_row(
    rows: &mut Vec<SchemaRow>,
    format_rows: usize,
    row: SchemaRow,
    field: &BodyField,
    entry: &Entry,
) {
    // Members inside the field are described by their own schema, or not.
    let own = row.member.rsplit('.').next() == Some(field.member());
    if !own {
        if !rows.iter().any(|r| r.member == row.member) {
            rows.push(row);
        }
        return;
    }
    let documented = field.description().and_then(public_part).map(one_line);
    if let Some(known) = rows[format_rows..]
        .iter_mut()
        .find(|r| r.member == row.member)
    {
        // A doc comment says what the member holds; without one the
        // row names the entries that send it.
        if known.description.starts_with(GENERATED) {
            match documented {
                Some(documented) => known.description = documented,
                None => {
                    known.description.push_str(", ");
                    known.description.push_str(entry.name());
                }
            }
        }
        known.required &= row.required;
        return;
    }
    if rows[..format_rows].iter().any(|r| r.member == row.member) {
        return;
    }
    rows.push(SchemaRow {
        description: documented.unwrap_or_else(|| format!("{GENERATED}{}", entry.name())),
        ..row
    });
}

/// The rows of the members of the object `schema` describes, in the order
/// the format writes them (see [`schema::properties`]).
fn rows_of(
    schema: &serde_json::Value,
    members: &'static [Member],
    words: fn(&JsonType) -> String,
) -> Vec<SchemaRow> {
    schema::properties(schema, members)
        .into_iter()
        .map(|property| SchemaRow {
            member: property.path,
            json_type: words(&property.json_type),
            required: property.required,
            description: property.wire.map_or_else(
                || {
                    property
                        .description
                        .as_deref()
                        .map(one_line)
                        .unwrap_or_default()
                },
                |m| {
                    m.description
                        .map_or_else(|| describe(m.value), str::to_owned)
                },
            ),
            since: None,
        })
        .collect()
}

/// A JSON Schema's type as words.
pub(super) fn json_type(schema: &serde_json::Value) -> String {
    words(&JsonType::of(schema))
}

/// A `#[body]` member's JSON Schema's type as words, with what it says of
/// its values: `integer, -128 to 127`, `string, date-time`, `string, one of
/// "a", "b"`.
pub(super) fn field_json_type(schema: &serde_json::Value) -> String {
    detailed_words(&JsonType::of(schema))
}

/// [`words`], and the format, the range and the values where the schema
/// gives them; the type a `#[body]` member has no schema for, said so.
fn detailed_words(json_type: &JsonType) -> String {
    if json_type.no_schema {
        return NO_SCHEMA_WORDS.to_owned();
    }
    let mut out = match json_type.kinds.as_deref() {
        Some([Kind::Array(Some(items))]) => format!("array of {}", detailed_words(items)),
        _ => words(json_type),
    };
    // An integer's `format` (`int8`, `uint64`) is how wide the server's
    // type is, for the schema; the pages show a range that narrows what a
    // client may receive, not that an unsigned integer is at least 0.
    let range = match (&json_type.minimum, &json_type.maximum) {
        (Some(min), Some(max)) => Some(format!("{min} to {max}")),
        (Some(min), None) if min.as_u64() != Some(0) => Some(format!("at least {min}")),
        (None, Some(max)) => Some(format!("at most {max}")),
        _ => None,
    };
    let format = json_type
        .format
        .as_ref()
        .filter(|_| json_type.kinds.as_deref() == Some(&[Kind::String][..]));
    if let Some(detail) = format.cloned().or(range) {
        out = format!("{out}, {detail}");
    }
    if let Some(values) = json_type.values.as_ref().filter(|v| v.len() > 1) {
        let values: Vec<String> = values.iter().map(ToString::to_string).collect();
        out = format!("{out}, one of {}", values.join(", "));
    }
    out
}

/// How the pages word a `#[body]` member whose type declares no schema.
const NO_SCHEMA_WORDS: &str = "no schema: derive `JsonSchema`";

/// A type as the pages word it: `integer`, `string or null`, `array of
/// string`; a `const` by the kind of its value.
fn words(json_type: &JsonType) -> String {
    if let Some(constant) = &json_type.constant {
        return constant.name().to_owned();
    }
    match json_type.kinds.as_deref() {
        None => "any".to_owned(),
        Some([Kind::Array(Some(items))]) => format!("array of {}", words(items)),
        Some(kinds) => kinds
            .iter()
            .map(Kind::name)
            .collect::<Vec<_>>()
            .join(" or "),
    }
}

/// What a member the format writes holds.
fn describe(source: Source) -> String {
    match source {
        Source::Code => "the error code".to_owned(),
        Source::Message => "the error message".to_owned(),
        Source::Template => "the message template as written".to_owned(),
        Source::Title(_) => {
            "a short summary of the error, the same for every occurrence".to_owned()
        }
        Source::Name => "the error's name".to_owned(),
        Source::Status => "the documented HTTP status".to_owned(),
        Source::HttpStatus => "the HTTP status of the response".to_owned(),
        Source::TypeUri(_) => "a URI that identifies the error".to_owned(),
        Source::Null => "always null".to_owned(),
        Source::Text(text) => format!("always `{text}`"),
        Source::Object(_) => "an object with the members below".to_owned(),
        Source::Field(_) => "sent by the errors that carry it".to_owned(),
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::json_type;

    #[test]
    fn the_pages_word_a_type_in_prose_and_a_const_by_its_value() {
        let cases = [
            (json!({}), "any"),
            (json!({ "type": ["string", "null"] }), "string or null"),
            (
                json!({ "type": "array", "items": { "type": "string" } }),
                "array of string",
            ),
            (json!({ "type": "array" }), "array"),
            // Items are worded for an array alone, not inside a list of types.
            (
                json!({ "type": ["array", "null"], "items": { "type": "string" } }),
                "array or null",
            ),
            (
                json!({ "type": ["string", "null"], "const": "x" }),
                "string",
            ),
            (json!({ "const": 1.5 }), "number"),
        ];
        for (schema, words) in cases {
            assert_eq!(json_type(&schema), words, "{schema}");
        }
    }
}
