//! A page per code: which entries each page shows, what it is called on
//! disk and on a server, and how the pages link to each other.

use super::view::{EntryView, View};

/// The page of one code: its entries (one, or several for a shared code),
/// as [`Html::entry_page`](super::Html::entry_page) and
/// [`Markdown::entry_page`](super::Markdown::entry_page) render it.
#[derive(Debug, Clone)]
pub struct EntryPage<'v> {
    name: &'v str,
    entries: Vec<&'v EntryView>,
}

impl<'v> EntryPage<'v> {
    /// The page's name: the code as written (`34305`, `M_FORBIDDEN`), or `_`
    /// and the entry's [anchor](EntryView::anchor) for an entry without a
    /// code (`_internal`), which no code can be.
    #[must_use]
    pub const fn name(&self) -> &'v str {
        self.name
    }

    /// The entries shown, in the catalogue's order.
    #[must_use]
    pub fn entries(&self) -> &[&'v EntryView] {
        &self.entries
    }

    /// The page's file name without its extension: [`name`](Self::name)
    /// with each byte other than an ASCII letter, digit, `-`, `_` or `~` (and
    /// a `.` but at the start) percent-encoded, so that any code is one
    /// safe path segment (`auth/invalid-token` is `auth%2Finvalid-token`).
    #[must_use]
    pub fn file_stem(&self) -> String {
        file_stem(self.name)
    }
}

impl View {
    /// One page per code, in the catalogue's order: the entries sharing a
    /// code share a page, and an entry without a code has its own, named
    /// `_` and its anchor.
    #[must_use]
    pub fn entry_pages(&self) -> Vec<EntryPage<'_>> {
        let mut pages: Vec<EntryPage<'_>> = Vec::new();
        let mut by_name: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
        for entry in self.entries() {
            let name = entry.page_name();
            match by_name.get(name) {
                Some(&at) => pages[at].entries.push(entry),
                None => {
                    by_name.insert(name, pages.len());
                    pages.push(EntryPage {
                        name,
                        entries: vec![entry],
                    });
                }
            }
        }
        pages
    }

    /// The page named `name` (see [`EntryPage::name`]: the code as written,
    /// as a server receives it in `/errors/{code}` once decoded); `None`
    /// when no entry has it.
    #[must_use]
    pub fn entry_page(&self, name: &str) -> Option<EntryPage<'_>> {
        let entries: Vec<&EntryView> = self
            .entries()
            .iter()
            .filter(|e| e.page_name() == name)
            .collect();
        let name = entries.first()?.page_name();
        Some(EntryPage { name, entries })
    }
}

/// Where the catalogue page and the entry pages link to each other.
///
/// [`Links::none`] (what [`Html::new`](super::Html::new) and
/// [`Markdown::new`](super::Markdown::new) start with): the catalogue page
/// stands alone, as [`docs::html`](super::html) renders it, linking to no
/// entry page; an entry page then links as [`Links::files`] does.
/// [`Links::files`] is the folder [`write_all`](super::write_all) writes:
/// the catalogue page `{Type}.html` beside a folder `{Type}/errors/`
/// holding `{code}.html` and `{code}.md` (`{code}.{tag}.html` for a
/// translation, linking to the catalogue page in the same language).
/// [`Links::served`] is a server's: the catalogue at `{base}`, each entry
/// at `{base}/{code}`, and each page in another language at the same URL
/// with `?lang={tag}`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Links<'a> {
    kind: Kind<'a>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
enum Kind<'a> {
    #[default]
    None,
    Files,
    Served(&'a str),
}

impl<'a> Links<'a> {
    /// No link from the catalogue page to the entry pages.
    #[must_use]
    pub const fn none() -> Self {
        Links { kind: Kind::None }
    }

    /// The links of the folder [`write_all`](super::write_all) writes.
    #[must_use]
    pub const fn files() -> Self {
        Links { kind: Kind::Files }
    }

    /// The links of pages served at `base` (`"/errors"`): the catalogue at
    /// `base`, each entry page at `{base}/{code}` (the code
    /// percent-encoded as [`EntryPage::file_stem`] does), without a file
    /// extension or language (a server negotiates the language; each page
    /// links to the others in its languages by `?lang={tag}`).
    #[must_use]
    pub const fn served(base: &'a str) -> Self {
        Links {
            kind: Kind::Served(base),
        }
    }

    /// The link from the catalogue page to the page named `page`; `None`
    /// for a catalogue page that stands alone.
    pub(super) fn to_entry(self, view: &View, page: &str, extension: &str) -> Option<String> {
        match self.kind {
            Kind::None => None,
            Kind::Served(base) => Some(served(base, page)),
            Kind::Files => Some(format!(
                "{}/errors/{}",
                href_segment(view.catalogue().type_name()),
                self.sibling(view, page, extension)
            )),
        }
    }

    /// The link from one entry page to the page named `page`.
    pub(super) fn sibling(self, view: &View, page: &str, extension: &str) -> String {
        match self.kind {
            Kind::Served(base) => served(base, page),
            Kind::None | Kind::Files => format!(
                "{}{}.{extension}",
                href_segment(&file_stem(page)),
                language_suffix(view)
            ),
        }
    }

    /// The link from a page to the same page in the language `tag`
    /// (`default`: the catalogue's own), `stem` the page's file name without
    /// its extension (the catalogue's type name, or
    /// [`EntryPage::file_stem`]): a served page's `?lang=`, as the server
    /// negotiates a language otherwise, or the file of that language.
    pub(super) fn to_language(self, stem: &str, tag: &str, default: bool) -> String {
        match self.kind {
            Kind::Served(_) => format!("?lang={tag}"),
            Kind::None | Kind::Files if default => format!("{}.html", href_segment(stem)),
            Kind::None | Kind::Files => format!("{}.{tag}.html", href_segment(stem)),
        }
    }

    /// The link from an entry page back to the catalogue page.
    pub(super) fn to_catalogue(self, view: &View, extension: &str) -> String {
        match self.kind {
            Kind::Served(base) => base.to_owned(),
            Kind::None | Kind::Files => format!(
                "../../{}{}.{extension}",
                href_segment(view.catalogue().type_name()),
                language_suffix(view)
            ),
        }
    }
}

fn served(base: &str, page: &str) -> String {
    format!("{}/{}", base.trim_end_matches('/'), file_stem(page))
}

/// The path of the page named `page` inside a docs folder, as
/// [`Links::files`] links to it.
pub(super) fn file_path(view: &View, page: &str, extension: &str) -> String {
    format!(
        "{}/errors/{}{}.{extension}",
        view.catalogue().type_name(),
        file_stem(page),
        language_suffix(view)
    )
}

/// `.{tag}` for a view in another language than its catalogue's own, as
/// the translated catalogue pages are named.
fn language_suffix(view: &View) -> String {
    if view.language() == view.catalogue().language() {
        String::new()
    } else {
        format!(".{}", view.language())
    }
}

fn file_stem(name: &str) -> String {
    let mut stem = String::with_capacity(name.len());
    for (i, byte) in name.bytes().enumerate() {
        if byte.is_ascii_alphanumeric() || b"-_~".contains(&byte) || (byte == b'.' && i > 0) {
            stem.push(char::from(byte));
        } else {
            stem.push_str(&format!("%{byte:02X}"));
        }
    }
    stem
}

/// A file name as a relative link's path segment: its `%`s encoded, so
/// that a browser asks for the file of that name.
fn href_segment(name: &str) -> String {
    name.replace('%', "%25")
}
