use serde::ser::{SerializeMap, SerializeSeq, SerializeStruct};
use serde::{Serialize, Serializer};

use super::schema_rows::SchemaRow;
use super::tree::Tree;
use super::view::{EntryView, View};
use crate::{BodyField, CategoryRange, ResponseHeader};

/// The whole catalogue as a JSON document, every fact of the [`View`]
/// included, plus each entry's example body:
///
/// ```json
/// {
///   "format_version": 1,
///   "type": "AccountError",
///   "domain": "accounts.example.com",
///   "title": "Errors of the accounts API.",
///   "description": null,
///   "category": "Accounts",
///   "range": {"min": 34000, "max": 34999},
///   "ranges": [{"category": "Accounts", "first": 34000, "last": 34499}],
///   "content_type": "application/json",
///   "body": [
///     {"member": "code", "type": "integer", "required": true, "description": "the error code"},
///     {"member": "message", "type": "string", "required": true, "description": "the error message"}
///   ],
///   "json_schema": {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object", "...": "..."},
///   "entries": [
///     {
///       "index": 0,
///       "anchor": "34305",
///       "code": 34305,
///       "status": 401,
///       "sent_status": 401,
///       "also_status": [],
///       "retry": "never",
///       "fault": "client",
///       "name": "WrongPassword",
///       "declared_name": null,
///       "variant": "WrongPassword",
///       "title": null,
///       "message": "Incorrect account or wrong password",
///       "category": "Accounts",
///       "description": "Shown when the password check fails.\n\n# Fix\n\nCheck the password.",
///       "summary": "Shown when the password check fails.",
///       "sections": [{"heading": "Fix", "text": "Check the password."}],
///       "body_fields": [],
///       "headers": [{"name": "WWW-Authenticate", "value": "Bearer", "field": null, "type": null, "optional": false}],
///       "shared": false,
///       "unit": true,
///       "has_placeholders": false,
///       "exposes_message": true,
///       "tags": [],
///       "example": {"code": 34305, "message": "Incorrect account or wrong password"}
///     }
///   ]
/// }
/// ```
///
/// `format_version` is [`Json::FORMAT_VERSION`]: it changes when a
/// member is removed or changes its meaning (not when one is added), and
/// `schemas/catalogue-export.v1.json` in the repository is the document's
/// JSON Schema. `domain` is the catalogue's
/// [`domain`](crate::Catalogue::domain) (`null` without one).
///
/// History appears only where the catalogue declares it, so a document
/// without any is unchanged: `since` (the catalogue's, on a body row, an
/// entry, a body field or a header), an entry's `deprecated`
/// (`{"since", "replaced_by", "replacement_anchor"}`) and, last, `retired`
/// (`[{"code", "note"}]`, included catalogues' too). Likewise an entry
/// that refines another's code (`parent = ...`) alone carries `parent` (the
/// code), `ancestors` (nearest first) and `parent_anchor`, before
/// `deprecated`; and an entry declared `untested = "..."` alone carries
/// `untested` (the reason), after `since`. A catalogue declaring
/// `docs_url` or `code_header` alone carries them after `domain`: `docs_url`
/// the base ([`Catalogue::docs_url`](crate::Catalogue::docs_url), an
/// absolute URL or a path from the service's root) and `code_header` the
/// header's name, lower-cased; and each entry with a page its `docs_url`
/// ([`Entry::docs_url`](crate::Entry::docs_url)), after `example`.
///
/// `body` is the body table of the pages ([`View::schema`]), `json_schema`
/// the format's JSON Schema ([`View::json_schema`]); an entry's `anchor` is
/// its anchor in the pages ([`EntryView::anchor`]), so a link to
/// `errors.html#34305` can be built from this document.
/// Absent values are `null` (a `code` of `null` is an entry without a code);
/// `also_status` is always an array, of the statuses besides `status` in
/// declared order;
/// `title` is the entry's declared `title`; `message` is the template as
/// written; `sent_status` is the status a
/// response is sent with ([`Entry::http_status`](crate::Entry::http_status));
/// `grpc`, after `also_status` and only in a view
/// [`with_grpc`](super::View::with_grpc), is the gRPC status code a gRPC
/// service sends ([`Entry::grpc_code`](crate::Entry::grpc_code));
/// `retry` and `fault`, after it, the entry's
/// [`RetryClass`](crate::RetryClass) and [`Fault`](crate::Fault) by name;
/// `tags` are the flags as the pages show them. An entry's `description`
/// is its doc comment before any `# Rust` heading; `summary` (`null`
/// without one) and `sections` (`[{"heading", "text"}]`, in order) are its
/// long form as [`Entry::summary`](crate::Entry::summary) and
/// [`Entry::sections`](crate::Entry::sections) read it, the text Markdown
/// as written. A body field is
/// `{"member", "field", "type", "description", "example"}`: its Rust type,
/// doc comment and `#[body(example = ...)]` value (`null` when not given),
/// and, for the member that carries the retry delay, `retry_after`: its
/// unit (`"ms"`).
/// Members keep this order, and the example keeps the members of the body in the order the format writes them,
/// because the type implements [`Serialize`] rather than going through
/// `serde_json::Value`.
#[derive(Debug, Clone, Copy)]
pub struct Json<'a> {
    view: &'a View,
}

