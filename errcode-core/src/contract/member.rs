//! A body member as the lock records it ([`MemberType`]), built by
//! [`members`] from what [`schema::properties`] reads of a body's JSON
//! Schema (the one reader of its keywords), written and read back as one
//! short phrase (`optional integer 0..=255`, `string one of ["a","b"]`,
//! `unknown` where the type declares no schema, `any` for `{}`), and
//! compared: a client reads bodies, so a narrower type is compatible and a
//! wider one is not.
//!
//! Nested objects' members are listed under `outer.inner`, an array's items
//! under `list[]` and their members under `list[].inner`: a member renamed
//! inside a `Vec<Struct>` is a member removed and one added, as at the top.

use std::cmp::Ordering;
use std::fmt;

use serde_json::{Number, Value};

use crate::schema::{self, JsonType};

/// One kind of JSON value, in the order the lock writes them (`null` last,
/// as `string|null` reads).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Kind {
    Boolean,
    Integer,
    Number,
    String,
    Array,
    Object,
    /// A type name JSON Schema does not define, as written.
    Other(String),
    Null,
}

impl Kind {
    /// The lock's kind for a kind read from a schema (an array's items are
    /// listed apart, under `member[]`).
    fn of(kind: &schema::Kind) -> Self {
        match kind {
            schema::Kind::Null => Kind::Null,
            schema::Kind::Boolean => Kind::Boolean,
            schema::Kind::Integer => Kind::Integer,
            schema::Kind::Number => Kind::Number,
            schema::Kind::String => Kind::String,
            schema::Kind::Array(_) => Kind::Array,
            schema::Kind::Object => Kind::Object,
            schema::Kind::Other(name) => Kind::Other(name.clone()),
        }
    }

    /// The kind a name in the lock stands for, as in a schema's `type`.
    fn named(name: &str) -> Self {
        Kind::of(&schema::Kind::named(name, &Value::Null))
    }

    fn name(&self) -> &'static str {
        match self {
            Kind::Null => "null",
            Kind::Boolean => "boolean",
            Kind::Integer => "integer",
            Kind::Number => "number",
            Kind::String => "string",
            Kind::Array => "array",
            Kind::Object => "object",
            // Written from `Kinds::other`, never by this name.
            Kind::Other(_) => "",
        }
    }
}

/// A set of kinds, written in [`Kind`]'s order: a bit per kind JSON Schema
/// defines, names for the others (a lock reads tens of thousands of these).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(super) struct Kinds {
    bits: u8,
    /// Type names JSON Schema does not define, sorted.
    other: Vec<String>,
}

/// The bit of each kind JSON Schema defines, in [`Kind`]'s order.
const BITS: [(Kind, u8); 7] = [
    (Kind::Boolean, 1),
    (Kind::Integer, 2),
    (Kind::Number, 4),
    (Kind::String, 8),
    (Kind::Array, 16),
    (Kind::Object, 32),
    (Kind::Null, 64),
];

impl Kinds {
    fn bit(kind: &Kind) -> Option<u8> {
        BITS.iter().find(|(k, _)| k == kind).map(|(_, bit)| *bit)
    }

    fn insert(&mut self, kind: Kind) {
        match (Kinds::bit(&kind), kind) {
            (Some(bit), _) => self.bits |= bit,
            (None, Kind::Other(name)) => {
                if let Err(at) = self.other.binary_search(&name) {
                    self.other.insert(at, name);
                }
            }
            (None, _) => {}
        }
    }

    fn has(&self, kind: &Kind) -> bool {
        Kinds::bit(kind).is_some_and(|bit| self.bits & bit != 0)
    }

    /// Only `null`.
    fn only_null(&self) -> bool {
        self.bits == 64 && self.other.is_empty()
    }

    /// Whether any kind is one but those given.
    fn any_but(&self, kinds: &[Kind]) -> bool {
        let given = kinds.iter().filter_map(Kinds::bit).fold(0, |a, b| a | b);
        self.bits & !given != 0 || !self.other.is_empty()
    }

    /// Every value of `self` is one of `old`'s: an integer is a number.
    fn within(&self, old: &Kinds) -> bool {
        let mut bits = self.bits;
        if old.has(&Kind::Number) {
            bits &= !2;
        }
        bits & !old.bits == 0 && self.other.iter().all(|o| old.other.contains(o))
    }

