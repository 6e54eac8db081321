//! The catalogue's index of codes: built by the first look-up, it finds the
//! entries with a code by hashing it rather than by reading the catalogue.

use super::{AllEntries, Catalogue};
use crate::{Code, CodeRef, Entry};

impl Catalogue {
    /// [`all_entries`](Self::all_entries) as a slice, what
    /// [`with_code`](Self::with_code) positions point into.
    pub(crate) fn indexed_entries(&self) -> &[&'static Entry] {
        &self.index().entries
    }

    fn index(&self) -> &Index {
        self.by_code.get_or_init(|| Index::new(self.all_entries()))
    }

    /// The positions in [`indexed_entries`](Self::indexed_entries) of the
    /// entries with this code (`None`: of those without one), in
    /// `all_entries` order.
    pub(crate) fn with_code(&self, code: Option<CodeRef<'_>>) -> &[usize] {
        let index = self.index();
        match code {
            None => &index.none,
            Some(CodeRef::Int(n)) => index.ints.get(n),
            Some(CodeRef::Str(s)) => index.strs.get(s),
            Some(CodeRef::OutOfRange) => &[],
        }
    }
}

/// The codes of a catalogue by kind, each with the positions of its
/// entries (entries sharing a code in declaration order). Integers apart
/// from strings, so that the common look-up hashes a plain `i64`.
#[derive(Debug)]
pub(crate) struct Index {
    entries: Box<[&'static Entry]>,
    none: Box<[usize]>,
    ints: Runs<i64>,
    strs: Runs<&'static str>,
}

impl Index {
    fn new(entries: AllEntries) -> Index {
        let entries: Box<[&'static Entry]> = entries.collect();
        let mut ints: Vec<(i64, usize)> = Vec::new();
        let mut strs: Vec<(&'static str, usize)> = Vec::new();
        let mut none = Vec::new();
        for (i, entry) in entries.iter().enumerate() {
            match entry.code {
                Code::None => none.push(i),
                Code::Int(n) => ints.push((n, i)),
                Code::Str(s) => strs.push((s, i)),
            }
        }
        Index {
            entries,
            none: none.into(),
            ints: Runs::new(ints),
            strs: Runs::new(strs),
        }
    }
}

/// Distinct keys, each with the run of positions that have it, found
/// through an open-addressing hash table: a look-up is a hash and, for a
/// key that is there, usually one probe (a binary search's chain of
/// dependent compares cost more than the rest of the look-up).
#[derive(Debug)]
struct Runs<K> {
    keys: Box<[K]>,
    /// Where each key's run ends in `positions`; it starts where the
    /// previous key's ends.
    ends: Box<[usize]>,
    positions: Box<[usize]>,
    /// A power of two of slots, at least twice the keys: `0` is empty,
    /// `i + 1` names `keys[i]`.
    slots: Box<[u32]>,
}

/// A key of the index: its hash.
trait Hashed: Ord + Copy {
    fn hash(self) -> u64;
}

impl Hashed for i64 {
    fn hash(self) -> u64 {
        (self as u64)
            .wrapping_mul(0x9E37_79B9_7F4A_7C15)
            .rotate_left(32)
    }
}

impl Hashed for &str {
    /// FNV-1a.
    fn hash(self) -> u64 {
        self.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        })
    }
}

impl<K: Hashed> Runs<K> {
    fn new(mut pairs: Vec<(K, usize)>) -> Runs<K> {
        pairs.sort_by_key(|&(k, _)| k);
        let mut keys = Vec::new();
        let mut ends = Vec::new();
        for (i, pair) in pairs.iter().enumerate() {
            if keys.last() != Some(&pair.0) {
                keys.push(pair.0);
                ends.push(i);
            }
            if let Some(end) = ends.last_mut() {
                *end = i.saturating_add(1);
            }
        }
        let mut slots = vec![0_u32; keys.len().saturating_mul(2).next_power_of_two().max(2)];
        let mask = slots.len().saturating_sub(1);
        for (i, key) in keys.iter().enumerate() {
            let mut at = slot_of(key.hash(), mask);
            while slots.get(at).is_some_and(|&s| s != 0) {
                at = at.wrapping_add(1) & mask;
            }
            if let (Some(slot), Ok(named)) = (slots.get_mut(at), u32::try_from(i.saturating_add(1)))
            {
                *slot = named;
            }
        }
        Runs {
            keys: keys.into(),
            ends: ends.into(),
            positions: pairs.iter().map(|&(_, i)| i).collect(),
            slots: slots.into(),
        }
    }

    fn get<Q: Hashed>(&self, key: Q) -> &[usize]
    where
        K: PartialEq<Q>,
    {
        let mask = self.slots.len().saturating_sub(1);
        let mut at = slot_of(key.hash(), mask);
        // Half the slots at least are empty, so the probe ends.
        let i = loop {
            match self.slots.get(at).copied() {
                None | Some(0) => return &[],
                Some(named) => {
                    let i = (named as usize).wrapping_sub(1);
                    if self.keys.get(i).is_some_and(|k| *k == key) {
                        break i;
                    }
                }
            }
            at = at.wrapping_add(1) & mask;
        };
        let start = i
            .checked_sub(1)
            .and_then(|before| self.ends.get(before))
            .copied()
            .unwrap_or(0);
        let end = self.ends.get(i).copied().unwrap_or(start);
        self.positions.get(start..end).unwrap_or(&[])
    }
}

fn slot_of(hash: u64, mask: usize) -> usize {
    // Truncating the hash is the point: the low bits pick the slot.
    #[allow(clippy::cast_possible_truncation)]
    let low = hash as usize;
    low & mask
}

#[cfg(test)]
mod tests {
    use super::Runs;

    /// Every key finds exactly its positions (a shared key all of them, in
    /// order), and a key that is not there finds none, whatever the keys'
    /// hashes collide on.
    #[test]
    fn runs_find_each_key_and_nothing_else() {
        let mut ints: Vec<(i64, usize)> = vec![
            (i64::MIN, 0),
            (i64::MAX, 1),
            (0, 2),
            (-1, 3),
            (34300, 4),
            (34300, 5),
            (34300, 6),
        ];
        // Multiples of a large power of two share their low bits before
        // hashing, and sequences fill neighbouring slots.
        ints.extend((0..300).map(|i| (i << 40, 7 + i as usize)));
        ints.extend((0..300).map(|i| (10_000 + i, 307 + i as usize)));
        let runs = Runs::new(ints.clone());
        for &(key, _) in &ints {
            let expected: Vec<usize> = ints
                .iter()
                .filter(|(k, _)| *k == key)
                .map(|&(_, p)| p)
                .collect();
            assert_eq!(runs.get(key), &expected[..], "{key}");
        }
        for absent in [1, -2, 34301, 300 << 40, 10_300, 9_999, i64::MIN + 1] {
            assert_eq!(runs.get(absent), &[] as &[usize], "{absent}");
        }

        let strs = Runs::new(vec![
            ("M_FORBIDDEN", 0),
            ("M_NOT_FOUND", 1),
            ("", 2),
            ("M_FORBIDDEN", 3),
        ]);
        assert_eq!(strs.get("M_FORBIDDEN"), &[0, 3]);
        assert_eq!(strs.get(&*String::from("M_NOT_FOUND")), &[1]);
        assert_eq!(strs.get(""), &[2]);
        assert_eq!(strs.get("M_UNKNOWN"), &[] as &[usize]);
        assert_eq!(Runs::<i64>::new(Vec::new()).get(0), &[] as &[usize]);
    }
}
