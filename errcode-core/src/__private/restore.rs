//! Rebuilding a variant's fields from a decoded body.

use core::marker::PhantomData;
use core::str::FromStr;

use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::decode::RemoteError;
use crate::glue::Restore;
use crate::{ApiError, Entry};

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

/// A bound under a name that says why it is asked for: every type with
/// `$bound` has it, and rustc words a type without it as `$diagnostic` says.
macro_rules! bound_named {
    ($(#[$doc:meta])* $name:ident: $bound:path { $($diagnostic:tt)* }) => {
        $(#[$doc])*
        #[diagnostic::on_unimplemented($($diagnostic)*)]
        pub trait $name: $bound {}

        impl<T: $bound> $name for T {}
    };
}

bound_named! {
    /// `DeserializeOwned`, under a name that says why it is asked for.
    DecodableBody: DeserializeOwned {
        message = "#[body] field of type `{Self}` cannot be decoded: it does not implement `serde::Deserialize`",
        label = "not `Deserialize`",
        note = "derive `serde::Deserialize` for it, or write #[body(encode_only)] to send it without decoding it"
    }
}

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

/// The variant of entry `index` of `entries` where it is field-less and its
/// code its own: what `from_code` finds, so the derive writes no `restore`
/// arm for it (the arm would cost every such variant six tokens more).
/// `None` for any other entry, which `restore`'s arms rebuild.
pub fn unit_by_code<E: ApiError>(entries: &'static [Entry], index: usize) -> Option<E> {
    let entry = entries.get(index)?;
    if entry.is_unit() && !entry.is_shared() {
        E::from_code(entry.code())
    } else {
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

bound_named! {
    /// `Default`, under a name that says why it is asked for.
    DefaultBody: Default {
        message = "#[body(default)] field of type `{Self}` has no default: it does not implement `Default`",
        label = "`{Self}` has no `Default`",
        note = "implement `Default` for it, or name a function that makes the value with #[body(default = path)]"
    }
}

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
