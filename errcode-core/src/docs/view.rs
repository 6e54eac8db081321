use core::fmt;

use serde::ser::SerializeMap;
use serde::Serialize;

use crate::format::{BodySource, Format};
use crate::{ApiError, BodyField, Catalogue, CategoryRange, Code, Entry, Segment};

/// Everything the documentation says about a catalogue, computed once for a
/// body format: each output (Markdown, HTML, JSON, OpenAPI) reads this and
/// nothing else, so a fact added here reaches all of them (the test suite
/// checks every output against [`View::facts`]).
#[derive(Debug, Clone)]
pub struct View {
    type_name: &'static str,
    title: &'static str,
    description: Option<&'static str>,
    category: Option<&'static str>,
    range: Option<(i64, i64)>,
    ranges: &'static [CategoryRange],
    content_type: &'static str,
    schema: serde_json::Value,
    entries: Vec<EntryView>,
}

/// One entry as the documentation shows it.
#[derive(Debug, Clone)]
pub struct EntryView {
    index: usize,
    code: Code,
    status: Option<u16>,
    sent_status: u16,
    also_status: Option<u16>,
    name: &'static str,
    declared_name: Option<&'static str>,
    variant: &'static str,
    message: &'static str,
    category: Option<&'static str>,
    description: Option<&'static str>,
    body_fields: &'static [BodyField],
    shared: bool,
    unit: bool,
    has_placeholders: bool,
    exposes_message: bool,
    example: String,
    schema: serde_json::Value,
}

/// The tag of an entry whose code other entries use too.
pub(super) const SHARED: &str = "shared";
/// The tag of an entry whose bodies carry the template as written rather
/// than the rendered message.
pub(super) const TEMPLATE_ONLY: &str = "template only";

impl View {
    /// The view of the catalogue of `E`, with examples in `E`'s format.
    #[must_use]
    pub fn of<E: ApiError>() -> Self {
        Self::new::<E::Format>(E::catalogue())
    }

    /// The view of `catalogue`, with examples in format `F`.
    #[must_use]
    pub fn new<F: Format>(catalogue: &Catalogue) -> Self {
        View {
            type_name: catalogue.type_name(),
            title: catalogue.title(),
            description: catalogue.description(),
            category: catalogue.category(),
            range: catalogue.range(),
            ranges: catalogue.ranges(),
            content_type: F::CONTENT_TYPE,
            schema: F::json_schema(),
            entries: catalogue
                .entries()
                .iter()
                .map(EntryView::new::<F>)
                .collect(),
        }
    }

    /// The Rust type the catalogue was derived from.
    #[must_use]
    pub const fn type_name(&self) -> &'static str {
        self.type_name
    }

    /// The first paragraph of the type's doc comment, or its name.
    #[must_use]
    pub const fn title(&self) -> &'static str {
        self.title
    }

    /// The rest of the type's doc comment.
    #[must_use]
    pub const fn description(&self) -> Option<&'static str> {
        self.description
    }

    /// The enum-wide default category.
    #[must_use]
    pub const fn category(&self) -> Option<&'static str> {
        self.category
    }

    /// The inclusive range every integer code lies in.
    #[must_use]
    pub const fn range(&self) -> Option<(i64, i64)> {
        self.range
    }

    /// The block of codes each category owns.
    #[must_use]
    pub const fn ranges(&self) -> &'static [CategoryRange] {
        self.ranges
    }

    /// The content type of the example bodies.
    #[must_use]
    pub const fn content_type(&self) -> &'static str {
        self.content_type
    }

    /// The JSON Schema of any body in the format ([`Format::json_schema`]).
    #[must_use]
    pub const fn schema(&self) -> &serde_json::Value {
        &self.schema
    }

    /// Every entry, in declaration order.
    #[must_use]
    pub fn entries(&self) -> &[EntryView] {
        &self.entries
    }

    /// The block of codes of `category`, if the catalogue gives one.
    #[must_use]
    pub fn range_of(&self, category: &str) -> Option<&'static CategoryRange> {
        self.ranges.iter().find(|r| r.category() == category)
    }

    /// The facts every output shows, as `(what, text)`: each output contains
    /// each text (escaped as that output escapes text). Absent values and
    /// unset flags are not facts; a set flag is its tag (`"shared"`,
    /// `"template only"`). The JSON document also carries the Rust-side
    /// details (`index`, `declared_name`, `unit`, `has_placeholders`, the
    /// type name and default category) that the pages leave out.
    #[must_use]
    pub fn facts(&self) -> Vec<(&'static str, String)> {
        let mut facts = vec![
            ("title", self.title.to_owned()),
            ("content_type", self.content_type.to_owned()),
        ];
        if let Some(description) = self.description {
            facts.push(("description", description.to_owned()));
        }
        if let Some((first, last)) = self.range {
            facts.push(("range.first", first.to_string()));
            facts.push(("range.last", last.to_string()));
        }
        for range in self.ranges {
            facts.push(("ranges.category", range.category().to_owned()));
            facts.push(("ranges.first", range.first().to_string()));
            facts.push(("ranges.last", range.last().to_string()));
        }
        for entry in &self.entries {
            entry.push_facts(&mut facts);
        }
        facts
    }
}

