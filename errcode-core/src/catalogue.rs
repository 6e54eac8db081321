//! The static catalogue a derived enum carries: one [`Entry`] per variant.
//!
//! Everything here is built at compile time by the derive; reading it allocates
//! nothing, except the index of codes that the first look-up builds.

use std::sync::OnceLock;

use http::StatusCode;

use crate::{Code, CodeRef, Fault, GrpcCode, RetryClass};

mod explain;
mod fields;
mod history;
mod index;
mod links;
mod sections;

pub use self::explain::Explanation;
pub use self::fields::{BodyField, ResponseHeader};
pub use self::history::{Deprecation, Retired};
use self::index::Index;
pub(crate) use self::sections::{
    inline, nested_headings, public_part, Fence, Inline, InnerHeading,
};
pub use self::sections::{Section, Sections};

/// The documented catalogue of one error type.
#[derive(Debug)]
pub struct Catalogue {
    pub(crate) type_name: &'static str,
    pub(crate) title: &'static str,
    pub(crate) description: Option<&'static str>,
    pub(crate) category: Option<&'static str>,
    pub(crate) range: Option<(i64, i64)>,
    pub(crate) ranges: &'static [CategoryRange],
    pub(crate) content_type: &'static str,
    pub(crate) entries: &'static [Entry],
    pub(crate) language: &'static str,
    pub(crate) languages: &'static [crate::Language],
    /// Each entry's code and position, sorted by code (declaration order
    /// within a code), built by the first look-up: decoding finds a code's
    /// entries by binary search, not by reading the whole catalogue.
    pub(crate) by_code: OnceLock<Index>,
    pub(crate) includes: &'static [&'static Catalogue],
    /// The `#[code(transparent)]` variant of each of `includes`.
    pub(crate) included_by: &'static [&'static str],
    /// The entry sent in place of one an operation does not declare
    /// (`#[api_error(undeclared = Variant)]`).
    pub(crate) undeclared: Option<usize>,
    pub(crate) since: Option<&'static str>,
    pub(crate) retired: &'static [Retired],
    pub(crate) domain: Option<&'static str>,
    pub(crate) docs_url: Option<&'static str>,
    /// `#[api_error(code_header = "...")]`, lower-cased.
    pub(crate) code_header: Option<&'static str>,
}

