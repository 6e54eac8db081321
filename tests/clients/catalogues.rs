//! The catalogues the clients are generated for, and what each module is
//! called.

use errcodes::format::{Problem as ProblemFormat, ProblemType};
use errcodes::ApiError;

use crate::common::hostile::{self, cocam, fresns, kakao, mastodon, pluralkit};
use crate::demo;

/// Runs `$body` with `$E` each catalogue's type in turn.
macro_rules! each_catalogue {
    ($E:ident => $body:expr) => {{
        {
            type $E = crate::catalogues::Cocam;
            $body
        }
        {
            type $E = crate::catalogues::Mastodon;
            $body
        }
        {
            type $E = crate::catalogues::PluralKit;
            $body
        }
        {
            type $E = crate::catalogues::Fresns;
            $body
        }
        {
            type $E = crate::catalogues::Kakao;
            $body
        }
        {
            type $E = crate::catalogues::Demo;
            $body
        }
        {
            type $E = crate::catalogues::Problem;
            $body
        }
        {
            type $E = crate::catalogues::Matrix;
            $body
        }
        {
            type $E = crate::catalogues::Tricky;
            $body
        }
        {
            type $E = crate::catalogues::Billing;
            $body
        }
        {
            type $E = crate::catalogues::Translated;
            $body
        }
        {
            type $E = crate::parent::Tree;
            $body
        }
        {
            type $E = crate::catalogues::Paged;
            $body
        }
        {
            type $E = crate::catalogues::PagedInts;
            $body
        }
        {
            type $E = crate::catalogues::PagedTyped;
            $body
        }
        {
            type $E = crate::catalogues::Gateway;
            $body
        }
        {
            type $E = crate::catalogues::BareGateway;
            $body
        }
    }};
}
pub(crate) use each_catalogue;

pub type Cocam = cocam::CocamError;
pub type Mastodon = mastodon::MastodonError;
pub type PluralKit = pluralkit::PluralKitError;
pub type Fresns = fresns::FresnsError;
pub type Kakao = kakao::KakaoGameError;
pub type Demo = demo::AccountError;
pub type Problem = hostile::ProblemError;
pub type Matrix = hostile::MatrixError;
pub type Tricky = hostile::Tricky;

/// The module name of `E`'s clients: its type's name.
pub fn module_name<E: ApiError>() -> &'static str {
    E::catalogue().type_name()
}

/// Problem types under a base URI, named by `type` (percent-encoded string
/// codes among them), with codes retired, shared and documented at two
/// statuses: what the seed catalogues leave out.
pub struct Probs;

impl ProblemType for Probs {
    const BASE: Option<&'static str> = Some("https://example.com/probs/");
}

#[derive(Debug, ApiError)]
#[api_error(
    format = ProblemFormat<Probs>,
    retired("old-credit" = "2.0: use out-of-credit", "quota weekly" = "gone in 3.0")
)]
pub enum Billing {
    #[code(
        "out-of-credit",
        status = 403,
        title = "You do not have enough credit.",
        msg = "Your current balance is {balance}, but that costs {cost}."
    )]
    OutOfCredit {
        #[body]
        balance: i64,
        cost: u16,
    },
    #[code("quota exceeded/daily", status = 429, also_status = [503], msg = "Quota exceeded")]
    Quota {
        #[body]
        retry_after: Option<u32>,
        #[body(default)]
        attempts: u8,
    },
    #[code("validation-error", status = 422, title = "Your request is not valid.")]
    NotValid {
        #[body]
        errors: serde_json::Value,
    },
    #[code("bad-input", status = 400, msg = "Bad {what}", shared)]
    BadInput { what: String },
    #[code("bad-input", status = 400, msg = "Wrong {what} given", shared)]
    WrongInput { what: char },
    #[code("flag", status = 400, msg = "Flag {on}")]
    Flag { on: bool },
    #[code("ratio", status = 400, msg = "Ratio {r} out of range")]
    Ratio { r: f64 },
}

