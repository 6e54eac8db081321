#![cfg_attr(docsrs, feature(doc_cfg))]
#![doc = include_str!("../README.md")]
#![deny(missing_docs)]

pub use errcode_core::*;

/// Derives [`ApiError`], `Display`, `std::error::Error`, `serde::Serialize`
/// and `From` for `#[from]` fields.
///
/// # On the type
///
/// `#[api_error(...)]`, every key optional:
///
/// | key | meaning |
/// |---|---|
/// | `format = Path` | body format (default [`format::Plain`], `{"code","message"}`) |
/// | `default_status = N` | status of variants that name none |
/// | `range = A..=B` | every integer code must lie inside (also `A..B`) |
/// | `ranges("Cat" = A..=B, ...)` | the block of codes each category owns: a variant of `Cat` (or `Cat/Sub`) lies inside, and a code inside has that category; a sub-category's block may nest in its category's |
/// | `category = "..."` | docs section of variants that name none |
/// | `crate = path` | where errcode is, for frameworks that re-export it |
///
/// The type's doc comment becomes the catalogue's title (first paragraph)
/// and description (the rest); `#[doc = include_str!("errors.md")]` is
/// included where it stands (docs that open with one have the type's name as
/// their title). The published pages (`errcodes::docs`) show the
/// description only up to a `# Rust` heading (at any level): notes for Rust
/// users (`#[non_exhaustive]`, methods to call) go after it and stay out of
/// the public docs, while the rest of the doc comment is the page's intro,
/// the home of notes such as rate limits.
///
/// # On each variant (or once on a struct)
///
/// `#[code(CODE, key = value, ...)]`. `CODE` comes first: an integer literal
/// (negative allowed, `i64` range, no type suffix), a string literal, or `_` for an entry
/// documented without a code (Mastodon's errors are told apart by status and
/// text). One enum uses integers or strings, not both. `#[code(transparent)]`
/// instead takes everything from the one field's type (see [Composing
/// enums](#composing-enums)).
///
/// | key | meaning |
/// |---|---|
/// | `status = N` | HTTP status, 100..=999; unregistered ones such as 461 are fine, and so are 2xx and 3xx, but not the statuses whose responses have no body: 1xx, 204, 205, 304 (nor for `default_status` and `also_status`) |
/// | `msg = "..."` | message template; omitted or `""`, `Display` prints the name |
/// | `name = "..."` | symbolic name for docs and bodies (default: the variant's); not empty |
/// | `category = "..."` | docs section (default: the type's); not empty |
/// | `shared` | the code is deliberately used by several variants; each says so |
/// | `also_status = N` | a second status clients may receive (older servers); decoding accepts it |
/// | `expose` | a 5xx variant's rendered message may reach bodies (see below); refused when the message names a source field |
///
/// The variant's doc comment becomes the entry's description.
///
/// A variant with no status and no `default_status` keeps "no status" in the
/// catalogue ([`Entry::status`] is `None`); [`ApiError::status`] then answers
/// `500 Internal Server Error`, because an error that reaches an HTTP response
/// without a documented status is one the service failed to classify.
///
/// # Templates
///
/// `msg` is a format string over the variant's fields: `{field}`, `{0}`,
/// specs such as `{value:>5}` or `{0:?}`, `{{` and `}}` for braces. rustc
/// checks every spec. A placeholder that is not a field name (`{memberRef}`,
/// `{translated string}`) is filled by the field marked
/// `#[placeholder("memberRef")]`; the catalogue keeps the template exactly as
/// written. A width or precision may come from a `usize` field (`{v:>w$}`).
/// Each spec asks only for its own trait of a generic field (`{0:x}`
/// `LowerHex`, `{0:?}` `Debug`); `{ptr:p}` formats the pointer a field
/// holds, and a plain `{path}` shows a `Path` or `PathBuf` as `.display()`
/// does.
///
/// # On fields
///
/// | attribute | meaning |
/// |---|---|
/// | `#[source]` | the field is `Error::source()` (so is a field named `source`, unless another field is marked `#[source]` or `#[from]`); an `Option<E>` field is the source when `Some` |
/// | `#[from]` | also derive `From<FieldType>`; the field must be the only one; on `Option<E>`, `From<E>` |
/// | `#[body]`, `#[body(rename = "m")]` | the field's value is a member of the JSON body; the member must not be one the format always writes itself (its [`Format::MEMBERS`]) nor another `#[body]` field's |
/// | `#[placeholder("name")]` | the field fills `{name}` in the message |
///
/// These attributes go on fields; on a variant or on the type they are an
/// error. No other field reaches a body. A source error's text never does.
///
/// # Composing enums
///
/// `#[code(transparent)]` on a variant (or a struct) with exactly one field,
/// of another `ApiError` type, makes the variant that error: its code,
/// status, name, message (`Display`), `source()`, body and [`ApiError::info`]
/// are the wrapped value's, [`ApiError::from_code`] and decoding reach the
/// wrapped type's variants (and return them wrapped), and the catalogue
/// [includes](Catalogue::includes) the wrapped catalogue, so that the
/// documentation of the service lists the domain's entries too
/// ([`Catalogue::all_entries`]). The name follows thiserror's
/// `#[error(transparent)]`; it takes no other argument.
///
/// The composed code space is checked when it is built: a code of the
/// wrapping type's that the wrapped type uses too, or a code two wrapped
/// types share, fails the build at the wrapped type, as does mixing integer
/// and string codes; [`assert_disjoint_codes!`] sees the wrapped codes. The
/// wrapping type's format writes every body it sends, the wrapped errors'
/// too (a domain enum with the default format inside a service that writes
/// [`format::Problem`] sends Problem bodies), so that one service speaks one
/// format. The wrapped type cannot name the enum's type parameters: its
/// catalogue is static.
///
/// ```
/// use errcodes::ApiError;
///
/// #[derive(Debug, ApiError)]
/// pub enum AccountError {
///     #[code(34306, status = 404, msg = "Member '{member_ref}' not found.")]
///     MemberNotFound { member_ref: String },
/// }
///
/// #[derive(Debug, ApiError)]
/// pub enum ServiceError {
///     #[code(500, status = 500, msg = "Internal error")]
///     Internal,
///     #[code(transparent)]
///     Account(#[from] AccountError),
/// }
///
/// let e = ServiceError::from(AccountError::MemberNotFound { member_ref: "ann".into() });
/// assert_eq!(e.status(), 404); // not 500
/// assert_eq!(e.code(), 34306);
/// let mut body = Vec::new();
/// e.write_body(&mut body).unwrap();
/// let back = ServiceError::decode(&body, Some(e.status())).unwrap().known().unwrap();
/// assert!(matches!(back, ServiceError::Account(AccountError::MemberNotFound { .. })));
/// assert_eq!(ServiceError::catalogue().all_entries().count(), 2);
/// ```
///
/// # What bodies show
///
/// `Display` is for logs and shows every placeholder's value; a body is for
/// clients. A body holds the format's own members (code, message, and for
/// [`format::Problem`] `type`, `title` and `status`) and the `#[body]`
/// fields, nothing else. Its message is:
///
/// - the rendered message when the status is below 500 or the variant says
///   `expose` (a variant without a status counts as 5xx: it is sent as 500),
/// - and otherwise the template as written, placeholders included, so that
///   internal detail does not leak to clients;
/// - and always the template when a placeholder names a source field
///   (`#[source]`, `#[from]` or a field named `source`): a source error's
///   text never reaches a body, whatever the status, and `expose` there is a
///   compile error.
///
/// ```
/// use errcodes::ApiError;
///
/// #[derive(Debug, ApiError)]
/// enum StoreError {
///     #[code(1, status = 409, msg = "conflict: {cause}")]
///     Conflict {
///         #[source]
///         cause: std::io::Error,
///     },
/// }
///
/// let e = StoreError::Conflict { cause: std::io::Error::other("password=hunter2") };
/// assert_eq!(e.to_string(), "conflict: password=hunter2"); // for logs
/// let body = serde_json::to_string(&e).unwrap();
/// assert_eq!(body, r#"{"code":1,"message":"conflict: {cause}"}"#); // for clients
/// ```
///
/// # Coming from thiserror
///
/// `#[code(N, status = S, msg = "...")]` takes the place of
/// `#[error("...")]`, and most of what thiserror does carries over:
/// placeholders `{field}` and `{0}` with any format spec, `#[source]` (or a
/// field named `source`), `#[from]` (also on `Option<E>`), `Box<dyn Error>`
/// sources, paths in messages, generic types that get only the bounds their
/// fields' uses need, and an unsized last field.
///
/// ```
/// use errcodes::ApiError;
///
/// #[derive(Debug, ApiError)]
/// pub enum ConfigError {
///     // thiserror: #[error("failed to read {path}")]
///     #[code(1, status = 500, msg = "failed to read {path}")]
///     Read { path: std::path::PathBuf, source: std::io::Error },
///     // thiserror: #[error("invalid port {0:?}")]
///     #[code(2, status = 400, msg = "invalid port {0:?}")]
///     Port(#[from] std::num::ParseIntError),
/// }
///
/// let e = ConfigError::from("x".parse::<u16>().unwrap_err());
/// assert_eq!(e.to_string(), r#"invalid port ParseIntError { kind: InvalidDigit }"#);
/// assert!(std::error::Error::source(&e).is_some());
/// ```
///
/// Where errcode differs, it does on purpose:
///
/// - `Display` and `std::error::Error` are derived by `ApiError` itself: do
///   not derive `thiserror::Error` on the same type.
/// - A message is a template made of the fields only: no extra format
///   arguments after it (`#[error("{}", .0.len())]`), no `.field`
///   expressions, no constants in scope, no `#[error(fmt = path)]`. The
///   template is data: the catalogue, the documentation and the decoder read
///   it as written. Give the value a field, or a `#[placeholder]` name.
/// - Every variant has its own `#[code]`; there is no message for a whole
///   enum that variants inherit.
/// - thiserror's `#[error(transparent)]` is `#[code(transparent)]`, and it
///   wraps only another `ApiError` type (see [Composing
///   enums](#composing-enums)); any other error is a `#[source]` or
///   `#[from]` field of a variant with a code of its own.
///
/// # Example
///
/// ```
/// use errcodes::ApiError;
///
/// /// Errors of the accounts API.
/// #[derive(Debug, ApiError)]
/// #[api_error(range = 34000..=34999, category = "Accounts")]
/// pub enum AccountError {
///     /// Shown when the password check fails.
///     #[code(34305, status = 401, msg = "Incorrect account or wrong password")]
///     WrongPassword,
///
///     #[code(34306, status = 404, msg = "Member '{memberRef}' not found.")]
///     MemberNotFound {
///         #[placeholder("memberRef")]
///         member_ref: String,
///     },
///
///     #[code(34429, status = 429, msg = "Too many requests", name = "RateLimited")]
///     Throttled {
///         #[body]
///         retry_after: u64,
///     },
/// }
///
/// let e = AccountError::MemberNotFound { member_ref: "abc".into() };
/// assert_eq!(e.to_string(), "Member 'abc' not found.");
/// assert_eq!(e.code(), 34306);
/// assert_eq!(e.status(), 404);
/// assert_eq!(e.info().message(), "Member '{memberRef}' not found.");
/// assert_eq!(AccountError::from_code(34305).map(|e| e.name()), Some("WrongPassword"));
///
/// let mut body = Vec::new();
/// AccountError::Throttled { retry_after: 3 }.write_body(&mut body).unwrap();
/// assert_eq!(body, br#"{"code":34429,"message":"Too many requests","retry_after":3}"#);
/// ```
pub use errcode_macros::ApiError;