impl Catalogue {
    /// The Rust type the catalogue was derived from, e.g. `AccountError`.
    #[must_use]
    pub const fn type_name(&self) -> &'static str {
        self.type_name
    }

    /// The first paragraph of the type's doc comment, or its name without one.
    #[must_use]
    pub const fn title(&self) -> &'static str {
        self.title
    }

    /// The rest of the type's doc comment.
    #[must_use]
    pub const fn description(&self) -> Option<&'static str> {
        self.description
    }

    /// The enum-wide default category (`#[api_error(category = "...")]`).
    #[must_use]
    pub const fn category(&self) -> Option<&'static str> {
        self.category
    }

    /// The service that owns the catalogue's codes
    /// (`#[api_error(domain = "billing.example.com")]`), as Google's
    /// AIP-193 names it: the export carries it and gRPC's `ErrorInfo.domain`
    /// is it.
    #[must_use]
    pub const fn domain(&self) -> Option<&'static str> {
        self.domain
    }

    /// The domain gRPC's `ErrorInfo` names: [`domain`](Self::domain), else
    /// the type name.
    #[must_use]
    pub const fn error_domain(&self) -> &'static str {
        match self.domain {
            Some(domain) => domain,
            None => self.type_name,
        }
    }

    /// The response header that repeats each error's code, lower-cased
    /// (`#[api_error(code_header = "X-Error-Code")]`). Each entry carries
    /// it among its [`headers`](Entry::headers) (its code as text, else its
    /// name; none where the entry declares that header itself or its code
    /// cannot be a header value), so `write_headers`, the adapters, OpenAPI
    /// and the contract lock all have it.
    #[must_use]
    pub const fn code_header(&self) -> Option<&'static str> {
        self.code_header
    }

    /// The inclusive range every integer code lies in (`#[api_error(range = a..=b)]`).
    #[must_use]
    pub const fn range(&self) -> Option<(i64, i64)> {
        self.range
    }

    /// The block of codes each category owns
    /// (`#[api_error(ranges("Headers" = 31000..=31999, ...))]`).
    #[must_use]
    pub const fn ranges(&self) -> &'static [CategoryRange] {
        self.ranges
    }

    /// The content type of the bodies this type's format writes.
    #[must_use]
    pub const fn content_type(&self) -> &'static str {
        self.content_type
    }

    /// The entries this type declares, in declaration order; a
    /// `#[code(transparent)]` variant has none here, its type's catalogue is
    /// one of [`includes`](Self::includes). [`Entry::index`] is the position
    /// in this slice.
    #[must_use]
    pub const fn entries(&self) -> &'static [Entry] {
        self.entries
    }

    /// The catalogues of the types that `#[code(transparent)]` variants
    /// wrap, in declaration order.
    #[must_use]
    pub const fn includes(&self) -> &'static [&'static Catalogue] {
        self.includes
    }

    /// Every entry a value of this type may show: its own
    /// [`entries`](Self::entries), then those of each included catalogue
    /// (flattened, in the same order). What documentation and decoding read.
    #[must_use]
    pub fn all_entries(&self) -> AllEntries {
        AllEntries {
            own: self.entries.iter(),
            includes: self.includes.iter(),
            inner: None,
        }
    }

    /// Whether `entry` is one of [`all_entries`](Self::all_entries) (the
    /// same entry, not an equal one).
    #[must_use]
    pub fn contains(&self, entry: &Entry) -> bool {
        self.owns(entry) || self.includes.iter().any(|c| c.contains(entry))
    }

    /// The catalogue whose own entries hold `entry`: this one, or one it
    /// includes. Translations are numbered by their own catalogue's entries,
    /// so they are looked up there.
    pub(crate) fn owner(&'static self, entry: &Entry) -> Option<&'static Catalogue> {
        if self.owns(entry) {
            Some(self)
        } else {
            self.includes.iter().find_map(|c| c.owner(entry))
        }
    }

    /// Whether `entry` is one of this type's own entries.
    #[inline]
    pub(crate) fn owns(&self, entry: &Entry) -> bool {
        self.entries
            .as_ptr_range()
            .contains(&core::ptr::from_ref(entry))
    }

    /// Whether `entry` is the entry of the variant named `variant` (the
    /// Rust name), or, for a `#[code(transparent)]` variant, one of the
    /// wrapped type's entries: how an [`ErrorSet`](crate::ErrorSet) names
    /// entries.
    #[must_use]
    pub fn variant_declares(&self, variant: &str, entry: &Entry) -> bool {
        if self.owns(entry) {
            return entry.variant == variant;
        }
        self.included_by
            .iter()
            .zip(self.includes)
            .any(|(name, included)| *name == variant && included.contains(entry))
    }

    /// Whether `variant` is one of this type's `#[code(transparent)]`
    /// variants.
    pub(crate) fn wraps_as(&self, variant: &str) -> bool {
        self.included_by.contains(&variant)
    }

    /// The entry an adapter sends in place of one the handler's
    /// [`ErrorSet`](crate::ErrorSet) does not declare, under
    /// [`Undeclared::Replace`](crate::Undeclared::Replace):
    /// `#[api_error(undeclared = Variant)]`.
    #[must_use]
    pub fn undeclared(&self) -> Option<&'static Entry> {
        self.entries.get(self.undeclared?)
    }

    /// The entries with this code, included ones too, in
    /// [`all_entries`](Self::all_entries) order (several for a shared code).
    pub fn lookup(&self, code: CodeRef<'_>) -> impl Iterator<Item = &'static Entry> + use<'_> {
        let positions = self.with_code(Some(code));
        let entries = self.indexed_entries();
        positions.iter().filter_map(|&i| entries.get(i).copied())
    }
}

