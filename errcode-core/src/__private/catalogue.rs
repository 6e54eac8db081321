//! The catalogue and its translations as the derive writes them.

use crate::catalogue::{Retired, Segment};
use crate::Code;
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
    includes: &'static [&'static Catalogue],
    included_by: &'static [&'static str],
    undeclared: Option<usize>,
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
        includes,
        included_by,
        undeclared,
        since: None,
        retired: &[],
        domain: None,
        docs_url: None,
        code_header: None,
    }
}

/// `#[api_error(docs_url = "...")]`.
#[must_use]
pub const fn with_docs_url(mut catalogue: Catalogue, base: &'static str) -> Catalogue {
    catalogue.docs_url = Some(base);
    catalogue
}

/// `#[api_error(domain = "...")]`.
#[must_use]
pub const fn with_domain(mut catalogue: Catalogue, domain: &'static str) -> Catalogue {
    catalogue.domain = Some(domain);
    catalogue
}

/// `#[api_error(code_header = "...")]`, lower-cased as HTTP/2 sends names:
/// the derive has checked it is a header name.
#[must_use]
pub const fn with_code_header(mut catalogue: Catalogue, header: &'static str) -> Catalogue {
    catalogue.code_header = Some(header);
    catalogue
}

/// `#[api_error(since = "...", retired(...))]`.
#[must_use]
pub const fn with_history(
    mut catalogue: Catalogue,
    since: Option<&'static str>,
    retired: &'static [Retired],
) -> Catalogue {
    catalogue.since = since;
    catalogue.retired = retired;
    catalogue
}

/// A retired integer code and its note.
#[must_use]
pub const fn retired_int(code: i64, note: &'static str) -> Retired {
    Retired {
        code: Code::Int(code),
        note,
    }
}

/// A retired string code and its note.
#[must_use]
pub const fn retired_str(code: &'static str, note: &'static str) -> Retired {
    Retired {
        code: Code::Str(code),
        note,
    }
}

/// `#[api_error(lang = "...", locales = "...")]`: the language of the
/// templates, and the translations.
#[must_use]
pub const fn with_languages(
    mut catalogue: Catalogue,
    language: &'static str,
    languages: &'static [Language],
) -> Catalogue {
    catalogue.language = language;
    catalogue.languages = languages;
    catalogue
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

/// A translated template that is its own text; `""` where a partial
/// language has none.
#[must_use]
pub const fn translation(message: &'static str) -> Translation {
    translation_segmented(message, &[])
}

/// A translated template with placeholders or `{{` escapes, split as the
/// derive split it.
#[must_use]
pub const fn translation_segmented(
    message: &'static str,
    segments: &'static [Segment],
) -> Translation {
    Translation { message, segments }
}

#[must_use]
pub const fn category_range(category: &'static str, first: i64, last: i64) -> CategoryRange {
    CategoryRange {
        category,
        first,
        last,
    }
}
