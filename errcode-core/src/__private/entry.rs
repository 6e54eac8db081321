//! Items the derive's generated code calls. Not public API: no stability
//! promise, reached only through `errcodes::__private_v0_1`.
//!
//! The version in the module's name is the contract between the derive and
//! this crate: it changes whenever what the derive emits changes, so a
//! derive paired with a runtime of another contract fails to build with
//! "could not find `__private_v0_1`" rather than with errors inside
//! generated code.

use core::fmt::{self, Display, Pointer};
use core::marker::PhantomData;
use core::ops::Deref;
use core::str::FromStr;
use std::error::Error;
use std::path::{Path, PathBuf};

use http::StatusCode;
use serde::de::DeserializeOwned;
use serde::ser::SerializeMap;
use serde::Serialize;

use crate::catalogue::{EXPOSED, SHARED, UNIT};
use crate::{BodyField, CategoryRange, ResponseHeader};

pub use crate::catalogue::Segment;
pub use crate::client_text::{
    Shown, ShownItems, ShownItemsViaDeref, ShownPlain, ShownViaDeref, ShownViaDerefTwice,
};
pub use crate::decode::{RemoteError, Restore};
pub use crate::disjoint::{assert_composable, assert_disjoint, Codes};
pub use crate::format::members::{reserved_member, ReservedMessage};
pub use crate::format::shape::StaticBodies;
pub use crate::format::Plain;
pub use crate::headers::Headers;
pub use crate::{ApiError, Catalogue, Code, CodeRef, Entry, Format, Language, Translation};
pub use serde;
pub use serde_json::Value;

/// What the derive implements for `ApiError::__Glue`: the plumbing that the
/// runtime calls and users do not, kept off the trait's visible surface.
#[doc(hidden)]
pub trait Glue<E: ?Sized> {
    /// The codes, for `assert_disjoint_codes!`: included catalogues' too.
    const CODES: Codes;

    /// `ApiError::catalogue()` as a constant, for the catalogues that
    /// include this one.
    const CATALOGUE: &'static Catalogue;

    /// The static body of `error` in its type's format, rendered the first
    /// time it is asked for; `None` where the body depends on field values.
    fn static_body(error: &E) -> Option<&'static [u8]>;

    /// Writes the `#[body]` fields of `error` as map entries.
    ///
    /// # Errors
    ///
    /// Whatever the serializer reports.
    fn body_fields<M: SerializeMap>(error: &E, map: &mut M) -> Result<(), M::Error>
    where
        E: Sized;

    /// Rebuilds the variant at `index` from a decoded body.
    fn restore(index: usize, source: &dyn Restore) -> Option<E>
    where
        E: Sized;

    /// Writes placeholder number `index` of `error`'s template (counted
    /// among its placeholders) as the template formats it: what a
    /// translated message shows for that placeholder. Emitted only for a
    /// catalogue with `locales` or `#[code(transparent)]` variants (whose
    /// arms delegate to the wrapped type).
    fn fmt_arg(error: &E, index: usize, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let _ = (error, index, f);
        Ok(())
    }

    /// Writes the `#[header]` fields of `error`; only types with such
    /// fields override it.
    fn headers(error: &E, headers: &mut Headers<'_>) {
        let _ = (error, headers);
    }

    /// Rebuilds a `#[code(transparent)]` variant from a decoded body of one
    /// of the included catalogues' entries.
    fn restore_included(entry: &'static Entry, source: &dyn Restore) -> Option<E>
    where
        E: Sized,
    {
        let _ = (entry, source);
        None
    }
}

/// The plumbing of a type whose derive failed: no codes, no static bodies,
/// nothing to write or rebuild.
pub struct StubGlue;

impl<E: ?Sized> Glue<E> for StubGlue {
    const CODES: Codes = Codes {
        ints: &[],
        strs: &[],
        absent: false,
    };
    const CATALOGUE: &'static Catalogue = &STUB_CATALOGUE;

    fn static_body(_: &E) -> Option<&'static [u8]> {
        None
    }

    fn body_fields<M: SerializeMap>(_: &E, _: &mut M) -> Result<(), M::Error>
    where
        E: Sized,
    {
        Ok(())
    }

    fn restore(_: usize, _: &dyn Restore) -> Option<E>
    where
        E: Sized,
    {
        None
    }
}