impl<'a> Json<'a> {
    /// The version of the document's format, its `format_version` member.
    pub const FORMAT_VERSION: u32 = 1;

    /// The JSON document of `view`.
    #[must_use]
    pub const fn new(view: &'a View) -> Self {
        Json { view }
    }

    /// The document, pretty-printed.
    #[must_use]
    pub fn to_string_pretty(&self) -> String {
        // Serializing cannot fail: every key is a string and every value
        // plain data.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// The document as a `serde_json::Value` (members sorted, unless
    /// serde_json's `preserve_order` feature is on).
    #[must_use]
    pub fn to_value(&self) -> serde_json::Value {
        serde_json::to_value(self).unwrap_or_default()
    }
}

impl Serialize for Json<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let v = self.view;
        let mut doc = serializer.serialize_struct("Catalogue", 16)?;
        doc.serialize_field("format_version", &Self::FORMAT_VERSION)?;
        doc.serialize_field("type", v.catalogue().type_name())?;
        doc.serialize_field("domain", &v.catalogue().domain())?;
        optional_field(&mut doc, "docs_url", v.catalogue().docs_url())?;
        optional_field(&mut doc, "code_header", v.catalogue().code_header())?;
        doc.serialize_field("title", v.catalogue().title())?;
        doc.serialize_field("description", &v.description())?;
        doc.serialize_field("category", &v.catalogue().category())?;
        doc.serialize_field(
            "range",
            &v.catalogue().range().map(|(min, max)| Range { min, max }),
        )?;
        doc.serialize_field("ranges", &Ranges(v.catalogue().ranges()))?;
        doc.serialize_field("content_type", v.content_type())?;
        doc.serialize_field("body", &Rows(v.schema()))?;
        doc.serialize_field("json_schema", v.json_schema())?;
        doc.serialize_field("entries", &Entries(v.entries()))?;
        if let Some(since) = v.catalogue().since() {
            doc.serialize_field("since", since)?;
        } else {
            doc.skip_field("since")?;
        }
        if v.retired().is_empty() {
            doc.skip_field("retired")?;
        } else {
            doc.serialize_field("retired", &RetiredDoc(v.retired()))?;
        }
        doc.end()
    }
}

/// A member present only where the catalogue declares it, so that a
/// document without it is unchanged.
fn optional_field<S: SerializeStruct>(
    doc: &mut S,
    name: &'static str,
    value: Option<&'static str>,
) -> Result<(), S::Error> {
    match value {
        Some(value) => doc.serialize_field(name, value),
        None => doc.skip_field(name),
    }
}

struct Range {
    min: i64,
    max: i64,
}

impl Serialize for Range {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut range = serializer.serialize_struct("Range", 2)?;
        range.serialize_field("min", &self.min)?;
        range.serialize_field("max", &self.max)?;
        range.end()
    }
}

