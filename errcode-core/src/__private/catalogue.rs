//! The catalogue and its translations as the derive writes them.

use crate::catalogue::Segment;
use crate::{Catalogue, CategoryRange, Entry, Language, Translation};

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
        by_code: std::sync::OnceLock::new(),
        language: "en",
        languages: &[],
        includes: &[],
    }
}

impl Catalogue {
    #[doc(hidden)]
    #[must_use]
    pub const fn including(mut self, includes: &'static [&'static Catalogue]) -> Catalogue {
        self.includes = includes;
        self
    }

    /// The language of the templates and the translations of
    /// `#[api_error(lang = "...", locales = "...")]`.
    #[doc(hidden)]
    #[must_use]
    pub const fn with_languages(
        mut self,
        language: &'static str,
        languages: &'static [Language],
    ) -> Catalogue {
        self.language = language;
        self.languages = languages;
        self
    }
}

#[must_use]
pub const fn language(
    tag: &'static str,
    partial: bool,
    translations: &'static [Translation],
) -> Language {
    Language {
        tag,
        partial,
        translations,
    }
}

/// A translated template as the derive writes it: `Translation::text("...")`,
/// then `.segmented(&[...])` where it is not its own text; `""` where a
/// partial language has none.
impl Translation {
    #[doc(hidden)]
    #[must_use]
    pub const fn text(message: &'static str) -> Translation {
        Translation {
            message,
            segments: &[],
        }
    }

    #[doc(hidden)]
    #[must_use]
    pub const fn segmented(mut self, segments: &'static [Segment]) -> Translation {
        self.segments = segments;
        self
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
