//! The model every output reads: the catalogue and its entries as the
//! documentation shows them.

use errcode_shared::code::CODELESS_PREFIX;

use super::example;
use super::history;
use super::schema_rows::{schema_rows, SchemaRow};
use crate::catalogue::public_part;
use crate::format::Format;
use crate::{ApiError, Catalogue, CategoryRange, Code, Entry, GrpcCode, Retired, Translation};

/// Everything the documentation says about a catalogue, computed once for a
/// body format: each output (Markdown, HTML, JSON, OpenAPI) reads this and
/// nothing else, so a fact added here reaches all of them (the test suite
/// checks every output against [`View::facts`]).
#[derive(Debug, Clone)]
pub struct View {
    catalogue: &'static Catalogue,
    language: &'static str,
    description: Option<&'static str>,
    content_type: &'static str,
    json_schema: serde_json::Value,
    code_path: Option<Vec<&'static str>>,
    schema: Vec<SchemaRow>,
    entries: Vec<EntryView>,
    retired: Vec<&'static Retired>,
}

/// One entry as the documentation shows it.
#[derive(Debug, Clone)]
pub struct EntryView {
    entry: &'static Entry,
    translation: Option<&'static Translation>,
    sent_status: u16,
    grpc: bool,
    example: String,
    schema: serde_json::Value,
    anchor: String,
    page: String,
    since: Option<&'static str>,
    replacement: Option<String>,
    parent: Option<String>,
}

/// The tag of an entry that reports success.
pub(super) const SUCCESS: &str = "success";
/// The tag of an entry whose code other entries use too.
pub(super) const SHARED: &str = "shared";
/// The tag of an entry whose bodies carry the template as written rather
/// than the rendered message.
pub(super) const TEMPLATE_ONLY: &str = "template only";
/// Before an entry's `untested` reason: why no test sends it.
pub(super) const UNTESTED: &str = "Untested:";

impl View {
    /// The view of the catalogue of `E`, with examples in `E`'s format.
    #[must_use]
    pub fn of<E: ApiError>() -> Self {
        Self::new::<E::Format>(E::catalogue())
    }

    /// The view of `catalogue`, with examples in format `F`.
    #[must_use]
    pub fn new<F: Format>(catalogue: &'static Catalogue) -> Self {
        Self::new_in::<F>(catalogue, catalogue.language())
    }

    /// The view of the catalogue of `E` in the language `lang` (looked up
    /// as [`Catalogue::translation_for`] does): messages and examples
    /// translated, the default language's where there is no translation.
    #[must_use]
    pub fn of_in<E: ApiError>(lang: &str) -> Self {
        Self::new_in::<E::Format>(E::catalogue(), lang)
    }

    /// The view of `catalogue` in the language `lang`, with examples in format `F`.
    #[must_use]
    pub fn new_in<F: Format>(catalogue: &'static Catalogue, lang: &str) -> Self {
        let language = catalogue.translation_for(lang);
        let mut entries: Vec<EntryView> = catalogue
            .all_entries()
            .map(|e| {
                let translation = catalogue
                    .owner(e)
                    .and_then(|owner| owner.translation_for(lang))
                    .and_then(|language| language.translation(e));
                EntryView::new::<F>(e, translation)
            })
            .collect();
        let mut taken = Vec::with_capacity(entries.len());
        for entry in &mut entries {
            entry.anchor = entry.unique_anchor(&taken);
            taken.push(entry.anchor.clone());
            entry.page = match entry.entry.code() {
                Code::None => format!("{CODELESS_PREFIX}{}", entry.anchor),
                code => code.to_string(),
            };
            entry.since = entry
                .entry
                .since()
                .filter(|s| Some(*s) != catalogue.since());
        }
        for i in 0..entries.len() {
            let replaced_by = entries[i].entry.deprecation().and_then(|d| d.replaced_by());
            entries[i].replacement = replaced_by.and_then(|code| anchor_of(&entries, code));
            let parent = entries[i].entry.parent();
            entries[i].parent = parent.and_then(|code| anchor_of(&entries, code));
        }
        let all: Vec<&'static Entry> = catalogue.all_entries().collect();
        let mut schema = schema_rows::<F>(&all);
        history::date_rows(&mut schema, catalogue, &all);
        View {
            catalogue,
            language: language.map_or(catalogue.language(), |l| l.tag()),
            description: catalogue.description().and_then(public_part),
            content_type: F::CONTENT_TYPE,
            json_schema: F::json_schema(),
            code_path: crate::format::members::code_path(F::MEMBERS),
            schema,
            entries,
            retired: history::retired_of(catalogue),
        }
    }

