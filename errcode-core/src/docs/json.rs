use core::fmt;
use core::marker::PhantomData;

use serde::ser::{SerializeMap, SerializeSeq, SerializeStruct};
use serde::{Serialize, Serializer};

use crate::format::{example, Format};
use crate::{BodyField, Catalogue, Entry};

/// The whole catalogue as a JSON document, every field of every entry
/// included, plus each entry's example body in format `F`:
///
/// ```json
/// {
///   "type": "AccountError",
///   "title": "Errors of the accounts API.",
///   "description": null,
///   "category": "Accounts",
///   "range": {"min": 34000, "max": 34999},
///   "content_type": "application/json",
///   "entries": [
///     {
///       "index": 0,
///       "code": 34305,
///       "status": 401,
///       "name": "WrongPassword",
///       "declared_name": null,
///       "variant": "WrongPassword",
///       "message": "Incorrect account or wrong password",
///       "category": "Accounts",
///       "description": "Shown when the password check fails.",
///       "body_fields": [],
///       "shared": false,
///       "unit": true,
///       "has_placeholders": false,
///       "exposes_message": true,
///       "example": {"code": 34305, "message": "Incorrect account or wrong password"}
///     }
///   ]
/// }
/// ```
///
/// Absent values are `null` (a `code` of `null` is an entry without a code);
/// `message` is the template as written. A body field is
/// `{"member", "field", "type"}`. Members keep this order, because the type
/// implements [`Serialize`] rather than going through `serde_json::Value`.
pub struct Json<'a, F> {
    catalogue: &'a Catalogue,
    format: PhantomData<fn() -> F>,
}

impl<'a, F: Format> Json<'a, F> {
    /// The JSON document of `catalogue`, with examples in format `F`.
    #[must_use]
    pub const fn new(catalogue: &'a Catalogue) -> Self {
        Json {
            catalogue,
            format: PhantomData,
        }
    }

    /// The document, pretty-printed.
    #[must_use]
    pub fn to_string_pretty(&self) -> String {
        // Serializing cannot fail: every key is a string and every value
        // plain data or an example that is already a `Value`.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// The document as a `serde_json::Value` (members sorted, unless
    /// serde_json's `preserve_order` feature is on).
    #[must_use]
    pub fn to_value(&self) -> serde_json::Value {
        serde_json::to_value(self).unwrap_or_default()
    }
}

impl<F> Clone for Json<'_, F> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<F> Copy for Json<'_, F> {}

impl<F> fmt::Debug for Json<'_, F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Json")
            .field("catalogue", &self.catalogue.type_name())
            .finish_non_exhaustive()
    }
}

impl<F: Format> Serialize for Json<'_, F> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let c = self.catalogue;
        let mut doc = serializer.serialize_struct("Catalogue", 7)?;
        doc.serialize_field("type", c.type_name())?;
        doc.serialize_field("title", c.title())?;
        doc.serialize_field("description", &c.description())?;
        doc.serialize_field("category", &c.category())?;
        doc.serialize_field("range", &c.range().map(|(min, max)| Range { min, max }))?;
        doc.serialize_field("content_type", F::CONTENT_TYPE)?;
        doc.serialize_field("entries", &Entries::<F>(c.entries(), PhantomData))?;
        doc.end()
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

struct Entries<F>(&'static [Entry], PhantomData<fn() -> F>);

impl<F: Format> Serialize for Entries<F> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(self.0.len()))?;
        for entry in self.0 {
            seq.serialize_element(&EntryDoc::<F>(entry, PhantomData))?;
        }
        seq.end()
    }
}

struct EntryDoc<F>(&'static Entry, PhantomData<fn() -> F>);

impl<F: Format> Serialize for EntryDoc<F> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let e = self.0;
        let mut map = serializer.serialize_map(Some(15))?;
        map.serialize_entry("index", &e.index())?;
        map.serialize_entry("code", &e.code())?;
        map.serialize_entry("status", &e.status())?;
        map.serialize_entry("name", e.name())?;
        map.serialize_entry("declared_name", &e.declared_name())?;
        map.serialize_entry("variant", e.variant())?;
        map.serialize_entry("message", e.message())?;
        map.serialize_entry("category", &e.category())?;
        map.serialize_entry("description", &e.description())?;
        map.serialize_entry("body_fields", &BodyFields(e.body_fields()))?;
        map.serialize_entry("shared", &e.is_shared())?;
        map.serialize_entry("unit", &e.is_unit())?;
        map.serialize_entry("has_placeholders", &e.has_placeholders())?;
        map.serialize_entry("exposes_message", &e.exposes_message())?;
        map.serialize_entry("example", &example::<F>(e))?;
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
        let mut map = serializer.serialize_struct("BodyField", 3)?;
        map.serialize_field("member", self.0.member())?;
        map.serialize_field("field", self.0.field())?;
        map.serialize_field("type", self.0.ty())?;
        map.end()
    }
}
