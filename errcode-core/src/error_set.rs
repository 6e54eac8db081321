//! The errors one operation may return: a subset of a catalogue, declared
//! once with [`error_set!`](crate::error_set), checked at compile time,
//! enforced by the adapters, documented and locked per operation.

use core::sync::atomic::{AtomicU8, Ordering};

use crate::docs::View;
use crate::{ApiError, Catalogue, Entry};

/// The entries one operation may return: those of an [`ErrorSet`] (every
/// set [`error_set!`](crate::error_set) makes), or every entry of a
/// catalogue (every [`ApiError`]). What
/// [`OpenApi::responses_of`](crate::docs::OpenApi::responses_of),
/// `utoipa::Responses` and [`Operation`] take.
pub trait DeclaredErrors: 'static {
    /// The catalogue the entries are of.
    type Error: ApiError;

    /// Whether `entry`, one of
    /// [`Catalogue::all_entries`](crate::Catalogue::all_entries) of
    /// [`Error`](Self::Error), is declared: what the documentation and the
    /// lock read.
    fn declares(entry: &Entry) -> bool;

    /// The entries declared, in catalogue order.
    #[must_use]
    fn entries() -> Vec<&'static Entry>
    where
        Self::Error: Sized,
    {
        <Self::Error as ApiError>::catalogue()
            .all_entries()
            .filter(|entry| Self::declares(entry))
            .collect()
    }
}

/// A catalogue declares all its entries.
impl<E: ApiError + 'static> DeclaredErrors for E {
    type Error = E;

    fn declares(_: &Entry) -> bool {
        true
    }
}

/// Some entries of a catalogue that one operation may return, as a type:
/// written by [`error_set!`](crate::error_set), which also makes it the
/// handler's error, `Result<Json<Member>, GetMemberErrors>`.
pub trait ErrorSet: DeclaredErrors {
    /// The set's name: the operation it describes (`GetMemberErrors`), as
    /// logs, the OpenAPI document and the contract lock name it.
    const NAME: &'static str;

    /// Whether the set declares `error`'s entry: one `match`, no allocation.
    fn allows(error: &Self::Error) -> bool;
}

/// One operation of an API: its method, its path and the set of errors it
/// may return. A list of them is what the OpenAPI document and the contract
/// lock read to describe errors per operation.
///
/// ```
/// # use errcodes::ApiError;
/// # #[derive(Debug, ApiError)]
/// # pub enum ServiceError {
/// #     #[code(34404, status = 404, msg = "No such member")]
/// #     MemberNotFound,
/// # }
/// # errcodes::error_set! { pub GetMemberErrors: ServiceError = [MemberNotFound]; }
/// use errcodes::Operation;
///
/// let get_member = Operation::new::<GetMemberErrors>("GET", "/members/{id}");
/// assert_eq!(get_member.id(), "GetMemberErrors");
/// assert_eq!(get_member.entries().len(), 1);
/// ```
#[derive(Clone, Copy)]
pub struct Operation {
    method: &'static str,
    path: &'static str,
    id: &'static str,
    catalogue: fn() -> &'static Catalogue,
    view: fn() -> View,
    declares: fn(&Entry) -> bool,
    entries: fn() -> Vec<&'static Entry>,
}

impl Operation {
    /// `method` (`"GET"`, any case) on `path` (as OpenAPI writes it,
    /// `/members/{id}`) returns the errors of `S`; its id is `S`'s name.
    #[must_use]
    pub fn new<S: ErrorSet>(method: &'static str, path: &'static str) -> Self
    where
        S::Error: Sized,
    {
        Operation {
            method,
            path,
            id: S::NAME,
            catalogue: <S::Error as ApiError>::catalogue,
            view: View::of::<S::Error>,
            declares: S::declares,
            entries: S::entries,
        }
    }

