use core::fmt;

use serde::ser::SerializeMap;
use serde::Serialize;

use crate::format::{BodySource, Format, Member, Source};
use crate::{ApiError, Catalogue, CategoryRange, Code, Entry, GrpcCode, Segment, Translation};

/// Everything the documentation says about a catalogue, computed once for a
/// body format: each output (Markdown, HTML, JSON, OpenAPI) reads this and
/// nothing else, so a fact added here reaches all of them (the test suite
/// checks every output against [`View::facts`]).
#[derive(Debug, Clone)]
pub struct View {
    catalogue: &'static Catalogue,
    language: &'static str,
    description: Option<&'static str>,
    content_type: &'static str,
    json_schema: serde_json::Value,
    schema: Vec<SchemaRow>,
    entries: Vec<EntryView>,
}

/// One member of the body as the documentation's body table shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SchemaRow {
    member: String,
    json_type: String,
    required: bool,
    description: String,
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
}

/// One entry as the documentation shows it.
#[derive(Debug, Clone)]
pub struct EntryView {
    entry: &'static Entry,
    translation: Option<&'static Translation>,
    sent_status: u16,
    grpc: bool,
    example: String,
    schema: serde_json::Value,
    anchor: String,
}

/// The tag of an entry that reports success.
pub(super) const SUCCESS: &str = "success";
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
    pub fn new<F: Format>(catalogue: &'static Catalogue) -> Self {
        Self::new_in::<F>(catalogue, catalogue.language())
    }

    /// The view of the catalogue of `E` in the language `lang` (looked up
    /// as [`Catalogue::translation_for`] does): messages and examples
    /// translated, the default language's where there is no translation.
    #[must_use]
    pub fn of_in<E: ApiError>(lang: &str) -> Self {
        Self::new_in::<E::Format>(E::catalogue(), lang)
    }

    /// The view of `catalogue` in the language `lang`, with examples in format `F`.
    #[must_use]
    pub fn new_in<F: Format>(catalogue: &'static Catalogue, lang: &str) -> Self {
        let language = catalogue.translation_for(lang);
        let mut entries: Vec<EntryView> = catalogue
            .all_entries()
            .map(|e| {
                let translation = catalogue
                    .owner(e)
                    .and_then(|owner| owner.translation_for(lang))
                    .and_then(|language| language.translation(e));
                EntryView::new::<F>(e, translation)
            })
            .collect();
        let mut taken = Vec::with_capacity(entries.len());
        for entry in &mut entries {
            entry.anchor = entry.unique_anchor(&taken);
            taken.push(entry.anchor.clone());
        }
        View {
            catalogue,
            language: language.map_or(catalogue.language(), |l| l.tag()),
            description: catalogue.description().and_then(public_part),
            content_type: F::CONTENT_TYPE,
            json_schema: F::json_schema(),
            schema: schema_rows::<F>(&catalogue.all_entries().collect::<Vec<_>>()),
            entries,
        }
    }

    /// The same view showing each entry's gRPC status code
    /// ([`Entry::grpc_code`]), for a service that speaks gRPC too: a column
    /// of the pages, `grpc` in the JSON document, and a line of each OpenAPI
    /// example. Pages of a service that speaks HTTP alone leave it out.
    #[must_use]
    pub fn with_grpc(mut self) -> Self {
        for entry in &mut self.entries {
            entry.grpc = true;
        }
        self
    }

    /// The catalogue shown: its title, type name, category and code ranges.
    #[must_use]
    pub const fn catalogue(&self) -> &'static Catalogue {
        self.catalogue
    }

    /// The language of the messages shown.
    #[must_use]
    pub const fn language(&self) -> &'static str {
        self.language
    }

    /// The public part of the rest of the type's doc comment: the text
    /// before a `# Rust` heading (at any level), which holds notes for Rust
    /// users only and stays out of the published pages.
    #[must_use]
    pub const fn description(&self) -> Option<&'static str> {
        self.description
    }

    /// The content type of the example bodies.
    #[must_use]
    pub const fn content_type(&self) -> &'static str {
        self.content_type
    }

    /// The JSON Schema of any body in the format ([`Format::json_schema`]).
    #[must_use]
    pub const fn json_schema(&self) -> &serde_json::Value {
        &self.json_schema
    }

    /// The body's members: the format's own (from [`Format::json_schema`])
    /// then the `#[body]` members of the entries (from
    /// [`Format::entry_schema`]), each once.
    #[must_use]
    pub fn schema(&self) -> &[SchemaRow] {
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
        self.catalogue
            .ranges()
            .iter()
            .find(|r| r.category() == category)
    }

    /// The facts every output shows, as `(what, text)`: each output contains
    /// each text (escaped as that output escapes text). Absent values and
    /// unset flags are not facts; a set flag is its tag (`"shared"`,
    /// `"template only"`). The pages speak the wire's words: the JSON
    /// document alone also carries the Rust-side details (`index`,
    /// `declared_name`, `unit`, `has_placeholders`, the variant, the field
    /// and Rust type of each `#[body]` member and of each header, the type
    /// name and default category).
    #[must_use]
    pub fn facts(&self) -> Vec<(&'static str, String)> {
        let mut facts = vec![
            ("title", self.catalogue.title().to_owned()),
            ("content_type", self.content_type.to_owned()),
        ];
        if let Some(description) = self.description {
            facts.push(("description", description.to_owned()));
        }
        if let Some((first, last)) = self.catalogue.range() {
            facts.push(("range.first", first.to_string()));
            facts.push(("range.last", last.to_string()));
        }
        for range in self.catalogue.ranges() {
            facts.push(("ranges.category", range.category().to_owned()));
            facts.push(("ranges.first", range.first().to_string()));
            facts.push(("ranges.last", range.last().to_string()));
        }
        for row in &self.schema {
            facts.push(("schema.member", row.member.clone()));
            if !row.description.is_empty() {
                facts.push(("schema.description", row.description.clone()));
            }
        }
        for entry in &self.entries {
            entry.push_facts(&mut facts);
        }
        facts
    }
}