/// The codes of `E`, for `assert_disjoint_codes!`.
#[must_use]
pub const fn codes<E: ApiError>() -> Codes {
    <E::__Glue as Glue<E>>::CODES
}

/// The value of `E` a decoded body of `entry` (one of
/// `E::catalogue().all_entries()`) rebuilds.
pub fn restore_entry<E: ApiError>(entry: &'static Entry, source: &dyn Restore) -> Option<E> {
    if E::catalogue().owns(entry) {
        <E::__Glue as Glue<E>>::restore(entry.index(), source)
    } else {
        <E::__Glue as Glue<E>>::restore_included(entry, source)
    }
}

/// What a `#[code(transparent)]` variant's generated code calls on the type
/// it wraps, always as `<Type as Wrapped>::...` spanned at the field's type:
/// one trait, so that a type that does not derive `ApiError` is one error
/// there rather than one per use.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not derive ApiError, so #[code(transparent)] cannot take its code, status and message",
    label = "not an errcodes error type",
    note = "#[code(transparent)] wraps another `#[derive(ApiError)]` type; for any other error use #[source] or #[from] with a code of its own"
)]
pub trait Wrapped: Sized {
    /// Its codes, merged into the wrapping type's.
    const CODES: Codes;
    /// Its catalogue, included in the wrapping type's.
    const CATALOGUE: &'static Catalogue;

    fn info(&self) -> &'static Entry;

    /// Its static body where it is written in the wrapping type's format
    /// `F` (which writes every body the wrapping type sends); `None`
    /// otherwise, and `F` writes the body field by field.
    fn static_body_in<F: Format + 'static>(&self) -> Option<&'static [u8]>;

    /// Its `#[body]` fields.
    ///
    /// # Errors
    ///
    /// Whatever the serializer reports.
    fn body_fields<M: SerializeMap>(&self, map: &mut M) -> Result<(), M::Error>;