    /// The method, as given.
    #[must_use]
    pub const fn method(&self) -> &'static str {
        self.method
    }

    /// The path, as given.
    #[must_use]
    pub const fn path(&self) -> &'static str {
        self.path
    }

    /// The operation's id: its error set's name.
    #[must_use]
    pub const fn id(&self) -> &'static str {
        self.id
    }

    /// The catalogue its errors come from.
    #[must_use]
    pub fn catalogue(&self) -> &'static Catalogue {
        (self.catalogue)()
    }

    /// The docs' view of its catalogue, in the catalogue's format.
    pub(crate) fn view(&self) -> View {
        (self.view)()
    }

    /// Whether OpenAPI can document it: the method is one of the eight a
    /// Path Item has (`GET`, `PUT`, `POST`, `DELETE`, `OPTIONS`, `HEAD`,
    /// `PATCH`, `TRACE`, in any case), and the path a template as a `paths`
    /// key holds it: it begins with `/`, has no query or fragment, and each
    /// `{name}` names a parameter once.
    ///
    /// ```
    /// # use errcodes::ApiError;
    /// # #[derive(Debug, ApiError)]
    /// # pub enum ServiceError {
    /// #     #[code(34404, status = 404, msg = "No such member")]
    /// #     MemberNotFound,
    /// # }
    /// # errcodes::error_set! { pub GetMemberErrors: ServiceError = [MemberNotFound]; }
    /// use errcodes::{Operation, OperationProblem};
    ///
    /// assert!(Operation::new::<GetMemberErrors>("get", "/members/{id}").check().is_ok());
    /// let error = Operation::new::<GetMemberErrors>("GET", "/search?q={q}").check().unwrap_err();
    /// assert_eq!(error.problem(), &OperationProblem::Query);
    /// assert_eq!(error.to_string(), "GET /search?q={q}: the path has a query or a fragment");
    /// ```
    ///
    /// # Errors
    ///
    /// [`InvalidOperation`], naming the operation and the first problem.
    pub fn check(&self) -> Result<(), InvalidOperation> {
        const METHODS: [&str; 8] = [
            "GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE",
        ];
        let problem = if !METHODS.iter().any(|m| m.eq_ignore_ascii_case(self.method)) {
            Some(OperationProblem::Method)
        } else if !self.path.starts_with('/') {
            Some(OperationProblem::RelativePath)
        } else if self.path.contains(['?', '#']) {
            Some(OperationProblem::Query)
        } else {
            parameter_problem(self.path)
        };
        problem.map_or(Ok(()), |problem| {
            Err(InvalidOperation {
                method: self.method,
                path: self.path,
                problem,
            })
        })
    }

    /// What tells it apart from other operations on the wire: the method in
    /// upper case and the path with its parameters' names left out
    /// (`/members/{}`), since `/members/{id}` and `/members/{name}` match
    /// the same URLs (OpenAPI: identical templated paths MUST NOT exist).
    pub(crate) fn wire_route(&self) -> (String, String) {
        (self.method.to_ascii_uppercase(), wire_path(self.path))
    }

    /// The problem of an operation on the route of `earlier`, given before
    /// it: none where it is `earlier` given again (the same method, path
    /// and set), which counts once.
    pub(crate) fn after(&self, earlier: &Operation) -> Option<InvalidOperation> {
        let repeat = self.method.eq_ignore_ascii_case(earlier.method)
            && self.path == earlier.path
            && self.id == earlier.id
            && core::ptr::eq(self.catalogue(), earlier.catalogue());
        let (method, path) = self.wire_route();
        let (earlier_method, earlier_path) = earlier.wire_route();
        let problem = if repeat || path != earlier_path {
            return None;
        } else if method == earlier_method {
            OperationProblem::SameRoute {
                method: earlier.method,
                path: earlier.path,
            }
        } else if self.path != earlier.path {
            OperationProblem::PathSpelledApart(earlier.path)
        } else {
            return None;
        };
        Some(InvalidOperation {
            method: self.method,
            path: self.path,
            problem,
        })
    }

    /// Whether it may return `entry`.
    #[must_use]
    pub fn declares(&self, entry: &Entry) -> bool {
        (self.declares)(entry)
    }

    /// The entries it may return, in catalogue order.
    #[must_use]
    pub fn entries(&self) -> Vec<&'static Entry> {
        (self.entries)()
    }
}

impl core::fmt::Debug for Operation {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Operation")
            .field("method", &self.method)
            .field("path", &self.path)
            .field("id", &self.id)
            .finish_non_exhaustive()
    }
}

