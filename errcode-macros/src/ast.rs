//! The derive input as errcodes sees it: the type, its variants (a struct is
//! one variant) and their fields, with attributes parsed and message
//! placeholders resolved to fields. Keeps the syn nodes for spans.
//!
//! Parsing yields a [`Parsed`] input: an [`Input`] of the variants whose
//! `#[code]` was read, and the variants whose `#[code]` is missing or
//! unreadable (each reported), kept so that the rules on fields see them
//! too. Once validation passes and none is missing, the `Input` is what
//! expansion reads: every variant there has its code.

use proc_macro2::Span;
use syn::spanned::Spanned as _;
use syn::{Data, DeriveInput, Fields, Generics, Ident, LitStr, Member, Type};

use crate::attr::{self, Attrs, CodeAttr, Docs, FieldAttrs};
use crate::ctxt::Ctxt;
use crate::template::{self, Precision, Segment, Spec};

/// The input as parsed; see the module's docs.
pub struct Parsed<'a> {
    /// The type and the variants that have their code.
    pub input: Input<'a>,
    /// The variants without one, each with its position among all of them.
    codeless: Vec<(usize, Variant<'a, ()>)>,
}

/// A variant of a [`Parsed`] input, with its code or without.
pub enum Written<'v, 'a> {
    Coded(&'v Variant<'a>),
    Codeless(&'v Variant<'a, ()>),
}

pub struct Input<'a> {
    pub ident: &'a Ident,
    pub generics: &'a Generics,
    /// The keys of `#[api_error(...)]`.
    pub attrs: Attrs,
    pub docs: Option<Docs>,
    pub is_struct: bool,
    pub variants: Vec<Variant<'a>>,
    /// Whether the generated code must allow `deprecated`: see [`mentions_deprecated`].
    pub deprecated: bool,
}

pub struct Variant<'a, C = CodeAttr> {
    pub ident: &'a Ident,
    pub style: Style,
    pub fields: Vec<Field<'a>>,
    pub code: C,
    pub docs: Option<Docs>,
    pub message: Vec<Part>,
}

#[derive(Clone, Copy, PartialEq)]
pub enum Style {
    Unit,
    Tuple,
    Named,
}

pub struct Field<'a> {
    pub member: Member,
    pub ty: &'a Type,
    pub attrs: FieldAttrs,
    pub span: Span,
    /// The placeholder whose text rebuilds this field when decoding: one used
    /// as a plain `{name}`, without a format spec.
    pub restored_from: Option<String>,
    /// Whether `Error::source` returns this field (see `Variant::new`).
    source: bool,
}

/// A resolved piece of a message template.
pub enum Part {
    Text(String),
    /// A field, by index, with its format spec and the fields its `name$`
    /// widths and precisions name, in order.
    Field {
        field: usize,
        /// The placeholder as the template names it (`memberRef`, `0`).
        name: String,
        spec: Spec,
        width_fields: Vec<usize>,
    },
}

impl Field<'_> {
    /// Local binding used in generated match arms.
    pub fn binding(index: usize) -> Ident {
        quote::format_ident!("__field{}", index)
    }

    /// What makes the field a source: its `#[source]` or `#[from]`, else its name.
    pub fn source_span(&self) -> Span {
        self.attrs
            .source
            .or(self.attrs.from)
            .unwrap_or_else(|| match &self.member {
                Member::Named(ident) => ident.span(),
                Member::Unnamed(_) => self.span,
            })
    }

    /// The error type of a source field: `E` of `Option<E>`, which is a
    /// source only when `Some`.
    pub fn source_type(&self) -> &Type {
        option_inner(self.ty).unwrap_or(self.ty)
    }

    pub fn is_source(&self) -> bool {
        self.source
    }

    fn marked_source(&self) -> bool {
        self.attrs.source.is_some() || self.attrs.from.is_some()
    }
}

/// Whether a type is one of std's unsized ones, which a struct's last
/// field may be (as `thiserror` allows); such a field cannot be rebuilt
/// by value. (A type alias for one is not seen: it fails to compile here.)
pub fn is_std_unsized(ty: &Type) -> bool {
    match ty {
        Type::Slice(_) | Type::TraitObject(_) => true,
        Type::Path(path) if path.qself.is_none() => path.path.segments.last().is_some_and(|s| {
            s.arguments.is_none()
                && ["str", "Path", "OsStr", "CStr"]
                    .iter()
                    .any(|n| s.ident == n)
        }),
        _ => false,
    }
}