impl EntryView {
    fn new<F: Format>(entry: &'static Entry, translation: Option<&'static Translation>) -> Self {
        let mut example = Vec::new();
        let sample = Sample(entry, translation);
        // A format that fails on a sample (a user format rejecting
        // something) gets an empty example rather than a panic.
        if F::serialize(&sample, &mut serde_json::Serializer::new(&mut example)).is_err() {
            example.clear();
        }
        EntryView {
            entry,
            translation,
            sent_status: entry.http_status().as_u16(),
            grpc: false,
            example: String::from_utf8(example).unwrap_or_default(),
            schema: F::entry_schema(entry),
            anchor: String::new(),
        }
    }

    /// The first of the entry's anchor candidates not in `taken`: its code
    /// (a slug of it, or of its name when it has none), then with its status,
    /// its name and its position added; an entry sharing its code always
    /// carries its status, so that none of them owns the bare code.
    fn unique_anchor(&self, taken: &[String]) -> String {
        let entry = self.entry;
        let base = match entry.code() {
            Code::Int(n) => n.to_string(),
            Code::Str(s) => slug(s),
            Code::None => slug(entry.name()),
        };
        let base = if base.is_empty() {
            format!("entry-{}", entry.index())
        } else {
            base
        };
        let candidates = [
            (!entry.is_shared()).then(|| base.clone()),
            Some(format!("{base}-{}", self.sent_status)),
            Some(format!("{base}-{}", slug(entry.name()))),
            Some(format!("{base}-{}", entry.index())),
        ];
        candidates
            .into_iter()
            .flatten()
            .find(|c| !taken.contains(c))
            .unwrap_or_else(|| format!("{base}-{}-{}", entry.index(), taken.len()))
    }

    /// The entry's anchor in the pages (`34305`; a slug for a string code or
    /// an entry without one), unique in its catalogue and the same from one
    /// build to the next while the catalogue does not change, so that a
    /// Problem `type` URI or a support page can link to it.
    #[must_use]
    pub fn anchor(&self) -> &str {
        &self.anchor
    }