    fn union(&self, other: &Kinds) -> Kinds {
        let mut union = self.clone();
        union.bits |= other.bits;
        for name in &other.other {
            union.insert(Kind::Other(name.clone()));
        }
        union
    }

    /// The names, in the order the lock writes them.
    fn names(&self) -> impl Iterator<Item = &str> {
        let known = |range: core::ops::Range<usize>| {
            BITS[range]
                .iter()
                .filter(|(_, bit)| self.bits & bit != 0)
                .map(|(kind, _)| kind.name())
        };
        known(0..6)
            .chain(self.other.iter().map(String::as_str))
            .chain(known(6..7))
    }
}

impl FromIterator<Kind> for Kinds {
    fn from_iter<I: IntoIterator<Item = Kind>>(kinds: I) -> Self {
        let mut set = Kinds::default();
        for kind in kinds {
            set.insert(kind);
        }
        set
    }
}

/// The bounds of a number (`minimum`, `maximum`; exclusive bounds of an
/// integer made inclusive).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(super) struct Range {
    pub(super) min: Option<Number>,
    pub(super) max: Option<Number>,
}

impl Range {
    fn is_unbounded(&self) -> bool {
        self.min.is_none() && self.max.is_none()
    }

    /// Every number `self` allows is one `old` allows.
    fn within(&self, old: &Range) -> bool {
        let bound = |new: &Option<Number>, old: &Option<Number>, inside: Ordering| match (new, old)
        {
            (_, None) => true,
            (None, Some(_)) => false,
            (Some(new), Some(old)) => compare(new, old) != inside.reverse(),
        };
        bound(&self.min, &old.min, Ordering::Greater) && bound(&self.max, &old.max, Ordering::Less)
    }

    /// The range of values either allows (`None` where one is unbounded).
    fn union(&self, other: &Range) -> Range {
        let pick = |a: &Option<Number>, b: &Option<Number>, keep: Ordering| match (a, b) {
            (Some(a), Some(b)) if compare(a, b) == keep => Some(a.clone()),
            (Some(_), Some(b)) => Some(b.clone()),
            _ => None,
        };
        Range {
            min: pick(&self.min, &other.min, Ordering::Less),
            max: pick(&self.max, &other.max, Ordering::Greater),
        }
    }
}

/// Two JSON numbers by value: exactly for integers (`u64::MAX` included),
/// as `f64` where either is a fraction.
fn compare(a: &Number, b: &Number) -> Ordering {
    match (schema::as_i128(a), schema::as_i128(b)) {
        (Some(a), Some(b)) => a.cmp(&b),
        _ => {
            let float = |n: &Number| n.as_f64().unwrap_or(f64::NAN);
            float(a).partial_cmp(&float(b)).unwrap_or(Ordering::Equal)
        }
    }
}

impl fmt::Display for Range {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(min) = &self.min {
            write!(f, "{min}")?;
        }
        f.write_str("..")?;
        if let Some(max) = &self.max {
            write!(f, "={max}")?;
        }
        Ok(())
    }
}

/// What the lock records of a body member: the values it may hold and
/// whether it may be absent.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(super) struct MemberType {
    pub(super) optional: bool,
    /// Whether it has no schema at all ([`JsonType::no_schema`], written
    /// `unknown`): its Rust type, which clients read it as, is not seen.
    pub(super) unknown: bool,
    /// Its kinds, in [`Kind`]'s order; `None` where the schema says nothing
    /// of them (`any`, or `unknown`).
    pub(super) kinds: Option<Kinds>,
    pub(super) range: Option<Range>,
    /// Its string `format` (`uri`, `date-time`).
    pub(super) format: Option<String>,
    /// The only values it takes (`enum`, `const`), as compact JSON, sorted.
    pub(super) values: Option<Vec<String>>,
}

impl MemberType {
    /// What a lock of version 1 recorded of it: its kinds and whether it may
    /// be absent.
    pub(super) fn as_v1(&self) -> MemberType {
        MemberType {
            optional: self.optional,
            kinds: self.kinds.clone(),
            // Version 1 wrote `any` for it.
            unknown: false,
            ..MemberType::default()
        }
    }

