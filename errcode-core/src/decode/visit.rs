//! The reader for any body the scanner gives up on: serde_json, through a
//! visitor that reads the object as the format's [`Member`] list describes
//! it, into the same [`Read`] as the scanner.

use core::fmt;
use std::borrow::Cow;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::Value;

use super::error::DecodeError;
use super::read::{fields_at_top, AncestorsSeed, Object, Read, Scalar, Skip, Slot};
use crate::format::{Member, Source};

/// Reads `text`, a body that is UTF-8, as an object with `members` into
/// `read`.
pub(super) fn read_text<'de>(
    text: &'de str,
    members: &'static [Member],
    read: &mut Read<'de>,
) -> Result<(), DecodeError> {
    read_from(serde_json::Deserializer::from_str(text), members, read)
}

/// Reads `body`, which is not UTF-8, so that the error is the one
/// `serde_json::from_slice` gives, with its position.
pub(super) fn read_bytes<'de>(
    body: &'de [u8],
    members: &'static [Member],
    read: &mut Read<'de>,
) -> Result<(), DecodeError> {
    read_from(serde_json::Deserializer::from_slice(body), members, read)
}

/// Reads the body `de` holds as an object with `members` into `read`.
fn read_from<'de, R: serde_json::de::Read<'de>>(
    mut de: serde_json::Deserializer<R>,
    members: &'static [Member],
    read: &mut Read<'de>,
) -> Result<(), DecodeError> {
    let level = Level {
        members,
        fields_here: fields_at_top(members),
        read: &mut *read,
    };
    match de.deserialize_any(level) {
        Ok(true) => {}
        Ok(false) => return Err(DecodeError::NotAnObject),
        Err(e) => return Err(DecodeError::Json(e)),
    }
    read.refuse_duplicate()?;
    de.end().map_err(DecodeError::Json)?;
    if read.misshapen() {
        return Err(DecodeError::NotAnObject);
    }
    Ok(())
}

/// One object of the body: `Ok(true)` when it was an object.
struct Level<'r, 'de> {
    members: &'static [Member],
    /// Whether the `#[body]` fields are members of this object.
    fields_here: bool,
    read: &'r mut Read<'de>,
}

impl<'de> DeserializeSeed<'de> for Level<'_, 'de> {
    type Value = bool;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<bool, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Level<'_, 'de> {
    type Value = bool;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<bool, A::Error> {
        let mut object = Object::new(self.members, self.fields_here, self.read);
        while let Some(key) = map.next_key_seed(Text)? {
            let (position, slot) = object.slot(&key);
            match slot {
                Slot::Code(name) => {
                    object.read.code = Some((name, map.next_value_seed(ScalarSeed)?));
                }
                Slot::Message(name) => {
                    object.read.message = Some((name, map.next_value_seed(ScalarSeed)?));
                }
                Slot::TypeUri(base) => {
                    object.read.type_uri = Some((base, map.next_value_seed(ScalarSeed)?));
                }
                Slot::Nested(inner) => {
                    let level = Level {
                        members: inner,
                        fields_here: inner.iter().any(|m| matches!(m.value, Source::BodyFields)),
                        read: &mut *object.read,
                    };
                    if map.next_value_seed(level)? {
                        object.nested_read();
                    }
                }
                Slot::Field => {
                    let value: Value = map.next_value()?;
                    object.field(key, value);
                    continue;
                }
                Slot::Ancestors => {
                    object.read.ancestors = map.next_value_seed(AncestorsSeed)?;
                }
                Slot::Skip => map.next_value_seed(Skip)?,
            }
            object.mark(position, key);
        }
        object.finish();
        Ok(true)
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<bool, E> {
        Ok(false)
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<bool, E> {
        Ok(false)
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<bool, E> {
        Ok(false)
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<bool, E> {
        Ok(false)
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<bool, E> {
        Ok(false)
    }
    fn visit_unit<E: de::Error>(self) -> Result<bool, E> {
        Ok(false)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<bool, A::Error> {
        Skip.visit_seq(seq).map(|()| false)
    }
}

/// A string borrowed from the body where it has no escape.
struct Text;

impl<'de> DeserializeSeed<'de> for Text {
    type Value = Cow<'de, str>;

    #[inline]
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for Text {
    type Value = Cow<'de, str>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string")
    }

    fn visit_borrowed_str<E: de::Error>(self, s: &'de str) -> Result<Self::Value, E> {
        Ok(Cow::Borrowed(s))
    }

    fn visit_str<E: de::Error>(self, s: &str) -> Result<Self::Value, E> {
        Ok(Cow::Owned(s.to_owned()))
    }

    fn visit_string<E: de::Error>(self, s: String) -> Result<Self::Value, E> {
        Ok(Cow::Owned(s))
    }
}

struct ScalarSeed;

impl<'de> DeserializeSeed<'de> for ScalarSeed {
    type Value = Scalar<'de>;

    #[inline]
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for ScalarSeed {
    type Value = Scalar<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(Scalar::Null)
    }
    fn visit_i64<E: de::Error>(self, n: i64) -> Result<Self::Value, E> {
        Ok(Scalar::Int(n))
    }
    fn visit_u64<E: de::Error>(self, n: u64) -> Result<Self::Value, E> {
        Ok(i64::try_from(n).map_or(Scalar::Other, Scalar::Int))
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Self::Value, E> {
        Ok(Scalar::Other)
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Self::Value, E> {
        Ok(Scalar::Other)
    }
    fn visit_borrowed_str<E: de::Error>(self, s: &'de str) -> Result<Self::Value, E> {
        Ok(Scalar::Str(Cow::Borrowed(s)))
    }
    fn visit_str<E: de::Error>(self, s: &str) -> Result<Self::Value, E> {
        Ok(Scalar::Str(Cow::Owned(s.to_owned())))
    }
    fn visit_string<E: de::Error>(self, s: String) -> Result<Self::Value, E> {
        Ok(Scalar::Str(Cow::Owned(s)))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        Skip.visit_seq(seq).map(|()| Scalar::Other)
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        Skip.visit_map(map).map(|()| Scalar::Other)
    }
}