    /// Its `#[header]` fields (its entry's fixed headers are written through
    /// the wrapping type's `info()`, which is its own).
    fn headers(&self, headers: &mut Headers<'_>);

    /// Writes placeholder number `index` of its template, for a translation
    /// (from its own catalogue) of its entry.
    ///
    /// # Errors
    ///
    /// Whatever the field's formatting reports.
    fn fmt_arg(&self, index: usize, f: &mut fmt::Formatter<'_>) -> fmt::Result;

    fn from_code(code: CodeRef<'_>) -> Option<Self>;

    /// The value a decoded body of `entry` rebuilds, if `entry` is in its
    /// catalogue (included ones too); `Err(())` if it is not.
    #[allow(clippy::result_unit_err)]
    fn restore(entry: &'static Entry, source: &dyn Restore) -> Result<Option<Self>, ()>;
}

impl<E: ApiError> Wrapped for E
where
    E::Format: 'static,
{
    const CODES: Codes = <E::__Glue as Glue<E>>::CODES;
    const CATALOGUE: &'static Catalogue = <E::__Glue as Glue<E>>::CATALOGUE;

    #[inline]
    fn info(&self) -> &'static Entry {
        ApiError::info(self)
    }

    fn static_body_in<F: Format + 'static>(&self) -> Option<&'static [u8]> {
        if core::any::TypeId::of::<F>() == core::any::TypeId::of::<E::Format>() {
            self.static_body()
        } else {
            None
        }
    }

    fn body_fields<M: SerializeMap>(&self, map: &mut M) -> Result<(), M::Error> {
        <E::__Glue as Glue<E>>::body_fields(self, map)
    }

    fn headers(&self, headers: &mut Headers<'_>) {
        <E::__Glue as Glue<E>>::headers(self, headers);
    }

    fn fmt_arg(&self, index: usize, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        <E::__Glue as Glue<E>>::fmt_arg(self, index, f)
    }

    fn from_code(code: CodeRef<'_>) -> Option<Self> {
        <E as ApiError>::from_code(code)
    }

    fn restore(entry: &'static Entry, source: &dyn Restore) -> Result<Option<Self>, ()> {
        if E::catalogue().contains(entry) {
            Ok(restore_entry(entry, source))
        } else {
            Err(())
        }
    }
}

/// `lists` (each ascending) merged into one ascending list of `N` codes:
/// the codes of a type with `#[code(transparent)]` variants.
#[must_use]
pub const fn merge_ints<const N: usize>(lists: &[&[i64]]) -> [i64; N] {
    let mut out = [0; N];
    let mut len = 0;
    let mut l = 0;
    while l < lists.len() {
        let list = lists[l];
        // Merged from the back, so that nothing is moved twice.
        let (mut i, mut j) = (len, list.len());
        while j > 0 {
            if i > 0 && out[i - 1] > list[j - 1] {
                out[i + j - 1] = out[i - 1];
                i -= 1;
            } else {
                out[i + j - 1] = list[j - 1];
                j -= 1;
            }
        }
        len += list.len();
        l += 1;
    }
    out
}

/// As [`merge_ints`], for string codes in [`Codes::strs`] order.
#[must_use]
pub const fn merge_strs<const N: usize>(
    lists: &[&[(u64, &'static str)]],
) -> [(u64, &'static str); N] {
    let mut out = [(0, ""); N];
    let mut len = 0;
    let mut l = 0;
    while l < lists.len() {
        let list = lists[l];
        let (mut i, mut j) = (len, list.len());
        while j > 0 {
            if i > 0 && crate::disjoint::compare(out[i - 1], list[j - 1]).is_gt() {
                out[i + j - 1] = out[i - 1];
                i -= 1;
            } else {
                out[i + j - 1] = list[j - 1];
                j -= 1;
            }
        }
        len += list.len();
        l += 1;
    }
    out
}

/// An entry as the derive writes it: `Entry::int(code, "Variant", "msg")`
/// followed by a builder call for each fact that differs from the default
/// (no status, no name, no category, no description, no `#[body]` field,
/// not shared, no fields, message exposed). [`entries`] then numbers the
/// entries and applies the enum-wide defaults.
impl Entry {
    const fn new(code: Code, variant: &'static str, message: &'static str) -> Entry {
        Entry {
            index: 0,
            code,
            status: None,
            also_statuses: &[],
            sent_status: 500,
            name: None,
            title: None,
            grpc: None,
            variant,
            message,
            segments: &[],
            category: None,
            description: None,
            body_fields: &[],
            headers: &[],
            flags: UNIT | EXPOSED,
            fixed_message: None,
        }
        .settled()
    }

    /// The entry with [`Entry::fixed_message`] brought up to date: every
    /// builder that changes what it depends on ends here.
    const fn settled(mut self) -> Entry {
        self.fixed_message = self.message_of_every_body();
        self
    }

    #[doc(hidden)]
    #[must_use]
    pub const fn int(code: i64, variant: &'static str, message: &'static str) -> Entry {
        Entry::new(Code::Int(code), variant, message)
    }

    #[doc(hidden)]
    #[must_use]
    pub const fn str(code: &'static str, variant: &'static str, message: &'static str) -> Entry {
        Entry::new(Code::Str(code), variant, message)
    }

    #[doc(hidden)]
    #[must_use]
    pub const fn none(variant: &'static str, message: &'static str) -> Entry {
        Entry::new(Code::None, variant, message)
    }

    #[doc(hidden)]
    #[must_use]
    pub const fn with_status(mut self, status: u16) -> Entry {
        self.status = Some(status);
        self
    }

    #[doc(hidden)]
    #[must_use]
    pub const fn titled(mut self, title: &'static str) -> Entry {
        self.title = Some(title);
        self
    }

    /// `grpc = "NAME"`, as the code's number: the derive has checked the name.
    #[doc(hidden)]
    #[must_use]
    pub const fn grpc(mut self, number: i32) -> Entry {
        self.grpc = crate::GrpcCode::from_i32(number);
        self
    }

    #[doc(hidden)]
    #[must_use]
    pub const fn also(mut self, statuses: &'static [u16]) -> Entry {
        self.also_statuses = statuses;
        self
    }

    #[doc(hidden)]
    #[must_use]
    pub const fn named(mut self, name: &'static str) -> Entry {
        self.name = Some(name);
        self.settled()
    }

    #[doc(hidden)]
    #[must_use]
    pub const fn segmented(mut self, segments: &'static [Segment]) -> Entry {
        self.segments = segments;
        self.settled()
    }

    #[doc(hidden)]
    #[must_use]
    pub const fn in_category(mut self, category: &'static str) -> Entry {
        self.category = Some(category);
        self
    }

    #[doc(hidden)]
    #[must_use]
    pub const fn doc(mut self, description: &'static str) -> Entry {
        self.description = Some(description);
        self
    }

    #[doc(hidden)]
    #[must_use]
    pub const fn body(mut self, fields: &'static [BodyField]) -> Entry {
        self.body_fields = fields;
        self
    }

    #[doc(hidden)]
    #[must_use]
    pub const fn with_headers(mut self, headers: &'static [ResponseHeader]) -> Entry {
        self.headers = headers;
        self
    }

    #[doc(hidden)]
    #[must_use]
    pub const fn shared(mut self) -> Entry {
        self.flags |= SHARED;
        self
    }

    #[doc(hidden)]
    #[must_use]
    pub const fn with_fields(mut self) -> Entry {
        self.flags &= !UNIT;
        self
    }

    #[doc(hidden)]
    #[must_use]
    pub const fn hidden(mut self) -> Entry {
        self.flags &= !EXPOSED;
        self.settled()
    }
}

/// The catalogue's entries: numbered in declaration order, the enum's
/// `default_status` and `category` given to those that name none, and each
/// sent with its status or else the format's `sent_by_default`
/// ([`Format::DEFAULT_STATUS`](crate::Format::DEFAULT_STATUS)).
#[must_use]
pub const fn entries<const N: usize>(
    mut entries: [Entry; N],
    default_status: Option<u16>,
    category: Option<&'static str>,
    sent_by_default: StatusCode,
) -> [Entry; N] {
    let mut i = 0;
    while i < N {
        let entry = &mut entries[i];
        entry.index = i;
        if entry.status.is_none() {
            entry.status = default_status;
        }
        if entry.category.is_none() {
            entry.category = category;
        }
        entry.sent_status = match entry.status {
            Some(status) => status,
            None => sent_by_default.as_u16(),
        };
        i += 1;
    }
    entries
}

#[must_use]
pub const fn header_field(
    name: &'static str,
    field: &'static str,
    ty: &'static str,
    optional: bool,
) -> ResponseHeader {
    ResponseHeader {
        name,
        value: None,
        field: Some(field),
        ty: Some(ty),
        with: None,
        optional,
    }
}

impl ResponseHeader {
    /// `#[header("Name", with = path)]`: the path as written.
    #[doc(hidden)]
    #[must_use]
    pub const fn converted(mut self, with: &'static str) -> ResponseHeader {
        self.with = Some(with);
        self
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
    }
}

#[must_use]
pub const fn body_field(member: &'static str, field: &'static str, ty: &'static str) -> BodyField {
    BodyField {
        member,
        field,
        ty,
        example: None,
        description: None,
    }
}

impl BodyField {
    #[doc(hidden)]
    #[must_use]
    pub const fn with_example(mut self, example: fn() -> serde_json::Result<String>) -> BodyField {
        self.example = Some(example);
        self
    }

    #[doc(hidden)]
    #[must_use]
    pub const fn with_doc(mut self, description: &'static str) -> BodyField {
        self.description = Some(description);
        self
    }
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

#[must_use]
#[allow(clippy::too_many_arguments)]
pub const fn catalogue(
    type_name: &'static str,
    title: &'static str,
    description: Option<&'static str>,
    category: Option<&'static str>,
    range: Option<(i64, i64)>,
    ranges: &'static [CategoryRange],
    content_type: &'static str,
    entries: &'static [Entry],
) -> Catalogue {
    Catalogue {
        type_name,
        title,
        description,
        category,
        range,
        ranges,
        content_type,
        entries,
        by_code: std::sync::OnceLock::new(),
        language: "en",
        languages: &[],
        includes: &[],
    }
}

impl Catalogue {
    #[doc(hidden)]
    #[must_use]
    pub const fn including(mut self, includes: &'static [&'static Catalogue]) -> Catalogue {
        self.includes = includes;
        self
    }

    /// The language of the templates and the translations of
    /// `#[api_error(lang = "...", locales = "...")]`.
    #[doc(hidden)]
    #[must_use]
    pub const fn with_languages(
        mut self,
        language: &'static str,
        languages: &'static [Language],
    ) -> Catalogue {
        self.language = language;
        self.languages = languages;
        self
    }
}

#[must_use]
pub const fn language(
    tag: &'static str,
    partial: bool,
    translations: &'static [Translation],
) -> Language {
    Language {
        tag,
        partial,
        translations,
    }
}

/// A translated template as the derive writes it: `Translation::text("...")`,
/// then `.segmented(&[...])` where it is not its own text; `""` where a
/// partial language has none.
impl Translation {
    #[doc(hidden)]
    #[must_use]
    pub const fn text(message: &'static str) -> Translation {
        Translation {
            message,
            segments: &[],
        }
    }

    #[doc(hidden)]
    #[must_use]
    pub const fn segmented(mut self, segments: &'static [Segment]) -> Translation {
        self.segments = segments;
        self
    }
}

#[must_use]
pub const fn category_range(category: &'static str, first: i64, last: i64) -> CategoryRange {
    CategoryRange {
        category,
        first,
        last,
    }
}

/// What a derive that failed emits, so one mistake does not cascade into
/// errors wherever the type is used.
pub static STUB_ENTRIES: [Entry; 1] = [Entry::none("", "").with_fields().hidden()];

pub static STUB_CATALOGUE: Catalogue = catalogue(
    "",
    "",
    None,
    None,
    None,
    &[],
    "application/json",
    &STUB_ENTRIES,
);

/// `source()` of a field, as `Source(&field).get()`. Method resolution tries,
/// in order: the field is an error, or a `dyn Error` object (inherent
/// `get`); it derefs to one, as `Box<dyn Error>` does without being an
/// `Error` itself ([`SourceViaDeref`]); else [`SourceRequired`], whose
/// `T: Error` requirement is what rustc then reports, at the field's type.
pub struct Source<'r, T: ?Sized>(pub &'r T);

impl<'r, T: AsDynError + ?Sized> Source<'r, T> {
    #[inline]
    pub fn get(self) -> &'r (dyn Error + 'static) {
        self.0.as_dyn_error()
    }
}

pub trait SourceViaDeref<'r> {
    fn get(self) -> &'r (dyn Error + 'static);
}

impl<'r, T: Deref + ?Sized> SourceViaDeref<'r> for Source<'r, T>
where
    T::Target: AsDynError,
{
    #[inline]
    fn get(self) -> &'r (dyn Error + 'static) {
        (**self.0).as_dyn_error()
    }
}

/// Taken by reference, so that it comes after the two above.
pub trait SourceRequired<'r, T: ?Sized> {
    fn get(self) -> &'r (dyn Error + 'static)
    where
        T: Error + Sized + 'static;
}