struct Ranges(&'static [CategoryRange]);

impl Serialize for Ranges {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(self.0.len()))?;
        for range in self.0 {
            seq.serialize_element(&CategoryRangeDoc(range))?;
        }
        seq.end()
    }
}

struct CategoryRangeDoc<'a>(&'a CategoryRange);

impl Serialize for CategoryRangeDoc<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut range = serializer.serialize_struct("CategoryRange", 3)?;
        range.serialize_field("category", self.0.category())?;
        range.serialize_field("first", &self.0.first())?;
        range.serialize_field("last", &self.0.last())?;
        range.end()
    }
}

struct Rows<'a>(&'a [SchemaRow]);

impl Serialize for Rows<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(self.0.len()))?;
        for row in self.0 {
            seq.serialize_element(&RowDoc(row))?;
        }
        seq.end()
    }
}

struct RowDoc<'a>(&'a SchemaRow);

impl Serialize for RowDoc<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut row = serializer.serialize_struct("SchemaRow", 4)?;
        row.serialize_field("member", self.0.member())?;
        row.serialize_field("type", self.0.json_type())?;
        row.serialize_field("required", &self.0.is_required())?;
        row.serialize_field("description", self.0.description())?;
        if let Some(since) = self.0.since() {
            row.serialize_field("since", since)?;
        } else {
            row.skip_field("since")?;
        }
        row.end()
    }
}

struct Entries<'a>(&'a [EntryView]);

impl Serialize for Entries<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(self.0.len()))?;
        for entry in self.0 {
            seq.serialize_element(&EntryDoc(entry))?;
        }
        seq.end()
    }
}

struct EntryDoc<'a>(&'a EntryView);

impl Serialize for EntryDoc<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let e = self.0;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("index", &e.entry().index())?;
        map.serialize_entry("anchor", e.anchor())?;
        map.serialize_entry("code", &e.entry().code())?;
        map.serialize_entry("status", &e.entry().status())?;
        map.serialize_entry("sent_status", &e.sent_status())?;
        map.serialize_entry("also_status", e.entry().also_statuses())?;
        if let Some(grpc) = e.grpc_code() {
            map.serialize_entry("grpc", grpc.name())?;
        }
        map.serialize_entry("retry", e.entry().retry_class().name())?;
        map.serialize_entry("fault", e.entry().fault().name())?;
        map.serialize_entry("name", e.entry().name())?;
        map.serialize_entry("declared_name", &e.entry().declared_name())?;
        map.serialize_entry("variant", e.entry().variant())?;
        map.serialize_entry("title", &e.entry().title())?;
        map.serialize_entry("message", e.message())?;
        map.serialize_entry("category", &e.entry().category())?;
        let description = e.entry().description();
        map.serialize_entry(
            "description",
            &description.and_then(crate::catalogue::public_part),
        )?;
        map.serialize_entry("summary", &e.entry().summary())?;
        map.serialize_entry("sections", &SectionsDoc(e.entry()))?;
        map.serialize_entry("body_fields", &BodyFields(e.entry().body_fields()))?;
        map.serialize_entry("headers", &Headers(e.entry().headers()))?;
        map.serialize_entry("shared", &e.entry().is_shared())?;
        map.serialize_entry("unit", &e.entry().is_unit())?;
        map.serialize_entry("has_placeholders", &e.entry().has_placeholders())?;
        map.serialize_entry("exposes_message", &e.entry().exposes_message())?;
        map.serialize_entry("tags", &e.tags())?;
        map.serialize_entry("example", &Tree::of_example(e.example()))?;
        if let Some(url) = e.entry().docs_url() {
            map.serialize_entry("docs_url", url)?;
        }
        if let Some(since) = e.entry().since() {
            map.serialize_entry("since", since)?;
        }
        if let Some(reason) = e.entry().untested() {
            map.serialize_entry("untested", reason)?;
        }
        if let Some(parent) = e.entry().parent() {
            map.serialize_entry("parent", &parent)?;
            map.serialize_entry("ancestors", e.entry().ancestors())?;
            map.serialize_entry("parent_anchor", &e.parent_anchor())?;
        }
        if e.entry().deprecation().is_some() {
            map.serialize_entry("deprecated", &DeprecatedDoc(e))?;
        }
        map.end()
    }
}

