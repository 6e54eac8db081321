//! The facts derived from the attributes, each computed here and read
//! everywhere else (as thiserror's `prop.rs`): what a key says, and what an
//! entry shows when a key is left out.

use proc_macro2::Span;
use syn::{LitStr, Member};

use crate::ast::{Field, Input, Variant};
use crate::attr::{self, CategoryRange, CodeAttr, Spanned};

impl Input<'_> {
    /// The type's name as text, without `r#`.
    pub fn type_name(&self) -> String {
        syn::ext::IdentExt::unraw(self.ident).to_string()
    }

    /// The `axum` key, if given.
    pub fn axum(&self) -> Option<Span> {
        self.attrs.flag(&attr::AXUM)
    }

    /// The `actix_web` key, if given.
    pub fn actix_web(&self) -> Option<Span> {
        self.attrs.flag(&attr::ACTIX_WEB)
    }

    /// The path of the errcodes crate as the user overrode it with `crate = ...`.
    pub fn krate(&self) -> Option<&syn::Path> {
        self.attrs.path(&attr::CRATE)
    }

    pub fn format(&self) -> Option<&syn::Type> {
        self.attrs.ty(&attr::FORMAT)
    }

    pub fn locales(&self) -> Option<&LitStr> {
        self.attrs.string(&attr::LOCALES)
    }

    pub fn lang(&self) -> Option<&LitStr> {
        self.attrs.string(&attr::LANG)
    }

    pub fn default_status(&self) -> Option<u16> {
        self.attrs.status(&attr::DEFAULT_STATUS).map(|s| s.value)
    }

    /// `docs_url = "..."`: the base each entry's page is found at.
    pub fn docs_url(&self) -> Option<&LitStr> {
        self.attrs.string(&attr::DOCS_URL)
    }

    /// `domain = "..."`: the service that owns the codes.
    pub fn domain(&self) -> Option<&LitStr> {
        self.attrs.string(&attr::DOMAIN)
    }

    /// `code_header = "..."`: the response header that repeats the code.
    pub fn code_header(&self) -> Option<&LitStr> {
        self.attrs.string(&attr::CODE_HEADER)
    }

    /// The type's own category, which its entries inherit.
    pub fn category(&self) -> Option<String> {
        self.attrs.string(&attr::CATEGORY).map(LitStr::value)
    }

    pub fn range(&self) -> Option<Spanned<(i64, i64)>> {
        self.attrs.range(&attr::RANGE)
    }

    pub fn ranges(&self) -> &[CategoryRange] {
        self.attrs.ranges(&attr::RANGES)
    }

    /// `since = "..."` on the type: the release its format's members
    /// appeared in, and the default of entries without their own.
    pub fn since(&self) -> Option<&LitStr> {
        self.attrs.string(&attr::SINCE)
    }

    /// `retired(...)`: the codes no variant may use again.
    pub fn retired(&self) -> &[attr::RetiredCode] {
        self.attrs.retired(&attr::RETIRED)
    }

    /// `undeclared = Variant`: what is sent in place of an undeclared error.
    pub fn undeclared(&self) -> Option<&syn::Path> {
        self.attrs.path(&attr::UNDECLARED)
    }

    /// The codes an entry refines, nearest first: its `parent`, the
    /// parent's, and so on. The one walk of the tree, read by the rules and
    /// by the entry the derive writes; it stops at a code no variant has
    /// and at a cycle (both refused by the rules), so it always ends.
    pub fn ancestors<'s>(&'s self, code: &'s CodeAttr) -> Vec<&'s attr::CodeValue> {
        let mut chain: Vec<&attr::CodeValue> = Vec::new();
        let mut next = code.parent();
        while let Some(parent) = next {
            let seen = attr::same_code(&parent.value, &code.code.value)
                || chain.iter().any(|c| attr::same_code(c, &parent.value));
            if seen || chain.len() > self.variants.len() {
                break;
            }
            chain.push(&parent.value);
            next = self
                .variants
                .iter()
                .find(|v| attr::same_code(&v.code.code.value, &parent.value))
                .and_then(|v| v.code.parent());
        }
        chain
    }

    /// The release an entry appeared in: its own `since`, else the type's.
    pub fn since_of(&self, code: &CodeAttr) -> Option<String> {
        code.since().or(self.since()).map(LitStr::value)
    }

    /// An entry's page: `docs_url` followed by its code, as a path segment
    /// (`errcode_shared::uri::write_segment`, as the runtime writes a
    /// `type`); `None` without `docs_url` or for an entry without a code.
    pub fn docs_url_of(&self, code: &CodeAttr) -> Option<String> {
        let mut url = self.docs_url()?.value();
        match &code.code.value {
            attr::CodeValue::None => return None,
            attr::CodeValue::Int(n) => url.push_str(&n.to_string()),
            attr::CodeValue::Str(s) => errcode_shared::uri::write_segment(s, &mut url).ok()?,
        }
        Some(url)
    }

    /// The `Link` header (RFC 8288) an entry's responses point to its page
    /// with, unless the entry declares a `Link` of its own, which wins.
    pub fn help_link_of(&self, variant: &Variant) -> Option<String> {
        let url = self.docs_url_of(&variant.code)?;
        (!declares_header(variant, "link")).then(|| format!("<{url}>; rel=\"help\""))
    }

    /// The header repeating an entry's code (`code_header = "..."`) as
    /// every response of the entry sends it, a fixed header among its
    /// headers as the `Link` of `docs_url` is, so that the OpenAPI document
    /// and the lock list it: its name as written and the code as text (`_`
    /// and the name for an entry without a code, as
    /// `errcodes::observe::error_type` gives it). None where the entry
    /// declares a header of that name (which the derive refuses), or where
    /// its code is text a header value cannot hold.
    pub fn code_header_of(&self, variant: &Variant) -> Option<(String, String)> {
        let name = self.code_header()?.value();
        if declares_header(variant, &name) {
            return None;
        }
        let value = match &variant.code.code.value {
            attr::CodeValue::None => format!(
                "{}{}",
                errcode_shared::code::CODELESS_PREFIX,
                variant.shown_name()
            ),
            attr::CodeValue::Int(n) => n.to_string(),
            attr::CodeValue::Str(s) => s.clone(),
        };
        attr::not_in_header_value(&value)
            .is_none()
            .then_some((name, value))
    }

    /// The status an entry is sent with: its own `status`, else the type's
    /// `default_status`. The one place this rule is applied: the entry is
    /// written with this status, and the runtime adds only the format's
    /// default where there is none.
    pub fn status_of(&self, code: &CodeAttr) -> Option<u16> {
        code.status().map(|s| s.value).or(self.default_status())
    }

    /// An entry's category: its own `category`, else the type's.
    pub fn category_of(&self, code: &CodeAttr) -> Option<String> {
        code.category().or_else(|| self.category())
    }
}