    /// The same view showing each entry's gRPC status code
    /// ([`Entry::grpc_code`]), for a service that speaks gRPC too: a column
    /// of the pages, `grpc` in the JSON document, and a line of each OpenAPI
    /// example. Pages of a service that speaks HTTP alone leave it out.
    #[must_use]
    pub fn with_grpc(mut self) -> Self {
        for entry in &mut self.entries {
            entry.grpc = true;
        }
        self
    }

    /// The same view showing only the entries of the page named `name`
    /// ([`View::entry_page`]: several for a shared code), without the
    /// retired codes: what the JSON export of one code's page holds.
    #[must_use]
    #[cfg(any(feature = "axum", feature = "actix-web"))]
    pub(crate) fn only_page(mut self, name: &str) -> Self {
        self.entries.retain(|e| e.page_name() == name);
        self.retired.clear();
        self
    }

    /// The catalogue shown: its title, type name, category and code ranges.
    #[must_use]
    pub const fn catalogue(&self) -> &'static Catalogue {
        self.catalogue
    }

    /// The language of the messages shown.
    #[must_use]
    pub const fn language(&self) -> &'static str {
        self.language
    }

    /// The public part of the rest of the type's doc comment: the text
    /// before a `# Rust` heading (at any level), which holds notes for Rust
    /// users only and stays out of the published pages.
    #[must_use]
    pub const fn description(&self) -> Option<&'static str> {
        self.description
    }

    /// The content type of the example bodies.
    #[must_use]
    pub const fn content_type(&self) -> &'static str {
        self.content_type
    }

    /// The JSON Schema of any body in the format ([`Format::json_schema`]).
    #[must_use]
    pub const fn json_schema(&self) -> &serde_json::Value {
        &self.json_schema
    }

    /// The names leading to the body member that carries the code, where
    /// the format writes one.
    pub(super) fn code_path(&self) -> Option<&[&'static str]> {
        self.code_path.as_deref()
    }

    /// The body's members: the format's own (from [`Format::json_schema`])
    /// then the `#[body]` members of the entries (from
    /// [`Format::entry_schema`]), each once.
    #[must_use]
    pub fn schema(&self) -> &[SchemaRow] {
        &self.schema
    }

    /// Every entry, in declaration order.
    #[must_use]
    pub fn entries(&self) -> &[EntryView] {
        &self.entries
    }

    /// The codes the catalogue retired (and those the catalogues it
    /// includes retired), each with its note.
    #[must_use]
    pub fn retired(&self) -> &[&'static Retired] {
        &self.retired
    }

    /// The block of codes of `category`, if the catalogue gives one.
    #[must_use]
    pub fn range_of(&self, category: &str) -> Option<&'static CategoryRange> {
        self.catalogue
            .ranges()
            .iter()
            .find(|r| r.category() == category)
    }

    /// The facts every output shows, as `(what, text)`: each output contains
    /// each text (escaped as that output escapes text). Absent values and
    /// unset flags are not facts; a set flag is its tag (`"shared"`,
    /// `"template only"`). The pages speak the wire's words: the JSON
    /// document alone also carries the Rust-side details (`index`,
    /// `declared_name`, `unit`, `has_placeholders`, the variant, the field
    /// and Rust type of each `#[body]` member and of each header, the type
    /// name and default category).
    #[must_use]
    pub fn facts(&self) -> Vec<(&'static str, String)> {
        let mut facts = vec![
            ("title", self.catalogue.title().to_owned()),
            ("content_type", self.content_type.to_owned()),
        ];
        if let Some(description) = self.description {
            facts.push(("description", description.to_owned()));
        }
        if let Some((first, last)) = self.catalogue.range() {
            facts.push(("range.first", first.to_string()));
            facts.push(("range.last", last.to_string()));
        }
        for range in self.catalogue.ranges() {
            facts.push(("ranges.category", range.category().to_owned()));
            facts.push(("ranges.first", range.first().to_string()));
            facts.push(("ranges.last", range.last().to_string()));
        }
        for row in &self.schema {
            facts.push(("schema.member", row.member().to_owned()));
            if !row.description().is_empty() {
                facts.push(("schema.description", row.description().to_owned()));
            }
            if let Some(since) = row.since() {
                facts.push(("schema.since", since.to_owned()));
            }
        }
        for retired in &self.retired {
            facts.push(("retired.code", retired.code().to_string()));
            facts.push(("retired.note", retired.note().to_owned()));
        }
        for entry in &self.entries {
            entry.push_facts(&mut facts);
        }
        facts
    }
}

