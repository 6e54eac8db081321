//! What the one-pass readers share: a body read in one pass as the format's
//! [`Member`] list describes it, by the scanner or by serde_json's visitor,
//! fills the same [`Read`]: the code, the message and the type URI borrowed
//! from the input where no escape forces a copy, the `#[body]` members kept
//! as values, everything else checked and dropped ([`Skip`]). No map of the
//! whole body is built, and every object read refuses a member named twice
//! ([`Object`], whichever reader reads it).

use core::fmt;
use core::mem::ManuallyDrop;
use std::borrow::Cow;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::Value;

use super::error::{DecodeError, CODE_TYPE};
use crate::format::members::{holds_fields, read_by_decode};
use crate::format::{Member, Source, ANCESTORS_MEMBER};
use crate::CodeRef;

/// What a body holds where the format puts it.
#[derive(Default)]
pub struct Read<'de> {
    /// The code member's name and value, where the body has one.
    pub code: Option<(&'static str, Scalar<'de>)>,
    /// The message member's name and value.
    pub message: Option<(&'static str, Scalar<'de>)>,
    /// The type URI's base (`None`: the catalogue's `docs_url`, which
    /// such a format writes there) and the member's value (RFC 9457's `type`).
    pub type_uri: Option<(Option<&'static str>, Scalar<'de>)>,
    /// The members of the object where the `#[body]` fields go, except those
    /// the format writes itself.
    pub fields: Fields<'de>,
    /// The codes the body's code refines, nearest first, as far as they are
    /// kept ([`MAX_ANCESTORS`]); empty where the body carries none, or
    /// carries something other than a list of codes.
    pub ancestors: Vec<Scalar<'de>>,
    duplicate: Option<String>,
    misshapen: bool,
}

impl Read<'_> {
    /// The first member named twice, as the error it is.
    #[inline]
    pub(super) fn refuse_duplicate(&mut self) -> Result<(), DecodeError> {
        match self.duplicate.take() {
            Some(member) => Err(DecodeError::DuplicateMember(member)),
            None => Ok(()),
        }
    }

    /// Whether one of the format's objects was missing or not an object.
    #[inline]
    pub(super) fn misshapen(&self) -> bool {
        self.misshapen
    }
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

// Inlined: called from the readers' and the restore's files, which may be
// compiled apart from this one.
impl<'de> Fields<'de> {
    #[inline]
    fn push(&mut self, key: Cow<'de, str>, value: Value) {
        match self.first.get_mut(self.len) {
            Some(slot) => *slot = Some((key, value)),
            None => self.more.push((key, value)),
        }
        self.len = self.len.saturating_add(1);
    }