impl<'r, T: ?Sized> SourceRequired<'r, T> for &Source<'r, T> {
    #[inline]
    fn get(self) -> &'r (dyn Error + 'static)
    where
        T: Error + Sized + 'static,
    {
        self.0
    }
}

/// An error, or an error trait object, as `&dyn Error`.
pub trait AsDynError {
    fn as_dyn_error(&self) -> &(dyn Error + 'static);
}

impl<T: Error + 'static> AsDynError for T {
    #[inline]
    fn as_dyn_error(&self) -> &(dyn Error + 'static) {
        self
    }
}

macro_rules! as_dyn_error_for_objects {
    ($($object:ty),*) => {$(
        impl AsDynError for $object {
            #[inline]
            fn as_dyn_error(&self) -> &(dyn Error + 'static) {
                self
            }
        }
    )*};
}

as_dyn_error_for_objects!(
    dyn Error,
    dyn Error + Send,
    dyn Error + Sync,
    dyn Error + Send + Sync
);

/// Rebuilds a field value from decoded text or JSON where its type allows it.
///
/// The generated code calls `(&&Restorer::<T>::new()).restore_text(s)`: method
/// resolution picks the `FromStr` path when `T: FromStr` holds and the
/// fallback (which gives up) otherwise, so no bound is imposed on user types.
pub struct Restorer<T>(PhantomData<T>);

