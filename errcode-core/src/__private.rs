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
use crate::{BodyField, CategoryRange};

pub use crate::catalogue::Segment;
pub use crate::decode::Restore;
pub use crate::disjoint::{assert_disjoint, Codes};
pub use crate::format::members::{reserved_member, ReservedMessage};
pub use crate::format::shape::StaticBodies;
pub use crate::format::Plain;
pub use crate::{ApiError, Catalogue, Code, CodeRef, Entry, Format};
pub use serde;
pub use serde_json::Value;

/// What the derive implements for `ApiError::__Glue`: the plumbing that the
/// runtime calls and users do not, kept off the trait's visible surface.
#[doc(hidden)]
pub trait Glue<E: ?Sized> {
    /// The codes, for `assert_disjoint_codes!`.
    const CODES: Codes;

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
}

/// The plumbing of a type whose derive failed: no codes, no static bodies,
/// nothing to write or rebuild.
pub struct StubGlue;

impl<E: ?Sized> Glue<E> for StubGlue {
    const CODES: Codes = Codes {
        ints: &[],
        strs: &[],
    };

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
            also_status: None,
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
            flags: UNIT | EXPOSED,
        }
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
    pub const fn also(mut self, status: u16) -> Entry {
        self.also_status = Some(status);
        self
    }

    #[doc(hidden)]
    #[must_use]
    pub const fn named(mut self, name: &'static str) -> Entry {
        self.name = Some(name);
        self
    }

    #[doc(hidden)]
    #[must_use]
    pub const fn segmented(mut self, segments: &'static [Segment]) -> Entry {
        self.segments = segments;
        self
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
        self
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
pub const fn body_field(member: &'static str, field: &'static str, ty: &'static str) -> BodyField {
    BodyField { member, field, ty }
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

/// A `#[body]` field from its member; a missing member is what serde makes
/// of a missing field: `None` for an `Option`, no value for anything else.
pub trait ViaDeserialize<T> {
    fn restore_json(&self, value: Option<&Value>) -> Option<T>;
}

impl<T: DeserializeOwned> ViaDeserialize<T> for &Restorer<T> {
    fn restore_json(&self, value: Option<&Value>) -> Option<T> {
        match value {
            Some(value) => T::deserialize(value).ok(),
            None => T::deserialize(Missing).ok(),
        }
    }
}

pub trait NoDeserialize<T> {
    fn restore_json(&self, value: Option<&Value>) -> Option<T>;
}

impl<T> NoDeserialize<T> for Restorer<T> {
    fn restore_json(&self, _: Option<&Value>) -> Option<T> {
        None
    }
}

/// A field of a type known to parse from text.
pub fn text_of<T: FromStr>(text: Option<&str>) -> Option<T> {
    text?.parse().ok()
}

/// A field of a type known to deserialize; a missing member is no value.
pub fn json_of<T: DeserializeOwned>(value: Option<&Value>) -> Option<T> {
    T::deserialize(value?).ok()
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
