use core::fmt;
use core::marker::PhantomData;

use super::{AcceptedCodes, Format, Member, Source};

/// RFC 9457 problem details, `application/problem+json`:
/// `type`, `title`, `status`, `detail` (the message of this occurrence),
/// then `code` and the `#[body]` fields as extension members, in the order
/// the fields are declared; `instance` only from a `#[body]` field of that
/// name. `detail` is left out for an entry declared with a `title` and no
/// `msg`: the title says all there is, and `detail` would only repeat the
/// variant's name. A [`ProblemType`] can leave out `code`
/// ([`ProblemType::CODE_MEMBER`]: `type` alone names the entry) and
/// `status` ([`ProblemType::STATUS_MEMBER`]), as RFC 9457's own examples do.
///
/// `title` is the same for every occurrence of an entry: the entry's
/// `#[code(..., title = "...")]`. Without one it is the status phrase
/// (`"Not Found"`) where `type` is `about:blank`, as RFC 9457 §4.2.1 asks,
/// and otherwise the message where it has no placeholders, else the status
/// phrase: a placeholder never reaches `title`. RFC 9457's out-of-credit
/// example is
///
/// ```
/// # use errcodes::ApiError;
/// # use errcodes::format::{Problem, ProblemType};
/// # struct Probs;
/// # impl ProblemType for Probs {
/// #     const BASE: Option<&'static str> = Some("https://example.com/probs/");
/// # }
/// #[derive(Debug, ApiError)]
/// #[api_error(format = Problem<Probs>)]
/// enum Credit {
///     #[code(
///         "out-of-credit",
///         status = 403,
///         title = "You do not have enough credit.",
///         msg = "Your current balance is {balance}, but that costs {cost}."
///     )]
///     OutOfCredit {
///         #[body]
///         balance: i64,
///         cost: i64,
///     },
/// }
///
/// let body = serde_json::to_value(Credit::OutOfCredit { balance: 30, cost: 50 }).unwrap();
/// assert_eq!(body["title"], "You do not have enough credit.");
/// assert_eq!(body["detail"], "Your current balance is 30, but that costs 50.");
/// ```
///
/// Decoding does not read `title`: it names the entry by `type` or `code`.
///
/// `type` is `about:blank` unless a [`ProblemType`] gives a base URI, which
/// is followed by the code (percent-encoded, RFC 3986, for string codes):
/// `Problem<MyDocs>` with `BASE = "https://api.example.com/errors/"` gives
/// `"type": "https://api.example.com/errors/34305"`.
///
/// With `#[api_error(docs_url = "...")]` and no base (the default,
/// [`AboutBlank`]), `type` is the entry's page instead of `about:blank`
/// ([`Entry::docs_url`](crate::Entry::docs_url): `"type": "/errors/34305"`),
/// which is what RFC 9457 §3.1.1 asks of `type` ("when dereferenced, it
/// SHOULD provide human-readable documentation for the problem type"), and
/// `title` follows it as for a base (the entry's message rather than the
/// status phrase, which §4.2.1 asks for with `about:blank` only). A
/// relative `docs_url` (`/errors/`) gives a relative `type`, which RFC 9457
/// resolves against the response's URI; a public API should prefer an
/// absolute one. A declared base wins: `type` stays its own. Every
/// response carries `Link: <url>; rel="help"` (RFC 8288) too, as in the
/// other formats, so a client finds the page without knowing the format.
/// Decoding reads such a `type` as it reads one built from a base, the
/// catalogue's `docs_url` being the base: a body that kept only RFC 9457's
/// members (`{"type": "/errors/34305", "status": 401}`) names its entry.
///
/// Decoding identifies the entry by `type`, the RFC's primary identifier,
/// when it is the base followed by an entry's code, compared as RFC 3986
/// §6.2.2 compares URIs (`%2f` is `%2F`, `%7E` is `~`, `HTTPS://Example.COM`
/// is `https://example.com`; a malformed escape names nothing), and falls
/// back to the `code` extension member otherwise (`about:blank`, another
/// base). What errcodes writes is that normal form already. A
/// standard member of the wrong JSON type is ignored, as RFC 9457 §3.1 asks,
/// not a decode failure.
///
/// Status policy: an entry without a status is sent as 500, which `status`
/// says too; a `type` or code and a status the entry does not document
/// decode as [`Reason::StatusMismatch`](crate::decode::Reason::StatusMismatch).
pub struct Problem<T: ProblemType = AboutBlank>(PhantomData<T>);

impl<T: ProblemType> fmt::Debug for Problem<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Problem")
    }
}