impl<T> Restorer<T> {
    #[must_use]
    pub const fn new() -> Self {
        Restorer(PhantomData)
    }
}

impl<T> Default for Restorer<T> {
    fn default() -> Self {
        Self::new()
    }
}

pub trait ViaFromStr<T> {
    fn restore_text(&self, text: Option<&str>) -> Option<T>;
}

impl<T: FromStr> ViaFromStr<T> for &Restorer<T> {
    fn restore_text(&self, text: Option<&str>) -> Option<T> {
        text?.parse().ok()
    }
}

pub trait NoFromStr<T> {
    fn restore_text(&self, text: Option<&str>) -> Option<T>;
}

impl<T> NoFromStr<T> for Restorer<T> {
    fn restore_text(&self, _: Option<&str>) -> Option<T> {
        None
    }
}

/// `DeserializeOwned`, under a name that says why it is asked for.
#[diagnostic::on_unimplemented(
    message = "#[body] field of type `{Self}` cannot be decoded: it does not implement `serde::Deserialize`",
    label = "not `Deserialize`",
    note = "derive `serde::Deserialize` for it, or write #[body(encode_only)] to send it without decoding it"
)]
pub trait DecodableBody: DeserializeOwned {}

impl<T: DeserializeOwned> DecodableBody for T {}

