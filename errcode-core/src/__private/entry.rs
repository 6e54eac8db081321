//! The catalogue's entries as the derive writes them.

use core::marker::PhantomData;

use http::StatusCode;
use serde::Serialize;

use crate::catalogue::{Segment, EXPOSED, SHARED, UNIT};
use crate::{BodyField, Code, Entry, ResponseHeader};

/// An entry as the derive writes it: `int_entry(code, "Variant", "msg",
/// status)` followed by a builder call for each fact that differs from the
/// default (no name, no category, no description, no `#[body]`
/// field, not shared, no fields, message exposed). [`entries`] then numbers
/// the entries, applies the enum-wide defaults and turns them into
/// [`Entry`]s. A type of its own so that the builders are not methods of the
/// public `Entry`.
#[derive(Debug)]
pub struct EntryBuilder(Entry);

impl EntryBuilder {
    const fn new(code: Code, variant: &'static str, message: &'static str) -> EntryBuilder {
        EntryBuilder(Entry {
            index: 0,
            code,
            status: None,
            also_statuses: &[],
            sent_status: 500,
            name: None,
            title: None,
            untested: None,
            grpc: None,
            retry: None,
            fault: None,
            variant,
            message,
            segments: &[],
            category: None,
            description: None,
            body_fields: &[],
            headers: &[],
            flags: UNIT | EXPOSED,
            fixed_message: None,
            since: None,
            deprecation: None,
            ancestors: &[],
            docs_url: None,
        })
        .settled()
    }

    /// The entry with [`Entry::fixed_message`] brought up to date: every
    /// builder that changes what it depends on ends here.
    const fn settled(mut self) -> EntryBuilder {
        self.0.fixed_message = self.0.message_of_every_body();
        self
    }

    #[must_use]
    pub const fn int(code: i64, variant: &'static str, message: &'static str) -> EntryBuilder {
        EntryBuilder::new(Code::Int(code), variant, message)
    }

    #[must_use]
    pub const fn str(
        code: &'static str,
        variant: &'static str,
        message: &'static str,
    ) -> EntryBuilder {
        EntryBuilder::new(Code::Str(code), variant, message)
    }

    #[must_use]
    pub const fn none(variant: &'static str, message: &'static str) -> EntryBuilder {
        EntryBuilder::new(Code::None, variant, message)
    }

    /// `0` for none: no HTTP status is `0`, and the derive checked the others.
    const fn sent_with(mut self, status: u16) -> EntryBuilder {
        self.0.status = if status == 0 { None } else { Some(status) };
        self
    }

    #[must_use]
    pub const fn titled(mut self, title: &'static str) -> EntryBuilder {
        self.0.title = Some(title);
        self
    }

    #[must_use]
    pub const fn untested(mut self, reason: &'static str) -> EntryBuilder {
        self.0.untested = Some(reason);
        self
    }

    /// `grpc = "NAME"`, as the code's number: the derive has checked the name.
    #[must_use]
    pub const fn grpc(mut self, number: i32) -> EntryBuilder {
        self.0.grpc = crate::GrpcCode::from_i32(number);
        self
    }

    /// `retry = "..."`, as its position in `errcode_shared::retry::RETRY_CLASSES`:
    /// the derive has checked the name.
    #[must_use]
    pub const fn retry(mut self, position: usize) -> EntryBuilder {
        self.0.retry = crate::RetryClass::from_position(position);
        self
    }

    /// `fault = "..."`, as its position in `errcode_shared::retry::FAULTS`.
    #[must_use]
    pub const fn fault(mut self, position: usize) -> EntryBuilder {
        self.0.fault = crate::Fault::from_position(position);
        self
    }

    #[must_use]
    pub const fn also(mut self, statuses: &'static [u16]) -> EntryBuilder {
        self.0.also_statuses = statuses;
        self
    }

    #[must_use]
    pub const fn named(mut self, name: &'static str) -> EntryBuilder {
        self.0.name = Some(name);
        self.settled()
    }

    #[must_use]
    pub const fn segmented(mut self, segments: &'static [Segment]) -> EntryBuilder {
        self.0.segments = segments;
        self.settled()
    }

    #[must_use]
    pub const fn in_category(mut self, category: &'static str) -> EntryBuilder {
        self.0.category = Some(category);
        self
    }

    #[must_use]
    pub const fn doc(mut self, description: &'static str) -> EntryBuilder {
        self.0.description = Some(description);
        self
    }

    #[must_use]
    pub const fn body(mut self, fields: &'static [BodyField]) -> EntryBuilder {
        self.0.body_fields = fields;
        self
    }

    /// The entry's page: `docs_url` followed by its code, as the derive
    /// wrote it.
    #[must_use]
    pub const fn docs(mut self, url: &'static str) -> EntryBuilder {
        self.0.docs_url = Some(url);
        self
    }

    #[must_use]
    pub const fn with_headers(mut self, headers: &'static [ResponseHeader]) -> EntryBuilder {
        self.0.headers = headers;
        self
    }

