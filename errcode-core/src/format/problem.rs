use core::fmt;
use core::marker::PhantomData;

use super::{Format, Member, Source};

/// RFC 9457 problem details, `application/problem+json`:
/// `type`, `title`, `status`, `detail` (the message of this occurrence),
/// then `code` and the `#[body]` fields as extension members; `instance`
/// only from a `#[body(rename = "instance")]` field.
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

/// Where a [`Problem`]'s `type` URI points.
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
pub trait ProblemType {
    /// The URI that the code is appended to; `None` for `about:blank`.
    const BASE: Option<&'static str>;
}

/// `type` is always `about:blank`.
#[derive(Debug, Clone, Copy, Default)]
pub struct AboutBlank;

impl ProblemType for AboutBlank {
    const BASE: Option<&'static str> = None;
}

impl<T: ProblemType> Format for Problem<T> {
    const CONTENT_TYPE: &'static str = "application/problem+json";
    const DECODES_BY_MEMBERS: bool = true;
    const IGNORES_MISTYPED_MEMBERS: bool = true;
    const MEMBERS: &'static [Member] = &[
        Member::new("type", Source::TypeUri(T::BASE)),
        Member::new("title", Source::Title(T::BASE)),
        Member::new("status", Source::HttpStatus),
        Member::new("detail", Source::Message),
        Member::field("instance", "string"),
        Member::new("code", Source::Code),
        Member::BODY_FIELDS,
    ];
}