/// A `#[source]` (or `#[from]`) field rebuilt from what the server
/// reported, where its type can be built from a [`RemoteError`]; the
/// fallback gives up, and the variant is then not rebuildable.
pub trait ViaRemote<T> {
    fn restore_source(&self, source: &dyn Restore) -> Option<T>;
}

impl<T: From<RemoteError>> ViaRemote<T> for &Restorer<T> {
    fn restore_source(&self, source: &dyn Restore) -> Option<T> {
        Some(T::from(source.remote()))
    }
}

pub trait NoRemote<T> {
    fn restore_source(&self, source: &dyn Restore) -> Option<T>;
}

impl<T> NoRemote<T> for Restorer<T> {
    fn restore_source(&self, _: &dyn Restore) -> Option<T> {
        None
    }
}

/// A field of a type known to parse from text.
pub fn text_of<T: FromStr>(text: Option<&str>) -> Option<T> {
    text?.parse().ok()
}

/// A `#[body]` field from its member; a missing member is what serde makes
/// of a missing field: `None` for an `Option`, no value for anything else.
/// The derive calls this through a path spanned at the field's type, so a
/// type that is not `Deserialize` is a compile error there: a body field a
/// client could never read back is a mistake, not a choice
/// (`#[body(encode_only)]` says it is one).
pub fn body_of<T: DecodableBody>(value: Option<&Value>) -> Option<T> {
    match value {
        Some(value) => T::deserialize(value).ok(),
        None => T::deserialize(Missing).ok(),
    }
}

/// A `#[body(default)]` or `#[body(default = path)]` field from its member:
/// `None` where the member is absent, for the derive to make the default
/// then, as serde's `default` does (a `null` member is a value, and must be
/// one of the type).
#[allow(clippy::option_option)]
pub fn present_body<T: DecodableBody>(value: Option<&Value>) -> Option<Option<T>> {
    value.map(|value| T::deserialize(value).ok())
}

/// What a `#[body(default = path)]` field decodes to where its member is
/// absent: a function of the field's type, which rustc checks at `path`.
pub fn default_from<T>(make: impl FnOnce() -> T) -> T {
    make()
}

/// `Default`, under a name that says why it is asked for.
#[diagnostic::on_unimplemented(
    message = "#[body(default)] field of type `{Self}` has no default: it does not implement `Default`",
    label = "`{Self}` has no `Default`",
    note = "implement `Default` for it, or name a function that makes the value with #[body(default = path)]"
)]
pub trait DefaultBody: Default {}

impl<T: Default> DefaultBody for T {}

/// What a `#[body(default)]` field decodes to where its member is absent.
pub fn default_body<T: DefaultBody>() -> T {
    T::default()
}

/// Deserializes only as `None`.
struct Missing;

impl<'de> serde::Deserializer<'de> for Missing {
    type Error = serde::de::value::Error;

    fn deserialize_any<V: serde::de::Visitor<'de>>(self, _: V) -> Result<V::Value, Self::Error> {
        Err(serde::de::Error::custom("missing member"))
    }

    fn deserialize_option<V: serde::de::Visitor<'de>>(
        self,
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        visitor.visit_none()
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct newtype_struct seq tuple
        tuple_struct map struct enum identifier ignored_any
    }
}

