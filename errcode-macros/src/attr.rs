//! The attribute grammar: `#[api_error(...)]`, `#[code(...)]`, field
//! attributes and doc comments, parsed into typed values.
//!
//! Every key of `#[api_error]` and `#[code]` is one row of [`KEYS`]: its
//! name, the kind of value it takes and where it is allowed. Parsing,
//! duplicate and unknown-key errors and the "did you mean" hint all read
//! that table, and the values land in one holder, [`Attrs`].

use proc_macro2::{Span, TokenStream};
use syn::parse::ParseStream;
use syn::spanned::Spanned as _;
use syn::{Attribute, Ident, LitInt, LitStr, Token};

use crate::ctxt::Ctxt;
use crate::symbol::{self, *};

/// The attribute a key is written in.
#[derive(Clone, Copy, PartialEq)]
pub enum Place {
    /// `#[api_error(...)]`, on the type.
    ApiError,
    /// `#[code(...)]`, on a variant or a struct.
    Code,
}

impl Place {
    fn attr(self) -> &'static str {
        match self {
            Place::ApiError => API_ERROR,
            Place::Code => CODE,
        }
    }
}

/// The value a key takes.
#[derive(Clone, Copy, PartialEq)]
pub enum Kind {
    /// Just the key: `shared`.
    Flag,
    /// An HTTP status in 100..=999 that may carry a body: `status = 404`.
    Status,
    /// One status or a bracketed list of them, each distinct:
    /// `also_status = 503`, `also_status = [400, 403]`.
    Statuses,
    /// A string: `msg = "..."`.
    Str,
    /// A string that must say something; `instead` tells what to write
    /// rather than `""`.
    NonEmpty { instead: &'static str },
    /// A type: `format = errcodes::format::Problem`.
    Type {
        what: &'static str,
        example: &'static str,
    },
    /// A path, bare or quoted: `crate = my_framework::errcodes`.
    Path { example: &'static str },
    /// `FIRST..=LAST` (or `FIRST..END`) with integer literals.
    Range,
    /// `("Category" = FIRST..=LAST, ...)`.
    Ranges,
    /// `("Header-Name" = "value", ...)`.
    Headers,
    /// A `google.rpc.Code` name other than `OK`: `grpc = "NOT_FOUND"`.
    Grpc,
}

pub struct Key {
    pub name: &'static str,
    pub kind: Kind,
    pub on: &'static [Place],
}

macro_rules! keys {
    ($($(#[$doc:meta])* $id:ident = $name:literal: $kind:expr, on $($place:ident)|+;)*) => {
        $($(#[$doc])* pub const $id: Key = Key { name: $name, kind: $kind, on: &[$(Place::$place),+] };)*
        /// In the order the "expected ..." lists of each attribute name them.
        const KEYS: &[Key] = &[$($id),*];
    };
}

keys! {
    FORMAT = "format": Kind::Type { what: "a format type", example: "errcodes::format::Problem" }, on ApiError;
    DEFAULT_STATUS = "default_status": Kind::Status, on ApiError;
    RANGE = "range": Kind::Range, on ApiError;
    /// The codes of each category.
    RANGES = "ranges": Kind::Ranges, on ApiError;
    STATUS = "status": Kind::Status, on Code;
    MSG = "msg": Kind::Str, on Code;
    /// A fixed title, the same for every occurrence (RFC 9457's `title`).
    TITLE = "title": Kind::NonEmpty { instead: "leave `title` out for the format's default title" }, on Code;
    NAME = "name": Kind::NonEmpty { instead: "leave `name` out to use the variant's name" }, on Code;
    CATEGORY = "category": Kind::NonEmpty { instead: "leave `category` out for an entry without one" }, on Code | ApiError;
    SHARED = "shared": Kind::Flag, on Code;
    EXPOSE = "expose": Kind::Flag, on Code;
    /// Other statuses clients may see for this entry (older servers, or
    /// one that depends on the endpoint).
    ALSO_STATUS = "also_status": Kind::Statuses, on Code;
    /// The gRPC status code, where the HTTP status's mapping is not the one.
    GRPC = "grpc": Kind::Grpc, on Code;
    CRATE = "crate": Kind::Path { example: "my_framework::errcodes" }, on ApiError;
    /// A directory of `<lang>.json` translations, from `CARGO_MANIFEST_DIR`.
    LOCALES = "locales": Kind::NonEmpty { instead: "write the directory, e.g. `locales = \"locales/\"`" }, on ApiError;
    /// The language of the `msg` templates.
    LANG = "lang": Kind::NonEmpty { instead: "leave `lang` out for `en`" }, on ApiError;
    /// Derive axum's `IntoResponse` (feature `axum`).
    AXUM = "axum": Kind::Flag, on ApiError;
    /// Derive actix-web's `ResponseError` (feature `actix-web`).
    ACTIX_WEB = "actix_web": Kind::Flag, on ApiError;
    /// Headers every response of the entry carries.
    FIXED_HEADER = "header": Kind::Headers, on Code;
}

/// The names of the keys `place` allows, in table order.
fn keys_of(place: Place) -> Vec<&'static str> {
    KEYS.iter()
        .filter(|k| k.on.contains(&place))
        .map(|k| k.name)
        .collect()
}

/// The code of a `#[code(...)]`.
#[derive(Clone)]
pub enum CodeValue {
    /// `_`: an entry documented without a code.
    None,
    Int(i64),
    Str(String),
}

/// A value with the span of the token that wrote it.
#[derive(Clone)]
pub struct Spanned<T> {
    pub value: T,
    pub span: Span,
}

pub struct CodeAttr {
    pub code: Spanned<CodeValue>,
    pub keys: Attrs,
    /// `#[code(transparent)]`, with the span of the word.
    pub transparent: Option<Span>,
}

pub struct CategoryRange {
    pub category: LitStr,
    pub first: i64,
    pub last: i64,
}

enum Value {
    Flag,
    Status(Spanned<u16>),
    Statuses(Vec<Spanned<u16>>),
    Str(LitStr),
    Range(Spanned<(i64, i64)>),
    Ranges(Vec<CategoryRange>),
    Headers(Vec<(LitStr, LitStr)>),
    Type(syn::Type),
    Path(syn::Path),
    /// A gRPC code's number.
    Grpc(i32),
}

/// The keys of one attribute list (all `#[api_error]`s of a type, or one
/// `#[code]`), each with the span of its name; read by kind.
#[derive(Default)]
pub struct Attrs {
    /// Every key written, known or not, for duplicate reports.
    seen: Vec<Ident>,
    given: Vec<(&'static str, Span, Value)>,
}

impl Attrs {
    fn get(&self, key: &Key) -> Option<(Span, &Value)> {
        self.given
            .iter()
            .find(|(name, _, _)| *name == key.name)
            .map(|(_, span, value)| (*span, value))
    }

    /// The span of a flag's name, if given.
    pub fn flag(&self, key: &Key) -> Option<Span> {
        self.get(key).map(|(span, _)| span)
    }

    pub fn status(&self, key: &Key) -> Option<&Spanned<u16>> {
        match self.get(key)?.1 {
            Value::Status(status) => Some(status),
            _ => None,
        }
    }

    /// Each status of a list key, in the order written.
    pub fn statuses(&self, key: &Key) -> &[Spanned<u16>] {
        match self.get(key) {
            Some((_, Value::Statuses(statuses))) => statuses,
            _ => &[],
        }
    }

    pub fn string(&self, key: &Key) -> Option<&LitStr> {
        match self.get(key)?.1 {
            Value::Str(lit) => Some(lit),
            _ => None,
        }
    }

    /// The range, spanned at its key: rules about it as a whole point there.
    pub fn range(&self, key: &Key) -> Option<Spanned<(i64, i64)>> {
        match self.get(key)? {
            (span, Value::Range(range)) => Some(Spanned {
                value: range.value,
                span,
            }),
            _ => None,
        }
    }

    pub fn ranges(&self, key: &Key) -> &[CategoryRange] {
        match self.get(key) {
            Some((_, Value::Ranges(ranges))) => ranges,
            _ => &[],
        }
    }

    /// `header("Name" = "value", ...)`: each name and value.
    pub fn headers(&self, key: &Key) -> &[(LitStr, LitStr)] {
        match self.get(key) {
            Some((_, Value::Headers(headers))) => headers,
            _ => &[],
        }
    }

    pub fn ty(&self, key: &Key) -> Option<&syn::Type> {
        match self.get(key)?.1 {
            Value::Type(ty) => Some(ty),
            _ => None,
        }
    }

    pub fn path(&self, key: &Key) -> Option<&syn::Path> {
        match self.get(key)?.1 {
            Value::Path(path) => Some(path),
            _ => None,
        }
    }

    /// A gRPC code's number (`NOT_FOUND` is 5).
    pub fn grpc(&self, key: &Key) -> Option<i32> {
        match self.get(key)?.1 {
            Value::Grpc(number) => Some(*number),
            _ => None,
        }
    }

    fn set(&mut self, key: &Key, span: Span, value: Value) {
        match self.given.iter_mut().find(|(name, _, _)| *name == key.name) {
            Some(given) => *given = (key.name, span, value),
            None => self.given.push((key.name, span, value)),
        }
    }

    /// Reads `key` and its value from `input`, reporting a key given twice,
    /// a key `place` does not take, or a bad value; after an error the
    /// input is skipped to the next comma so the keys after it are read too.
    fn parse_key(&mut self, cx: &mut Ctxt, place: Place, key: Ident, input: ParseStream) {
        let name = key.to_string();
        match self.seen.iter().find(|k| **k == name) {
            Some(first) => cx.twice(
                &key,
                format!("`{name}` given twice"),
                first,
                format!("`{name}` first given here"),
            ),
            None => self.seen.push(key.clone()),
        }
        let Some(spec) = KEYS
            .iter()
            .find(|k| k.name == name && k.on.contains(&place))
        else {
            unknown_key(cx, &key, place);
            skip_to_comma(input);
            return;
        };
        if spec.kind == Kind::Flag && input.peek(Token![=]) {
            cx.error_at(
                key.span(),
                format!("`{name}` takes no value; write just `{name}`"),
            );
            skip_to_comma(input);
            // Taken as given, so rules that read the flag add no errors of
            // their own.
            self.set(spec, key.span(), Value::Flag);
            return;
        }
        match parse_value(spec, input) {
            Ok(value) => self.set(spec, key.span(), value),
            Err(e) => {
                cx.push(e);
                skip_to_comma(input);
            }
        }
    }
}

fn parse_value(key: &Key, input: ParseStream) -> syn::Result<Value> {
    let name = key.name;
    if !matches!(key.kind, Kind::Flag | Kind::Ranges | Kind::Headers) {
        input
            .parse::<Token![=]>()
            .map_err(|e| syn::Error::new(e.span(), format!("expected `{name} = ...`")))?;
    }
    Ok(match key.kind {
        Kind::Flag => Value::Flag,
        Kind::Status => Value::Status(parse_status(input, name)?),
        Kind::Statuses => Value::Statuses(parse_statuses(input, name)?),
        Kind::Str => Value::Str(parse_string(input, name)?),
        Kind::NonEmpty { instead } => Value::Str(parse_nonempty_string(input, name, instead)?),
        Kind::Type { what, example } => {
            if input.fork().parse::<syn::Type>().is_err() {
                let expected = format!("expected {what} for `{name}`, e.g. `{name} = {example}`");
                if input.is_empty() {
                    return Err(input.error(expected));
                }
                let found: proc_macro2::TokenTree = input.parse()?;
                return Err(syn::Error::new_spanned(found, expected));
            }
            Value::Type(input.parse()?)
        }
        Kind::Path { example } => {
            let path = if input.peek(LitStr) {
                input.parse::<LitStr>()?.parse()
            } else {
                input.parse()
            };
            Value::Path(path.map_err(|e| {
                syn::Error::new(
                    e.span(),
                    format!("expected a path for `{name}`, e.g. `{name} = {example}`"),
                )
            })?)
        }
        Kind::Grpc => Value::Grpc(parse_grpc(input, name)?),
        Kind::Range => Value::Range(parse_range(input, |e| {
            syn::Error::new(
                e.span(),
                format!("expected `{name} = FIRST..=LAST` with integer literals, e.g. `{name} = 34000..=34999`"),
            )
        })?),
        Kind::Ranges => {
            let content;
            syn::parenthesized!(content in input);
            let ranges = parse_category_ranges(&content);
            // The rest is skipped, or syn reports it as unexpected too.
            content.parse::<TokenStream>()?;
            Value::Ranges(ranges?)
        }
        Kind::Headers => {
            let content;
            syn::parenthesized!(content in input);
            let headers = parse_fixed_headers(&content);
            content.parse::<TokenStream>()?;
            Value::Headers(headers?)
        }
    })
}

/// `"Name" = "value", ...` in `header(...)`.
fn parse_fixed_headers(input: ParseStream) -> syn::Result<Vec<(LitStr, LitStr)>> {
    let expected = "expected `\"Header-Name\" = \"value\"` in `header(...)`";
    let mut headers = Vec::new();
    while !input.is_empty() {
        let name: LitStr = input
            .parse()
            .map_err(|e| syn::Error::new(e.span(), expected))?;
        header_name(&name)?;
        input
            .parse::<Token![=]>()
            .map_err(|e| syn::Error::new(e.span(), expected))?;
        let value: LitStr = input
            .parse()
            .map_err(|e| syn::Error::new(e.span(), expected))?;
        if let Some(c) = value
            .value()
            .chars()
            .find(|c| !(*c == '\t' || (' '..='~').contains(c)))
        {
            return Err(syn::Error::new(
                value.span(),
                format!(
                    "a header value holds visible ASCII characters, spaces and tabs; found {c:?}"
                ),
            ));
        }
        headers.push((name, value));
        if input.is_empty() {
            break;
        }
        input.parse::<Token![,]>()?;
    }
    Ok(headers)
}

/// A header name is an RFC 9110 token; the adapters write `Content-Type`
/// (the format's) and the framework the framing headers, so an error
/// setting them would contradict its own response.
pub fn header_name(name: &LitStr) -> syn::Result<()> {
    let text = name.value();
    if text.is_empty() {
        return Err(syn::Error::new(
            name.span(),
            "a header name cannot be empty",
        ));
    }
    if let Some(c) = text
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || "!#$%&'*+-.^_`|~".contains(*c)))
    {
        return Err(syn::Error::new(
            name.span(),
            format!("{c:?} cannot appear in a header name; write it as `Retry-After` is written: letters, digits and `-`"),
        ));
    }
    let lower = text.to_ascii_lowercase();
    if ["content-type", "content-length", "transfer-encoding"].contains(&lower.as_str()) {
        return Err(syn::Error::new(
            name.span(),
            format!("`{text}` is set by the response itself (the format's content type and the body's framing), not by an error"),
        ));
    }
    Ok(())
}

#[derive(Default)]
pub struct FieldAttrs {
    pub source: Option<Span>,
    pub from: Option<Span>,
    /// `#[body]`, with the `rename = "..."` literal if given.
    pub body: Option<Spanned<Option<LitStr>>>,
    /// `#[body(encode_only)]`: written to bodies, never decoded.
    pub encode_only: Option<Span>,
    /// `#[body(default)]` or `#[body(default = path)]`: what decoding makes
    /// of an absent member (`Default::default()`, or the function at
    /// `path`), spanned at the key.
    pub default: Option<Spanned<Option<syn::Path>>>,
    /// `#[body(example = ...)]`: the expression as written, spanned at the
    /// key.
    pub example: Option<Spanned<TokenStream>>,
    /// The doc comment of a `#[body]` field: what its member holds.
    pub docs: Option<Docs>,
    pub placeholder: Option<LitStr>,
    /// `#[header("Name")]`: the field's value is that response header.
    pub header: Option<FieldHeader>,
    /// A `#[placeholder(...)]` too malformed to read: which placeholder it
    /// meant is unknown, so the message's are not checked against fields.
    pub placeholder_broken: bool,
}

/// `#[header("Name")]` or `#[header("Name", with = path)]` on a field.
pub struct FieldHeader {
    pub name: LitStr,
    /// `with = path`: the function whose result the header shows, in place
    /// of the field's own `Display`.
    pub with: Option<syn::ExprPath>,
}

const HEADER_EXPECTED: &str =
    "expected #[header(\"Header-Name\")] or #[header(\"Header-Name\", with = path::to::function)]";

fn parse_field_header(input: ParseStream) -> syn::Result<FieldHeader> {
    let name: LitStr = input
        .parse()
        .map_err(|e| syn::Error::new(e.span(), HEADER_EXPECTED))?;
    header_name(&name)?;
    let mut with = None;
    if !input.is_empty() {
        input.parse::<Token![,]>()?;
        let key: Ident = input.parse()?;
        if key != WITH {
            return Err(syn::Error::new(
                key.span(),
                format!("unknown #[header] argument `{key}`; expected `with = path::to::function`"),
            ));
        }
        input.parse::<Token![=]>()?;
        with = Some(match input.parse::<syn::Expr>()? {
            syn::Expr::Path(path) if path.qself.is_none() => path,
            other => return Err(syn::Error::new_spanned(
                other,
                "`with` takes the path of a function `fn(&FieldType) -> impl Display` whose result the header shows, e.g. `with = errcodes::headers::seconds_from_millis`",
            )),
        });
    }
    if !input.is_empty() {
        return Err(input.error(HEADER_EXPECTED));
    }
    Ok(FieldHeader { name, with })
}

fn is(attr: &Attribute, name: &str) -> bool {
    attr.path().is_ident(name)
}

fn unknown_key(cx: &mut Ctxt, key: &Ident, place: Place) {
    let keys = keys_of(place);
    let found = key.to_string();
    let hint = match symbol::closest(&found, &keys) {
        Some(k) => format!(" (did you mean `{k}`?)"),
        None => String::new(),
    };
    cx.error_at(
        key.span(),
        format!(
            "unknown #[{}] argument `{found}`{hint}; expected {}",
            place.attr(),
            symbol::list(&keys)
        ),
    );
}

/// Skips to the next top-level comma so one bad argument does not hide the others.
fn skip_to_comma(input: ParseStream) {
    let _ = input.step(|cursor| {
        let mut rest = *cursor;
        while let Some((tt, next)) = rest.token_tree() {
            if matches!(&tt, proc_macro2::TokenTree::Punct(p) if p.as_char() == ',') {
                return Ok(((), rest));
            }
            rest = next;
        }
        Ok(((), rest))
    });
}

/// A type suffix (`300u8`) says nothing errcodes uses, and one the value does
/// not fit would read as a promise the code does not keep.
fn no_suffix(lit: &LitInt) -> syn::Result<()> {
    if lit.suffix().is_empty() {
        Ok(())
    } else {
        Err(syn::Error::new(
            lit.span(),
            format!(
                "`{lit}` has a type suffix; write `{}` without `{}`",
                lit.base10_digits(),
                lit.suffix()
            ),
        ))
    }
}

/// A string that must say something: `name = ""` or `category = ""` would
/// document an entry under no name at all.
fn parse_nonempty_string(input: ParseStream, key: &str, instead: &str) -> syn::Result<LitStr> {
    let lit = parse_string(input, key)?;
    if lit.value().is_empty() {
        return Err(syn::Error::new(
            lit.span(),
            format!("`{key}` cannot be empty; {instead}"),
        ));
    }
    // A one-line label in tables, headings and bodies: a line break or an
    // escape sequence there breaks every page it reaches.
    if let Some(c) = lit.value().chars().find(|c| c.is_control()) {
        return Err(syn::Error::new(
            lit.span(),
            format!(
                "`{key}` cannot contain control characters such as {c:?}; it is a one-line label"
            ),
        ));
    }
    Ok(lit)
}

fn parse_status(input: ParseStream, what: &str) -> syn::Result<Spanned<u16>> {
    if input.peek(LitStr) {
        let lit: LitStr = input.parse()?;
        return Err(syn::Error::new(
            lit.span(),
            format!(
                "expected an integer {what}, found a string; write `{}` without quotes",
                lit.value()
            ),
        ));
    }
    if !input.peek(LitInt) {
        return Err(input.error(format!(
            "expected an integer {what} in 100..=999, e.g. `{what} = 404`"
        )));
    }
    let lit: LitInt = input.parse()?;
    no_suffix(&lit)?;
    let value = lit
        .base10_parse::<u16>()
        .ok()
        .filter(|s| (100..=999).contains(s))
        .ok_or_else(|| {
            syn::Error::new(
                lit.span(),
                format!("{what} must be in 100..=999, found `{lit}`"),
            )
        })?;
    if let Some(why) = bodiless(value) {
        return Err(syn::Error::new(
            lit.span(),
            format!("{what} {value} cannot carry an error body: {why}; use the 4xx or 5xx status the error means"),
        ));
    }
    Ok(Spanned {
        value,
        span: lit.span(),
    })
}

/// `N` or `[N, ...]`: statuses as [`parse_status`] reads them, none twice.
/// Every bad element is reported, each at its token.
fn parse_statuses(input: ParseStream, what: &str) -> syn::Result<Vec<Spanned<u16>>> {
    if !input.peek(syn::token::Bracket) {
        return Ok(vec![parse_status(input, what)?]);
    }
    let content;
    let brackets = syn::bracketed!(content in input);
    if content.is_empty() {
        return Err(syn::Error::new(
            brackets.span.join(),
            format!("`{what}` lists no status; name at least one, e.g. `{what} = [400, 403]`, or leave `{what}` out"),
        ));
    }
    let mut statuses: Vec<Spanned<u16>> = Vec::new();
    let mut errors: Option<syn::Error> = None;
    let mut fail = |e: syn::Error| match &mut errors {
        Some(errors) => errors.combine(e),
        None => errors = Some(e),
    };
    while !content.is_empty() {
        match parse_status(&content, what) {
            Ok(status) => match statuses.iter().find(|s| s.value == status.value) {
                Some(_) => fail(syn::Error::new(
                    status.span,
                    format!("`{what}` lists {} twice", status.value),
                )),
                None => statuses.push(status),
            },
            Err(e) => {
                fail(e);
                skip_to_comma(&content);
            }
        }
        if content.is_empty() {
            break;
        }
        if let Err(e) = content.parse::<Token![,]>() {
            fail(e);
            content.parse::<TokenStream>()?;
        }
    }
    match errors {
        Some(errors) => Err(errors),
        None => Ok(statuses),
    }
}

/// Why a response with this status has no body (RFC 9110), if it has none:
/// sent with one, it reaches clients broken or not at all.
fn bodiless(status: u16) -> Option<&'static str> {
    match status {
        100..=199 => Some("a 1xx response is informational and has no body"),
        204 => Some("a 204 No Content response has no body"),
        205 => Some("a 205 Reset Content response has no body"),
        304 => Some("a 304 Not Modified response has no body"),
        _ => None,
    }
}

/// The value of `#[body(example = ...)]`: an expression, or an array
/// literal (which syn reads only with its `full` feature, not enabled here).
fn parse_example(key: &Ident, meta: &syn::meta::ParseNestedMeta) -> syn::Result<TokenStream> {
    let expected = "expected a value for `example`, e.g. `example = 30` or `example = \"alice\"`";
    if !meta.input.peek(Token![=]) {
        return Err(syn::Error::new(key.span(), expected));
    }
    let input = meta.value()?;
    if input.peek(syn::token::Bracket) {
        return Ok(input.parse::<proc_macro2::TokenTree>()?.into());
    }
    if input.is_empty() || input.peek(Token![,]) {
        return Err(input.error(expected));
    }
    match input.parse::<syn::Expr>() {
        // A condition's `let` (parsed where another crate turns on syn's
        // `full` feature) is no value.
        Ok(expr @ syn::Expr::Let(_)) => {
            // At `let`, as the error of syn without `full` points.
            let at = quote::ToTokens::into_token_stream(expr)
                .into_iter()
                .next()
                .map_or_else(Span::call_site, |token| token.span());
            Err(syn::Error::new(at, expected))
        }
        Ok(expr) => Ok(quote::ToTokens::into_token_stream(expr)),
        Err(e) => Err(syn::Error::new(e.span(), expected)),
    }
}

/// The function of `#[body(default = path)]` (bare, or quoted as serde
/// writes it); `None` for a bare `default`.
fn parse_default(meta: &syn::meta::ParseNestedMeta) -> syn::Result<Option<syn::Path>> {
    if !meta.input.peek(Token![=]) {
        return Ok(None);
    }
    let input = meta.value()?;
    let expected = "expected the path of a function for `default`, e.g. `default = default_limit`, or a bare `default` for `Default::default()`";
    let path = if input.peek(LitStr) {
        input.parse::<LitStr>()?.parse::<syn::Path>()
    } else if input.is_empty() || input.peek(Token![,]) {
        return Err(input.error(expected));
    } else {
        input.parse::<syn::Path>()
    };
    let path = path.map_err(|e| syn::Error::new(e.span(), expected))?;
    // A path followed by more (`default = f()`) is no path.
    if !input.is_empty() && !input.peek(Token![,]) {
        return Err(input.error(expected));
    }
    Ok(Some(path))
}

fn parse_string(input: ParseStream, key: &str) -> syn::Result<LitStr> {
    let expected = || format!("expected a string for `{key}`, e.g. `{key} = \"...\"`");
    if input.peek(LitStr) {
        input.parse()
    } else if input.is_empty() {
        // An empty token stream has no span of its own: it would point at the derive.
        Err(input.error(expected()))
    } else {
        let found: TokenStream = input.step(|c| {
            Ok(c.token_tree()
                .map_or((TokenStream::new(), *c), |(tt, n)| (tt.into(), n)))
        })?;
        Err(syn::Error::new_spanned(found, expected()))
    }
}

/// A `google.rpc.Code` name, as its number: the names are the ones every
/// gRPC library and `grpc-status` documentation uses, so no other spelling
/// is taken. `OK` is not an error's code.
fn parse_grpc(input: ParseStream, key: &str) -> syn::Result<i32> {
    let names = symbol::GRPC_CODES;
    let expected =
        || format!("expected a gRPC code name for `{key}`, e.g. `{key} = \"NOT_FOUND\"`");
    if !input.peek(LitStr) {
        if input.is_empty() {
            return Err(input.error(expected()));
        }
        let found: proc_macro2::TokenTree = input.parse()?;
        return Err(syn::Error::new_spanned(found, expected()));
    }
    let lit: LitStr = input.parse()?;
    let found = lit.value();
    if let Some(i) = names.iter().position(|n| *n == found) {
        return i32::try_from(i + 1).map_err(|_| syn::Error::new(lit.span(), expected()));
    }
    let hint = match symbol::closest(&found.to_ascii_uppercase(), names) {
        Some(name) => format!(" (did you mean `{name}`?)"),
        None => String::new(),
    };
    let what = if found == "OK" {
        "`OK` is not an error's gRPC code".to_owned()
    } else {
        format!("unknown gRPC code `{found}`{hint}")
    };
    Err(syn::Error::new(
        lit.span(),
        format!("{what}; expected {}", symbol::list(names)),
    ))
}

/// An integer literal with an optional leading `-`, checked to fit in `i64`.
/// An integer literal with an optional leading `-`, checked to fit in `i64`.
fn parse_i64(input: ParseStream) -> syn::Result<Spanned<i64>> {
    let (minus, lit) = lex_int(input)?;
    int_value(minus.as_ref(), &lit)
}

/// The tokens of an integer, before any check of its value.
fn lex_int(input: ParseStream) -> syn::Result<(Option<Token![-]>, LitInt)> {
    Ok((input.parse()?, input.parse()?))
}

fn int_value(minus: Option<&Token![-]>, lit: &LitInt) -> syn::Result<Spanned<i64>> {
    no_suffix(lit)?;
    let span = minus.map_or(lit.span(), |m| {
        m.span.join(lit.span()).unwrap_or(lit.span())
    });
    let digits = lit.base10_digits();
    let text = if minus.is_some() {
        format!("-{digits}")
    } else {
        digits.to_owned()
    };
    let value = text.parse::<i64>().map_err(|_| {
        syn::Error::new(lit.span(), format!("code `{text}` does not fit in an i64"))
    })?;
    Ok(Spanned { value, span })
}
const EXPECTED_CODE: &str =
    "expected the code first: an integer, a string, or `_` for an entry without one";

fn parse_code_value(input: ParseStream, attr_span: Span) -> syn::Result<Spanned<CodeValue>> {
    const EXPECTED: &str = EXPECTED_CODE;
    if input.is_empty() {
        return Err(syn::Error::new(
            attr_span,
            format!("empty #[code(...)]; {EXPECTED}"),
        ));
    }
    if input.peek(Token![_]) {
        let underscore: Token![_] = input.parse()?;
        return Ok(Spanned {
            value: CodeValue::None,
            span: underscore.span,
        });
    }
    if input.peek(LitStr) {
        let lit: LitStr = input.parse()?;
        if lit.value().is_empty() {
            return Err(syn::Error::new(
                lit.span(),
                "a string code cannot be empty; use `_` for an entry without a code",
            ));
        }
        return Ok(Spanned {
            value: CodeValue::Str(lit.value()),
            span: lit.span(),
        });
    }
    if input.peek(LitInt) || input.peek(Token![-]) {
        let n = parse_i64(input)?;
        return Ok(Spanned {
            value: CodeValue::Int(n.value),
            span: n.span,
        });
    }
    let tt: proc_macro2::TokenTree = input.parse()?;
    let found = match &tt {
        proc_macro2::TokenTree::Literal(l) if l.to_string().contains('.') => "a float".to_owned(),
        proc_macro2::TokenTree::Ident(i) if input.peek(Token![=]) => format!("`{i} = ...`"),
        other => format!("`{other}`"),
    };
    Err(syn::Error::new(
        tt.span(),
        format!("{EXPECTED}; found {found}"),
    ))
}

/// The code as the user would write it first in `#[code(...)]`.
fn code_text(code: &CodeValue) -> String {
    match code {
        CodeValue::None => "_".to_owned(),
        CodeValue::Int(n) => n.to_string(),
        CodeValue::Str(s) => format!("{s:?}"),
    }
}

pub fn parse_code(cx: &mut Ctxt, attr: &Attribute) -> Option<CodeAttr> {
    // The parentheses, so that `#[code()]` is reported on `()`; `join`
    // of a delimiter works on stable where joining other spans does not.
    let attr_span = match &attr.meta {
        syn::Meta::List(list) => list.delimiter.span().join(),
        _ => attr.span(),
    };
    let mut result = None;
    let parser = |input: ParseStream| -> syn::Result<()> {
        if input.peek(Ident)
            && !input.peek2(Token![=])
            && input.fork().parse::<Ident>()? == TRANSPARENT
        {
            let word: Ident = input.parse()?;
            if input.parse::<Option<Token![,]>>()?.is_some() && !input.is_empty() {
                let extra: proc_macro2::TokenTree = input.parse()?;
                cx.error_spanned(extra, "#[code(transparent)] takes no other arguments: the code, status, message and the rest come from the field's error type");
                input.parse::<TokenStream>()?;
            }
            result = Some(CodeAttr {
                code: Spanned {
                    value: CodeValue::None,
                    span: word.span(),
                },
                keys: Attrs::default(),
                transparent: Some(word.span()),
            });
            return Ok(());
        }
        // A key where the code belongs (`#[code(status = 400, msg = "x", 5)]`):
        // the keys are read anyway, and the one mistake reported once.
        let mut missing_code = input
            .fork()
            .parse::<Ident>()
            .ok()
            .filter(|_| input.peek2(Token![=]));
        let code = if missing_code.is_some() {
            Spanned {
                value: CodeValue::None,
                span: attr_span,
            }
        } else {
            match parse_code_value(input, attr_span) {
                Ok(code) => code,
                Err(e) => {
                    cx.push(e);
                    Spanned {
                        value: CodeValue::None,
                        span: attr_span,
                    }
                }
            }
        };
        let mut expect_comma = missing_code.is_none();
        let mut out = CodeAttr {
            code,
            keys: Attrs::default(),
            transparent: None,
        };
        while !input.is_empty() {
            if expect_comma {
                if let Err(e) = input.parse::<Token![,]>() {
                    cx.push(e);
                    skip_to_comma(input);
                    continue;
                }
            }
            expect_comma = true;
            if input.is_empty() {
                break;
            }
            let code_here = input.peek(LitInt)
                || input.peek(LitStr)
                || input.peek(Token![_])
                || input.peek(Token![-]);
            if let (Some(first), true) = (&missing_code, code_here) {
                match parse_code_value(input, attr_span) {
                    Ok(code) => {
                        let text = code_text(&code.value);
                        cx.error_at(
                            code.span,
                            format!("the code goes first, before `{first}`: write `#[code({text}, {first} = ...)]`"),
                        );
                        out.code = code;
                    }
                    Err(e) => cx.push(e),
                }
                missing_code = None;
                continue;
            }
            let key: Ident = match syn::ext::IdentExt::parse_any(input) {
                Ok(k) => k,
                Err(_) if missing_code.is_some() => {
                    // Neither a key nor a code: reported as the missing code.
                    skip_to_comma(input);
                    continue;
                }
                Err(e) => {
                    cx.push(syn::Error::new(
                        e.span(),
                        format!(
                            "expected a #[code] argument after the code: {}",
                            symbol::list(&keys_of(Place::Code))
                        ),
                    ));
                    skip_to_comma(input);
                    continue;
                }
            };
            // The code written as a key (`code = 5`): one mistake, one error.
            if let (Some(first), true) = (&missing_code, key == CODE && input.peek(Token![=])) {
                input.parse::<Token![=]>()?;
                match parse_code_value(input, attr_span) {
                    Ok(code) => {
                        let text = code_text(&code.value);
                        let rest = if first != CODE {
                            format!(", {first} = ...")
                        } else if input.is_empty() {
                            String::new()
                        } else {
                            ", ...".to_owned()
                        };
                        cx.error_at(
                            key.span(),
                            format!("the code takes no key and goes first: write `#[code({text}{rest})]`"),
                        );
                        out.code = code;
                    }
                    Err(e) => cx.push(e),
                }
                missing_code = None;
                continue;
            }
            if key == TRANSPARENT {
                cx.error_at(
                    key.span(),
                    "`transparent` stands alone: write #[code(transparent)] without a code or other arguments",
                );
                skip_to_comma(input);
                continue;
            }
            out.keys.parse_key(cx, Place::Code, key, input);
        }
        if let Some(found) = missing_code {
            cx.error_at(
                found.span(),
                format!("{EXPECTED_CODE}; found `{found} = ...`"),
            );
        }
        result = Some(out);
        Ok(())
    };
    match attr.parse_args_with(parser) {
        Ok(()) => result,
        Err(e) => {
            cx.push(syn::Error::new(
                e.span(),
                format!("{e}; write #[code(CODE, status = ..., msg = \"...\")]"),
            ));
            None
        }
    }
}

/// `FIRST..=LAST` or `FIRST..END`; `syntax` words the error for tokens that
/// are no range at all, while a bad value keeps its own message.
fn parse_range(
    input: ParseStream,
    syntax: impl Fn(syn::Error) -> syn::Error,
) -> syn::Result<Spanned<(i64, i64)>> {
    let (minus, lit) = lex_int(input).map_err(&syntax)?;
    let start = int_value(minus.as_ref(), &lit)?;
    let inclusive = if input.peek(Token![..=]) {
        input.parse::<Token![..=]>()?;
        true
    } else {
        input.parse::<Token![..]>().map_err(&syntax)?;
        false
    };
    let (minus, lit) = lex_int(input).map_err(&syntax)?;
    let end = int_value(minus.as_ref(), &lit)?;
    let last = if inclusive {
        Some(end.value)
    } else {
        end.value.checked_sub(1)
    };
    match last {
        Some(last) if last >= start.value => Ok(Spanned {
            value: (start.value, last),
            span: start.span,
        }),
        _ => {
            // Two tokens carrying the spans of both ends, so the error covers
            // the whole range on stable, where spans cannot be joined.
            let ends: TokenStream = [start.span, end.span]
                .into_iter()
                .map(|span| {
                    let mut dot = proc_macro2::Punct::new('.', proc_macro2::Spacing::Alone);
                    dot.set_span(span);
                    proc_macro2::TokenTree::Punct(dot)
                })
                .collect();
            Err(syn::Error::new_spanned(
                ends,
                "`range` is empty; write `range = FIRST..=LAST`",
            ))
        }
    }
}

/// `"Section" = A..=B, ...`
fn parse_category_ranges(input: ParseStream) -> syn::Result<Vec<CategoryRange>> {
    let mut ranges = Vec::new();
    while !input.is_empty() {
        let category: LitStr = input.parse().map_err(|e| {
            syn::Error::new(
                e.span(),
                "expected `\"Category\" = FIRST..=LAST` in `ranges(...)`",
            )
        })?;
        if category.value().is_empty() {
            return Err(syn::Error::new(
                category.span(),
                "a category in `ranges(...)` cannot be empty; name the docs section the codes belong to",
            ));
        }
        if let Some(first) = ranges
            .iter()
            .find(|r: &&CategoryRange| r.category.value() == category.value())
        {
            return Err(syn::Error::new(
                category.span(),
                format!(
                    "category `{}` already has a range in `ranges(...)` ({}..={}); give each category one range",
                    category.value(),
                    first.first,
                    first.last
                ),
            ));
        }
        input.parse::<Token![=]>()?;
        let range = parse_range(input, |e| e)?;
        ranges.push(CategoryRange {
            category,
            first: range.value.0,
            last: range.value.1,
        });
        if input.is_empty() {
            break;
        }
        input.parse::<Token![,]>()?;
    }
    Ok(ranges)
}

pub fn parse_container(cx: &mut Ctxt, attrs: &[Attribute]) -> Attrs {
    let mut out = Attrs::default();
    for attr in attrs.iter().filter(|a| is(a, API_ERROR)) {
        let result = attr.parse_nested_meta(|meta| {
            let Some(key) = meta.path.get_ident().cloned().or_else(|| {
                meta.path
                    .is_ident("crate")
                    .then(|| Ident::new("crate", meta.path.span()))
            }) else {
                cx.push(meta.error(format!(
                    "unknown #[api_error] argument; expected {}",
                    symbol::list(&keys_of(Place::ApiError))
                )));
                skip_to_comma(meta.input);
                return Ok(());
            };
            out.parse_key(cx, Place::ApiError, key, meta.input);
            Ok(())
        });
        if let Err(e) = result {
            cx.push(e);
        }
    }
    out
}

/// Field attributes; `#[code]` on a field is reported here.
pub fn parse_field(cx: &mut Ctxt, attrs: &[Attribute]) -> FieldAttrs {
    let mut out = FieldAttrs::default();
    let mut seen: Vec<(&str, &Attribute)> = Vec::new();
    for attr in attrs {
        let name = attr.path().get_ident().map(ToString::to_string);
        let Some(name) = [SOURCE, FROM, BODY, PLACEHOLDER, HEADER]
            .into_iter()
            .find(|n| name.as_deref() == Some(*n))
        else {
            match name.as_deref() {
                Some(CODE) => {
                    cx.error_spanned(attr, "#[code(...)] goes on a variant, not on a field");
                }
                Some(API_ERROR) => {
                    cx.error_spanned(attr, "#[api_error(...)] goes on the type, not on a field");
                }
                _ => {}
            }
            continue;
        };
        if let Some((_, first)) = seen.iter().find(|(n, _)| *n == name) {
            cx.twice(
                attr,
                format!("#[{name}] given twice on one field"),
                first,
                format!("#[{name}] first given here"),
            );
            // Which placeholder the field fills stays the first one's.
            if name == PLACEHOLDER || name == HEADER {
                continue;
            }
        } else {
            seen.push((name, attr));
        }
        match name {
            SOURCE => {
                no_args(cx, attr);
                out.source = Some(attr.path().span());
            }
            FROM => {
                no_args(cx, attr);
                out.from = Some(attr.path().span());
            }
            BODY => {
                let mut rename = None;
                let mut first: Vec<Ident> = Vec::new();
                if !matches!(attr.meta, syn::Meta::Path(_)) {
                    let result = attr.parse_nested_meta(|meta| {
                        let key = meta
                            .path
                            .get_ident()
                            .filter(|k| [RENAME, EXAMPLE, ENCODE_ONLY, DEFAULT].iter().any(|n| *k == n));
                        let Some(key) = key else {
                            return Err(meta.error(
                                "unknown #[body] argument; expected `rename = \"...\"`, `example = ...`, `default`, `default = path` or `encode_only`",
                            ));
                        };
                        if let Some(earlier) = first.iter().find(|k| *k == key) {
                            cx.twice(
                                key,
                                format!("`{key}` given twice"),
                                earlier,
                                format!("`{key}` first given here"),
                            );
                        } else {
                            first.push(key.clone());
                        }
                        if key == RENAME {
                            rename = Some(parse_nonempty_string(
                                meta.value()?,
                                RENAME,
                                "name the JSON member, or leave `rename` out to use the field's name",
                            )?);
                        } else if key == ENCODE_ONLY {
                            out.encode_only = Some(key.span());
                        } else if key == DEFAULT {
                            out.default = Some(Spanned {
                                value: parse_default(&meta)?,
                                span: key.span(),
                            });
                        } else {
                            out.example = Some(Spanned {
                                value: parse_example(key, &meta)?,
                                span: key.span(),
                            });
                        }
                        Ok(())
                    });
                    if let Err(e) = result {
                        cx.push(e);
                    }
                }
                out.body = Some(Spanned {
                    value: rename,
                    span: attr.path().span(),
                });
            }
            HEADER => match attr.parse_args_with(parse_field_header) {
                Ok(header) => out.header = Some(header),
                Err(_) if matches!(attr.meta, syn::Meta::Path(_)) => {
                    cx.error_spanned(attr, HEADER_EXPECTED);
                }
                Err(e) => cx.push(e),
            },
            _ => match attr.parse_args::<LitStr>() {
                // A name no template can write: `{}` is positional, and a
                // brace or `:` ends the name.
                Ok(lit) if lit.value().is_empty() || lit.value().contains(['{', '}', ':']) => {
                    let bare = lit.value().trim_matches(['{', '}']).to_owned();
                    let hint = if bare.is_empty() || bare.contains(['{', '}', ':']) {
                        String::new()
                    } else {
                        format!("; write #[placeholder(\"{bare}\")] to fill `{{{bare}}}`")
                    };
                    cx.error_at(
                        lit.span(),
                        format!(
                            "a placeholder name cannot be empty or contain `{{`, `}}` or `:`{hint}"
                        ),
                    );
                    out.placeholder_broken = true;
                }
                Ok(lit) => out.placeholder = Some(lit),
                // `#[placeholder(n)]`: meant as the name `n`, so it is
                // taken as that and the message still resolves.
                Err(_) => match attr.parse_args::<Ident>() {
                    Ok(ident) => {
                        cx.error_at(
                            ident.span(),
                            format!("expected a string: write #[placeholder(\"{ident}\")]"),
                        );
                        out.placeholder = Some(LitStr::new(&ident.to_string(), ident.span()));
                    }
                    Err(_) => {
                        cx.error_spanned(attr, "expected #[placeholder(\"name in the message\")]");
                        out.placeholder_broken = true;
                    }
                },
            },
        }
    }
    if out.body.is_some() {
        out.docs = docs(attrs);
    }
    out
}

fn no_args(cx: &mut Ctxt, attr: &Attribute) {
    if !matches!(attr.meta, syn::Meta::Path(_)) {
        let name = attr
            .path()
            .get_ident()
            .map(ToString::to_string)
            .unwrap_or_default();
        cx.error_spanned(&attr.meta, format!("#[{name}] takes no arguments"));
    }
}

/// The `#[code(...)]` of a variant (or struct): exactly one.
pub fn parse_code_attrs(cx: &mut Ctxt, attrs: &[Attribute]) -> Option<CodeAttr> {
    let mut found: Option<CodeAttr> = None;
    let mut first = None;
    for attr in attrs.iter().filter(|a| is(a, CODE)) {
        if let Some(first) = first {
            cx.twice(
                attr,
                "a second #[code(...)]; each variant has exactly one",
                first,
                "first #[code(...)] here",
            );
            continue;
        }
        first = Some(attr);
        found = parse_code(cx, attr);
    }
    found
}

/// A doc comment: its text, and the values the compiler must expand
/// (`#[doc = include_str!("errors.md")]`), kept in order.
pub struct Docs(Vec<DocPiece>);

#[derive(Clone)]
enum DocPiece {
    Text(String),
    Expr(TokenStream),
}

impl Docs {
    fn push_text(&mut self, text: &str) {
        match self.0.last_mut() {
            Some(DocPiece::Text(last)) => last.push_str(text),
            _ => self.0.push(DocPiece::Text(text.to_owned())),
        }
    }

    /// The docs as one `&'static str` expression: a literal, or `concat!`
    /// around what only the compiler can expand, which is const as well.
    pub fn to_expr(&self) -> TokenStream {
        match &self.0[..] {
            [DocPiece::Text(text)] => quote::quote!(#text),
            pieces => {
                let pieces = pieces.iter().map(|p| match p {
                    DocPiece::Text(text) => quote::quote!(#text),
                    DocPiece::Expr(expr) => expr.clone(),
                });
                quote::quote!(::core::concat!(#(#pieces),*))
            }
        }
    }

    /// The first paragraph on one line, as a catalogue's title, and the rest.
    /// A title must be known to the derive, so docs that open with an
    /// expanded value have none (the type's name stands in).
    pub fn split_title(&self) -> (Option<String>, Option<Docs>) {
        let Some(DocPiece::Text(first)) = self.0.first() else {
            return (None, Some(Docs(self.0.clone())));
        };
        let (title, rest) = match first.split_once("\n\n") {
            Some((title, rest)) => (title, rest.trim_start()),
            None => (first.as_str(), ""),
        };
        let mut description = Docs(Vec::new());
        description.push_text(rest.trim_start_matches('\n'));
        description.0.extend(self.0[1..].iter().cloned());
        description
            .0
            .retain(|p| !matches!(p, DocPiece::Text(t) if t.is_empty()));
        if let Some(DocPiece::Text(last)) = description.0.last_mut() {
            *last = last.trim_end().to_owned();
        }
        let title = title.trim_end_matches('\n').replace('\n', " ");
        (
            Some(title),
            (!description.0.is_empty()).then_some(description),
        )
    }
}

/// The doc comment: lines without their leading space, joined by newlines,
/// blank lines at either end dropped. A value that is not a string literal
/// (`include_str!(..)`) is kept for the compiler to expand.
pub fn docs(attrs: &[Attribute]) -> Option<Docs> {
    let mut docs = Docs(Vec::new());
    let values = attrs
        .iter()
        .filter(|a| is(a, "doc"))
        .filter_map(|a| match &a.meta {
            syn::Meta::NameValue(nv) => Some(&nv.value),
            _ => None,
        });
    for (i, value) in values.enumerate() {
        if i > 0 {
            docs.push_text("\n");
        }
        match value {
            syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(s),
                ..
            }) => {
                let value = s.value();
                let lines: Vec<&str> = value
                    .split('\n')
                    .map(|l| l.strip_prefix(' ').unwrap_or(l).trim_end())
                    .collect();
                docs.push_text(&lines.join("\n"));
            }
            other => docs
                .0
                .push(DocPiece::Expr(quote::ToTokens::to_token_stream(other))),
        }
    }
    if let Some(DocPiece::Text(first)) = docs.0.first_mut() {
        *first = first.trim_start_matches('\n').to_owned();
    }
    if let Some(DocPiece::Text(last)) = docs.0.last_mut() {
        *last = last.trim_end_matches('\n').to_owned();
    }
    docs.0
        .retain(|p| !matches!(p, DocPiece::Text(t) if t.is_empty()));
    (!docs.0.is_empty()).then_some(docs)
}

/// `#[code(...)]` placed on the enum itself.
pub fn reject_code_on_enum(cx: &mut Ctxt, attrs: &[Attribute]) {
    for attr in attrs.iter().filter(|a| is(a, CODE)) {
        cx.error_spanned(
            attr,
            "#[code(...)] goes on each variant of an enum; the enum takes #[api_error(...)]",
        );
    }
}

/// `#[api_error(...)]` placed on a variant.
pub fn reject_api_error_on_variant(cx: &mut Ctxt, attrs: &[Attribute]) {
    for attr in attrs.iter().filter(|a| is(a, API_ERROR)) {
        cx.error_spanned(
            attr,
            "#[api_error(...)] goes on the type; variants take #[code(...)]",
        );
    }
}

/// Field attributes placed on a variant or on the type: accepted silently,
/// `#[source]` there would leave `source()` returning `None`.
pub fn reject_field_attrs(cx: &mut Ctxt, attrs: &[Attribute]) {
    for attr in attrs {
        if let Some(name) = [SOURCE, FROM, BODY, PLACEHOLDER, HEADER]
            .into_iter()
            .find(|name| is(attr, name))
        {
            let fixed = if name == HEADER {
                " (a header every response carries is `header(\"Name\" = \"value\")` in #[code(...)])"
            } else {
                ""
            };
            cx.error_spanned(
                attr,
                format!("#[{name}] is not expected here; it goes on a field{fixed}"),
            );
        }
    }
}