/// Where a [`Problem`]'s `type` URI points, and which of the members that
/// repeat what `type` and the HTTP status say the body carries.
///
/// ```
/// use errcodes::format::{Problem, ProblemType};
///
/// pub struct Docs;
/// impl ProblemType for Docs {
///     const BASE: Option<&'static str> = Some("https://api.example.com/errors/");
/// }
/// pub type ApiProblem = Problem<Docs>;
/// ```
///
/// A service that names its problems by `type` alone, as RFC 9457's
/// examples do, leaves out `code` and `status`. This enum writes the RFC's
/// out-of-credit and validation examples byte for byte (the members in the
/// RFC's order: `detail` unless the entry has a `title` and no `msg`, then the `#[body]`
/// members in the order the fields are declared) and decodes them back:
///
/// ```
/// # use errcodes::ApiError;
/// # use errcodes::format::{Problem, ProblemType};
/// # use serde::{Deserialize, Serialize};
/// pub struct Probs;
/// impl ProblemType for Probs {
///     const BASE: Option<&'static str> = Some("https://example.com/probs/");
///     const CODE_MEMBER: bool = false;
///     const STATUS_MEMBER: bool = false;
/// }
///
/// #[derive(Debug, PartialEq, Serialize, Deserialize)]
/// pub struct Invalid {
///     detail: String,
///     pointer: String,
/// }
///
/// #[derive(Debug, PartialEq, ApiError)]
/// #[api_error(format = Problem<Probs>)]
/// enum Billing {
///     #[code(
///         "out-of-credit",
///         status = 403,
///         title = "You do not have enough credit.",
///         msg = "Your current balance is {balance}, but that costs {cost}."
///     )]
///     OutOfCredit {
///         #[body]
///         instance: String,
///         #[body]
///         balance: i64,
///         cost: i64,
///         #[body]
///         accounts: Vec<String>,
///     },
///     // A `title` and no `msg`: no `detail`.
///     #[code("validation-error", status = 422, title = "Your request is not valid.")]
///     NotValid {
///         #[body]
///         errors: Vec<Invalid>,
///     },
/// }
///
/// let credit = Billing::OutOfCredit {
///     instance: "/account/12345/msgs/abc".into(),
///     balance: 30,
///     cost: 50,
///     accounts: vec!["/account/12345".into(), "/account/67890".into()],
/// };
/// let body = serde_json::to_string(&credit).unwrap();
/// assert_eq!(
///     body,
///     r#"{"type":"https://example.com/probs/out-of-credit","title":"You do not have enough credit.","detail":"Your current balance is 30, but that costs 50.","instance":"/account/12345/msgs/abc","balance":30,"accounts":["/account/12345","/account/67890"]}"#
/// );
/// let status = Some(errcodes::StatusCode::FORBIDDEN);
/// assert_eq!(Billing::decode(body.as_bytes(), status).unwrap().known(), Some(credit));
///
/// let invalid = Billing::NotValid { errors: vec![] };
/// assert_eq!(
///     serde_json::to_string(&invalid).unwrap(),
///     r#"{"type":"https://example.com/probs/validation-error","title":"Your request is not valid.","errors":[]}"#
/// );
/// ```
pub trait ProblemType {
    /// The URI that the code is appended to; `None` for `about:blank`.
    /// It is written as given, so give it in the normal form that decoding
    /// compares in (RFC 3986 §6.2.2: scheme and host lower case, escapes
    /// upper case, unreserved characters unescaped), as the code after it
    /// is written.
    const BASE: Option<&'static str>;

    /// Whether bodies carry the code in a `code` extension member too
    /// (`true`, the default). With `false`, `type` alone names the entry,
    /// and `code` is a name a `#[body]` field may take. Without a
    /// [`BASE`](ProblemType::BASE) no body could carry a code then: the
    /// derive refuses codes, and entries are written `_`.
    const CODE_MEMBER: bool = true;

    /// Whether bodies carry `status` (`true`, the default). RFC 9457 §3.1.2
    /// makes it optional and advisory: the response's own status is the one
    /// that counts, and decoding reads that. With `false`, `status` is
    /// written only by a `#[body]` field of that name.
    const STATUS_MEMBER: bool = true;
}

/// `type` is always `about:blank`.
#[derive(Debug, Clone, Copy, Default)]
pub struct AboutBlank;

impl ProblemType for AboutBlank {
    const BASE: Option<&'static str> = None;
}

impl<T: ProblemType> Format for Problem<T> {
    const CONTENT_TYPE: &'static str = "application/problem+json";
    const NAME: &'static str = "problem";
    const DECODES_BY_MEMBERS: bool = true;
    const IGNORES_MISTYPED_MEMBERS: bool = true;
    const ACCEPTED_CODES: AcceptedCodes = if T::BASE.is_none() && !T::CODE_MEMBER {
        AcceptedCodes::NONE
    } else {
        AcceptedCodes::ANY
    };
    const MEMBERS: &'static [Member] = if T::CODE_MEMBER {
        &[
            Member::new("type", Source::TypeUri(T::BASE)),
            Member::new("title", Source::Title(T::BASE)),
            status::<T>(),
            DETAIL,
            INSTANCE,
            Member::new("code", Source::Code),
            Member::BODY_FIELDS,
        ]
    } else {
        &[
            Member::new("type", Source::TypeUri(T::BASE)),
            Member::new("title", Source::Title(T::BASE)),
            status::<T>(),
            DETAIL,
            INSTANCE,
            Member::BODY_FIELDS,
        ]
    };
}

const DETAIL: Member = Member::new("detail", Source::Message).only_with_message();
const INSTANCE: Member = Member::field("instance", "string");

const fn status<T: ProblemType>() -> Member {
    if T::STATUS_MEMBER {
        Member::new("status", Source::HttpStatus)
    } else {
        Member::field("status", "integer")
    }
}
