//! A body read in one pass as the format's [`Member`] list describes it:
//! the code, the message and the type URI borrowed from the input where no
//! escape forces a copy, the `#[body]` members kept as values, everything
//! else checked and dropped. No map of the whole body is built, and every
//! object read refuses a member named twice. The common body (one flat
//! object of plain values) is read by [`scan`]; any other, by
//! serde_json through the visitor here.

use core::fmt;
use core::mem::ManuallyDrop;
use std::borrow::Cow;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::Value;

use super::{scan, DecodeError};
use crate::format::members::{holds_fields, read_by_decode};
use crate::format::{Member, Source};

/// What a body holds where the format puts it.
#[derive(Default)]
pub struct Read<'de> {
    /// The code member's name and value, where the body has one.
    pub code: Option<(&'static str, Scalar<'de>)>,
    /// The message member's name and value.
    pub message: Option<(&'static str, Scalar<'de>)>,
    /// The type URI's base and the member's value (RFC 9457's `type`).
    pub type_uri: Option<(&'static str, Scalar<'de>)>,
    /// The members of the object where the `#[body]` fields go, except those
    /// the format writes itself.
    pub fields: Fields<'de>,
    duplicate: Option<String>,
    misshapen: bool,
}

/// A body's members kept for the `#[body]` fields, in body order: the
/// first few in place, so that a typical body allocates nothing.
#[derive(Default)]
pub struct Fields<'de> {
    /// Dropped by hand (see `Drop`): most bodies leave these empty, and
    /// then there is nothing to drop.
    first: ManuallyDrop<[Option<Kept<'de>>; IN_PLACE]>,
    more: Vec<Kept<'de>>,
    len: usize,
}

impl Drop for Fields<'_> {
    fn drop(&mut self) {
        if self.len > 0 {
            drop(core::mem::take(&mut *self.first));
        }
    }
}

const IN_PLACE: usize = 2;

/// A member's name and value.
type Kept<'de> = (Cow<'de, str>, Value);

impl<'de> Fields<'de> {
    fn push(&mut self, key: Cow<'de, str>, value: Value) {
        match self.first.get_mut(self.len) {
            Some(slot) => *slot = Some((key, value)),
            None => self.more.push((key, value)),
        }
        self.len = self.len.saturating_add(1);
    }

    /// The members, in body order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Value)> {
        self.first
            .iter()
            .map_while(Option::as_ref)
            .chain(&self.more)
            .map(|(k, v)| (&**k, v))
    }

    fn len(&self) -> usize {
        self.len
    }
}

/// A member's value as far as decoding reads it.
pub enum Scalar<'de> {
    Null,
    Int(i64),
    Str(Cow<'de, str>),
    /// Any other JSON value: a number outside `i64`, a boolean, an array, an object.
    Other,
}

/// Reads `body` as an object with `members` into `read` (filled in place:
/// what decoding keeps of a body is not moved around).
pub fn read<'de>(
    body: &'de [u8],
    members: &'static [Member],
    read: &mut Read<'de>,
) -> Result<(), DecodeError> {
    // One UTF-8 check of the whole body costs less than serde_json's check of
    // each string; a body that fails it is read from bytes, so that the
    // error is the one `from_slice` gives, with its position. A body the
    // scanner gives up on is read again from the start by serde_json.
    match core::str::from_utf8(body) {
        Ok(text) if scan::scan(text, members, read) => match read.duplicate.take() {
            Some(member) => Err(DecodeError::DuplicateMember(member)),
            None => Ok(()),
        },
        Ok(text) => {
            *read = Read::default();
            read_from(serde_json::Deserializer::from_str(text), members, read)
        }
        Err(_) => read_from(serde_json::Deserializer::from_slice(body), members, read),
    }
}