    /// The release the entry appeared in: its own `since`.
    #[must_use]
    pub const fn since(mut self, version: &'static str) -> EntryBuilder {
        self.0.since = Some(version);
        self
    }

    /// The release the entry appeared in, where only its type says one.
    #[must_use]
    pub const fn inherited_since(mut self, version: &'static str) -> EntryBuilder {
        self.0.since = Some(version);
        self.0.flags |= crate::catalogue::INHERITED_SINCE;
        self
    }

    /// `deprecated(since = "...")`, with `replaced_by`'s code if given.
    #[must_use]
    pub const fn deprecated(
        mut self,
        since: &'static str,
        replaced_by: Option<Code>,
    ) -> EntryBuilder {
        self.0.deprecation = Some(crate::catalogue::Deprecation { since, replaced_by });
        self
    }

    /// `parent = ...`: the codes the entry refines, nearest first, as the
    /// derive followed them (it refused a parent no variant has, and cycles).
    #[must_use]
    pub const fn under(mut self, ancestors: &'static [Code]) -> EntryBuilder {
        self.0.ancestors = ancestors;
        self
    }

    #[must_use]
    pub const fn shared(mut self) -> EntryBuilder {
        self.0.flags |= SHARED;
        self
    }

    #[must_use]
    pub const fn with_fields(mut self) -> EntryBuilder {
        self.0.flags &= !UNIT;
        self
    }

    #[must_use]
    pub const fn hidden(mut self) -> EntryBuilder {
        self.0.flags &= !EXPOSED;
        self.settled()
    }

    /// The entry alone, where no catalogue numbers it.
    pub(crate) const fn build(self) -> Entry {
        self.0
    }
}

/// An entry with an integer code, as the derive writes it (under the name
/// `__ErrcodeInt`): the shortest spelling of the most common entry, as each
/// token is paid per variant. `status` is the one the entry is documented
/// with: its own, else the enum's `default_status` (the derive decides,
/// as the exposure of its message depends on it), `0` for none.
#[must_use]
pub const fn int_entry(
    code: i64,
    variant: &'static str,
    message: &'static str,
    status: u16,
) -> EntryBuilder {
    EntryBuilder::int(code, variant, message).sent_with(status)
}

/// As [`int_entry`], with a string code (`__ErrcodeStr`).
#[must_use]
pub const fn str_entry(
    code: &'static str,
    variant: &'static str,
    message: &'static str,
    status: u16,
) -> EntryBuilder {
    EntryBuilder::str(code, variant, message).sent_with(status)
}

/// As [`int_entry`], without a code (`_`; `__ErrcodeNone`).
#[must_use]
pub const fn none_entry(variant: &'static str, message: &'static str, status: u16) -> EntryBuilder {
    EntryBuilder::none(variant, message).sent_with(status)
}

/// The catalogue's entries: numbered in declaration order, the enum's
/// `category` given to those that name none, and each sent with its status
/// or else the format's `sent_by_default`
/// ([`Format::DEFAULT_STATUS`](crate::Format::DEFAULT_STATUS)).
#[must_use]
pub const fn entries<const N: usize>(
    built: [EntryBuilder; N],
    category: Option<&'static str>,
    sent_by_default: StatusCode,
) -> [Entry; N] {
    let mut entries = [const { EntryBuilder::none("", "").0 }; N];
    let mut i = 0;
    while i < N {
        let entry = &built[i].0;
        entries[i] = Entry {
            index: i,
            category: match entry.category {
                None => category,
                own => own,
            },
            sent_status: match entry.status {
                Some(status) => status,
                None => sent_by_default.as_u16(),
            },
            ..*entry
        };
        i += 1;
    }
    entries
}

/// `#[header("Name")]` on a field; `with` is the path of
/// `#[header("Name", with = path)]` as written.
#[must_use]
pub const fn header_field(
    name: &'static str,
    field: &'static str,
    ty: &'static str,
    optional: bool,
    with: Option<&'static str>,
) -> ResponseHeader {
    ResponseHeader {
        name,
        value: None,
        field: Some(field),
        ty: Some(ty),
        with,
        optional,
        since: None,
    }
}

#[must_use]
pub const fn fixed_header(name: &'static str, value: &'static str) -> ResponseHeader {
    ResponseHeader {
        name,
        value: Some(value),
        field: None,
        ty: None,
        with: None,
        optional: false,
        since: None,
    }
}

/// A `#[body]` field, with its `#[body(example = ...)]` and doc comment.
#[must_use]
pub const fn body_field(
    member: &'static str,
    field: &'static str,
    ty: &'static str,
    example: Option<fn() -> serde_json::Result<String>>,
    description: Option<&'static str>,
    schema: fn() -> Option<serde_json::Value>,
) -> BodyField {
    BodyField {
        member,
        field,
        ty,
        example,
        description,
        since: None,
        schema,
        retry_after: None,
    }
}