impl EntryView {
    fn new<F: Format>(entry: &'static Entry) -> Self {
        let mut example = Vec::new();
        let sample = Sample(entry);
        // A format that fails on a sample (a user format rejecting
        // something) gets an empty example rather than a panic.
        if F::serialize(&sample, &mut serde_json::Serializer::new(&mut example)).is_err() {
            example.clear();
        }
        EntryView {
            index: entry.index(),
            code: entry.code(),
            status: entry.status(),
            sent_status: entry.http_status().as_u16(),
            also_status: entry.also_status(),
            name: entry.name(),
            declared_name: entry.declared_name(),
            variant: entry.variant(),
            message: entry.message(),
            category: entry.category(),
            description: entry.description(),
            body_fields: entry.body_fields(),
            shared: entry.is_shared(),
            unit: entry.is_unit(),
            has_placeholders: entry.has_placeholders(),
            exposes_message: entry.exposes_message(),
            example: String::from_utf8(example).unwrap_or_default(),
            schema: F::entry_schema(entry),
        }
    }

    fn push_facts(&self, facts: &mut Vec<(&'static str, String)>) {
        if !self.code.is_none() {
            facts.push(("code", self.code.to_string()));
        }
        if let Some(status) = self.status {
            facts.push(("status", status.to_string()));
        }
        facts.push(("sent_status", self.sent_status.to_string()));
        if let Some(also) = self.also_status {
            facts.push(("also_status", also.to_string()));
        }
        facts.push(("name", self.name.to_owned()));
        facts.push(("variant", self.variant.to_owned()));
        if !self.message.is_empty() {
            facts.push(("message", self.message.to_owned()));
        }
        if let Some(category) = self.category {
            facts.push(("category", category.to_owned()));
        }
        if let Some(description) = self.description {
            facts.push(("description", description.to_owned()));
        }
        for field in self.body_fields {
            facts.push(("body_field.member", field.member().to_owned()));
            facts.push(("body_field.field", field.field().to_owned()));
            facts.push(("body_field.type", field.ty().to_owned()));
        }
        for tag in self.tags() {
            facts.push(("tag", tag.to_owned()));
        }
        facts.push(("example", self.example.clone()));
    }

    /// Position of the entry in its catalogue.
    #[must_use]
    pub const fn index(&self) -> usize {
        self.index
    }

    /// The code; [`Code::None`] for an entry documented without one.
    #[must_use]
    pub const fn code(&self) -> Code {
        self.code
    }

    /// The documented status.
    #[must_use]
    pub const fn status(&self) -> Option<u16> {
        self.status
    }

    /// The status a response carrying this entry is sent with
    /// ([`Entry::http_status`]): the documented one, else 500.
    #[must_use]
    pub const fn sent_status(&self) -> u16 {
        self.sent_status
    }

    /// A second status clients may receive for this entry.
    #[must_use]
    pub const fn also_status(&self) -> Option<u16> {
        self.also_status
    }

    /// The symbolic name: the declared one, else the variant's.
    #[must_use]
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// The name declared with `name = "..."`, if any.
    #[must_use]
    pub const fn declared_name(&self) -> Option<&'static str> {
        self.declared_name
    }

    /// The Rust variant (or struct) name.
    #[must_use]
    pub const fn variant(&self) -> &'static str {
        self.variant
    }

    /// The message template as written (empty if none).
    #[must_use]
    pub const fn message(&self) -> &'static str {
        self.message
    }

    /// The category: the variant's, else the enum's.
    #[must_use]
    pub const fn category(&self) -> Option<&'static str> {
        self.category
    }

    /// The variant's doc comment.
    #[must_use]
    pub const fn description(&self) -> Option<&'static str> {
        self.description
    }

    /// The `#[body]` fields, in body order.
    #[must_use]
    pub const fn body_fields(&self) -> &'static [BodyField] {
        self.body_fields
    }

    /// Whether other entries use the same code.
    #[must_use]
    pub const fn is_shared(&self) -> bool {
        self.shared
    }

    /// Whether the variant has no fields.
    #[must_use]
    pub const fn is_unit(&self) -> bool {
        self.unit
    }

    /// Whether the template interpolates fields.
    #[must_use]
    pub const fn has_placeholders(&self) -> bool {
        self.has_placeholders
    }

    /// Whether bodies carry the rendered message ([`Entry::exposes_message`]).
    #[must_use]
    pub const fn exposes_message(&self) -> bool {
        self.exposes_message
    }

    /// The flags that are set, as the words the outputs show.
    #[must_use]
    pub fn tags(&self) -> Vec<&'static str> {
        let mut tags = Vec::new();
        if self.shared {
            tags.push(SHARED);
        }
        if !self.exposes_message {
            tags.push(TEMPLATE_ONLY);
        }
        tags
    }

    /// The example body: the exact bytes the format writes for this entry
    /// (see [`View`] on what stands in for field values).
    #[must_use]
    pub fn example(&self) -> &str {
        &self.example
    }

    /// The JSON Schema of this entry's bodies ([`Format::entry_schema`]).
    #[must_use]
    pub const fn schema(&self) -> &serde_json::Value {
        &self.schema
    }
}