    /// Why a client that reads `old` fails on `self`; `None` where every
    /// value of `self` is one `old` allows.
    pub(super) fn breaks(&self, old: &MemberType) -> Option<String> {
        if self.optional && !old.optional {
            return Some(format!("clients reading it as {old} fail"));
        }
        match (&old.kinds, &self.kinds) {
            // `{}` where the lock saw no schema (or wrote `any` for none,
            // before `unknown`) widens nothing a client can tell.
            (None, None) if !old.unknown || self.unknown => {}
            (None, None) => {
                return Some(
                    "it now takes any value, where clients read it as the Rust type it had"
                        .to_owned(),
                )
            }
            (None, Some(_)) if old.unknown => {
                return Some(
                    "its type was unknown to the lock (no JSON Schema) and clients read it as \
                     the Rust type it had, which the lock cannot compare; accept if that type \
                     is unchanged"
                        .to_owned(),
                )
            }
            // Narrower than any value, but a lock written before `unknown`
            // wrote `any` for a type without a schema too.
            (None, Some(_)) => {
                return Some(
                    "it took any value and clients may read it as a Rust type the lock never \
                     saw (locks before `unknown` wrote `any` for a type without a JSON \
                     Schema); accept if they read the new type"
                        .to_owned(),
                )
            }
            (Some(_), None) => return Some(format!("clients reading it as {old} fail")),
            (Some(old_kinds), Some(kinds)) => {
                if !kinds.within(old_kinds) {
                    return Some(format!("clients reading it as {old} fail"));
                }
            }
        }
        if let Some(old_range) = &old.range {
            let range = self.range.clone().unwrap_or_default();
            if !range.within(old_range) {
                return Some(format!(
                    "values outside {old_range} overflow clients that parse it into the old range"
                ));
            }
        }
        if let Some(old_values) = &old.values {
            let new: Vec<&String> = match &self.values {
                Some(values) => values.iter().filter(|v| !old_values.contains(v)).collect(),
                None => {
                    return Some(
                        "it now takes any value, where clients know only the old ones".to_owned(),
                    )
                }
            };
            if !new.is_empty() {
                let new: Vec<&str> = new.iter().map(|v| v.as_str()).collect();
                return Some(format!(
                    "clients that know only the old values fail on {}",
                    new.join(", ")
                ));
            }
        }
        // A number's format (`int8`, `uint64`) restates its range, which
        // decides; a string's (`uri`, `date-time`) is how clients parse it.
        let strings = |t: &MemberType| {
            t.kinds
                .as_ref()
                .is_none_or(|k| k.any_but(&[Kind::Integer, Kind::Number, Kind::Null]))
        };
        if let (Some(old_format), true) = (&old.format, strings(old)) {
            if self.format.as_ref() != Some(old_format) {
                return Some(format!("clients parsing it as {old_format} fail"));
            }
        }
        None
    }

    /// Reads the phrase [`Display`](fmt::Display) writes: `[optional ]kinds`
    /// then a range, `format NAME` and `one of [values]`, each if any. A
    /// version 1 lock's `array<T>` gives the items' type, for the caller to
    /// list under `member[]`.
    pub(super) fn parse(text: &str) -> Result<(MemberType, Option<MemberType>), &'static str> {
        let (optional, rest) = match text.strip_prefix("optional ") {
            Some(rest) => (true, rest),
            None => (false, text),
        };
        if !rest.contains(' ') {
            // Most members are kinds alone (`integer`, `string|null`).
            let (kinds, items) = parse_kinds(rest)?;
            let ty = MemberType {
                optional,
                unknown: rest == UNKNOWN,
                kinds,
                ..MemberType::default()
            };
            return Ok((ty, items));
        }
        let (rest, values) = match rest.split_once(" one of ") {
            Some((rest, values)) => {
                let values: Vec<Value> =
                    serde_json::from_str(values).map_err(|_| "a member's values are not a list")?;
                (rest, Some(canonical(values.iter())))
            }
            None => (rest, None),
        };
        let (rest, format) = match rest.split_once(" format ") {
            Some((rest, format)) => (rest, Some(format.to_owned())),
            None => (rest, None),
        };
        let (kinds_text, range) = match rest.split_once(' ') {
            Some((kinds, range)) => (kinds, Some(parse_range(range)?)),
            None => (rest, None),
        };
        let (kinds, items) = parse_kinds(kinds_text)?;
        let ty = MemberType {
            optional,
            unknown: kinds_text == UNKNOWN,
            kinds,
            range,
            format,
            values,
        };
        Ok((ty, items))
    }
}