impl EntryView {
    fn new<F: Format>(entry: &'static Entry, translation: Option<&'static Translation>) -> Self {
        EntryView {
            entry,
            translation,
            sent_status: entry.http_status().as_u16(),
            grpc: false,
            example: example::of::<F>(entry, translation),
            schema: F::entry_schema(entry),
            anchor: String::new(),
            page: String::new(),
            since: None,
            replacement: None,
            parent: None,
        }
    }

    /// The first of the entry's anchor candidates not in `taken`: its code
    /// (a slug of it, or of its name when it has none), then with its status,
    /// its name and its position added; an entry sharing its code always
    /// carries its status, so that none of them owns the bare code.
    fn unique_anchor(&self, taken: &[String]) -> String {
        let entry = self.entry;
        let base = match entry.code() {
            Code::Int(n) => n.to_string(),
            Code::Str(s) => slug(s),
            Code::None => slug(entry.name()),
        };
        let base = if base.is_empty() {
            format!("entry-{}", entry.index())
        } else {
            base
        };
        let candidates = [
            (!entry.is_shared()).then(|| base.clone()),
            Some(format!("{base}-{}", self.sent_status)),
            Some(format!("{base}-{}", slug(entry.name()))),
            Some(format!("{base}-{}", entry.index())),
        ];
        candidates
            .into_iter()
            .flatten()
            .find(|c| !taken.contains(c))
            .unwrap_or_else(|| format!("{base}-{}-{}", entry.index(), taken.len()))
    }

    /// The entry's anchor in the pages (`34305`; a slug for a string code or
    /// an entry without one), unique in its catalogue and the same from one
    /// build to the next while the catalogue does not change, so that a
    /// Problem `type` URI or a support page can link to it.
    #[must_use]
    pub fn anchor(&self) -> &str {
        &self.anchor
    }

    /// The name of the entry's page ([`View::entry_pages`]): its code as
    /// written, or `_` and its [anchor](Self::anchor) (`_internal`) where it
    /// has none, a name no code can take (a string code cannot start with `_`).
    #[must_use]
    pub fn page_name(&self) -> &str {
        &self.page
    }

    /// Whether the entry reports success rather than an error: it is
    /// documented with a 2xx status (Kakao `200`). The status it is sent with
    /// does not tell: Fresns sends every error with 200.
    #[must_use]
    pub const fn is_success(&self) -> bool {
        matches!(self.entry.status(), Some(200..=299))
    }

    fn push_facts(&self, facts: &mut Vec<(&'static str, String)>) {
        let entry = self.entry;
        if !entry.code().is_none() {
            facts.push(("code", entry.code().to_string()));
        }
        if let Some(status) = entry.status() {
            facts.push(("status", status.to_string()));
        }
        facts.push(("anchor", self.anchor.clone()));
        facts.push(("sent_status", self.sent_status.to_string()));
        for also in entry.also_statuses() {
            facts.push(("also_status", also.to_string()));
        }
        if let Some(grpc) = self.grpc_code() {
            facts.push(("grpc", grpc.name().to_owned()));
        }
        facts.push(("name", entry.name().to_owned()));
        if let Some(title) = entry.title() {
            facts.push(("entry_title", title.to_owned()));
        }
        if !self.message().is_empty() {
            facts.push(("message", self.message().to_owned()));
        }
        if let Some(category) = entry.category() {
            facts.push(("category", category.to_owned()));
        }
        if let Some(summary) = entry.summary() {
            facts.push(("summary", summary.to_owned()));
        }
        for section in entry.sections() {
            facts.push(("section.heading", section.heading().to_owned()));
            facts.push(("section.text", section.text().to_owned()));
        }
        for field in entry.body_fields() {
            facts.push(("body_field.member", field.member().to_owned()));
            if let Some(since) = field.since() {
                facts.push(("body_field.since", since.to_owned()));
            }
        }
        for header in entry.headers() {
            facts.push(("header.name", header.name().to_owned()));
            if let Some(value) = header.value() {
                facts.push(("header.value", value.to_owned()));
            }
            if let Some(since) = header.since() {
                facts.push(("header.since", since.to_owned()));
            }
        }
        for tag in self.tags() {
            facts.push(("tag", tag.to_owned()));
        }
        for (what, note) in self.retry_notes() {
            facts.push((what, note.to_owned()));
        }
        if let Some(unit) = entry.retry_member().and_then(crate::BodyField::retry_after) {
            facts.push(("retry_after.unit", unit.name().to_owned()));
        }
        if let Some(since) = self.since {
            facts.push(("since", since.to_owned()));
        }
        if let Some(parent) = entry.parent() {
            facts.push(("parent", parent.to_string()));
        }
        if let Some(reason) = entry.untested() {
            facts.push(("untested", reason.to_owned()));
        }
        if let Some(deprecation) = entry.deprecation() {
            facts.push(("deprecated.since", deprecation.since().to_owned()));
            if let Some(code) = deprecation.replaced_by() {
                facts.push(("deprecated.replaced_by", code.to_string()));
            }
        }
        facts.push(("example", self.example.clone()));
    }

    /// The entry shown: its code, statuses, names, message, category,
    /// description, `#[body]` fields and response headers.
    #[must_use]
    pub const fn entry(&self) -> &'static Entry {
        self.entry
    }