/// The entries of a catalogue and of those it includes: see
/// [`Catalogue::all_entries`].
#[derive(Debug, Clone)]
pub struct AllEntries {
    own: core::slice::Iter<'static, Entry>,
    includes: core::slice::Iter<'static, &'static Catalogue>,
    inner: Option<Box<AllEntries>>,
}

impl Iterator for AllEntries {
    type Item = &'static Entry;

    fn next(&mut self) -> Option<&'static Entry> {
        if let Some(entry) = self.own.next() {
            return Some(entry);
        }
        loop {
            if let Some(entry) = self.inner.as_mut().and_then(|inner| inner.next()) {
                return Some(entry);
            }
            self.inner = Some(Box::new(self.includes.next()?.all_entries()));
        }
    }
}

/// The inclusive block of codes that a category (and its sub-categories,
/// `"Category/Sub"`) owns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CategoryRange {
    pub(crate) category: &'static str,
    pub(crate) first: i64,
    pub(crate) last: i64,
}

impl CategoryRange {
    /// The category.
    #[must_use]
    pub const fn category(&self) -> &'static str {
        self.category
    }

    /// The first code of the block.
    #[must_use]
    pub const fn first(&self) -> i64 {
        self.first
    }

    /// The last code of the block.
    #[must_use]
    pub const fn last(&self) -> i64 {
        self.last
    }
}

/// One documented error: a variant of the derived type.
#[derive(Debug)]
pub struct Entry {
    pub(crate) index: usize,
    pub(crate) code: Code,
    pub(crate) status: Option<u16>,
    pub(crate) also_statuses: &'static [u16],
    /// The status sent on the wire: `status`, else the format's
    /// [`Format::DEFAULT_STATUS`](crate::Format::DEFAULT_STATUS), which the
    /// derive fills in (the entry is otherwise format-agnostic).
    pub(crate) sent_status: u16,
    pub(crate) name: Option<&'static str>,
    pub(crate) title: Option<&'static str>,
    /// `untested = "..."`: why no test sends the entry.
    pub(crate) untested: Option<&'static str>,
    pub(crate) grpc: Option<GrpcCode>,
    /// `retry = "..."`, where declared; [`Entry::retry_class`] applies the
    /// status's default, as [`Entry::grpc_code`] does.
    pub(crate) retry: Option<RetryClass>,
    /// `fault = "..."`, where declared.
    pub(crate) fault: Option<Fault>,
    pub(crate) variant: &'static str,
    pub(crate) message: &'static str,
    /// The template as the derive split it; empty where the message is its
    /// own text (no placeholder, no `{{` escape), so that those entries carry
    /// nothing twice.
    pub(crate) segments: &'static [Segment],
    pub(crate) category: Option<&'static str>,
    pub(crate) description: Option<&'static str>,
    pub(crate) body_fields: &'static [BodyField],
    pub(crate) headers: &'static [ResponseHeader],
    pub(crate) flags: u8,
    /// [`Entry::fixed_message`], kept up to date by the builders so that a
    /// body reads it with one load instead of deciding it per body.
    pub(crate) fixed_message: Option<&'static str>,
    pub(crate) since: Option<&'static str>,
    pub(crate) deprecation: Option<Deprecation>,
    /// The codes this entry refines, nearest first (`parent = ...`, its
    /// parent's, and so on), as the derive followed them.
    pub(crate) ancestors: &'static [Code],
    /// The page of the entry: its catalogue's `docs_url` and its code.
    pub(crate) docs_url: Option<&'static str>,
}

