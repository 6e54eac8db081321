//! The Mastodon API errors (seed 001), entry for entry: 15 rows in source
//! order.

use errcodes::ApiError;

/// Mastodon API errors
///
/// Represents an error message. The most important part of an error
/// response is the HTTP status code. Standard semantics are followed. The
/// body of an error is a JSON object containing more information, if
/// available.
///
/// `error` and `error_description` were both added in 0.6.0.
///
/// Example:
///
/// ```json
/// {
///   "error": "invalid_grant",
///   "error_description": "The provided authorization grant is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client."
/// }
/// ```
///
/// For 429, see Rate limits (`api/rate-limits`) for more information.
///
/// # Rust
///
/// Mastodon errors have no code: a client tells them apart by HTTP status
/// and message text, so every entry is `#[code(_, ...)]`. The `name`s are the
/// server-side Ruby identifiers the documentation lists (exception classes,
/// `require_authenticated_user!`, `current_user.disabled?`,
/// `!current_user.confirmed?`); they never reach a client and most are not
/// Rust identifiers, so they are kept as declared names beside sanitized
/// variant names (a leading `!` reads as "not" or "no"). The 429 entry has
/// no name; its variant name is invented and it declares none.
///
/// `{string}.` and `{translated string}.` are messages that are wholly
/// dynamic (and localised, for 429): a `message` field fills them, and the
/// catalogue keeps the template as published.
///
/// The documentation omits errors the server can send (doorkeeper's, for
/// one), hence `#[non_exhaustive]`; a decoder's unknown outcome keeps status
/// and message for those.
#[derive(Debug, ApiError)]
#[api_error(format = errcodes::format::Mastodon, since = "0.6.0")]
#[non_exhaustive]
pub enum MastodonError {
    /// Appears when a required parameter is missing from the API call.
    #[code(
        _,
        status = 400,
        name = "ParameterMissing",
        category = "400 - Bad request",
        msg = "{string}."
    )]
    ParameterMissing {
        #[placeholder("string")]
        message: String,
    },

    /// Appears when the instance is in secure mode, which disables all public use of API methods.
    #[code(
        _,
        status = 401,
        name = "require_authenticated_user!",
        category = "401 - Unauthorized",
        msg = "This API requires an authenticated user."
    )]
    RequireAuthenticatedUser,

    /// Appears when trying to call a method that you do not have permission for (such as admin or staff methods), or performing actions you are not allowed to do (such as following a user that blocks you).
    #[code(
        _,
        status = 403,
        name = "NotPermitted",
        category = "403 - Forbidden",
        msg = "This action is not allowed."
    )]
    NotPermitted,

    /// Appears when the OAuth token's authorized user has had their account disabled by a moderator.
    #[code(
        _,
        status = 403,
        name = "current_user.disabled?",
        category = "403 - Forbidden",
        msg = "Your login is currently disabled."
    )]
    CurrentUserDisabled,

    /// Appears when the email address associated with the OAuth token's authorized user's account has not yet been confirmed.
    #[code(
        _,
        status = 403,
        name = "!current_user.confirmed?",
        category = "403 - Forbidden",
        msg = "Your login is missing a confirmed e-mail address."
    )]
    CurrentUserNotConfirmed,

    /// Appears when the OAuth token's authorized user has signed up on an instance with approval-required registrations, and the user has not yet had their account approved by a moderator.
    #[code(
        _,
        status = 403,
        name = "!current_user.approved?",
        category = "403 - Forbidden",
        msg = "Your login is currently pending approval."
    )]
    CurrentUserNotApproved,

    /// Appears when an entity record does not exist, or the authorized user is not within the audience of a private entity.operates on a user.
    #[code(
        _,
        status = 404,
        name = "RecordNotFound",
        category = "404 - Not found",
        msg = "Record not found."
    )]
    RecordNotFound,

    /// May appear when entity creation failed.
    #[code(
        _,
        status = 422,
        name = "RecordInvalid",
        category = "422 - Unprocessable entity",
        msg = "{string}."
    )]
    RecordInvalid {
        #[placeholder("string")]
        message: String,
    },

    /// Appears when you are trying to pin an account or status that is already pinned.
    #[code(
        _,
        status = 422,
        name = "RecordNotUnique",
        category = "422 - Unprocessable entity",
        msg = "Duplicate record."
    )]
    RecordNotUnique,

    /// Appears when using an OAuth token without an authorized user (or no token at all), while trying to call an API method that requires a user to be processed.
    #[code(
        _,
        status = 422,
        name = "!current_user",
        category = "422 - Unprocessable entity",
        msg = "This method requires an authenticated user."
    )]
    NoCurrentUser,

    // The documentation gives this entry no name: the variant name is invented,
    // and no `name` is declared.
    /// Appears when you have exceeded the rate limit. See [Rate limits]({{< relref "api/rate-limits" >}}) for more information.
    #[code(
        _,
        status = 429,
        category = "429 - Too many requests",
        msg = "{translated string}."
    )]
    TooManyRequests {
        #[placeholder("translated string")]
        message: String,
    },

    /// Appears when Mastodon calls a remote service (such as WebFinger from another instance) which returns an error.
    #[code(
        _,
        status = 503,
        name = "UnexpectedResponseError",
        category = "503 - Remote service unavailable",
        msg = "Remote data could not be fetched."
    )]
    UnexpectedResponseError,

    /// Appears when a remote service is called, but it has an invalid SSL certificate.
    #[code(
        _,
        status = 503,
        name = "SSLError",
        category = "503 - Remote service unavailable",
        msg = "Remote SSL certificate could not be verified."
    )]
    SslError,

    /// Appears when there was a failed call to an S3 storage server.
    #[code(
        _,
        status = 503,
        name = "NetworkingError",
        category = "503 - Remote service unavailable",
        msg = "There was a temporary problem serving your request, please try again."
    )]
    NetworkingError,

    /// Appears when there was an error due to a race condition in server-side code.
    #[code(
        _,
        status = 503,
        name = "RaceConditionError",
        category = "503 - Remote service unavailable",
        msg = "There was a temporary problem serving your request, please try again."
    )]
    RaceConditionError,
}