/// How the lock writes the type of a member without a schema.
const UNKNOWN: &str = "unknown";

/// `any`, `unknown`, or kinds joined by `|`; a version 1 lock's `array<T>`
/// also gives `T` (its `<` and `>` nest, so the split is at the outer `|`s
/// only).
fn parse_kinds(text: &str) -> Result<(Option<Kinds>, Option<MemberType>), &'static str> {
    if text == "any" || text == UNKNOWN {
        return Ok((None, None));
    }
    let (mut kinds, mut items, mut depth, mut start) = (Kinds::default(), None, 0_usize, 0);
    let mut deepest = 0;
    for (i, c) in text.char_indices().chain([(text.len(), '|')]) {
        match c {
            '<' => {
                depth += 1;
                deepest = deepest.max(depth);
                // Each level is a call of `MemberType::parse`: a hostile
                // lock must not run the stack out.
                if deepest > MAX_NESTING {
                    return Err("a member's type nests arrays too deep");
                }
            }
            '>' => {
                depth = depth
                    .checked_sub(1)
                    .ok_or("a member's type is unbalanced")?
            }
            '|' if depth == 0 => {
                let part = text.get(start..i).unwrap_or("");
                match part
                    .strip_prefix("array<")
                    .and_then(|p| p.strip_suffix('>'))
                {
                    Some(inner) => {
                        kinds.insert(Kind::Array);
                        items = Some(MemberType::parse(inner)?.0);
                    }
                    None if part.is_empty() => return Err("a member's type names no kind"),
                    None => kinds.insert(Kind::named(part)),
                }
                start = i + 1;
            }
            _ => {}
        }
    }
    if depth != 0 {
        return Err("a member's type is unbalanced");
    }
    Ok((Some(kinds), items))
}

/// How deep a version 1 lock's `array<array<...>>` may nest.
const MAX_NESTING: usize = 64;

fn parse_range(text: &str) -> Result<Range, &'static str> {
    let (min, max) = text
        .split_once("..")
        .ok_or("a member's range is not lo..=hi")?;
    let number = |t: &str| -> Result<Option<Number>, &'static str> {
        if t.is_empty() {
            return Ok(None);
        }
        t.parse()
            .map(Some)
            .map_err(|_| "a member's range bound is not a number")
    };
    let max = match max {
        "" => None,
        max => number(
            max.strip_prefix('=')
                .ok_or("a member's range is not lo..=hi")?,
        )?,
    };
    Ok(Range {
        min: number(min)?,
        max,
    })
}

impl fmt::Display for MemberType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.optional {
            f.write_str("optional ")?;
        }
        match &self.kinds {
            None if self.unknown => f.write_str(UNKNOWN)?,
            None => f.write_str("any")?,
            Some(kinds) => {
                for (i, name) in kinds.names().enumerate() {
                    if i > 0 {
                        f.write_str("|")?;
                    }
                    f.write_str(name)?;
                }
            }
        }
        if let Some(range) = &self.range {
            write!(f, " {range}")?;
        }
        if let Some(format) = &self.format {
            write!(f, " format {format}")?;
        }
        if let Some(values) = &self.values {
            write!(f, " one of [{}]", values.join(","))?;
        }
        Ok(())
    }
}

/// Values as the lock lists them: compact JSON, sorted, each once.
fn canonical<'v>(values: impl Iterator<Item = &'v Value>) -> Vec<String> {
    let mut texts: Vec<String> = values
        .map(|v| serde_json::to_string(v).unwrap_or_default())
        .collect();
    texts.sort();
    texts.dedup();
    texts
}