/// A route's path as the wire sees it: its parameters' names left out
/// (`/members/{id}` and `/members/{member}` both give `/members/{}`), since
/// both match the same URLs (OpenAPI calls them identical templated
/// paths). The contract lock tells operations apart by it, and the
/// `errcodes` command merges services' OpenAPI documents by it.
///
/// ```
/// use errcodes::contract::wire_path;
///
/// assert_eq!(wire_path("/members/{id}/keys"), "/members/{}/keys");
/// assert_eq!(wire_path("/members/{member}/keys"), wire_path("/members/{id}/keys"));
/// ```
#[must_use]
pub fn wire_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    let mut rest = path;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..=open]);
        match rest[open..].find('}') {
            Some(close) => rest = &rest[open + close..],
            None => rest = "",
        }
    }
    out.push_str(rest);
    out
}

/// The first problem of a path's `{name}` templates: one with no name, a
/// name given twice, or a brace left open or closed alone.
fn parameter_problem(path: &'static str) -> Option<OperationProblem> {
    let mut names: Vec<&str> = Vec::new();
    let mut rest = path;
    loop {
        let (open, close) = (rest.find('{'), rest.find('}'));
        let (open, close) = match (open, close) {
            (None, None) => return None,
            (Some(open), Some(close)) if open < close => (open, close),
            _ => return Some(OperationProblem::UnmatchedBrace),
        };
        let name = &rest[open + 1..close];
        if name.is_empty() || name.contains('{') {
            return Some(OperationProblem::EmptyParameter);
        }
        if names.contains(&name) {
            return Some(OperationProblem::RepeatedParameter(name));
        }
        names.push(name);
        rest = &rest[close + 1..];
    }
}

/// An [`Operation`] OpenAPI cannot document, from [`Operation::check`]: the
/// OpenAPI document leaves it out (and lists it in `x-errcodes-skipped`),
/// or refuses to be written ([`OpenApi::try_document`](crate::docs::OpenApi::try_document)).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidOperation {
    method: &'static str,
    path: &'static str,
    problem: OperationProblem,
}

impl InvalidOperation {
    /// The operation's method, as given.
    #[must_use]
    pub const fn method(&self) -> &'static str {
        self.method
    }

    /// The operation's path, as given.
    #[must_use]
    pub const fn path(&self) -> &'static str {
        self.path
    }

    /// What is wrong with it.
    #[must_use]
    pub const fn problem(&self) -> &OperationProblem {
        &self.problem
    }
}

impl core::fmt::Display for InvalidOperation {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "{} {}: {}", self.method, self.path, self.problem)
    }
}

impl std::error::Error for InvalidOperation {}

/// Why OpenAPI cannot document an [`Operation`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum OperationProblem {
    /// The method is none of the eight a Path Item has.
    Method,
    /// The path does not begin with `/`.
    RelativePath,
    /// The path has a query (`?`) or a fragment (`#`): a `paths` key holds neither.
    Query,
    /// A `{}` names no parameter.
    EmptyParameter,
    /// A parameter is named twice: an operation has each parameter once.
    RepeatedParameter(&'static str),
    /// A `{` without its `}`, or a `}` without its `{`.
    UnmatchedBrace,
    /// An operation given before has the same route: the same method, and
    /// a path that differs at most in its parameters' names
    /// (`/members/{id}` and `/members/{name}` match the same URLs, and
    /// OpenAPI has one Path Item for them). Only a list of operations
    /// knows it, not [`Operation::check`].
    SameRoute {
        /// The earlier operation's method, as given.
        method: &'static str,
        /// The earlier operation's path, as given.
        path: &'static str,
    },
    /// An operation given before, of another method, spells the same path
    /// with other parameters' names (`/members/{id}`, `/members/{name}`):
    /// OpenAPI has one Path Item for both, whose `{name}`s are one spelling.
    PathSpelledApart(&'static str),
}

impl core::fmt::Display for OperationProblem {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            Self::Method => f.write_str(
                "the method is none of GET, PUT, POST, DELETE, OPTIONS, HEAD, PATCH, TRACE",
            ),
            Self::RelativePath => f.write_str("the path does not begin with '/'"),
            Self::Query => f.write_str("the path has a query or a fragment"),
            Self::EmptyParameter => f.write_str("a '{}' in the path names no parameter"),
            Self::RepeatedParameter(name) => {
                write!(f, "the path names the parameter '{name}' twice")
            }
            Self::UnmatchedBrace => f.write_str("the path has a brace without its pair"),
            Self::SameRoute { method, path } => write!(
                f,
                "{} {path}, given before, is the same route (paths that differ only in \
                 their parameters' names match the same URLs)",
                method.to_ascii_uppercase()
            ),
            Self::PathSpelledApart(path) => write!(
                f,
                "an operation given before spells the path {path}: one path has one \
                 spelling of its parameters' names"
            ),
        }
    }
}