    /// The members, in body order.
    #[inline]
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

/// At most this many of a body's ancestors are kept, nearest first; the
/// rest are read and dropped. A tree of codes is a few levels deep (SQLSTATE
/// has two); the bound keeps a hostile list from costing memory.
pub const MAX_ANCESTORS: usize = 16;

/// A body's list of ancestors as far as decoding keeps it: its first
/// [`MAX_ANCESTORS`] codes where every item is a code (an integer or a
/// string), else nothing. The member is advisory, for clients that do not
/// know the code: a value of another shape is ignored, as if absent, not
/// refused.
pub(super) struct AncestorsSeed;

impl<'de> DeserializeSeed<'de> for AncestorsSeed {
    type Value = Vec<Scalar<'de>>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for AncestorsSeed {
    type Value = Vec<Scalar<'de>>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a list of codes")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut kept = Vec::new();
        let mut codes_only = true;
        while let Some(item) = seq.next_element_seed(CodeItem)? {
            match item {
                Some(code) if codes_only && kept.len() < MAX_ANCESTORS => kept.push(code),
                Some(_) => {}
                None => codes_only = false,
            }
        }
        if !codes_only {
            kept.clear();
        }
        Ok(kept)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        Skip.visit_map(map).map(|()| Vec::new())
    }
    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(Vec::new())
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Self::Value, E> {
        Ok(Vec::new())
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Self::Value, E> {
        Ok(Vec::new())
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Self::Value, E> {
        Ok(Vec::new())
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Self::Value, E> {
        Ok(Vec::new())
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<Self::Value, E> {
        Ok(Vec::new())
    }
}

/// One item of a list of ancestors: `Some` code, or `None` for any other
/// value (checked as a `serde_json::Value` would be, and dropped).
struct CodeItem;

impl<'de> DeserializeSeed<'de> for CodeItem {
    type Value = Option<Scalar<'de>>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for CodeItem {
    type Value = Option<Scalar<'de>>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a code")
    }

    fn visit_i64<E: de::Error>(self, n: i64) -> Result<Self::Value, E> {
        Ok(Some(Scalar::Int(n)))
    }
    fn visit_u64<E: de::Error>(self, n: u64) -> Result<Self::Value, E> {
        Ok(i64::try_from(n).ok().map(Scalar::Int))
    }
    fn visit_borrowed_str<E: de::Error>(self, s: &'de str) -> Result<Self::Value, E> {
        Ok(Some(Scalar::Str(Cow::Borrowed(s))))
    }
    fn visit_str<E: de::Error>(self, s: &str) -> Result<Self::Value, E> {
        Ok(Some(Scalar::Str(Cow::Owned(s.to_owned()))))
    }
    fn visit_string<E: de::Error>(self, s: String) -> Result<Self::Value, E> {
        Ok(Some(Scalar::Str(Cow::Owned(s))))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        Skip.visit_seq(seq).map(|()| None)
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        Skip.visit_map(map).map(|()| None)
    }
}

/// A list of ancestors already parsed (by a format that finds its members
/// itself), kept as [`AncestorsSeed`] keeps one.
pub(super) fn ancestors_of(value: &Value) -> Vec<Scalar<'_>> {
    let Value::Array(items) = value else {
        return Vec::new();
    };
    items
        .iter()
        .map(|item| match item {
            Value::Number(n) => n.as_i64().map(Scalar::Int),
            Value::String(s) => Some(Scalar::Str(Cow::Borrowed(s.as_str()))),
            _ => None,
        })
        .collect::<Option<Vec<_>>>()
        .map(|mut kept| {
            kept.truncate(MAX_ANCESTORS);
            kept
        })
        .unwrap_or_default()
}

/// A kept ancestor as a code to look up.
pub(super) fn ancestor_code<'a>(scalar: &'a Scalar<'_>) -> Option<CodeRef<'a>> {
    match scalar {
        Scalar::Int(n) => Some(CodeRef::Int(*n)),
        Scalar::Str(s) => Some(CodeRef::Str(s)),
        Scalar::Null | Scalar::Other => None,
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

/// Where a member of an object goes.
pub(super) enum Slot {
    Code(&'static str),
    Message(&'static str),
    /// The type URI's base; `None` for the catalogue's `docs_url`.
    TypeUri(Option<&'static str>),
    /// An object of the format's, read for what it holds.
    Nested(&'static [Member]),
    /// The codes the code refines ([`ANCESTORS_MEMBER`]), next to the code.
    Ancestors,
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
            Some((_, Source::TypeUri(base), _)) => Slot::TypeUri(base),
            Some((_, Source::Object(inner), _)) if inner.iter().any(read_by_decode) => {
                Slot::Nested(inner)
            }
            // Next to the code, where this object has it; the name is
            // compared first, so other members cost one length check.
            None if same(key, ANCESTORS_MEMBER) && self.has_code() => Slot::Ancestors,
            Some((_, _, true)) | None if self.fields_here => Slot::Field,
            _ => Slot::Skip,
        };
        (position, slot)
    }

    /// Whether the code is a member of this object, and so its ancestors.
    fn has_code(&self) -> bool {
        self.members.iter().any(|m| matches!(m.value, Source::Code))
    }

    /// Notes that one of the format's objects was there, and read.
    #[inline]
    pub(super) fn nested_read(&mut self) {
        self.nested = self.nested.saturating_add(1);
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

pub(super) fn scalar_code<'a>(
    code: Option<&'a (&'static str, Scalar<'_>)>,
) -> Result<Option<CodeRef<'a>>, DecodeError> {
    match code {
        None | Some((_, Scalar::Null)) => Ok(None),
        Some((_, Scalar::Int(n))) => Ok(Some(CodeRef::Int(*n))),
        Some((_, Scalar::Str(s))) => Ok(Some(CodeRef::Str(s))),
        Some((member, Scalar::Other)) => Err(DecodeError::WrongType {
            member,
            expected: CODE_TYPE,
        }),
    }
}

pub(super) fn scalar_message<'a>(
    message: Option<&'a (&'static str, Scalar<'_>)>,
) -> Result<Option<&'a str>, DecodeError> {
    match message {
        None | Some((_, Scalar::Null)) => Ok(None),
        Some((_, Scalar::Str(s))) => Ok(Some(s)),
        Some((member, _)) => Err(DecodeError::WrongType {
            member,
            expected: "a string",
        }),
    }
}