impl CodeAttr {
    pub fn status(&self) -> Option<&Spanned<u16>> {
        self.keys.status(&attr::STATUS)
    }

    /// `also_status = ...`, each status as written; empty without it.
    pub fn also_statuses(&self) -> &[Spanned<u16>] {
        self.keys.statuses(&attr::ALSO_STATUS)
    }

    pub fn msg(&self) -> Option<&LitStr> {
        self.keys.string(&attr::MSG)
    }

    pub fn title(&self) -> Option<&LitStr> {
        self.keys.string(&attr::TITLE)
    }

    /// `untested = "..."`: why no test sends the entry.
    pub fn untested(&self) -> Option<&LitStr> {
        self.keys.string(&attr::UNTESTED)
    }

    /// `name = "..."` as written; [`Variant::shown_name`] is what shows.
    pub fn name(&self) -> Option<String> {
        self.keys.string(&attr::NAME).map(LitStr::value)
    }

    /// `category = "..."` as written; [`Input::category_of`] is the effective one.
    pub fn category(&self) -> Option<String> {
        self.keys.string(&attr::CATEGORY).map(LitStr::value)
    }

    /// `grpc = "..."`, as the code's number.
    pub fn grpc(&self) -> Option<i32> {
        self.keys.grpc(&attr::GRPC)
    }

    pub fn shared(&self) -> Option<Span> {
        self.keys.flag(&attr::SHARED)
    }

    pub fn expose(&self) -> Option<Span> {
        self.keys.flag(&attr::EXPOSE)
    }

    pub fn since(&self) -> Option<&LitStr> {
        self.keys.string(&attr::SINCE)
    }

    /// `deprecated(since = "...", replaced_by = CODE)`.
    pub fn deprecated(&self) -> Option<&attr::Deprecated> {
        self.keys.deprecated(&attr::DEPRECATED)
    }

    /// `retry = "..."`, as its position in `RETRY_CLASSES`.
    pub fn retry(&self) -> Option<usize> {
        self.keys.position(&attr::RETRY)
    }

