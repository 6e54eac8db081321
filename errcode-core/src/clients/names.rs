//! The identifiers a generated module declares, one scope per module.
//!
//! A variant's name is valid Rust, not necessarily valid TypeScript or
//! Python (`class`, `None`), and it may be a name the module itself uses:
//! one the runtime declares or reads (`Parsed`, `isWhite`, `ValueError`,
//! `Uint8Array`), or one another entry's type derives (`TooMany`'s
//! `TooManyMembers`). So every name the module declares is claimed in one
//! [`Scope`], which starts with every keyword, every global or builtin of
//! the language and every word of the embedded runtime's source (taken
//! from the source itself, so that a change to the runtime cannot bring a
//! collision back), and gives each claim the first free name of
//! `{base}`, `{base}{suffix}`, `{base}{suffix}2`, `{base}{suffix}3`, …

use std::collections::BTreeSet;

/// The words a module may not declare, and those it already has.
pub(super) struct Scope {
    taken: BTreeSet<String>,
}

impl Scope {
    /// A scope in which `reserved` and every word of each of `sources`
    /// are taken.
    pub(super) fn new<'a>(reserved: impl IntoIterator<Item = &'a str>, sources: &[&str]) -> Scope {
        let mut taken: BTreeSet<String> = reserved.into_iter().map(str::to_owned).collect();
        for source in sources {
            taken.extend(words(source).map(str::to_owned));
        }
        Scope { taken }
    }

    /// A name for each of `bases`, all distinct and none taken before: in a
    /// first round each base that is free keeps it (the first of equal
    /// bases), then each other one, in order, the first free name of
    /// `{base}{suffix}`, `{base}{suffix}2`, … (a variant keeps its own name
    /// wherever it can: `Code` and `CodeEntry` give `CodeEntry2` and
    /// `CodeEntry`, not `CodeEntry` twice).
    pub(super) fn claim_all(&mut self, bases: &[String], suffix: &str) -> Vec<String> {
        let mut names: Vec<Option<String>> = bases
            .iter()
            .map(|base| self.taken.insert(base.clone()).then(|| base.clone()))
            .collect();
        for (name, base) in names.iter_mut().zip(bases) {
            if name.is_none() {
                *name = Some(self.claim_fallback(base, suffix));
            }
        }
        names.into_iter().flatten().collect()
    }

    fn claim_fallback(&mut self, base: &str, suffix: &str) -> String {
        let mut candidate = format!("{base}{suffix}");
        let mut n = 2;
        while !self.taken.insert(candidate.clone()) {
            candidate = format!("{base}{suffix}{n}");
            n += 1;
        }
        candidate
    }
}

/// Every word of `source` that could be an identifier (its comments' and
/// strings' too: taking a few more names than needed costs a suffix).
fn words(source: &str) -> impl Iterator<Item = &str> {
    source
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '$'))
        .filter(|w| w.starts_with(|c: char| !c.is_ascii_digit()))
}

/// `ident` in ASCII: a character past it written `_u{hex}`, so that no
/// language's own rules for other letters (which ones start a name,
/// Python's NFKC folding) can make it invalid or equal to another.
pub(super) fn ascii(ident: &str) -> String {
    let mut out = String::with_capacity(ident.len());
    for c in ident.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            out.push_str(&format!("_u{:x}", u32::from(c)));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reserved_word_or_a_word_of_the_source_is_never_given() {
        let mut scope = Scope::new(["class"], &["function isWhite(c) { return Parsed; }"]);
        let bases: Vec<String> = ["class", "isWhite", "Parsed", "function", "Free"]
            .map(String::from)
            .to_vec();
        assert_eq!(
            scope.claim_all(&bases, "Entry"),
            [
                "classEntry",
                "isWhiteEntry",
                "ParsedEntry",
                "functionEntry",
                "Free"
            ]
        );
    }

    #[test]
    fn names_are_distinct_and_own_names_win() {
        let mut scope = Scope::new([], &["Code"]);
        let bases: Vec<String> = ["Code", "CodeEntry", "Code", "CodeEntry2", "A", "A"]
            .map(String::from)
            .to_vec();
        let names = scope.claim_all(&bases, "Entry");
        assert_eq!(
            names,
            [
                "CodeEntry3",
                "CodeEntry",
                "CodeEntry4",
                "CodeEntry2",
                "A",
                "AEntry"
            ]
        );
        // A later claim cannot take any of them either.
        let again = scope.claim_all(&["AEntry".to_owned(), "Code".to_owned()], "Entry");
        assert_eq!(again, ["AEntryEntry", "CodeEntry5"]);
    }

    #[test]
    fn non_ascii_letters_are_written_in_ascii() {
        assert_eq!(ascii("Größe"), "Gr_uf6_udfe");
        assert_eq!(ascii("Plain_1"), "Plain_1");
    }
}