/// The members of the body `schema` describes ([`schema::properties`]), by
/// path, sorted: nested objects' under `outer.inner`, array items under
/// `list[]`. A path that several `anyOf`/`oneOf` alternatives name is one
/// member, of any of their types.
pub(super) fn members(schema: &Value) -> Vec<(String, MemberType)> {
    let mut out = Vec::new();
    for property in schema::properties(schema, &[]) {
        let mut ty = MemberType::of(&property.json_type);
        ty.optional = !property.required || property.sometimes_absent;
        list_items(&property.path, &[&property.json_type], &mut out);
        out.push((property.path, ty));
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out.dedup_by(|b, a| {
        let same = a.0 == b.0;
        if same {
            a.1 = a.1.union(&b.1);
            a.1.optional |= b.1.optional;
        }
        same
    });
    out
}

/// The items of the arrays `types` allow, under `path[]`, and theirs.
fn list_items(path: &str, types: &[&JsonType], out: &mut Vec<(String, MemberType)>) {
    let items: Vec<&JsonType> = types.iter().flat_map(|ty| items_of(ty)).collect();
    let Some(ty) = items
        .iter()
        .map(|item| MemberType::of(item))
        .reduce(|a, b| a.union(&b))
    else {
        return;
    };
    let path = format!("{path}[]");
    list_items(&path, &items, out);
    out.push((path, ty));
}

/// What an array `ty` allows holds, also where it is one of alternatives.
fn items_of(ty: &JsonType) -> Vec<&JsonType> {
    let own = ty.kinds.iter().flatten().filter_map(|kind| match kind {
        schema::Kind::Array(Some(items)) => Some(&**items),
        _ => None,
    });
    own.chain(ty.alternatives.iter().flat_map(items_of))
        .collect()
}

impl MemberType {
    /// The lock's record of what `ty` allows (present: whether the member
    /// may be absent is its object's to say).
    fn of(ty: &JsonType) -> MemberType {
        if let Some(union) = ty
            .alternatives
            .iter()
            .map(MemberType::of)
            .reduce(|a, b| a.union(&b))
        {
            return union;
        }
        let kinds: Option<Kinds> = match &ty.kinds {
            Some(kinds) => Some(kinds.iter().map(Kind::of).collect()),
            None => ty.values.as_ref().map(|values| {
                values
                    .iter()
                    .map(|v| Kind::of(&schema::Kind::of_value(v)))
                    .collect()
            }),
        };
        let (min, max) = ty.range();
        let range = Range { min, max };
        MemberType {
            optional: false,
            unknown: ty.no_schema,
            kinds,
            range: (!range.is_unbounded()).then_some(range),
            format: ty.format.clone(),
            values: ty.values.as_ref().map(|v| canonical(v.iter())),
        }
    }

    /// What a value of either type may be (`anyOf`, `oneOf`); a bare `null`
    /// alternative adds `null` to the other's values.
    fn union(&self, other: &MemberType) -> MemberType {
        let only_null = |t: &MemberType| t.kinds.as_ref().is_some_and(Kinds::only_null);
        let numeric = |t: &MemberType| {
            t.kinds
                .as_ref()
                .is_none_or(|k| k.has(&Kind::Integer) || k.has(&Kind::Number))
        };
        let (a, b) = (self, other);
        let kinds = match (&a.kinds, &b.kinds) {
            (Some(x), Some(y)) => Some(x.union(y)),
            _ => None,
        };
        let values = match (&a.values, &b.values) {
            (Some(x), Some(y)) => Some(x.iter().chain(y).cloned().collect::<Vec<_>>()),
            (Some(x), None) if only_null(b) => Some([&x[..], &["null".to_owned()]].concat()),
            (None, Some(y)) if only_null(a) => Some([&["null".to_owned()][..], &y[..]].concat()),
            _ => None,
        }
        .map(|mut v| {
            v.sort();
            v.dedup();
            v
        });
        let range = match (&a.range, &b.range) {
            (Some(x), Some(y)) => Some(x.union(y)),
            (Some(x), None) if !numeric(b) => Some(x.clone()),
            (None, Some(y)) if !numeric(a) => Some(y.clone()),
            _ => None,
        };
        let format = match (&a.format, &b.format) {
            (Some(x), Some(y)) if x == y => Some(x.clone()),
            (Some(x), None) if only_null(b) => Some(x.clone()),
            (None, Some(y)) if only_null(a) => Some(y.clone()),
            _ => None,
        };
        MemberType {
            optional: false,
            unknown: kinds.is_none() && (a.unknown || b.unknown),
            kinds,
            range,
            format,
            values,
        }
    }
}

#[cfg(test)]
mod tests;