    /// `fault = "..."`, as its position in `FAULTS`.
    pub fn fault(&self) -> Option<usize> {
        self.keys.position(&attr::FAULT)
    }

    /// `header("Name" = "value", ...)`.
    pub fn headers(&self) -> &[(LitStr, LitStr)] {
        self.keys.headers(&attr::FIXED_HEADER)
    }

    /// `parent = CODE`: the code this entry refines.
    pub fn parent(&self) -> Option<&Spanned<attr::CodeValue>> {
        self.keys.code(&attr::PARENT)
    }
}

/// Whether a body carries an entry's rendered message or its template,
/// and what decides it, in the order the rules apply.
pub enum Exposure<'v> {
    /// The template: the message shows a source error's text, which is for
    /// logs, whatever `expose` says.
    Source(&'v Field<'v>),
    /// The message: below 500 it is about the request, which the client
    /// may see.
    Status(u16),
    /// The message, which interpolates nothing and so equals the template.
    Static,
    /// The message, as `expose` asks.
    Expose,
    /// The template: a 5xx message keeps field values out of bodies.
    Hidden,
}

impl Exposure<'_> {
    pub fn shows_message(&self) -> bool {
        matches!(
            self,
            Exposure::Status(_) | Exposure::Static | Exposure::Expose
        )
    }
}

impl<C> Variant<'_, C> {
    /// The variant's name as text, without `r#`.
    pub fn name(&self) -> String {
        syn::ext::IdentExt::unraw(self.ident).to_string()
    }

    /// The exposure rule, for an entry sent with `status` and, if `expose`,
    /// marked so.
    pub fn exposure(&self, status: Option<u16>, expose: bool) -> Exposure<'_> {
        if let Some(field) = self.source_in_message() {
            Exposure::Source(field)
        } else if let Some(status) = status.filter(|s| *s < 500) {
            Exposure::Status(status)
        } else if !self.has_placeholders() {
            Exposure::Static
        } else if expose {
            Exposure::Expose
        } else {
            Exposure::Hidden
        }
    }
}

impl<'a> Variant<'a> {
    /// The field of a `#[code(transparent)]` variant, to which everything
    /// is delegated.
    pub fn transparent(&self) -> Option<&Field<'a>> {
        self.code.transparent.and(self.fields.first())
    }
}

impl Variant<'_> {
    /// The symbolic name: `name = "..."`, else the variant's.
    pub fn shown_name(&self) -> String {
        self.code.name().unwrap_or_else(|| self.name())
    }

    /// The `msg` as written, empty without one.
    pub fn template(&self) -> String {
        self.code.msg().map(LitStr::value).unwrap_or_default()
    }

    /// The message when it interpolates nothing, or the shown name where
    /// it is empty.
    pub fn shown_static_message(&self) -> Option<String> {
        let message = self.static_message()?;
        Some(if message.is_empty() {
            self.shown_name()
        } else {
            message
        })
    }

    /// Whether a body may carry the rendered message rather than the
    /// template: see [`Exposure`].
    pub fn exposes_message(&self, input: &Input) -> bool {
        self.exposure(input.status_of(&self.code), self.code.expose().is_some())
            .shows_message()
    }
}

impl Field<'_> {
    /// The field's name as a user writes it: `member_ref`, or `0`.
    pub fn display_name(&self) -> String {
        match &self.member {
            Member::Named(ident) => syn::ext::IdentExt::unraw(ident).to_string(),
            Member::Unnamed(index) => index.index.to_string(),
        }
    }

    /// The JSON member a `#[body]` field is written as, with the span of the
    /// token that names it: the `rename` literal, else the field.
    pub fn body_member(&self) -> Option<(String, Span)> {
        let body = self.attrs.body.as_ref()?;
        Some(match &body.value {
            Some(rename) => (rename.value(), rename.span()),
            None => (
                self.display_name(),
                match &self.member {
                    Member::Named(ident) => ident.span(),
                    Member::Unnamed(_) => self.span,
                },
            ),
        })
    }
}

/// Whether the variant declares a header named `name` (in any case), fixed
/// or from a field.
fn declares_header(variant: &Variant, name: &str) -> bool {
    variant
        .code
        .headers()
        .iter()
        .any(|(declared, _)| declared.value().eq_ignore_ascii_case(name))
        || variant.fields.iter().any(|f| {
            f.attrs
                .header
                .as_ref()
                .is_some_and(|h| h.name.value().eq_ignore_ascii_case(name))
        })
}