    /// The message template shown, as written: the entry's, or its
    /// translation in the view's language.
    #[must_use]
    pub fn message(&self) -> &'static str {
        self.translation
            .map_or(self.entry.message(), Translation::message)
    }

    /// The status a response carrying this entry is sent with
    /// ([`Entry::http_status`]): the documented one, else the format's
    /// default (500; 200 for Fresns).
    #[must_use]
    pub const fn sent_status(&self) -> u16 {
        self.sent_status
    }

    /// The entry's gRPC status code where the view shows them
    /// ([`View::with_grpc`]).
    #[must_use]
    pub fn grpc_code(&self) -> Option<GrpcCode> {
        self.grpc.then(|| self.entry.grpc_code())
    }

    /// The entry's other statuses as the outputs show them, `"503, 500"`;
    /// `None` for an entry without `also_status`.
    #[must_use]
    pub fn also_statuses(&self) -> Option<String> {
        let also = self.entry.also_statuses();
        (!also.is_empty()).then(|| {
            also.iter()
                .map(u16::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        })
    }

    /// The release the entry appeared in, where the pages show it: its
    /// `since` where it is not the catalogue's (which the body table shows).
    #[must_use]
    pub const fn since(&self) -> Option<&'static str> {
        self.since
    }

    /// The anchor of the row of the entry that replaces this deprecated one
    /// ([`Entry::deprecation`]), for a link.
    #[must_use]
    pub fn replacement_anchor(&self) -> Option<&str> {
        self.replacement.as_deref()
    }

    /// The anchor of the row of the entry this one refines
    /// ([`Entry::parent`]), for a link; the pages show each child under its
    /// parent.
    #[must_use]
    pub fn parent_anchor(&self) -> Option<&str> {
        self.parent.as_deref()
    }

    /// How deep in the tree of codes the entry is: 0 at the top level, 1
    /// under a parent, 2 under a parent's child ([`Entry::ancestors`]).
    #[must_use]
    pub const fn depth(&self) -> usize {
        self.entry.ancestors().len()
    }

    /// `Deprecated since 2.1.0: use 34310` for a deprecated entry, as the
    /// outputs word it (the pages link the code to its row).
    #[must_use]
    pub fn deprecated_text(&self) -> Option<String> {
        history::deprecated_text(self.entry())
    }

    /// What the outputs say of retrying the entry beyond the obvious:
    /// `("retry", "safe")` where a client may retry it (an entry that says
    /// nothing is never retried), `("fault", "server")` where the fault
    /// side is not the one its status has by default.
    #[must_use]
    pub fn retry_notes(&self) -> Vec<(&'static str, &'static str)> {
        let mut notes = Vec::new();
        let class = self.entry.retry_class();
        if class.is_retryable() {
            notes.push(("retry", class.name()));
        }
        let fault = self.entry.fault();
        if fault != crate::Fault::for_status(self.sent_status) {
            notes.push(("fault", fault.name()));
        }
        notes
    }

    /// The flags that are set, as the words the outputs show.
    #[must_use]
    pub fn tags(&self) -> Vec<&'static str> {
        let mut tags = Vec::new();
        if self.is_success() {
            tags.push(SUCCESS);
        }
        if self.entry.is_shared() {
            tags.push(SHARED);
        }
        if !self.entry.exposes_message() {
            tags.push(TEMPLATE_ONLY);
        }
        tags
    }

    /// The example body: the exact bytes the format writes for this entry
    /// (see [`View`] on what stands in for field values).
    #[must_use]
    pub fn example(&self) -> &str {
        &self.example
    }

    /// The JSON Schema of this entry's bodies ([`Format::entry_schema`]).
    #[must_use]
    pub const fn schema(&self) -> &serde_json::Value {
        &self.schema
    }
}

/// `text` in lower case, each run of other characters than ASCII letters and
/// digits one `-`, none at either end.
fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// The anchor of the row of the entry with `code`: the first that is not
/// itself deprecated, else the first.
pub(super) fn anchor_of(entries: &[EntryView], code: Code) -> Option<String> {
    let with_code = || entries.iter().filter(move |e| e.entry().code() == code);
    with_code()
        .find(|e| e.entry().deprecation().is_none())
        .or_else(|| with_code().next())
        .map(|e| e.anchor().to_owned())
}