/// Whether the `#[body]` fields are members of the body's own object: the
/// format says so, or puts them nowhere else.
pub(super) fn fields_at_top(members: &[Member]) -> bool {
    members
        .iter()
        .any(|m| matches!(m.value, Source::BodyFields))
        || !members.iter().any(holds_fields)
}

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
    if let Some(member) = read.duplicate.take() {
        return Err(DecodeError::DuplicateMember(member));
    }
    de.end().map_err(DecodeError::Json)?;
    if read.misshapen {
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
                        object.nested = object.nested.saturating_add(1);
                    }
                }
                Slot::Field => {
                    let value: Value = map.next_value()?;
                    object.field(key, value);
                    continue;
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

/// Where a member of an object goes.
pub(super) enum Slot {
    Code(&'static str),
    Message(&'static str),
    /// The type URI's base.
    TypeUri(&'static str),
    /// An object of the format's, read for what it holds.
    Nested(&'static [Member]),
    /// Kept for the `#[body]` fields.
    Field,
    Skip,
}

/// One object as its members are read, whoever reads them (serde_json's
/// visitor or the scanner): where each member goes, and which are named
/// twice. Keys of the format's members are marked by position (no list to
/// allocate for a typical body); the other keys are compared as text.
pub(super) struct Object<'r, 'de> {
    members: &'static [Member],
    fields_here: bool,
    pub(super) read: &'r mut Read<'de>,
    seen: u64,
    others: Vec<Cow<'de, str>>,
    nested: usize,
}

impl<'r, 'de> Object<'r, 'de> {
    #[inline]
    pub(super) fn new(
        members: &'static [Member],
        fields_here: bool,
        read: &'r mut Read<'de>,
    ) -> Self {
        Object {
            members,
            fields_here,
            read,
            seen: 0,
            others: Vec::new(),
            nested: 0,
        }
    }

    /// Where the member `key` goes, and its position among the format's.
    #[inline(always)]
    pub(super) fn slot(&self, key: &str) -> (Option<usize>, Slot) {
        let position = self
            .members
            .iter()
            .position(|m| same(m.name, key) && !matches!(m.value, Source::BodyFields));
        let member = position.and_then(|i| self.members.get(i));
        let slot = match member.map(|m| (m.name, m.value, m.fillable)) {
            Some((name, Source::Code, _)) => Slot::Code(name),
            Some((name, Source::Message, _)) => Slot::Message(name),
            Some((_, Source::TypeUri(Some(base)), _)) => Slot::TypeUri(base),
            Some((_, Source::Object(inner), _)) if inner.iter().any(read_by_decode) => {
                Slot::Nested(inner)
            }
            Some((_, _, true)) | None if self.fields_here => Slot::Field,
            _ => Slot::Skip,
        };
        (position, slot)
    }

    /// Keeps a member for the `#[body]` fields.
    #[inline(always)]
    pub(super) fn field(&mut self, key: Cow<'de, str>, value: Value) {
        let fields = &self.read.fields;
        if fields.len() < FEW && fields.iter().any(|(k, _)| *k == key) {
            self.read.duplicate.get_or_insert_with(|| key.to_string());
        }
        self.read.fields.push(key, value);
    }

    /// Notes a member that was not kept for the fields, to find repeats.
    #[inline(always)]
    pub(super) fn mark(&mut self, position: Option<usize>, key: Cow<'de, str>) {
        let bit = position
            .and_then(|i| u32::try_from(i).ok())
            .and_then(|i| 1_u64.checked_shl(i));
        match bit {
            Some(bit) if self.seen & bit != 0 => {
                self.read.duplicate.get_or_insert_with(|| key.into_owned());
            }
            Some(bit) => self.seen |= bit,
            None => {
                if self.others.len() < FEW && self.others.contains(&key) {
                    self.read.duplicate.get_or_insert_with(|| key.to_string());
                }
                self.others.push(key);
            }
        }
    }

    /// The object is read: the repeats among many members, and whether the
    /// format's objects were all there.
    #[inline]
    pub(super) fn finish(self) {
        let read = self.read;
        if self.fields_here && read.fields.len() > FEW {
            if let Some(twice) = first_repeat(read.fields.iter().map(|(k, _)| k)) {
                read.duplicate.get_or_insert(twice);
            }
        }
        if self.others.len() > FEW {
            if let Some(twice) = first_repeat(self.others.iter().map(|k| &**k)) {
                read.duplicate.get_or_insert(twice);
            }
        }
        let expected = self
            .members
            .iter()
            .filter(
                |m| matches!(m.value, Source::Object(inner) if inner.iter().any(read_by_decode)),
            )
            .count();
        if self.nested < expected {
            read.misshapen = true;
        }
    }
}

/// `a == b`, compared here: member names are a few bytes, where calling
/// `memcmp` costs more than the comparison.
fn same(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).all(|(x, y)| x == y)
}

/// Up to this many keys, each new key is compared with those before it;
/// past it, the keys are sorted once at the end instead, so that a body of
/// many members costs `n log n`, not `n²`.
const FEW: usize = 16;

/// The first key (in body order) that repeats an earlier one, for more
/// keys than were compared one by one.
#[cold]
fn first_repeat<'k>(keys: impl Iterator<Item = &'k str>) -> Option<String> {
    let items: Vec<&str> = keys.collect();
    let text = |i: usize| items.get(i).copied().unwrap_or("");
    let mut order: Vec<usize> = (0..items.len()).collect();
    order.sort_by(|&a, &b| text(a).cmp(text(b)).then(a.cmp(&b)));
    order
        .windows(2)
        .filter_map(|pair| match *pair {
            [a, b] if text(a) == text(b) => Some(b),
            _ => None,
        })
        .min()
        .map(|i| text(i).to_owned())
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

/// Any JSON value, checked as a `serde_json::Value` would be (numbers in
/// range, strings valid, nesting bounded) and dropped without being built.
/// (`IgnoredAny` skips without those checks, which would let through a body
/// that `serde_json::from_slice` refuses.)
pub(super) struct Skip;

impl<'de> DeserializeSeed<'de> for Skip {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Skip {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_unit<E: de::Error>(self) -> Result<(), E> {
        Ok(())
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<(), E> {
        Ok(())
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<(), E> {
        Ok(())
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<(), E> {
        Ok(())
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<(), E> {
        Ok(())
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<(), E> {
        Ok(())
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while seq.next_element_seed(Skip)?.is_some() {}
        Ok(())
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while map.next_key_seed(Skip)?.is_some() {
            map.next_value_seed(Skip)?;
        }
        Ok(())
    }
}