/// A translated catalogue whose entries share a code or have none, so that
/// the message, in any of its languages, tells them apart.
#[derive(Debug, ApiError)]
#[api_error(locales = "tests/locales/clients")]
pub enum Translated {
    #[code(7, status = 404, msg = "Room {room} not found", shared)]
    RoomNotFound { room: String },
    #[code(7, status = 404, msg = "Member {member} not found", shared)]
    MemberNotFound { member: String },
    #[code(8, status = 429, msg = "Slow down: {seconds} seconds")]
    SlowDown { seconds: u32 },
    #[code(_, status = 400, msg = "Bad request")]
    BadRequest,
    #[code(_, status = 400, msg = "Malformed body")]
    Malformed,
}

/// Values of [`Translated`] with fields, whose bodies the vectors write in
/// every language.
pub fn translated_values() -> Vec<Translated> {
    vec![
        Translated::RoomNotFound {
            room: "lobby".into(),
        },
        Translated::RoomNotFound {
            room: "« x »".into(),
        },
        Translated::MemberNotFound {
            member: "ada".into(),
        },
        Translated::SlowDown { seconds: 30 },
    ]
}

/// Problem bodies typed by their pages (`docs_url`, no type declared): a
/// body is identified by its `type` alone, its string code escaped there as
/// one path segment, and an entry without a code is `about:blank`.
#[derive(Debug, ApiError)]
#[api_error(format = ProblemFormat, docs_url = "https://example.com/errors/")]
pub enum Paged {
    #[code("quota exceeded/daily", status = 429, also_status = [503], msg = "Quota exceeded")]
    Quota {
        #[body]
        retry_after: Option<u32>,
    },
    #[code("caf\u{e9}", status = 400, msg = "Bad {what}")]
    Cafe { what: String },
    #[code("50%-off", status = 409, title = "The offer is taken.")]
    Offer,
    #[code("a+b=c?d#e", status = 400, msg = "Odd characters")]
    Odd,
    #[code(_, status = 500, msg = "Internal error")]
    Internal,
}

/// Integer codes under a path from the service's root.
#[derive(Debug, ApiError)]
#[api_error(format = ProblemFormat, docs_url = "/errors/")]
pub enum PagedInts {
    #[code(34404, status = 404, msg = "Member {id} not found")]
    NotFound { id: String },
    #[code(34409, status = 409, msg = "Already a member")]
    Taken,
    #[code(-7, status = 400, msg = "Negative")]
    Negative,
    #[code(_, status = 500, msg = "Internal error")]
    Internal,
}

/// A declared type base and a `docs_url`: the declared base names the
/// type, the page is only linked.
#[derive(Debug, ApiError)]
#[api_error(format = ProblemFormat<Probs>, docs_url = "https://example.com/errors/")]
pub enum PagedTyped {
    #[code("out-of-credit", status = 403, msg = "No credit")]
    OutOfCredit,
    #[code("quota exceeded/daily", status = 429, msg = "Quota exceeded")]
    Quota,
}

/// A catalogue wrapped by [`Gateway`], whose entries link to its own pages.
#[derive(Debug, ApiError)]
#[api_error(format = ProblemFormat, docs_url = "/billing/errors/")]
pub enum Billed {
    #[code(51001, status = 402, msg = "Card declined")]
    Declined,
    #[code(51002, status = 409, msg = "Invoice {invoice} already paid")]
    Paid { invoice: String },
}

/// A wrapper with pages of its own: a wrapped entry's `type` names it
/// through the wrapper, the wrapper's base tried first.
#[derive(Debug, ApiError)]
#[api_error(format = ProblemFormat, docs_url = "https://example.com/errors/")]
pub enum Gateway {
    #[code(34409, status = 409, msg = "Already a member")]
    Taken,
    #[code(transparent)]
    Billing(Billed),
}

/// A wrapper without pages: only the wrapped catalogue's type names an entry.
#[derive(Debug, ApiError)]
#[api_error(format = ProblemFormat)]
pub enum BareGateway {
    #[code(34409, status = 409, msg = "Already a member")]
    Taken,
    #[code(transparent)]
    Billing(Billed),
}