/// Writes a `#[body]` field. The derive calls this through a path spanned at
/// the field's type, so a type that is not `Serialize` is reported there
/// rather than at the derive.
///
/// # Errors
///
/// Whatever the map reports.
#[inline]
pub fn body_entry<M: SerializeMap, T: ?Sized + Serialize>(
    map: &mut M,
    member: &'static str,
    value: &T,
) -> Result<(), M::Error> {
    map.serialize_entry(member, value)
}

/// Writes an optional `#[body]` field, leaving the member out for `None`
/// (the body documents it as `"member"?`), not `null`.
///
/// # Errors
///
/// Whatever the map reports.
#[inline]
pub fn optional_body_entry<M: SerializeMap, T: Serialize>(
    map: &mut M,
    member: &'static str,
    value: &Option<T>,
) -> Result<(), M::Error> {
    match value {
        Some(value) => map.serialize_entry(member, value),
        None => Ok(()),
    }
}

/// What `{field}` without a spec displays, as `Show(&field).get()`: the
/// field where it is `Display` (inherent `get`); a path, or a pointer to one,
/// through `.display()` ([`ShowPath`]); else [`ShowRequired`], whose
/// `T: Display` requirement is what rustc then reports, at the message.
pub struct Show<'r, T: ?Sized>(pub &'r T);

impl<'r, T: Display + ?Sized> Show<'r, T> {
    #[inline]
    pub fn get(self) -> &'r T {
        self.0
    }
}

pub trait ShowPath<'r> {
    fn get(self) -> std::path::Display<'r>;
}

impl<'r, T: PathLike + ?Sized> ShowPath<'r> for Show<'r, T> {
    #[inline]
    fn get(self) -> std::path::Display<'r> {
        self.0.path().display()
    }
}

/// Taken by reference, so that it comes after the two above. Returns a
/// `dyn Display`, so that `write!` adds no error of its own.
pub trait ShowRequired<'r, T: ?Sized> {
    fn get(self) -> &'r dyn Display
    where
        T: Display + Sized;
}

impl<'r, T: ?Sized> ShowRequired<'r, T> for &Show<'r, T> {
    #[inline]
    fn get(self) -> &'r dyn Display
    where
        T: Display + Sized,
    {
        self.0
    }
}

/// `Path`, `PathBuf`, and the pointers to them a field may hold.
pub trait PathLike {
    fn path(&self) -> &Path;
}

impl PathLike for Path {
    fn path(&self) -> &Path {
        self
    }
}

impl PathLike for PathBuf {
    fn path(&self) -> &Path {
        self
    }
}

macro_rules! path_like_pointers {
    ($($pointer:ty),*) => {$(
        impl<P: PathLike + ?Sized> PathLike for $pointer {
            fn path(&self) -> &Path {
                (**self).path()
            }
        }
    )*};
}

path_like_pointers!(&P, Box<P>, std::rc::Rc<P>, std::sync::Arc<P>);

impl PathLike for std::borrow::Cow<'_, Path> {
    fn path(&self) -> &Path {
        self
    }
}

/// `{field:p}`: formats the pointer a field holds, where a reference to the
/// field would format the field's own address.
pub struct Var<'a, T: ?Sized>(pub &'a T);

impl<T: Pointer + ?Sized> Pointer for Var<'_, T> {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        Pointer::fmt(self.0, f)
    }
}

/// Why the derive refuses `code` for format `F`: `None` when `F` takes it
/// ([`Format::ACCEPTED_CODES`](crate::Format::ACCEPTED_CODES)). Asked once
/// per `_` entry, and once with any code of the enum's kind, for the kind.
#[must_use]
pub const fn refused_code<F: Format + ?Sized>(code: Code) -> Option<&'static str> {
    let accepted = F::ACCEPTED_CODES;
    if accepted.accepts(code) {
        return None;
    }
    Some(match code {
        Code::None => "the body format needs a code on every entry; replace `_` with a code",
        Code::Int(_) if accepted.strings => {
            "the body format takes string codes and this enum's codes are integers; \
             write each code as a string literal, e.g. #[code(\"NOT_FOUND\", ...)]"
        }
        Code::Str(_) if accepted.integers => {
            "the body format takes integer codes and this enum's codes are strings; \
             write each code as an integer literal, e.g. #[code(404, ...)]"
        }
        Code::Int(_) | Code::Str(_) => {
            "the body format takes no codes; write `_` as each entry's code"
        }
    })
}