/// `T` of a type written `Option<T>` (or a path ending in `Option<T>`).
pub fn option_inner(ty: &Type) -> Option<&Type> {
    let Type::Path(path) = ty else { return None };
    let last = path.path.segments.last()?;
    if path.qself.is_some() || last.ident != "Option" {
        return None;
    }
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    match args.args.iter().collect::<Vec<_>>()[..] {
        [syn::GenericArgument::Type(inner)] => Some(inner),
        _ => None,
    }
}

impl<C> Variant<'_, C> {
    pub fn source_field(&self) -> Option<usize> {
        self.fields.iter().position(Field::is_source)
    }

    pub fn has_placeholders(&self) -> bool {
        self.message.iter().any(|p| matches!(p, Part::Field { .. }))
    }

    /// The source field the message interpolates (its text, or a width taken
    /// from it), if any: such a message never reaches a body rendered.
    pub fn source_in_message(&self) -> Option<&Field<'_>> {
        self.message.iter().find_map(|p| match p {
            Part::Field {
                field,
                width_fields,
                ..
            } => std::iter::once(field)
                .chain(width_fields)
                .map(|&i| &self.fields[i])
                .find(|f| f.is_source()),
            Part::Text(_) => None,
        })
    }

    /// The message when it interpolates nothing, `{{` already unescaped.
    pub fn static_message(&self) -> Option<String> {
        self.message
            .iter()
            .map(|p| match p {
                Part::Text(t) => Some(t.as_str()),
                Part::Field { .. } => None,
            })
            .collect()
    }
}

/// Whether the type, a variant or a field is `#[deprecated]`, or allows
/// `deprecated` (a field of a deprecated type): then the generated code,
/// which names them, allows it too. Only then, so that a user's
/// `#![forbid(deprecated)]` holds elsewhere (an allow under it is an error).
pub fn mentions_deprecated(node: &DeriveInput) -> bool {
    fn mentions(attrs: &[syn::Attribute]) -> bool {
        attrs.iter().any(|a| {
            let path = a.path();
            path.is_ident("deprecated")
                || ((path.is_ident("allow") || path.is_ident("expect"))
                    && a.meta.require_list().is_ok_and(|list| {
                        list.tokens.clone().into_iter().any(
                            |t| matches!(t, proc_macro2::TokenTree::Ident(i) if i == "deprecated"),
                        )
                    }))
        })
    }
    let fields = |fields: &Fields| fields.iter().any(|f| mentions(&f.attrs));
    mentions(&node.attrs)
        || match &node.data {
            Data::Enum(data) => data
                .variants
                .iter()
                .any(|v| mentions(&v.attrs) || fields(&v.fields)),
            Data::Struct(data) => fields(&data.fields),
            Data::Union(_) => false,
        }
}

impl<'a> Parsed<'a> {
    pub fn from_syn(cx: &mut Ctxt, node: &'a DeriveInput) -> Option<Self> {
        let mut variants = Vec::new();
        let mut codeless = Vec::new();
        let mut sort = |at, variant: Variant<'a, ()>, code: Option<CodeAttr>| match code {
            Some(code) => variants.push(variant.with_code(code)),
            None => codeless.push((at, variant)),
        };
        let attrs = attr::parse_container(cx, &node.attrs);
        let docs = attr::docs(&node.attrs);
        attr::reject_field_attrs(cx, &node.attrs);
        let is_struct = match &node.data {
            Data::Enum(data) => {
                attr::reject_code_on_enum(cx, &node.attrs);
                for (at, v) in data.variants.iter().enumerate() {
                    attr::reject_api_error_on_variant(cx, &v.attrs);
                    attr::reject_field_attrs(cx, &v.attrs);
                    let code = attr::parse_code_attrs(cx, &v.attrs);
                    if code.is_none() && !v.attrs.iter().any(|a| a.path().is_ident("code")) {
                        cx.error_at(
                            v.ident.span(),
                            format!("variant `{}` has no #[code(...)]", v.ident),
                        );
                    }
                    let msg = code.as_ref().and_then(CodeAttr::msg);
                    let variant = Variant::new(cx, &v.ident, &v.fields, msg, attr::docs(&v.attrs));
                    sort(at, variant, code);
                }
                false
            }
            Data::Struct(data) => {
                let code = attr::parse_code_attrs(cx, &node.attrs);
                if code.is_none() && !node.attrs.iter().any(|a| a.path().is_ident("code")) {
                    cx.error_at(
                        node.ident.span(),
                        format!(
                            "`{}` has no #[code(...)]; a struct takes one for the whole type",
                            node.ident
                        ),
                    );
                }
                let msg = code.as_ref().and_then(CodeAttr::msg);
                sort(
                    0,
                    Variant::new(cx, &node.ident, &data.fields, msg, None),
                    code,
                );
                true
            }
            Data::Union(data) => {
                cx.error_at(
                    data.union_token.span,
                    "#[derive(ApiError)] works on enums and structs, not unions",
                );
                return None;
            }
        };
        Some(Parsed {
            input: Input {
                deprecated: mentions_deprecated(node),
                ident: &node.ident,
                generics: &node.generics,
                attrs,
                docs,
                is_struct,
                variants,
            },
            codeless,
        })
    }
}

