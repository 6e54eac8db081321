//! The attribute grammar: `#[api_error(...)]`, `#[code(...)]`, field
//! attributes and doc comments, parsed into typed values.
//!
//! Every key of `#[api_error]`, `#[code]` and `#[body]` is one row of [`KEYS`]: its
//! name, the kind of value it takes and where it is allowed. Parsing,
//! duplicate and unknown-key errors and the "did you mean" hint all read
//! that table, and the values land in one holder, [`Attrs`].

mod body;
mod code;
mod container;
mod docs;
mod field;
mod header;
mod history;
mod int;
mod misplaced;
mod range;
mod status;
mod text;

use proc_macro2::{Span, TokenStream};
use syn::parse::ParseStream;
use syn::spanned::Spanned as _;
use syn::{Attribute, Ident, LitStr, Token};

use crate::ctxt::Ctxt;
use crate::symbol::{self, *};
use body::{parse_default, parse_example};
use errcode_shared::retry::{DELAY_UNITS, FAULTS, RETRY_CLASSES};
use header::parse_fixed_headers;
use history::{parse_deprecated, parse_retired, parse_version};
use range::{parse_category_ranges, parse_range};
use status::{parse_status, parse_statuses};
use text::{parse_docs_base, parse_grpc, parse_nonempty_string, parse_one_of, parse_string};

use code::parse_code_key;
pub use code::{code_text, parse_code_attrs, CodeAttr, CodeValue};
pub use container::parse_container;
pub use docs::{docs, Docs};
pub use field::{parse_field, FieldAttrs};
pub use header::{header_name, not_in_header_value};
pub use history::{same_code, Deprecated, RetiredCode};
pub use misplaced::{reject_api_error_on_variant, reject_code_on_enum, reject_field_attrs};
pub use range::CategoryRange;

/// The attribute a key is written in.
#[derive(Clone, Copy, PartialEq)]
pub enum Place {
    /// `#[api_error(...)]`, on the type.
    ApiError,
    /// `#[code(...)]`, on a variant or a struct.
    Code,
    /// `#[body(...)]`, on a field.
    Body,
}