    /// Whether the entry reports success rather than an error: it is
    /// documented with a 2xx status (Kakao `200`). The status it is sent with
    /// does not tell: Fresns sends every error with 200.
    #[must_use]
    pub const fn is_success(&self) -> bool {
        matches!(self.entry.status(), Some(200..=299))
    }

    fn push_facts(&self, facts: &mut Vec<(&'static str, String)>) {
        let entry = self.entry;
        if !entry.code().is_none() {
            facts.push(("code", entry.code().to_string()));
        }
        if let Some(status) = entry.status() {
            facts.push(("status", status.to_string()));
        }
        facts.push(("anchor", self.anchor.clone()));
        facts.push(("sent_status", self.sent_status.to_string()));
        for also in entry.also_statuses() {
            facts.push(("also_status", also.to_string()));
        }
        if let Some(grpc) = self.grpc_code() {
            facts.push(("grpc", grpc.name().to_owned()));
        }
        facts.push(("name", entry.name().to_owned()));
        if let Some(title) = entry.title() {
            facts.push(("entry_title", title.to_owned()));
        }
        if !self.message().is_empty() {
            facts.push(("message", self.message().to_owned()));
        }
        if let Some(category) = entry.category() {
            facts.push(("category", category.to_owned()));
        }
        if let Some(description) = entry.description() {
            facts.push(("description", description.to_owned()));
        }
        for field in entry.body_fields() {
            facts.push(("body_field.member", field.member().to_owned()));
        }
        for header in entry.headers() {
            facts.push(("header.name", header.name().to_owned()));
            if let Some(value) = header.value() {
                facts.push(("header.value", value.to_owned()));
            }
        }
        for tag in self.tags() {
            facts.push(("tag", tag.to_owned()));
        }
        facts.push(("example", self.example.clone()));
    }

    /// The entry shown: its code, statuses, names, message, category,
    /// description, `#[body]` fields and response headers.
    #[must_use]
    pub const fn entry(&self) -> &'static Entry {
        self.entry
    }