impl<'a> Parsed<'a> {
    /// The input, if every variant has its code (a missing or unreadable
    /// `#[code]` has been reported).
    pub fn complete(self) -> Option<Input<'a>> {
        self.codeless.is_empty().then_some(self.input)
    }

    /// Every variant, in the order written.
    pub fn variants(&self) -> impl Iterator<Item = Written<'_, 'a>> {
        let mut coded = self.input.variants.iter();
        let mut codeless = self.codeless.iter().peekable();
        let mut at = 0;
        std::iter::from_fn(move || {
            let written = match codeless.next_if(|(i, _)| *i == at) {
                Some((_, variant)) => Written::Codeless(variant),
                None => Written::Coded(coded.next()?),
            };
            at += 1;
            Some(written)
        })
    }
}

impl<'a> Written<'_, 'a> {
    pub fn ident(&self) -> &'a Ident {
        match self {
            Written::Coded(v) => v.ident,
            Written::Codeless(v) => v.ident,
        }
    }

    pub fn fields(&self) -> &[Field<'a>] {
        match self {
            Written::Coded(v) => &v.fields,
            Written::Codeless(v) => &v.fields,
        }
    }
}

impl<'a> Variant<'a, ()> {
    /// The variant's fields and its message, `msg` resolved against them.
    fn new(
        cx: &mut Ctxt,
        ident: &'a Ident,
        fields: &'a Fields,
        msg: Option<&LitStr>,
        docs: Option<Docs>,
    ) -> Self {
        let style = match fields {
            Fields::Unit => Style::Unit,
            Fields::Unnamed(_) => Style::Tuple,
            Fields::Named(_) => Style::Named,
        };
        let mut fields = fields
            .iter()
            .enumerate()
            .map(|(i, f)| Field {
                member: f
                    .ident
                    .clone()
                    .map_or_else(|| Member::from(i), Member::Named),
                ty: &f.ty,
                attrs: attr::parse_field(cx, &f.attrs),
                span: f.span(),
                restored_from: None,
                source: false,
            })
            .collect::<Vec<_>>();
        // As in thiserror, a field named `source` is the source unless another
        // field is marked `#[source]` or `#[from]`: the explicit mark wins.
        let marked = fields.iter().any(Field::marked_source);
        for field in &mut fields {
            field.source = field.marked_source()
                || (!marked && matches!(&field.member, Member::Named(i) if i == "source"));
        }
        let mut variant = Variant {
            ident,
            style,
            fields,
            code: (),
            docs,
            message: Vec::new(),
        };
        variant.report_repeated_placeholder_attrs(cx);
        variant.resolve_message(cx, msg);
        variant
    }