/// What the adapters do with an error its handler's set does not declare.
///
/// The default is [`Panic`](Self::Panic) in builds with debug assertions
/// (`cargo test`, `cargo run`) and [`Send`](Self::Send) in release builds;
/// [`set`](Self::set) changes it for the whole process, e.g. at the start of
/// `main`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Undeclared {
    /// Panic, naming the set and the entry: the request's connection is
    /// closed, and the test that made it fails.
    Panic,
    /// Send the error as it is, and log it (feature `tracing`) as an error
    /// naming the set and the entry.
    Send,
    /// Send the catalogue's `#[api_error(undeclared = Variant)]` entry instead,
    /// or a bare `500 Internal Server Error` when it names none, and log the
    /// error as [`Send`](Self::Send) does. The undeclared body is never sent.
    Replace,
}

const UNSET: u8 = 0;
static POLICY: AtomicU8 = AtomicU8::new(UNSET);

impl Undeclared {
    /// Makes `self` what every adapter does from now on, in every thread.
    pub fn set(self) {
        POLICY.store(self as u8 + 1, Ordering::Relaxed);
    }

    /// What the adapters do now: the last [`set`](Self::set), else the
    /// build's default.
    #[must_use]
    pub fn current() -> Self {
        match POLICY.load(Ordering::Relaxed) {
            1 => Undeclared::Panic,
            2 => Undeclared::Send,
            3 => Undeclared::Replace,
            _ if cfg!(debug_assertions) => Undeclared::Panic,
            _ => Undeclared::Send,
        }
    }
}

/// What an adapter sends for an error returned through a set.
#[derive(Debug)]
pub enum Screened<E> {
    /// The error itself: declared, or let through by [`Undeclared::Send`].
    Send,
    /// The catalogue's replacement for an undeclared error.
    Replace(E),
    /// A bare `500 Internal Server Error`: the error was undeclared and the
    /// catalogue names no replacement.
    Internal,
}

/// Decides what to send for `error`, returned by a handler whose errors are
/// `S`: the error itself when `S` declares it (a `match`, nothing else),
/// else what [`Undeclared::current`] says.
///
/// # Panics
///
/// Under [`Undeclared::Panic`], when `S` does not declare `error`.
pub fn screen<S: ErrorSet>(error: &S::Error) -> Screened<S::Error>
where
    S::Error: Sized,
{
    if S::allows(error) {
        return Screened::Send;
    }
    undeclared::<S>(error.info())
}

#[cold]
fn undeclared<S: ErrorSet>(entry: &'static Entry) -> Screened<S::Error>
where
    S::Error: Sized,
{
    let policy = Undeclared::current();
    if policy == Undeclared::Panic {
        panic!("{}", UndeclaredError::<S>::new(entry));
    }
    log::<S>(entry, policy);
    under::<S::Error>(policy)
}

/// What `policy` sends in place of an undeclared error of `E`.
fn under<E: ApiError>(policy: Undeclared) -> Screened<E> {
    if policy != Undeclared::Replace {
        return Screened::Send;
    }
    // Built from the entry, not looked up by its code: an entry without a
    // code is sent too.
    match E::catalogue()
        .undeclared()
        .and_then(crate::glue::fieldless::<E>)
    {
        Some(replacement) => Screened::Replace(replacement),
        None => Screened::Internal,
    }
}

/// The status [`screen`] sends `error` with, without its log or panic:
/// what a framework asks of an error before the response (actix-web's
/// `ResponseError::status_code`).
#[must_use]
pub fn screened_status<S: ErrorSet>(error: &S::Error) -> http::StatusCode
where
    S::Error: Sized,
{
    if S::allows(error) {
        return error.status();
    }
    match under::<S::Error>(Undeclared::current()) {
        Screened::Send => error.status(),
        Screened::Replace(replacement) => replacement.status(),
        Screened::Internal => http::StatusCode::INTERNAL_SERVER_ERROR,
    }
}

/// The words every report of an undeclared error uses.
struct UndeclaredError<S> {
    entry: &'static Entry,
    set: core::marker::PhantomData<S>,
}

impl<S: ErrorSet> UndeclaredError<S> {
    fn new(entry: &'static Entry) -> Self {
        UndeclaredError {
            entry,
            set: core::marker::PhantomData,
        }
    }
}

impl<S: ErrorSet> core::fmt::Display for UndeclaredError<S> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(
            f,
            "a handler returning {} sent {} ({}), which the set does not declare",
            S::NAME,
            self.entry.variant(),
            self.entry.code(),
        )
    }
}