/// An entry standing in for an error value, written as the wire writes it:
/// the message as a body carries it (`{{` unescaped, placeholders kept as
/// written since there is no value to render), and each `#[body]` field with
/// a value of its type (see [`placeholder`]).
struct Sample(&'static Entry);

impl BodySource for Sample {
    fn entry(&self) -> &'static Entry {
        self.0
    }

    fn fmt_message(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let entry = self.0;
        if !entry.exposes_message() {
            // The wire sends the template exactly as written.
            f.write_str(entry.message())
        } else if entry.message().is_empty() {
            f.write_str(entry.name())
        } else {
            unescape(f, entry)
        }
    }

    fn serialize_fields<M: SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        for field in self.0.body_fields() {
            if let Some(value) = placeholder(field.ty()) {
                map.serialize_entry(field.member(), &value)?;
            }
        }
        Ok(())
    }
}

/// Writes the text of a template as `Display` renders it, from the split the
/// derive made: `{{` and `}}` as one brace; a placeholder as `{name}`.
fn unescape(f: &mut fmt::Formatter<'_>, entry: &Entry) -> fmt::Result {
    for segment in entry.segments() {
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

/// A JSON value whose object members keep their order, so that an example
/// embedded in a JSON document is the body member for member.
#[derive(Debug, Clone)]
pub(super) enum Tree {
    Null,
    Bool(bool),
    Number(serde_json::Number),
    String(String),
    Array(Vec<Tree>),
    Object(Vec<(String, Tree)>),
}

impl Tree {
    /// The example bytes as a tree, or a string holding them when they are
    /// not JSON.
    pub(super) fn of_example(example: &str) -> Tree {
        serde_json::from_str(example).unwrap_or_else(|_| Tree::String(example.to_owned()))
    }

    pub(super) fn object() -> Tree {
        Tree::Object(Vec::new())
    }

    /// Adds a member to an object (a no-op on anything else).
    pub(super) fn insert(&mut self, key: impl Into<String>, value: impl Into<Tree>) {
        if let Tree::Object(members) = self {
            members.push((key.into(), value.into()));
        }
    }

    pub(super) fn to_value(&self) -> serde_json::Value {
        serde_json::to_value(self).unwrap_or_default()
    }
}

impl From<&str> for Tree {
    fn from(s: &str) -> Self {
        Tree::String(s.to_owned())
    }
}

impl From<String> for Tree {
    fn from(s: String) -> Self {
        Tree::String(s)
    }
}

impl Serialize for Tree {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Tree::Null => serializer.serialize_unit(),
            Tree::Bool(b) => serializer.serialize_bool(*b),
            Tree::Number(n) => n.serialize(serializer),
            Tree::String(s) => serializer.serialize_str(s),
            Tree::Array(items) => serializer.collect_seq(items),
            Tree::Object(members) => {
                let mut map = serializer.serialize_map(Some(members.len()))?;
                for (k, v) in members {
                    map.serialize_entry(k, v)?;
                }
                map.end()
            }
        }
    }
}

impl<'de> serde::Deserialize<'de> for Tree {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Tree;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON value")
            }
            fn visit_unit<E>(self) -> Result<Tree, E> {
                Ok(Tree::Null)
            }
            fn visit_bool<E>(self, b: bool) -> Result<Tree, E> {
                Ok(Tree::Bool(b))
            }
            fn visit_i64<E>(self, n: i64) -> Result<Tree, E> {
                Ok(Tree::Number(n.into()))
            }
            fn visit_u64<E>(self, n: u64) -> Result<Tree, E> {
                Ok(Tree::Number(n.into()))
            }
            fn visit_f64<E>(self, n: f64) -> Result<Tree, E> {
                Ok(serde_json::Number::from_f64(n).map_or(Tree::Null, Tree::Number))
            }
            fn visit_str<E>(self, s: &str) -> Result<Tree, E> {
                Ok(Tree::String(s.to_owned()))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Tree, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element()? {
                    items.push(item);
                }
                Ok(Tree::Array(items))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Tree, A::Error> {
                let mut members = Vec::new();
                while let Some(member) = map.next_entry()? {
                    members.push(member);
                }
                Ok(Tree::Object(members))
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}