/// The schema of a field whose type names a parameter of the enum: which
/// traits it implements depends on the parameter, and the catalogue is one
/// `static` for all of them.
#[must_use]
pub const fn no_schema() -> Option<serde_json::Value> {
    None
}

/// The schema a `#[body]` field's type declares. The generated code calls
/// `(&&&SchemaOf::<T>::new()).declared()`: method resolution picks
/// [`ViaSchemars`] where `T: schemars::JsonSchema` (feature `schemars`),
/// else [`ViaUtoipa`] where `T: utoipa::ToSchema` (feature `utoipa`), else
/// [`NoSchema`]; the traits exist without the features, their impls do not,
/// so the derive emits the same code whatever the features.
pub struct SchemaOf<T: ?Sized>(PhantomData<T>);

impl<T: ?Sized> SchemaOf<T> {
    #[must_use]
    pub const fn new() -> Self {
        SchemaOf(PhantomData)
    }
}

impl<T: ?Sized> Default for SchemaOf<T> {
    fn default() -> Self {
        Self::new()
    }
}

pub trait ViaSchemars {
    fn declared(&self) -> Option<serde_json::Value>;
}

#[cfg(feature = "schemars")]
impl<T: schemars::JsonSchema + ?Sized> ViaSchemars for &&SchemaOf<T> {
    fn declared(&self) -> Option<serde_json::Value> {
        Some(crate::format::field_schema::schemars_schema::<T>())
    }
}

pub trait ViaUtoipa {
    fn declared(&self) -> Option<serde_json::Value>;
}

#[cfg(feature = "utoipa")]
impl<T: utoipa::ToSchema + ?Sized> ViaUtoipa for &SchemaOf<T> {
    fn declared(&self) -> Option<serde_json::Value> {
        Some(crate::format::field_schema::utoipa_schema::<T>())
    }
}

pub trait NoSchema {
    fn declared(&self) -> Option<serde_json::Value>;
}

impl<T: ?Sized> NoSchema for SchemaOf<T> {
    fn declared(&self) -> Option<serde_json::Value> {
        None
    }
}

/// A `#[body(since = "...")]` field.
#[must_use]
pub const fn body_since(mut field: BodyField, version: &'static str) -> BodyField {
    field.since = Some(version);
    field
}

/// A `#[body(retry_after = "...")]` field, the unit as its position in
/// `errcode_shared::retry::DELAY_UNITS`.
#[must_use]
pub const fn body_retry_after(mut field: BodyField, unit: usize) -> BodyField {
    field.retry_after = crate::DelayUnit::from_position(unit);
    field
}

/// A `#[header("Name", since = "...")]` field.
#[must_use]
pub const fn header_since(mut header: ResponseHeader, version: &'static str) -> ResponseHeader {
    header.since = Some(version);
    header
}

/// The JSON text of a `#[body(example = ...)]` value as a value of the
/// field's type `T`.
pub fn example_json<T: Serialize, V: ExampleOf<T>>(value: V) -> serde_json::Result<String> {
    serde_json::to_string(&value.into_field())
}

/// A `#[body(example = ...)]` value that stands for a value of the field's
/// type `T`: one of `T` itself, or a literal for an owned text or sequence
/// type. Not `From`: an integer literal would then default to `i32` for a
/// `u64` field, which has several `From` impls.
#[diagnostic::on_unimplemented(
    message = "the example is not a value of the field's type `{T}`",
    label = "expected a value of type `{T}`, found `{Self}`"
)]
pub trait ExampleOf<T> {
    fn into_field(self) -> T;
}

impl<T> ExampleOf<T> for T {
    fn into_field(self) -> T {
        self
    }
}

#[diagnostic::do_not_recommend]
impl ExampleOf<String> for &str {
    fn into_field(self) -> String {
        self.to_owned()
    }
}

#[diagnostic::do_not_recommend]
impl ExampleOf<Box<str>> for &str {
    fn into_field(self) -> Box<str> {
        self.into()
    }
}

#[diagnostic::do_not_recommend]
impl<'a> ExampleOf<std::borrow::Cow<'a, str>> for &'a str {
    fn into_field(self) -> std::borrow::Cow<'a, str> {
        std::borrow::Cow::Borrowed(self)
    }
}

#[diagnostic::do_not_recommend]
impl<T, const N: usize> ExampleOf<Vec<T>> for [T; N] {
    fn into_field(self) -> Vec<T> {
        self.into()
    }
}

/// The delay a `#[body(retry_after = "...")]` field's value is, its unit
/// as its position in `errcode_shared::retry::DELAY_UNITS`; spelled as a
/// function so that a field of another type is one error, at the
/// `RetryDelay` bound.
pub fn retry_delay<T: crate::RetryDelay + ?Sized>(
    value: &T,
    unit: usize,
) -> Option<core::time::Duration> {
    value.delay(crate::DelayUnit::from_position(unit)?)
}