#[cfg(feature = "tracing")]
fn log<S: ErrorSet>(entry: &'static Entry, policy: Undeclared) {
    let sent = match policy {
        Undeclared::Replace => "replaced",
        _ => "sent",
    };
    tracing::error!(
        target: "errcodes",
        set = S::NAME,
        code = %entry.code(),
        name = entry.name(),
        sent,
        "{}",
        UndeclaredError::<S>::new(entry)
    );
}

#[cfg(not(feature = "tracing"))]
fn log<S: ErrorSet>(_: &'static Entry, _: Undeclared) {}

/// Declares the errors one operation may return: a type that is the
/// handler's error, checked against the catalogue at compile time.
///
/// ```
/// use errcodes::{ApiError, DeclaredErrors, ErrorSet};
///
/// #[derive(Debug, ApiError)]
/// pub enum ServiceError {
///     #[code(34401, status = 401, msg = "Missing or invalid token")]
///     Unauthorized,
///     #[code(34404, status = 404, msg = "Member '{id}' not found.")]
///     MemberNotFound { id: String },
///     #[code(34503, status = 503, msg = "Storage unavailable")]
///     Storage,
///     #[code(transparent)]
///     Account(#[from] AccountError),
/// }
///
/// #[derive(Debug, ApiError)]
/// pub enum AccountError {
///     #[code(35403, status = 403, msg = "Account {id} is suspended")]
///     Suspended { id: String },
///     #[code(35410, status = 410, msg = "Account deleted")]
///     Deleted,
/// }
///
/// errcodes::error_set! {
///     /// What every authenticated operation may return.
///     pub Authenticated: ServiceError = [Unauthorized, Account(AccountError::Suspended)];
/// }
///
/// errcodes::error_set! {
///     /// `GET /members/{id}`.
///     pub GetMemberErrors: ServiceError = [..Authenticated, MemberNotFound, Storage];
/// }
///
/// fn get_member(id: &str) -> Result<String, GetMemberErrors> {
///     Err(ServiceError::MemberNotFound { id: id.into() })?
/// }
///
/// let error = get_member("bob").unwrap_err();
/// assert!(GetMemberErrors::allows(&error.0));
/// assert!(!GetMemberErrors::allows(&ServiceError::Account(AccountError::Deleted)));
/// let codes: Vec<_> = GetMemberErrors::entries().iter().map(|e| e.code().to_string()).collect();
/// assert_eq!(codes, ["34401", "34404", "34503", "35403"]);
/// ```
///
/// Each item of the list is one of:
///
/// - a variant of the catalogue, `MemberNotFound`: its entry; for a
///   `#[code(transparent)]` variant, every entry of the type it wraps;
/// - `Account(AccountError::Suspended | AccountError::Deleted)`: some
///   entries of the type a `#[code(transparent)]` variant wraps (on a
///   variant with a code of its own, `Upstream(PaymentError::Declined)`,
///   the values of `Upstream` holding those: its own entry);
/// - `..Authenticated`: every entry of another set of the same catalogue.
///
/// A name that is not a variant fails the build at that name, with the
/// compiler's "a variant with a similar name" where there is one. Sets that
/// include each other fail it too, with rustc's "cycle detected when
/// simplifying constant ... `INCLUSION_DEPTH`" at each of them: their
/// checks would otherwise recurse without end.
///
/// The type (`pub struct GetMemberErrors(pub ServiceError)`) converts from
/// anything the catalogue converts from, so `?` works in the handler as it
/// does with the catalogue itself. With the `axum` feature it is an
/// `IntoResponse`, with `actix-web` a `ResponseError`: both send the error
/// as the catalogue's adapters do when the set declares it, and otherwise
/// do what [`Undeclared::current`] says. Its `Display` and `source` are the
/// error's.
#[macro_export]
macro_rules! error_set {
    (
        $(#[$meta:meta])*
        $vis:vis $name:ident : $error:ty = [ $($items:tt)* ] $(;)?
    ) => {
        $crate::error_set!(@parse
            [$(#[$meta])*] [$vis] [$name] [$error]
            [] [] []
            $($items)*
        );
    };

    // `..Set`: another set.
    (@parse $meta:tt $vis:tt $name:tt $error:tt [$($own:tt)*] [$($inner:tt)*] [$($sets:tt)*]
        .. $set:path $(, $($rest:tt)*)?
    ) => {
        $crate::error_set!(@parse $meta $vis $name $error [$($own)*] [$($inner)*] [$($sets)* ($set)]
            $($($rest)*)?);
    };
    // `Variant(Inner::A | Inner::B)`: some entries of a transparent variant.
    (@parse $meta:tt $vis:tt $name:tt $error:tt [$($own:tt)*] [$($inner:tt)*] [$($sets:tt)*]
        $variant:ident ( $($ty:ident :: $sub:ident)|+ ) $(, $($rest:tt)*)?
    ) => {
        $crate::error_set!(@parse $meta $vis $name $error [$($own)*]
            [$($inner)* ($variant [$($ty $sub)*])] [$($sets)*]
            $($($rest)*)?);
    };
    // `Variant`: its entry, or every entry of a transparent variant.
    (@parse $meta:tt $vis:tt $name:tt $error:tt [$($own:tt)*] [$($inner:tt)*] [$($sets:tt)*]
        $variant:ident $(, $($rest:tt)*)?
    ) => {
        $crate::error_set!(@parse $meta $vis $name $error [$($own)* $variant] [$($inner)*] [$($sets)*]
            $($($rest)*)?);
    };
    (@parse [$($meta:tt)*] [$vis:vis] [$name:ident] [$error:ty]
        [$($own:ident)*] [$(($variant:ident [$($ty:ident $sub:ident)*]))*] [$(($set:path))*]
    ) => {
        $($meta)*
        #[derive(Debug)]
        $vis struct $name(pub $error);

        $crate::__errcode_set_depth_v0_1!($name [$($set)*]);

        impl $crate::DeclaredErrors for $name {
            type Error = $error;

            fn declares(entry: &$crate::Entry) -> bool {
                let catalogue = <$error as $crate::ApiError>::catalogue();
                false
                    $(|| catalogue.variant_declares(::core::stringify!($own), entry))*
                    $($(|| $crate::__private_v0_1::inner_declares(
                        catalogue,
                        ::core::stringify!($variant),
                        <$ty as $crate::ApiError>::catalogue(),
                        ::core::stringify!($sub),
                        entry,
                    ))*)*
                    $(|| <$set as $crate::DeclaredErrors>::declares(entry))*
            }
        }

        impl $crate::ErrorSet for $name {
            const NAME: &'static str = ::core::stringify!($name);

            #[allow(unreachable_patterns)]
            fn allows(error: &$error) -> bool {
                type __ErrcodeSet = $error;
                match error {
                    $(__ErrcodeSet::$own { .. } => true,)*
                    $(__ErrcodeSet::$variant($($ty::$sub { .. })|*) => true,)*
                    _ => false $(|| <$set as $crate::__private_v0_1::SetOf<$error>>::allows(error))*,
                }
            }
        }

        impl $crate::__private_v0_1::SetOf<$error> for $name {
            #[inline]
            fn allows(error: &$error) -> bool {
                <Self as $crate::ErrorSet>::allows(error)
            }
        }

        impl<__ErrcodeFrom: ::core::convert::Into<$error>> ::core::convert::From<__ErrcodeFrom> for $name {
            fn from(error: __ErrcodeFrom) -> Self {
                $name(error.into())
            }
        }

        impl ::core::fmt::Display for $name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                ::core::fmt::Display::fmt(&self.0, f)
            }
        }

        impl ::std::error::Error for $name {
            fn source(&self) -> ::core::option::Option<&(dyn ::std::error::Error + 'static)> {
                ::std::error::Error::source(&self.0)
            }
        }

        $crate::__errcode_set_axum_v0_1!($name);
        $crate::__errcode_set_actix_web_v0_1!($name);
    };
}