    /// The message template shown, as written: the entry's, or its
    /// translation in the view's language.
    #[must_use]
    pub fn message(&self) -> &'static str {
        self.translation
            .map_or(self.entry.message(), Translation::message)
    }

    /// The status a response carrying this entry is sent with
    /// ([`Entry::http_status`]): the documented one, else the format's
    /// default (500; 200 for Fresns).
    #[must_use]
    pub const fn sent_status(&self) -> u16 {
        self.sent_status
    }

    /// The entry's gRPC status code where the view shows them
    /// ([`View::with_grpc`]).
    #[must_use]
    pub fn grpc_code(&self) -> Option<GrpcCode> {
        self.grpc.then(|| self.entry.grpc_code())
    }

    /// The entry's other statuses as the outputs show them, `"503, 500"`;
    /// `None` for an entry without `also_status`.
    #[must_use]
    pub fn also_statuses(&self) -> Option<String> {
        let also = self.entry.also_statuses();
        (!also.is_empty()).then(|| {
            also.iter()
                .map(u16::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        })
    }

    /// The flags that are set, as the words the outputs show.
    #[must_use]
    pub fn tags(&self) -> Vec<&'static str> {
        let mut tags = Vec::new();
        if self.is_success() {
            tags.push(SUCCESS);
        }
        if self.entry.is_shared() {
            tags.push(SHARED);
        }
        if !self.entry.exposes_message() {
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

/// The part of a doc comment before its `# Rust` heading (`#` to `######`),
/// trimmed; `None` when nothing is left.
pub(super) fn public_part(text: &'static str) -> Option<&'static str> {
    let mut end = text.len();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let heading = line.trim().trim_start_matches('#');
        if line.trim_start().starts_with('#')
            && line.trim().len() - heading.len() <= 6
            && heading.starts_with(' ')
            && heading.trim() == "Rust"
        {
            end = at;
            break;
        }
        at += line.len();
    }
    Some(text[..end].trim()).filter(|t| !t.is_empty())
}

/// How the body table describes an undocumented `#[body]` member: by the
/// entries that send it, named as they are sent.
const GENERATED: &str = "sent by ";

/// `text` on one line: a table cell.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `text` in lower case, each run of other characters than ASCII letters and
/// digits one `-`, none at either end.
fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// The rows of the body table: the members of `F::json_schema()`, then each
/// `#[body]` member of an entry's schema not yet listed, described by where
/// its value comes from.
fn schema_rows<F: Format>(entries: &[&'static Entry]) -> Vec<SchemaRow> {
    let mut rows = Vec::new();
    flatten(&F::json_schema(), "", F::MEMBERS, &mut rows);
    let format_rows = rows.len();
    // The format's members typed as this catalogue's entries have them (a
    // code is an integer in a catalogue of integer codes).
    let mut typed: Vec<Vec<String>> = vec![Vec::new(); format_rows];
    for entry in entries {
        let mut of_entry = Vec::new();
        flatten(&F::entry_schema(entry), "", F::MEMBERS, &mut of_entry);
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
        let mut of_entry = Vec::new();
        flatten(&F::entry_schema(entry), "", F::MEMBERS, &mut of_entry);
        for field in entry.body_fields() {
            let Some(row) = of_entry
                .iter()
                .find(|r| r.member.rsplit('.').next() == Some(field.member()))
                .cloned()
            else {
                continue;
            };
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
                continue;
            }
            if rows[..format_rows].iter().any(|r| r.member == row.member) {
                continue;
            }
            rows.push(SchemaRow {
                description: documented.unwrap_or_else(|| format!("{GENERATED}{}", entry.name())),
                ..row
            });
        }
    }
    // A `#[body]` member only some entries send is optional in the body.
    let with_fields = entries
        .iter()
        .filter(|e| !e.body_fields().is_empty())
        .count();
    for row in &mut rows[format_rows..] {
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
    rows
}

fn flatten(
    schema: &serde_json::Value,
    prefix: &str,
    members: &[Member],
    rows: &mut Vec<SchemaRow>,
) {
    let Some(properties) = schema
        .get("properties")
        .and_then(serde_json::Value::as_object)
    else {
        return;
    };
    let required = schema.get("required").and_then(serde_json::Value::as_array);
    // Properties come sorted by name; the table follows the wire order.
    let mut properties: Vec<_> = properties.iter().collect();
    properties.sort_by_key(|(name, _)| {
        members
            .iter()
            .position(|m| m.name == name.as_str())
            .unwrap_or(usize::MAX)
    });
    for (name, property) in properties {
        let member = members.iter().find(|m| m.name == name);
        let path = format!("{prefix}{name}");
        rows.push(SchemaRow {
            member: path.clone(),
            json_type: json_type(property),
            required: required.is_some_and(|r| r.iter().any(|n| n == name)),
            description: member.map_or_else(String::new, |m| {
                m.description
                    .map_or_else(|| describe(m.value), str::to_owned)
            }),
        });
        let inner = match member.map(|m| m.value) {
            Some(Source::Object(inner)) => inner,
            _ => &[],
        };
        flatten(property, &format!("{path}."), inner, rows);
    }
}

/// A JSON Schema's type as words.
pub(super) fn json_type(schema: &serde_json::Value) -> String {
    use serde_json::Value;
    if let Some(constant) = schema.get("const") {
        return match constant {
            Value::String(_) => "string",
            Value::Number(n) if n.is_i64() || n.is_u64() => "integer",
            Value::Number(_) => "number",
            Value::Bool(_) => "boolean",
            Value::Null => "null",
            Value::Array(_) => "array",
            Value::Object(_) => "object",
        }
        .to_owned();
    }
    let words = match schema.get("type") {
        Some(Value::String(ty)) => ty.clone(),
        Some(Value::Array(types)) => types
            .iter()
            .filter_map(Value::as_str)
            .collect::<Vec<_>>()
            .join(" or "),
        _ => return "any".to_owned(),
    };
    match schema.get("items") {
        Some(items) if words == "array" => format!("array of {}", json_type(items)),
        _ => words,
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
                    if let Some(value) = placeholder(field.ty()) {
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
