//! What an entry's responses carry beside the format's members: its
//! `#[body]` fields and its headers.

use crate::DelayUnit;

/// A field that a body carries (`#[body]` or `#[body(rename = "...")]`).
#[derive(Debug)]
pub struct BodyField {
    pub(crate) member: &'static str,
    pub(crate) field: &'static str,
    pub(crate) ty: &'static str,
    pub(crate) example: Option<fn() -> serde_json::Result<String>>,
    pub(crate) description: Option<&'static str>,
    pub(crate) since: Option<&'static str>,
    pub(crate) schema: fn() -> Option<serde_json::Value>,
    pub(crate) retry_after: Option<DelayUnit>,
}

impl BodyField {
    /// The JSON member name.
    #[must_use]
    pub const fn member(&self) -> &'static str {
        self.member
    }

    /// The Rust field: its name, or its position in a tuple variant.
    #[must_use]
    pub const fn field(&self) -> &'static str {
        self.field
    }

    /// The field's Rust type as written.
    #[must_use]
    pub const fn ty(&self) -> &'static str {
        self.ty
    }

    /// The unit of the retry delay the member carries, for the field
    /// marked `#[body(retry_after = "ms")]` (or `"s"`); `None` for others.
    #[must_use]
    pub const fn retry_after(&self) -> Option<DelayUnit> {
        self.retry_after
    }

    /// The field's doc comment: what the member holds.
    #[must_use]
    pub const fn description(&self) -> Option<&'static str> {
        self.description
    }

    /// The example value given with `#[body(example = ...)]`, as the JSON
    /// text a body carries for it; `None` without one. The value has the
    /// field's type (what its `Some` holds, for an `Option`), so the text is
    /// what the wire sends; an error is the type's `Serialize` failing.
    #[must_use]
    pub fn example(&self) -> Option<serde_json::Result<String>> {
        self.example.map(|example| example())
    }

    /// The JSON Schema the field's type declares (what its `Some` holds, for
    /// an `Option`), every `$ref` inlined: its `schemars::JsonSchema` with
    /// the feature `schemars`, else its `utoipa::ToSchema` with the feature
    /// `utoipa`. `None` for a type that implements neither, without those
    /// features, and for a type that names a parameter of the enum.
    #[must_use]
    pub fn schema(&self) -> Option<serde_json::Value> {
        (self.schema)()
    }
}

/// A response header an entry's responses carry: a fixed value
/// (`#[code(.., header("WWW-Authenticate" = "Bearer"))]`) or a field's
/// value (`#[header("Retry-After")]` on the field, shown by `Display`).
#[derive(Debug)]
pub struct ResponseHeader {
    pub(crate) name: &'static str,
    pub(crate) value: Option<&'static str>,
    pub(crate) field: Option<&'static str>,
    pub(crate) ty: Option<&'static str>,
    pub(crate) with: Option<&'static str>,
    pub(crate) optional: bool,
    pub(crate) since: Option<&'static str>,
}

impl ResponseHeader {
    /// The header's name as written (`Retry-After`).
    #[must_use]
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// The value every response carries, for a fixed header.
    #[must_use]
    pub const fn value(&self) -> Option<&'static str> {
        self.value
    }

    /// The Rust field whose value the header carries: its name, or its
    /// position in a tuple variant.
    #[must_use]
    pub const fn field(&self) -> Option<&'static str> {
        self.field
    }

    /// The field's Rust type as written (`Option<u64>` for an optional one).
    #[must_use]
    pub const fn ty(&self) -> Option<&'static str> {
        self.ty
    }

    /// The function the field's value goes through, as written in
    /// `#[header("Name", with = path)]` (`errcodes::headers::seconds_from_millis`);
    /// `None` where the header shows the field's own `Display`.
    #[must_use]
    pub const fn with(&self) -> Option<&'static str> {
        self.with
    }

    /// Whether some responses leave the header out: a field of type
    /// `Option<T>` that is `None`.
    #[must_use]
    pub const fn is_optional(&self) -> bool {
        self.optional
    }
}