    fn with_code(self, code: CodeAttr) -> Variant<'a> {
        Variant {
            ident: self.ident,
            style: self.style,
            fields: self.fields,
            code,
            docs: self.docs,
            message: self.message,
        }
    }

    /// One placeholder filled by two fields would leave one of them unused.
    fn report_repeated_placeholder_attrs(&self, cx: &mut Ctxt) {
        for (i, field) in self.fields.iter().enumerate() {
            let Some(p) = &field.attrs.placeholder else {
                continue;
            };
            let first = self.fields[..i].iter().find(|f| {
                f.attrs
                    .placeholder
                    .as_ref()
                    .is_some_and(|q| q.value() == p.value())
            });
            if let Some(first) = first {
                cx.error_at(
                    p.span(),
                    format!(
                        "`{{{}}}` is already filled by field `{}`; each placeholder names one field",
                        p.value(),
                        first.display_name()
                    ),
                );
            }
        }
    }

    fn resolve_message(&mut self, cx: &mut Ctxt, msg: Option<&LitStr>) {
        let Some(lit) = msg else {
            self.report_unused_placeholder_attrs(cx, &[]);
            return;
        };
        let segments = match template::parse(&lit.value()) {
            Ok(segments) => segments,
            Err(message) => {
                cx.error_at(lit.span(), format!("invalid message template: {message}"));
                return;
            }
        };
        let mut used = Vec::new();
        let unreadable_attr = self.fields.iter().any(|f| f.attrs.placeholder_broken);
        for segment in segments {
            match segment {
                Segment::Text(text) => self.message.push(Part::Text(text)),
                Segment::Arg {
                    name,
                    spec: written,
                } => {
                    let Some(field) = self.field_named(&name) else {
                        if !unreadable_attr {
                            cx.error_at(lit.span(), self.no_such_field(&name));
                        }
                        // A field named by its own name, not by its
                        // #[placeholder]: the error above says so already.
                        if let Some(p) = self
                            .fields
                            .iter()
                            .find(|f| f.display_name() == name)
                            .and_then(|f| f.attrs.placeholder.as_ref())
                        {
                            used.push(p.value());
                        }
                        continue;
                    };
                    let spec = match Spec::parse(&written) {
                        Ok(spec) => spec,
                        Err(message) => {
                            cx.error_at(lit.span(), format!("`{{{name}:{written}}}`: {message}"));
                            continue;
                        }
                    };
                    if spec.precision == Some(Precision::Star) {
                        cx.error_at(
                            lit.span(),
                            format!("`{{{name}:{written}}}`: `.*` takes the precision from the next argument, which a message does not have; name a field instead, as in `.prec$`"),
                        );
                        continue;
                    }
                    let mut width_fields = Vec::new();
                    for width in spec.args() {
                        match self.field_named(width) {
                            Some(i) => width_fields.push(i),
                            None => cx.error_at(lit.span(), self.no_such_field(width)),
                        }
                    }
                    if spec.is_empty() && self.fields[field].restored_from.is_none() {
                        self.fields[field].restored_from = Some(name.clone());
                    }
                    used.push(name.clone());
                    self.message.push(Part::Field {
                        field,
                        name,
                        spec,
                        width_fields,
                    });
                }
            }
        }
        self.report_unused_placeholder_attrs(cx, &used);
    }

    /// The field a placeholder names: one marked `#[placeholder("name")]`,
    /// else the field called `name`, else tuple field `name` as an index.
    fn field_named(&self, name: &str) -> Option<usize> {
        self.fields
            .iter()
            .position(|f| {
                f.attrs
                    .placeholder
                    .as_ref()
                    .is_some_and(|p| p.value() == name)
            })
            .or_else(|| {
                self.fields
                    .iter()
                    .position(|f| f.attrs.placeholder.is_none() && f.display_name() == name)
            })
    }

    fn no_such_field(&self, name: &str) -> String {
        let fields: Vec<String> = self
            .fields
            .iter()
            .map(|f| format!("`{}`", f.display_name()))
            .collect();
        let known = if fields.is_empty() {
            format!("`{}` has no fields", self.ident)
        } else {
            format!("fields are {}", fields.join(", "))
        };
        let renamed = self.fields.iter().find(|f| f.display_name() == name);
        if let Some(p) = renamed.and_then(|f| f.attrs.placeholder.as_ref()) {
            return format!(
                "placeholder `{{{name}}}`: field `{name}` is marked #[placeholder(\"{0}\")], so write `{{{0}}}`",
                p.value()
            );
        }
        let names: Vec<String> = self
            .fields
            .iter()
            .map(|f| match &f.attrs.placeholder {
                Some(p) => p.value(),
                None => f.display_name(),
            })
            .collect();
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        let hint = if let Some(close) = crate::symbol::closest(name, &names) {
            format!("; did you mean `{{{close}}}`?")
        } else if name.chars().all(|c| c.is_alphanumeric() || c == '_') {
            String::new()
        } else {
            format!("; mark a field #[placeholder(\"{name}\")] to fill it")
        };
        format!(
            "placeholder `{{{name}}}` names no field of `{}` ({known}){hint}",
            self.ident
        )
    }

    fn report_unused_placeholder_attrs(&self, cx: &mut Ctxt, used: &[String]) {
        for field in &self.fields {
            if let Some(p) = &field.attrs.placeholder {
                if !used.contains(&p.value()) {
                    cx.error_at(
                        p.span(),
                        format!("the message has no placeholder `{{{}}}`", p.value()),
                    );
                }
            }
        }
    }
}