struct SectionsDoc(&'static crate::Entry);

impl Serialize for SectionsDoc {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(None)?;
        for section in self.0.sections() {
            seq.serialize_element(&SectionDoc(section))?;
        }
        seq.end()
    }
}

struct SectionDoc(crate::Section);

impl Serialize for SectionDoc {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_struct("Section", 2)?;
        map.serialize_field("heading", self.0.heading())?;
        map.serialize_field("text", self.0.text())?;
        map.end()
    }
}

struct BodyFields(&'static [BodyField]);

impl Serialize for BodyFields {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(self.0.len()))?;
        for field in self.0 {
            seq.serialize_element(&FieldDoc(field))?;
        }
        seq.end()
    }
}

struct FieldDoc(&'static BodyField);

impl Serialize for FieldDoc {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_struct("BodyField", 5)?;
        map.serialize_field("member", self.0.member())?;
        map.serialize_field("field", self.0.field())?;
        map.serialize_field("type", self.0.ty())?;
        // As the pages show it: without the part after a `# Rust` heading.
        let description = self.0.description().and_then(crate::catalogue::public_part);
        map.serialize_field("description", &description)?;
        let example = match self.0.example() {
            Some(Ok(json)) => Some(Tree::of_example(&json)),
            Some(Err(e)) => return Err(serde::ser::Error::custom(e)),
            None => None,
        };
        map.serialize_field("example", &example)?;
        if let Some(since) = self.0.since() {
            map.serialize_field("since", since)?;
        } else {
            map.skip_field("since")?;
        }
        if let Some(unit) = self.0.retry_after() {
            map.serialize_field("retry_after", unit.name())?;
        } else {
            map.skip_field("retry_after")?;
        }
        map.end()
    }
}

struct Headers(&'static [ResponseHeader]);

impl Serialize for Headers {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(self.0.len()))?;
        for header in self.0 {
            seq.serialize_element(&HeaderDoc(header))?;
        }
        seq.end()
    }
}

struct HeaderDoc(&'static ResponseHeader);

impl Serialize for HeaderDoc {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_struct("ResponseHeader", 6)?;
        map.serialize_field("name", self.0.name())?;
        map.serialize_field("value", &self.0.value())?;
        map.serialize_field("field", &self.0.field())?;
        map.serialize_field("type", &self.0.ty())?;
        map.serialize_field("with", &self.0.with())?;
        map.serialize_field("optional", &self.0.is_optional())?;
        if let Some(since) = self.0.since() {
            map.serialize_field("since", since)?;
        } else {
            map.skip_field("since")?;
        }
        map.end()
    }
}

/// `{"since", "replaced_by", "replacement_anchor"}`: the code to use
/// instead and its row's anchor in the pages (`null` without one).
struct DeprecatedDoc<'a>(&'a EntryView);

impl Serialize for DeprecatedDoc<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let deprecation = self.0.entry().deprecation();
        let mut map = serializer.serialize_struct("Deprecation", 3)?;
        map.serialize_field("since", &deprecation.map(crate::Deprecation::since))?;
        map.serialize_field(
            "replaced_by",
            &deprecation.and_then(crate::Deprecation::replaced_by),
        )?;
        map.serialize_field("replacement_anchor", &self.0.replacement_anchor())?;
        map.end()
    }
}

/// `[{"code", "note"}]`.
struct RetiredDoc<'a>(&'a [&'static crate::Retired]);

impl Serialize for RetiredDoc<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(self.0.len()))?;
        for retired in self.0 {
            seq.serialize_element(&RetiredItem(retired))?;
        }
        seq.end()
    }
}

struct RetiredItem<'a>(&'a crate::Retired);

impl Serialize for RetiredItem<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_struct("Retired", 2)?;
        map.serialize_field("code", &self.0.code())?;
        map.serialize_field("note", self.0.note())?;
        map.end()
    }
}
