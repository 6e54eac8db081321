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
/// | `docs_url = "https://api.example.com/errors/"` | each entry's page is this base followed by its code ([`Entry::docs_url`]): a Problem body's `type` where its `ProblemType` declares no base, and `Link: <...>; rel="help"` on every response; an absolute `http(s)` URL or a path from the root (`/errors/`) ending in `/`, `#` or `=` (see README "Pages every error links to") |
/// | `domain = "billing.example.com"` | the service that owns the codes (Google's AIP-193 `domain`): in the export ([`docs::Json`]) and gRPC's `ErrorInfo.domain` ([`Catalogue::domain`]; see README "Many services") |
/// | `crate = path` | where errcodes is, for frameworks that re-export it |
/// | `locales = "dir"` | translations: a `<lang>.json` file per language in `dir` (from the crate's `Cargo.toml`), see below |
/// | `lang = "tag"` | the language of the `msg` templates (default `en`) |
/// | `axum` | also derive axum 0.8's `IntoResponse` (feature `axum`): handlers return the type itself |
/// | `actix_web` | also derive actix-web 4's `ResponseError` (feature `actix-web`) |
/// | `code_header = "X-Error-Code"` | the axum and actix-web adapters repeat each error's code (its [`observe::error_type`]) in this response header, as Azure's `x-ms-error-code` ([`Catalogue::code_header`]); a header name, not one the response sets itself, or a compile error (see README "Observability") |
/// | `since = "0.6.0"` | the release the format's members appeared in, and of every entry without a `since` of its own ([`Catalogue::since`]); a version is `MAJOR.MINOR.PATCH` with an optional `-PRERELEASE` ([`Version`]), anything else is a compile error |
/// | `retired(34301 = "2.1: use 34310", ...)` | codes the type no longer sends, each with a note for clients (string codes too: `retired("M_OLD" = "...")`); a variant using one, here or across `#[code(transparent)]`, is a compile error; the docs list them, decoding one is [`Reason::Retired`](decode::Reason::Retired) ([`Catalogue::retired`]) |
///
/// `axum` and `actix_web` without their feature are one compile error at
/// the key, naming the feature to enable.
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
/// text). One enum uses integers or strings, not both. A format may take
/// fewer ([`Format::ACCEPTED_CODES`]): [`format::Matrix`] takes string codes
/// only, and one on every entry; the build fails at the code (or at
/// `format = ...` for the kind) otherwise. `#[code(transparent)]` instead
/// takes everything from the one field's type (see [Composing
/// enums](#composing-enums)).
///
/// | key | meaning |
/// |---|---|
/// | `status = N` | HTTP status, 100..=999; unregistered ones such as 461 are fine, and so are 2xx and 3xx, but not the statuses whose responses have no body: 1xx, 204, 205, 304 (nor for `default_status` and `also_status`) |
/// | `msg = "..."` | message template; omitted or `""`, `Display` prints the name |
/// | `title = "..."` | a fixed title, the same for every occurrence, where `msg` tells this one: RFC 9457's `title` ([`format::Problem`] writes the message as `detail`); shown in the docs; not empty |
/// | `name = "..."` | symbolic name for docs and bodies (default: the variant's); not empty |
/// | `category = "..."` | docs section (default: the type's); not empty |
/// | `shared` | the code is deliberately used by several variants; each says so |
/// | `also_status = N` or `also_status = [N, ...]` | the other statuses clients may receive (older servers, or a status that depends on the endpoint), each distinct and not `status`; decoding accepts them, the docs list the entry under each |
/// | `expose` | a 5xx variant's rendered message may reach bodies (see below); refused when the message names a source field |
/// | `header("Name" = "value", ...)` | headers every response of the entry carries, e.g. `header("WWW-Authenticate" = "Bearer")`; values are visible ASCII |
/// | `grpc = "NAME"` | the gRPC status code (a `google.rpc.Code` name other than `OK`, e.g. `"ALREADY_EXISTS"`) where the one the HTTP status maps to is not right ([`GrpcCode::from_http_status`]); [`Entry::grpc_code`] |
/// | `retry = "safe"` | whether a client may send the request again ([`RetryClass`]: `"never"`, `"safe"`, `"after"`, `"throttled"`) where the sent status's default is not right: 429 and 503 are throttled, other 5xx safe, every other status never ([`Entry::retry_class`]); a misspelt class is a compile error naming the closest |
/// | `fault = "server"` | whose fault the error is ([`Fault`]: `"client"` or `"server"`) where the status's default is not right: the server's for 5xx, the client's otherwise ([`Entry::fault`]) |
/// | `since = "2.1.0"` | the release the entry appeared in ([`Entry::since`]); default the type's |
/// | `parent = 34300` | the code this entry refines: bodies list the codes it refines (`ancestors`), and a client that does not know this entry's code decodes it as the nearest of them it knows ([`decode::Evidence::Parent`]); another entry of this type, of its kind of code, without cycles, or a compile error ([`Entry::parent`]) |
/// | `untested = "sent only by the payment provider"` | why no test sends the entry: [`coverage::check`] accepts the reason in place of a test, and fails if a test does send it; shown in the docs ([`Entry::untested`]); not empty (see README "Error coverage") |
/// | `deprecated(since = "2.1.0", replaced_by = 34310)` | the entry is still sent, but clients should use the entry with code `replaced_by` (optional; one of this type's, or a compile error); the docs say "Deprecated since 2.1.0: use" with a link to its row, OpenAPI marks it `deprecated` ([`Entry::deprecation`]) |
///
/// The variant's doc comment becomes the entry's description: its long
/// form, a summary before the first heading and sections under headings
/// (`# Causes`, `# Fix`, `# Example`; [`Entry::sections`]), which every
/// output shows and [`ApiError::explain`] prints; a `# Rust` section stays
/// out of them (see README "Explanations"). Its ```` ```http ```` blocks
/// under a `# Example` heading are requests that
/// `errcodes::axum::run_examples` sends to the service in a test (see
/// [`examples`] and README "Examples that run").
///
/// A variant with no status and no `default_status` keeps "no status" in the
/// catalogue ([`Entry::status`] is `None`); [`ApiError::status`] then answers
/// the format's [`Format::DEFAULT_STATUS`]: `500 Internal Server Error`,
/// because an error that reaches an HTTP response without a documented
/// status is one the service failed to classify, except with
/// [`format::Fresns`], whose servers send every error with `200 OK`.
///
/// # Translations
///
/// With `locales = "locales"`, each `locales/<lang>.json` (named by its
/// language tag: `de.json`, `zh-Hant.json`) is a flat JSON object from an
/// entry's code to its message in that language; an entry without a code,
/// or whose code is `shared`, is keyed by its name. The files are read when
/// the type compiles (a change rebuilds it), and it fails to compile when a
/// file misses an entry (unless it says `"@@partial": true`: the `msg` is
/// shown in place of the missing ones), names a code or name the type does
/// not have, or a message's placeholders differ from its `msg`'s. A
/// translation writes plain `{name}`s: each is formatted as `msg` formats it.
/// `""` counts as missing. Two files whose tags differ only in case
/// (`de.json`, `DE.json`) are refused: tags ignore case. Past ten errors of
/// a kind in one file (missing entries, keys that name none, invalid
/// translations), one more error counts the rest.
///
/// Keys read as in ARB files: `@@name` is metadata of the file
/// (`@@partial`; others, such as `@@locale`, are not read), `@key` is
/// metadata of the key `key` (any JSON value, such as ARB's
/// `{"description": ...}`, not read), and every other key is an entry's,
/// with one leading `\` dropped: the code `@admin` is written
/// `"\\@admin"` in JSON (a code starting with `\` takes one more `\`
/// likewise), and its metadata `"@\\@admin"`.
/// A `#[code(transparent)]` variant has no key: the wrapped entries are
/// translated by the wrapped type's own `locales` (a key for one of them, or
/// for the variant, is refused as naming no entry), and are shown in that
/// translation, with the wrapped value's fields, wherever the wrapping type
/// renders a language.
/// A file added to or removed from the directory is noticed only when the
/// crate rebuilds for another reason (a derive can make the build depend on
/// files, not on a directory): a build script with
/// `println!("cargo::rerun-if-changed=locales");` covers that.
///
/// ```json
/// { "34305": "Falsches Konto oder Passwort", "34306": "Mitglied '{member_ref}' nicht gefunden." }
/// ```
///
/// [`ApiError::message_in`] and [`ApiError::write_body_in`] render in a
/// language, [`Catalogue::negotiate`] picks one from an `Accept-Language`
/// header, decoding reads a body in any of them, and `docs::write_all`
/// writes a page per language. Under the adapters' `NegotiateLanguage` (an
/// axum layer, an actix-web middleware) the `axum` and `actix_web` responses
/// answer in the request's language, with `Content-Language` and `Vary:
/// Accept-Language`; without it, in the default language
/// (`into_response_in` / `error_response_in` choose one explicitly).
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
/// | `#[source]` | the field is `Error::source()` (so is a field named `source`, unless another field is marked `#[source]` or `#[from]`); an `Option<E>` field is the source when `Some`; how a client rebuilds it: [below](#what-a-client-decodes) |
/// | `#[from]` | also derive `From<FieldType>`; the field must be the only one; on `Option<E>`, `From<E>` |
/// | `#[body]`, `#[body(rename = "m")]` | the field's value is a member of the JSON body; the member must not be one the format always writes itself (its [`Format::MEMBERS`]) nor another `#[body]` field's; its type is `Serialize` and, for clients to decode it, `Deserialize` (a compile error at the type otherwise) |
/// | `#[body(encode_only)]` | a `#[body]` field that is written but never decoded: for types without `Deserialize`, and for borrowed or unsized ones (`&'static str`, `str`), which must say so; its variant decodes as [`Reason::NotRebuildable`](decode::Reason::NotRebuildable) |
/// | `#[body(default)]`, `#[body(default = path)]` | where a received body leaves the member out, the field decodes as `Default::default()`, or as what the function at `path` returns (bare or quoted, as serde writes it), as serde's `default` does; a `null` member is still a value of the wrong type. Encoding writes the member whatever its value, so a client that does not know the default reads it too (Matrix's `soft_logout`: Synapse always writes it, ruma leaves out `false`, `#[body(default)] soft_logout: bool` reads both). Not on an `Option` field (`None` already) nor with `encode_only` (never decoded) |
/// | `#[body(retry_after = "ms")]` | the member carries the delay a client waits before retrying, in `"ms"` or `"s"` (PluralKit's `retry_after`, Matrix's `retry_after_ms`): [`ApiError::retry`], a decoded error's `retry()`, tonic's `RetryInfo`, the docs and the lock read it ([`Entry::retry_member`]); the field holds a number or an `Option` of one ([`RetryDelay`]), one per variant |
/// | `#[body(since = "2.0.0")]` | the release the member appeared in, shown in the docs' body table ([`BodyField::since`]); default its entry's |
/// | `#[body(example = value)]` | the value the docs' example bodies show for the member (else one made from its type: `0`, `"string"`, `[]`, ...); a value of the field's type, or of what its `Option` holds, which rustc checks; a string literal stands for a `String`, `Box<str>` or `Cow<str>`, an array for a `Vec`; not on a field whose type names a type parameter |
/// | `#[placeholder("name")]` | the field fills `{name}` in the message |
/// | `#[header("Name")]` | the field's value, shown by `Display`, is that response header (`Retry-After`); on `Option<T>`, no header for `None`; not on a source field, nor on the field of a `#[code(transparent)]` variant, nor on a field whose type is an error (its text is for logs) |
/// | `#[header("Name", with = path)]` | the header shows what the function `path`, `fn(&T) -> R` with `R: Display`, returns for the field's value (`T` is the field's type, or what its `Option` holds); e.g. [`headers::seconds_from_millis`] for a count of milliseconds in `Retry-After`, which is whole seconds; a closure or anything but a path is refused, as is an `R` that is an error |
/// | `#[header("Name", since = "2.0.0")]` | the release the header appeared in ([`ResponseHeader::since`]; with `with = path` too); a fixed `header(..)`'s is its entry's |
///
/// Header names are checked at compile time (an RFC 9110 token, not
/// `Content-Type`, `Content-Length` or `Transfer-Encoding`, each once per
/// variant); a field's value is checked when sent: one that is not a valid
/// header value (a line break, non-ASCII text) is left out of the response
/// and reported by [`ApiError::write_headers`] (and logged with the
/// `tracing` feature). The catalogue lists each entry's headers
/// ([`Entry::headers`]), and the docs show them.
///
/// A `#[body]` field's doc comment (its part before a `# Rust` heading) says
/// what its member holds in the docs' body table.
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
/// format; so that format must take the wrapped codes too (a
/// [`format::Matrix`] service fails to build at a wrapped type with integer
/// codes or an entry without one), while the transparent variant, having no
/// code of its own, needs none. The wrapping type's `default_status`,
/// `category`, `range` and `ranges` are about its own entries: the wrapped
/// ones keep their type's. The wrapped type cannot name the enum's type parameters: its
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
/// # What reaches a client
///
/// `Display` is for logs and shows every placeholder's value; a body is for
/// clients. A body holds the format's own members (code, message, and for
/// [`format::Problem`] `type`, `title` and `status`) and the `#[body]`
/// fields, nothing else. Its message, which is also what
/// [`ApiError::message_in`] and a gRPC status (`errcodes::tonic::status`,
/// feature `tonic`) show, is:
///
/// - the rendered message when the status is below 500 or the variant says
///   `expose` (a variant without a status counts as 5xx: it is unclassified,
///   whatever status its format sends it with),
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
/// Besides the body, a client receives the `#[header]` fields (and a
/// `#[code(transparent)]` variant the wrapped error's headers). An error's
/// text reaches it by no path: a `#[header]` on a source field or on a
/// transparent variant's field, a `#[header]` field (or `with` result) of an
/// error type, a placeholder naming a field of an error type that is not
/// the source in a message clients see (below 500, or `expose`), and either
/// of those two on a field whose type names a type parameter (which may
/// stand for an error) are compile errors. The README's "What never reaches
/// a client" lists every path.
///
/// # What a client decodes
///
/// [`ApiError::decode`] rebuilds the variant a body names, each field from
/// what the body carried:
///
/// - a `#[body]` field from its member, by its `Deserialize` (a missing
///   member is `None` for an `Option`, and no value otherwise);
/// - a field shown as a plain `{placeholder}` from the text it matched in
///   the message, by its `FromStr`, when the body carries the rendered
///   message (not the template of a 5xx variant);
/// - a `#[source]` or `#[from]` field, whose text never reached the body:
///   `None` for an `Option<E>`; otherwise what the server reported, a
///   [`decode::RemoteError`], where the field's type implements
///   `From<RemoteError>` (`Box<dyn Error + Send + Sync>`, `anyhow::Error`,
///   `std::io::Error`, or a type of yours with that impl).
///
/// A variant with a field none of these rebuilds is
/// [`Decoded::Unrecognized`](decode::Decoded::Unrecognized) with
/// [`Reason::NotRebuildable`](decode::Reason::NotRebuildable) and its entry
/// as the one candidate, so the client still knows which error it was. A
/// decoded variant comes as a [`decode::Received`], with the message and
/// status the server sent (a client that shows the error shows the server's
/// words, not the catalogue's) and the [`decode::Evidence`] its entry was
/// identified on: a code, a message that fits, or the status alone.
///
/// ```
/// use errcodes::decode::Decoded;
/// use errcodes::{ApiError, StatusCode};
///
/// #[derive(Debug, ApiError)]
/// #[api_error(format = errcodes::format::Matrix)]
/// enum RoomError {
///     #[code("M_FORBIDDEN", status = 403, msg = "Forbidden")]
///     Forbidden,
///     #[code("M_UNKNOWN", status = 500, msg = "Internal error")]
///     Internal(#[source] Box<dyn std::error::Error + Send + Sync>),
/// }
///
/// let body = br#"{"errcode":"M_FORBIDDEN","error":"You are not invited to this room."}"#;
/// let Ok(Decoded::Known(received)) = RoomError::decode(body, Some(StatusCode::FORBIDDEN)) else {
///     panic!()
/// };
/// assert!(matches!(received.error, RoomError::Forbidden));
/// assert_eq!(received.to_string(), "You are not invited to this room.");
///
/// let body = br#"{"errcode":"M_UNKNOWN","error":"Internal error"}"#;
/// let decoded = RoomError::decode(body, Some(StatusCode::INTERNAL_SERVER_ERROR)).unwrap();
/// assert!(matches!(decoded.known(), Some(RoomError::Internal(_))));
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
/// Where errcodes differs, it does on purpose:
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
/// - An error held in a field that is not the source (`Bad(io::Error)`
///   without `#[from]`) cannot be shown by a message clients see (below 500,
///   or `expose`) nor by a `#[header]`: its text would reach the client.
///   Mark it `#[source]` (bodies then show the template), or give the
///   client's text a field of its own.
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
