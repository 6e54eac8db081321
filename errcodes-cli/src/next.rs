//! `errcodes next`: the next free code of a service.

use std::collections::HashSet;

use crate::export::{Code, Export};
use crate::registry::Range;

/// Every number taken or retired by any service, as an integer code or as
/// a string of the same digits (`"1402"`, which `check` finds as the same
/// code): a code another service sends inside this one's range is not
/// free either.
pub fn unavailable(exports: &[Export]) -> HashSet<i64> {
    let taken = exports
        .iter()
        .flat_map(|e| e.entries.iter().filter_map(|entry| entry.code.as_ref()));
    let retired = exports
        .iter()
        .flat_map(|e| e.retired.iter().map(|r| &r.code));
    taken.chain(retired).filter_map(Code::number).collect()
}

/// The lowest code of `ranges`, in whatever order they are listed, that
/// is not in `unavailable`; `None` when they are full.
pub fn next_free(ranges: &[Range], unavailable: &HashSet<i64>) -> Option<i64> {
    ranges
        .iter()
        .filter_map(|r| (r.first..=r.last).find(|code| !unavailable.contains(code)))
        .min()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn ranges() -> impl Strategy<Value = Vec<Range>> {
        prop::collection::vec((0i64..200, 0i64..20), 1..4).prop_map(|v| {
            v.into_iter()
                .map(|(first, len)| Range {
                    first,
                    last: first + len,
                })
                .collect()
        })
    }

    proptest! {
        /// Never a taken or retired code, never one outside the ranges, no
        /// free code of any range below it, and `None` only when every code
        /// of the ranges is unavailable.
        #[test]
        fn next_is_free_and_in_range(
            ranges in ranges(),
            taken in prop::collection::hash_set(0i64..230, 0..120),
            retired in prop::collection::hash_set(0i64..230, 0..40),
        ) {
            let unavailable: HashSet<i64> = taken.union(&retired).copied().collect();
            match next_free(&ranges, &unavailable) {
                Some(code) => {
                    prop_assert!(!taken.contains(&code));
                    prop_assert!(!retired.contains(&code));
                    prop_assert!(ranges.iter().any(|r| r.contains(code)));
                    for r in &ranges {
                        prop_assert!((r.first..code.min(r.last + 1)).all(|c| unavailable.contains(&c)));
                    }
                }
                None => {
                    for r in &ranges {
                        prop_assert!((r.first..=r.last).all(|c| unavailable.contains(&c)));
                    }
                }
            }
        }
    }

    #[test]
    fn a_retired_code_is_skipped() {
        let range = [Range {
            first: 10,
            last: 12,
        }];
        let unavailable = HashSet::from([10]);
        assert_eq!(next_free(&range, &unavailable), Some(11));
        assert_eq!(next_free(&range, &HashSet::from([10, 11, 12])), None);
    }

    #[test]
    fn the_lowest_free_code_whatever_the_order_of_the_ranges() {
        let high_first = [
            Range {
                first: 20,
                last: 29,
            },
            Range {
                first: 10,
                last: 19,
            },
        ];
        assert_eq!(next_free(&high_first, &HashSet::from([10])), Some(11));
    }
}