impl Place {
    fn attr(self) -> &'static str {
        match self {
            Place::ApiError => API_ERROR,
            Place::Code => CODE,
            Place::Body => BODY,
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
    /// An expression, or an array literal: `example = [1, 2]`.
    Example,
    /// A version: `since = "0.6.0"` (`errcode_shared::Version`).
    Version,
    /// `(CODE = "note", ...)`.
    Retired,
    /// `(since = "2.1.0", replaced_by = CODE)`.
    Deprecated,
    /// One of a fixed list of names, as a string: `retry = "safe"`; read as
    /// its position in `names` (`what` names the list in messages).
    OneOf {
        what: &'static str,
        names: &'static [&'static str],
    },
    /// Just the key, or a function's path: `default`, `default = limit`.
    FlagOrPath,
    /// A code of the enum's kind, as the code of `#[code(...)]` is written:
    /// `parent = 34300`, `parent = "M_FORBIDDEN"`.
    Code,
    /// A base URL that a code can follow: `docs_url = "/errors/"`
    /// (`errcode_shared::uri::docs_base_problem` says what is refused).
    DocsBase,
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
    /// The service that owns the codes (Google's AIP-193 `domain`): in the
    /// export and gRPC's `ErrorInfo.domain`.
    /// Where each entry's page is: this base followed by the code; Problem
    /// bodies link to it as `type`, every response in a `Link` header.
    DOCS_URL = "docs_url": Kind::DocsBase, on ApiError;
    DOMAIN = "domain": Kind::NonEmpty { instead: "name the service, e.g. `domain = \"billing.example.com\"`, or leave `domain` out" }, on ApiError;
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
    /// The JSON member a `#[body]` field is written under.
    RENAME = "rename": Kind::NonEmpty { instead: "name the JSON member, or leave `rename` out to use the field's name" }, on Body;
    /// A value of the field shown in the docs, checked against its type.
    EXAMPLE = "example": Kind::Example, on Body;
    /// What decoding makes of an absent member: `Default::default()`, or
    /// the function at the path.
    DEFAULT = "default": Kind::FlagOrPath, on Body;
    /// Written to bodies, never decoded.
    ENCODE_ONLY = "encode_only": Kind::Flag, on Body;
    /// The release an entry or a `#[body]` member appeared in; on the type,
    /// the release of its format's members and of entries without their own.
    SINCE = "since": Kind::Version, on Code | ApiError | Body;
    /// Codes the catalogue no longer sends, each with a note for clients;
    /// no variant may use one again.
    RETIRED = "retired": Kind::Retired, on ApiError;
    /// The release an entry was deprecated in, and its replacement's code.
    DEPRECATED = "deprecated": Kind::Deprecated, on Code;
    /// The field-less variant an adapter sends in place of an error its
    /// operation's `ErrorSet` does not declare.
    UNDECLARED = "undeclared": Kind::Path { example: "Internal" }, on ApiError;
    /// Whether a client may retry (`errcodes::RetryClass`), where the
    /// status's default is not the one.
    RETRY = "retry": Kind::OneOf { what: "retry class", names: &RETRY_CLASSES }, on Code;
    /// Whose fault the error is (`errcodes::Fault`), where the status's
    /// default is not the one.
    FAULT = "fault": Kind::OneOf { what: "fault side", names: &FAULTS }, on Code;
    /// The member carries the retry delay, in this unit.
    RETRY_AFTER = "retry_after": Kind::OneOf { what: "delay unit", names: &DELAY_UNITS }, on Body;
    /// The code this entry refines: clients that do not know the entry's
    /// code decode it as the parent's entry.
    PARENT = "parent": Kind::Code, on Code;
    /// A response header repeating each error's code (as Azure's
    /// `x-ms-error-code`), sent by the axum and actix-web adapters.
    CODE_HEADER = "code_header": Kind::NonEmpty { instead: "name the header, e.g. `code_header = \"X-Error-Code\"`, or leave `code_header` out" }, on ApiError;
    /// Why no test sends the entry: `errcodes::coverage` does not ask for it.
    UNTESTED = "untested": Kind::NonEmpty { instead: "say why no test sends the entry, e.g. `untested = \"sent only by the payment provider\"`, or leave `untested` out" }, on Code;
}

/// The names of the keys `place` allows, in table order.
pub(super) fn keys_of(place: Place) -> Vec<&'static str> {
    KEYS.iter()
        .filter(|k| k.on.contains(&place))
        .map(|k| k.name)
        .collect()
}

/// A value with the span of the token that wrote it.
#[derive(Clone)]
pub struct Spanned<T> {
    pub value: T,
    pub span: Span,
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
    /// An expression as written.
    Tokens(TokenStream),
    /// A path, or `None` for just the key.
    FlagOrPath(Option<syn::Path>),
    Retired(Vec<RetiredCode>),
    Deprecated(Deprecated),
    /// A position in a [`Kind::OneOf`]'s names.
    Position(usize),
    Code(Spanned<CodeValue>),
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

    /// `example = ...`: the expression as written, spanned at the key.
    pub fn tokens(&self, key: &Key) -> Option<Spanned<TokenStream>> {
        match self.get(key)? {
            (span, Value::Tokens(tokens)) => Some(Spanned {
                value: tokens.clone(),
                span,
            }),
            _ => None,
        }
    }

    /// `default` (`None` inside) or `default = path`, spanned at the key.
    pub fn flag_or_path(&self, key: &Key) -> Option<Spanned<Option<syn::Path>>> {
        match self.get(key)? {
            (span, Value::FlagOrPath(path)) => Some(Spanned {
                value: path.clone(),
                span,
            }),
            _ => None,
        }
    }

