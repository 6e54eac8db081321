//! What a derive that failed emits (`errcode-macros/src/expand/fallback.rs`).

use serde::ser::SerializeMap;

use super::catalogue::catalogue;
use super::entry::none_entry;
use crate::disjoint::Codes;
use crate::glue::{Glue, Restore};
use crate::{Catalogue, Entry};

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

/// What a derive that failed emits, so one mistake does not cascade into
/// errors wherever the type is used.
pub static STUB_ENTRIES: [Entry; 1] = [none_entry("", "", 0).with_fields().hidden().build()];

pub static STUB_CATALOGUE: Catalogue = catalogue(
    "",
    "",
    None,
    None,
    None,
    &[],
    "application/json",
    &STUB_ENTRIES,
    &[],
    &[],
    None,
);
