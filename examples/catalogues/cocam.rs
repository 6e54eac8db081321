//! Cocam'server's support page (seed 000), entry for entry: 16 rows in source
//! order.

use errcodes::ApiError;

/// Cocam'server support page
///
/// # Rust
///
/// Two kinds of entry, none with a code (`#[code(_, ...)]`): payment states
/// of Ko-Fi donations and notes that point elsewhere, which have no status;
/// and a partial copy of Mastodon's errors, under `Mastodon/<status>`
/// categories. The copy differs from Mastodon's own page (curly apostrophes,
/// "banned" for "disabled", names and messages missing), so it is kept as
/// this page has it, not merged with `MastodonError`.
///
/// Ten entries have no name on the page: their variant names are invented
/// and they declare none. Six have no message: `Display` prints the name.
#[derive(Debug, ApiError)]
// Cocam'server documents no body shape: the default format, named to say it was chosen.
#[api_error(format = errcodes::format::Plain)]
pub enum CocamError {
    #[code(
        _,
        category = "Donations (Ko-Fi)",
        msg = "Payment canceled/Payment refused"
    )]
    KoFiPaymentRefused,

    // The page has no message here, only prose: `Display` prints the name.
    /// Each payment is subject to strict verification with the relevant banks. For example, we check that the information entered on the payment details is identical to the information on the card. Even the slightest inconsistency can lead to the payment being refused. If you think the payment is legitimate, please contact us on Matrix or any other private platform. You can also retry your payment via Paypal.
    #[code(_, category = "Donations (Ko-Fi)/STRIPE (credit cards)")]
    StripePaymentRefused,

    /// Your payment has been refused by your bank or by Paypal. Check that you have the necessary amount on Paypal. If not, check that your Paypal is connected to your bank account and that it accepts the payment.
    #[code(_, category = "Donations (Ko-Fi)/PAYPAL")]
    PaypalPaymentRefused,

    // Points to the Matrix error-code list; it holds no entries itself.
    /// For Matrix (or Element) errors, please consult the list of error codes. This site is specific to Matrix-related error codes.
    #[code(_, category = "Matrix (Element)")]
    MatrixErrors,

    // Mastodon calls this one `ParameterMissing`; this page gives no name and no message.
    /// Appears when a required parameter is missing from the API call
    #[code(_, status = 400, category = "Mastodon/400 - Bad request")]
    BadRequest,

    #[code(
        _,
        status = 401,
        category = "Mastodon/401 - Unauthorized",
        msg = "This API requires an authenticated user."
    )]
    Unauthorized,

    /// Appears when trying to call a method that you do not have permission for, or performing actions you are not allowed to do (such as following a user that blocks you)
    #[code(
        _,
        status = 403,
        name = "NotPermitted",
        category = "Mastodon/403 - Forbidden",
        msg = "This action is not allowed."
    )]
    NotPermitted,

    /// Appears when the OAuth token’s authorized user has had their account banned by a moderator.
    #[code(
        _,
        status = 403,
        name = "current_user.disabled?",
        category = "Mastodon/403 - Forbidden",
        msg = "Your login is currently disabled."
    )]
    CurrentUserDisabled,

    /// Appears when the email address associated with the OAuth token’s authorized user’s account has not yet been confirmed.
    #[code(
        _,
        status = 403,
        name = "!current_user.confirmed?",
        category = "Mastodon/403 - Forbidden",
        msg = "Your login is missing a confirmed e-mail address."
    )]
    CurrentUserNotConfirmed,

    // Mastodon calls this one `RecordNotFound`; this page gives no name.
    /// Appears when an entity record does not exist, or the authorized user is not within the audience of a private entity.operates on a user.
    #[code(
        _,
        status = 404,
        category = "Mastodon/404 - Not found",
        msg = "Record not found."
    )]
    RecordNotFound,

    /// May appear when entity creation failed.
    #[code(
        _,
        status = 422,
        name = "RecordInvalid",
        category = "Mastodon/422 - Unprocessable entity",
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
        category = "Mastodon/422 - Unprocessable entity",
        msg = "Duplicate record."
    )]
    RecordNotUnique,

    /// Appears when using an OAuth token without an authorized user (or no token at all), while trying to call an API method that requires a user to be processed.
    #[code(
        _,
        status = 422,
        name = "!current_user",
        category = "Mastodon/422 - Unprocessable entity",
        msg = "This method requires an authenticated user."
    )]
    NoCurrentUser,

    // No message on this page, unlike Mastodon's `{translated string}.`.
    /// Appears when you have exceeded the rate limit
    #[code(_, status = 429, category = "Mastodon/429 - Too many requests")]
    TooManyRequests,

    /// Check the server status
    #[code(
        _,
        status = 503,
        category = "Mastodon/503 - Remote service unavailable",
        msg = "Our services are currently not available."
    )]
    RemoteServiceUnavailable,

    // The page is cut off here: no final period.
    /// Cocam'server Classics support depends on the game. To contact our support team, please contact us
    #[code(_, category = "Cocam'server Classics")]
    ClassicsSupport,
}