    /// `retired(...)`: each code and its note, in the order written.
    pub fn retired(&self, key: &Key) -> &[RetiredCode] {
        match self.get(key) {
            Some((_, Value::Retired(retired))) => retired,
            _ => &[],
        }
    }

    pub fn deprecated(&self, key: &Key) -> Option<&Deprecated> {
        match self.get(key)?.1 {
            Value::Deprecated(deprecated) => Some(deprecated),
            _ => None,
        }
    }

    /// A [`Kind::OneOf`] key's value, as its position in the names.
    pub fn position(&self, key: &Key) -> Option<usize> {
        match self.get(key)?.1 {
            Value::Position(position) => Some(*position),
            _ => None,
        }
    }

    /// A code-valued key (`parent = 34300`), spanned at the code.
    pub fn code(&self, key: &Key) -> Option<&Spanned<CodeValue>> {
        match self.get(key)?.1 {
            Value::Code(code) => Some(code),
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
        match parse_value(spec, &key, input) {
            Ok(value) => self.set(spec, key.span(), value),
            Err(e) => {
                cx.push(e);
                skip_to_comma(input);
            }
        }
    }
}

/// The value of `key`, written as `written`.
fn parse_value(key: &Key, written: &Ident, input: ParseStream) -> syn::Result<Value> {
    let name = key.name;
    if !matches!(
        key.kind,
        Kind::Flag
            | Kind::Ranges
            | Kind::Headers
            | Kind::Example
            | Kind::FlagOrPath
            | Kind::Retired
            | Kind::Deprecated
    ) {
        input
            .parse::<Token![=]>()
            .map_err(|e| syn::Error::new(e.span(), format!("expected `{name} = ...`")))?;
    }
    Ok(match key.kind {
        Kind::Flag => Value::Flag,
        Kind::Status => Value::Status(parse_status(input, name)?),
        Kind::Statuses => Value::Statuses(parse_statuses(input, name)?),
        Kind::Str => Value::Str(parse_string(input, name)?),
        Kind::DocsBase => Value::Str(parse_docs_base(input, name)?),
        Kind::Version => Value::Str(parse_version(input, name)?),
        Kind::Deprecated => Value::Deprecated(parse_deprecated(input, written.span())?),
        Kind::Retired => {
            if !input.peek(syn::token::Paren) {
                return Err(syn::Error::new(
                    written.span(),
                    "expected `retired(CODE = \"note\", ...)`",
                ));
            }
            let content;
            syn::parenthesized!(content in input);
            let retired = parse_retired(&content);
            content.parse::<TokenStream>()?;
            Value::Retired(retired?)
        }
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
        Kind::OneOf { what, names } => Value::Position(parse_one_of(input, name, what, names)?),
        Kind::Example => Value::Tokens(parse_example(written, input)?),
        Kind::FlagOrPath => Value::FlagOrPath(parse_default(input)?),
        Kind::Code => Value::Code(parse_code_key(input, name)?),
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

/// The keys of one attribute, `#[place(...)]`, into `out`; every key is
/// read, a bad one reported and skipped.
pub(super) fn parse_list(cx: &mut Ctxt, attr: &Attribute, place: Place, out: &mut Attrs) {
    let result = attr.parse_nested_meta(|meta| {
        let Some(key) = meta.path.get_ident().cloned().or_else(|| {
            meta.path
                .is_ident("crate")
                .then(|| Ident::new("crate", meta.path.span()))
        }) else {
            cx.push(meta.error(format!(
                "unknown #[{}] argument; expected {}",
                place.attr(),
                symbol::list(&keys_of(place))
            )));
            skip_to_comma(meta.input);
            return Ok(());
        };
        out.parse_key(cx, place, key, meta.input);
        Ok(())
    });
    if let Err(e) = result {
        cx.push(e);
    }
}

pub(super) fn is(attr: &Attribute, name: &str) -> bool {
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
pub(super) fn skip_to_comma(input: ParseStream) {
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