/// A piece of a message template, as the derive split it (see
/// [`Entry::segments`]): the one reading of the template grammar, shared by
/// decoding and documentation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Segment {
    /// Literal text, `{{` and `}}` already unescaped.
    Text(&'static str),
    /// `{name}`: a value shown as its `Display` text, which decoding reads
    /// back from a received message.
    Placeholder(&'static str),
    /// `{name:spec}`: a value formatted by a spec; not read back.
    Formatted(&'static str),
}

/// Parts of an entry's bodies as JSON text, computed when a static body is
/// first rendered.
#[derive(Debug)]
pub(crate) struct JsonParts {
    pub(crate) code: String,
    pub(crate) code_text: String,
    pub(crate) name: String,
    pub(crate) message: Option<String>,
    pub(crate) template: String,
}

pub(crate) const SHARED: u8 = 1;
pub(crate) const UNIT: u8 = 2;
pub(crate) const EXPOSED: u8 = 4;
/// The entry's `since` is its type's, not its own.
pub(crate) const INHERITED_SINCE: u8 = 8;

impl Entry {
    /// Position of the entry in its catalogue.
    #[must_use]
    pub const fn index(&self) -> usize {
        self.index
    }

    /// The code; [`Code::None`] for an entry documented without one.
    #[must_use]
    pub const fn code(&self) -> Code {
        self.code
    }

    /// The documented HTTP status, or the enum's `default_status`; `None` for a
    /// code that has no status (a client-side code, or a catalogue that gives none).
    #[must_use]
    pub const fn status(&self) -> Option<u16> {
        self.status
    }

    /// The other statuses clients may receive for this entry, in the order
    /// `also_status = [..]` declares them (older servers, or a status that
    /// depends on the endpoint): decoding accepts each as well as
    /// [`Entry::status`]. Empty for most entries.
    #[must_use]
    pub const fn also_statuses(&self) -> &'static [u16] {
        self.also_statuses
    }

    /// Whether a body received with `status` may be this entry: its status,
    /// one of its [`also_statuses`](Entry::also_statuses), or any status for
    /// an entry documented without one.
    #[must_use]
    pub const fn admits_status(&self, status: u16) -> bool {
        let Some(own) = self.status else {
            return true;
        };
        if own == status {
            return true;
        }
        let mut i = 0;
        while i < self.also_statuses.len() {
            if self.also_statuses[i] == status {
                return true;
            }
            i += 1;
        }
        false
    }

    /// The status sent on the wire: the documented one, else the body
    /// format's [`Format::DEFAULT_STATUS`](crate::Format::DEFAULT_STATUS):
    /// `500 Internal Server Error` for every format but
    /// [`Fresns`](crate::format::Fresns), whose servers send every error with
    /// `200 OK`.
    ///
    /// An error without a documented status that still reaches an HTTP
    /// response is one the service failed to classify; 500 says so, where any
    /// 4xx would blame the client for it.
    ///
    /// This is the one place the sent status is decided: `ApiError::status`,
    /// the adapters, the bodies' `status` member, the documentation, OpenAPI
    /// and the contract lock all read it.
    #[must_use]
    pub fn http_status(&self) -> StatusCode {
        StatusCode::from_u16(self.sent_status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
    }

    /// The gRPC status code a gRPC service sends this entry with: the one
    /// declared with `grpc = "..."`, else the one its sent status
    /// ([`Entry::http_status`]) maps to ([`GrpcCode::from_http_status`]).
    #[must_use]
    pub fn grpc_code(&self) -> GrpcCode {
        match self.grpc {
            Some(code) => code,
            None => GrpcCode::from_http_status(self.sent_status),
        }
    }

    /// The gRPC status code declared with `grpc = "..."`, if any.
    #[must_use]
    pub const fn declared_grpc_code(&self) -> Option<GrpcCode> {
        self.grpc
    }

    /// Whether a client may send the request again ([`RetryClass`]): the
    /// class declared with `retry = "..."`, else the one its sent status
    /// ([`Entry::http_status`]) has ([`RetryClass::for_status`]).
    #[must_use]
    pub const fn retry_class(&self) -> RetryClass {
        match self.retry {
            Some(class) => class,
            None => RetryClass::for_status(self.sent_status),
        }
    }

    /// The retry class declared with `retry = "..."`, if any.
    #[must_use]
    pub const fn declared_retry_class(&self) -> Option<RetryClass> {
        self.retry
    }

    /// Whose fault the error is: the side declared with `fault = "..."`,
    /// else the one its sent status says ([`Fault::for_status`]).
    #[must_use]
    pub const fn fault(&self) -> Fault {
        match self.fault {
            Some(fault) => fault,
            None => Fault::for_status(self.sent_status),
        }
    }

    /// The fault side declared with `fault = "..."`, if any.
    #[must_use]
    pub const fn declared_fault(&self) -> Option<Fault> {
        self.fault
    }

    /// The `#[body(retry_after = "...")]` field, whose member carries the
    /// delay a client waits before retrying, in its
    /// [`BodyField::retry_after`] unit.
    #[must_use]
    pub fn retry_member(&self) -> Option<&'static BodyField> {
        self.body_fields.iter().find(|f| f.retry_after.is_some())
    }

    /// The symbolic name declared with `name = "..."`, if any.
    #[must_use]
    pub const fn declared_name(&self) -> Option<&'static str> {
        self.name
    }

    /// The fixed title declared with `title = "..."`, if any: RFC 9457's
    /// `title`, the same for every occurrence, where the message (`detail`)
    /// tells this occurrence.
    #[must_use]
    pub const fn title(&self) -> Option<&'static str> {
        self.title
    }

    /// Why no test sends the entry, where `untested = "..."` says so: the
    /// reason [`coverage`](crate::coverage) accepts in place of a test.
    #[must_use]
    pub const fn untested(&self) -> Option<&'static str> {
        self.untested
    }

    /// The symbolic name: the declared one, else the variant's.
    #[must_use]
    pub const fn name(&self) -> &'static str {
        match self.name {
            Some(name) => name,
            None => self.variant,
        }
    }

    /// The Rust variant (or struct) name.
    #[must_use]
    pub const fn variant(&self) -> &'static str {
        self.variant
    }

    /// The message template exactly as written in `msg = "..."` (empty if none),
    /// placeholders and `{{` escapes included.
    #[must_use]
    pub const fn message(&self) -> &'static str {
        self.message
    }

    /// The template as written, or the name where it is empty: what a body
    /// shows for this entry when no field value is rendered into it, as
    /// `Display` falls back to the name for an empty message.
    #[must_use]
    pub const fn template_or_name(&self) -> &'static str {
        if self.message.is_empty() {
            self.name()
        } else {
            self.message
        }
    }

    /// The docs section: the variant's `category`, else the enum's.
    #[must_use]
    pub const fn category(&self) -> Option<&'static str> {
        self.category
    }

    /// The variant's doc comment, whole: its [`summary`](Self::summary),
    /// its [`sections`](Self::sections) and any `# Rust` part.
    #[must_use]
    pub const fn description(&self) -> Option<&'static str> {
        self.description
    }

    /// The `#[body]` fields, in the order they are written into a body.
    #[must_use]
    pub const fn body_fields(&self) -> &'static [BodyField] {
        self.body_fields
    }

    /// The response headers, fixed ones first, in the order they are written.
    #[must_use]
    pub const fn headers(&self) -> &'static [ResponseHeader] {
        self.headers
    }

    /// The code this entry refines (`#[code(34307, parent = 34300)]`): a
    /// client that does not know this entry's code decodes its bodies as
    /// the parent's entry ([`Evidence::Parent`](crate::decode::Evidence::Parent)).
    #[must_use]
    pub const fn parent(&self) -> Option<Code> {
        match self.ancestors.first() {
            Some(code) => Some(*code),
            None => None,
        }
    }

    /// The codes this entry refines, nearest first: its parent, the
    /// parent's parent, up to a code without a parent. Empty for an entry
    /// at the top level. Bodies of the entry carry them (see
    /// [`ANCESTORS_MEMBER`](crate::format::ANCESTORS_MEMBER)).
    #[must_use]
    pub const fn ancestors(&self) -> &'static [Code] {
        self.ancestors
    }

    /// Whether the code is deliberately used by more than one entry.
    #[must_use]
    pub const fn is_shared(&self) -> bool {
        self.flags & SHARED != 0
    }

    /// Whether the variant has no fields, so `from_code` can build it.
    #[must_use]
    pub const fn is_unit(&self) -> bool {
        self.flags & UNIT != 0
    }

    /// Whether the message template interpolates fields.
    #[must_use]
    pub const fn has_placeholders(&self) -> bool {
        self.plain_text().is_none()
    }

    /// The template as text and placeholders, `{{` and `}}` unescaped.
    pub fn segments(&self) -> impl Iterator<Item = Segment> + 'static {
        own_text(self.message, self.segments)
    }

    /// What `Display` shows when the template interpolates nothing: its text
    /// with `{{` unescaped, or the name where it is empty. `None` with
    /// placeholders.
    pub(crate) const fn plain_text(&self) -> Option<&'static str> {
        match self.segments {
            [] => Some(self.template_or_name()),
            [Segment::Text(text)] => Some(text),
            _ => None,
        }
    }

    /// Whether every body of this entry is the same bytes: its message does
    /// not depend on field values and no `#[body]` field adds to it.
    pub(crate) const fn has_static_body(&self) -> bool {
        (!self.exposes_message() || self.plain_text().is_some()) && self.body_fields.is_empty()
    }

    /// The message every body of this entry carries, whatever the field
    /// values: the template as written where the message is not exposed,
    /// else what `Display` shows when it interpolates nothing. `None` where
    /// the body carries a rendered message.
    pub(crate) const fn fixed_message(&self) -> Option<&'static str> {
        self.fixed_message
    }

    /// What [`Entry::fixed_message`] holds, from the facts it depends on.
    pub(crate) const fn message_of_every_body(&self) -> Option<&'static str> {
        if self.exposes_message() {
            self.plain_text()
        } else {
            Some(self.message)
        }
    }

    /// Whether a body may carry the rendered message: below 500, and for 5xx
    /// entries (or entries without a status) only with `expose`; never when
    /// the message names a source field (`#[source]`, `#[from]`, `source`).
    /// Otherwise a body carries the template as written, so no field value
    /// and no source error's text leaks to clients.
    #[must_use]
    pub const fn exposes_message(&self) -> bool {
        self.flags & EXPOSED != 0
    }

    /// The JSON text of the parts a static body copies; the message is
    /// `None` where it depends on field values.
    pub(crate) fn json(&self) -> JsonParts {
        let string = |text: &str| serde_json::to_string(text).unwrap_or_default();
        let code = serde_json::to_string(&self.code).unwrap_or_default();
        let code_text = match self.code {
            Code::Str(s) => inside(&string(s)).to_owned(),
            Code::Int(n) => n.to_string(),
            Code::None => String::new(),
        };
        let message = self.fixed_message().map(string);
        JsonParts {
            code,
            code_text,
            name: string(self.name()),
            message,
            template: string(self.template_or_name()),
        }
    }
}

/// The inside of a JSON string: without its quotes.
fn inside(json: &str) -> &str {
    json.strip_prefix('"')
        .and_then(|s| s.strip_suffix('"'))
        .unwrap_or(json)
}

/// The segments of a template, where an empty list means "its own text".
pub(crate) fn own_text(
    message: &'static str,
    segments: &'static [Segment],
) -> impl Iterator<Item = Segment> + 'static {
    let own = (segments.is_empty() && !message.is_empty()).then_some(Segment::Text(message));
    own.into_iter().chain(segments.iter().copied())
}