/// Why the derive refuses to wrap a type with `codes` in a
/// `#[code(transparent)]` variant of a type in format `F`: `F` writes the
/// wrapped type's bodies too, so it must take their codes. `None` when it
/// does, and for the kind of code when the `composed` codes (the wrapping
/// type's, wrapped ones included) mix kinds: `assert_composable` says so,
/// and one mistake is one error.
#[must_use]
pub const fn refused_wrapped_codes<F: Format + ?Sized>(
    codes: Codes,
    composed: Codes,
) -> Option<&'static str> {
    let accepted = F::ACCEPTED_CODES;
    if codes.absent && !accepted.accepts(Code::None) {
        return Some(
            "the body format needs a code on every entry, and this wrapped type has entries \
             without one (`_`); the wrapping type's format writes the wrapped type's bodies too",
        );
    }
    if !composed.ints.is_empty() && !composed.strs.is_empty() {
        return None;
    }
    let refused_ints = !codes.ints.is_empty() && !accepted.accepts(Code::Int(0));
    let refused_strs = !codes.strs.is_empty() && !accepted.accepts(Code::Str(""));
    Some(match (refused_ints, refused_strs) {
        (false, false) => return None,
        (true, _) if accepted.strings => {
            "the body format takes string codes and this wrapped type's codes are integers; \
             the wrapping type's format writes the wrapped type's bodies too"
        }
        (false, true) if accepted.integers => {
            "the body format takes integer codes and this wrapped type's codes are strings; \
             the wrapping type's format writes the wrapped type's bodies too"
        }
        _ => {
            "the body format takes no codes and this wrapped type's entries have codes; \
             the wrapping type's format writes the wrapped type's bodies too"
        }
    })
}

// `#[api_error(axum)]` and `#[api_error(actix_web)]`: the derive calls these
// with the impl's generics, type and where-predicates. Without the feature
// they expand to one error, at the key, saying which feature to enable.

#[cfg(feature = "axum")]
#[doc(hidden)]
#[macro_export]
macro_rules! __errcode_axum_v0_1 {
    ([$($generics:tt)*] [$($ty:tt)*] [$($where:tt)*]) => {
        #[automatically_derived]
        impl $($generics)* $crate::__private_v0_1::axum::response::IntoResponse for $($ty)*
        where
            Self: $crate::ApiError,
            $($where)*
        {
            fn into_response(self) -> $crate::__private_v0_1::axum::response::Response {
                $crate::axum::into_response(&self)
            }
        }
    };
}

#[cfg(not(feature = "axum"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __errcode_axum_v0_1 {
    ($($tokens:tt)*) => {
        ::core::compile_error! {
            "`axum` in #[api_error(...)] needs errcodes' `axum` feature: errcodes = { version = \"0.1\", features = [\"axum\"] }"
        }
    };
}

#[cfg(feature = "actix-web")]
#[doc(hidden)]
#[macro_export]
macro_rules! __errcode_actix_web_v0_1 {
    ([$($generics:tt)*] [$($ty:tt)*] [$($where:tt)*]) => {
        #[automatically_derived]
        impl $($generics)* $crate::__private_v0_1::actix_web::ResponseError for $($ty)*
        where
            Self: $crate::ApiError + ::core::fmt::Debug,
            $($where)*
        {
            fn status_code(&self) -> $crate::__private_v0_1::actix_web::http::StatusCode {
                $crate::actix_web::status_code(self)
            }

            fn error_response(&self) -> $crate::__private_v0_1::actix_web::HttpResponse {
                $crate::actix_web::error_response(self)
            }
        }
    };
}

#[cfg(not(feature = "actix-web"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __errcode_actix_web_v0_1 {
    ($($tokens:tt)*) => {
        ::core::compile_error! {
            "`actix_web` in #[api_error(...)] needs errcodes' `actix-web` feature: errcodes = { version = \"0.1\", features = [\"actix-web\"] }"
        }
    };
}

pub use crate::__errcode_actix_web_v0_1 as actix_web_impl;
pub use crate::__errcode_axum_v0_1 as axum_impl;
#[cfg(feature = "actix-web")]
pub use ::actix_web;
#[cfg(feature = "axum")]
pub use ::axum;
