//! The Kakao Game SDK result codes (seed 004), entry for entry: 38 rows in
//! source order.

use errcodes::ApiError;

/// Kakao Game SDK result codes
///
/// # Rust
///
/// The three-digit codes are HTTP-like server results and carry their code
/// as status, including the unregistered 461, 473, 483 and 493 (473 replaced
/// 503; older servers may still send 503). The four-digit codes are SDK
/// codes, many of them raised on the device, and have no status.
///
/// 406 is used by two entries (`NotExistData`, `AlreadyUsedIdpAccount`), both
/// marked `shared`: `from_code(406)` answers `None` and the name tells them
/// apart.
///
/// `200 Success` is not an error but the result of a successful call. It
/// stays in the catalogue because the published table lists it, so that
/// documentation shows it and decoding knows the code; a service never
/// returns it as an error.
///
/// 483 `NotAllowed` and 493 `AccountCreationLimit` are published with no text
/// at all: their message is empty and `Display` prints the name.
///
/// Kakao's page is a plain table; it has no categories and documents no
/// body shape.
#[derive(Debug, ApiError)]
// Kakao documents no body shape: the default format, named to say it was chosen.
#[api_error(format = errcodes::format::Plain, range = 200..=9999)]
pub enum KakaoGameError {
    // Success, not an error: listed because the Kakao table lists it.
    #[code(200, status = 200, name = "Success", msg = "Successful")]
    Success,

    /// An invalid request has been sent to the server. (Unparsed data. Missing required parameters or parameter type error)
    #[code(400, status = 400, name = "BadRequest", msg = "Bad request")]
    BadRequest,

    /// The access token of the IDP delivered during automatic or manual login is not valid.
    #[code(
        401,
        status = 401,
        name = "AuthFailure",
        msg = "Authentication failrue"
    )]
    AuthFailure,

    /// The request was sent by an unauthorized user. ex) During the CBT period, you can restrict access to certain users only
    #[code(403, status = 403, name = "Forbidden", msg = "Forbidden request")]
    Forbidden,

    /// A server API which does not exist was called.
    #[code(404, status = 404, name = "NotFound", msg = "Unsupported function")]
    NotFound,

    // 406 is used twice; the name, not the code, tells the two apart.
    /// Example) Actions such as registration of a coupon which does not exist. Example) The account which requested account conversion is already registered in the game.
    #[code(
        406,
        status = 406,
        name = "NotExistData",
        msg = "The requested data does not exist or the request is out of the authorized scope.",
        shared
    )]
    NotExistData,

    #[code(
        406,
        status = 406,
        name = "AlreadyUsedIdpAccount",
        msg = "Account conversion was attempted using an account which has already been authenticated by someone else.",
        shared
    )]
    AlreadyUsedIdpAccount,

    /// An attempt was made to register again data which cannot be overridden.
    #[code(409, status = 409, name = "ConflictData", msg = "Data overlap")]
    ConflictData,

    #[code(461, status = 461, name = "Punishment", msg = "User punishment")]
    Punishment,

    /// Platform service is not available. (platform server maintenance, etc.) Changed from 503 to 473.
    // "Changed from 503 to 473": older servers still send 503, which decoding accepts.
    #[code(
        473,
        status = 473,
        also_status = 503,
        name = "ServiceUnavailable",
        msg = "Service unavailable (maintenance)"
    )]
    ServiceUnavailable,

    // Published with an empty message: `Display` prints the name, "NotAllowed".
    #[code(483, status = 483, name = "NotAllowed")]
    NotAllowed,

    // Published with an empty message: `Display` prints the name.
    #[code(493, status = 493, name = "AccountCreationLimit")]
    AccountCreationLimit,

    /// An error occurred insider the server.
    #[code(
        500,
        status = 500,
        name = "InternalError",
        msg = "Server system internal error"
    )]
    InternalError,

    /// The device is not connected to a network (3g/lte/wifi)
    #[code(1001, name = "NetworkFailure", msg = "Network error")]
    NetworkFailure,

    /// No response from server for a certain period of time (currently 10 seconds)
    #[code(2001, name = "ServerTimeout", msg = "Server timeout")]
    ServerTimeout,

    /// An exception occurred while the server response is being processed.
    #[code(2002, name = "ServerException", msg = "Exception in server action")]
    ServerException,

    /// The server sent an invalid response.
    #[code(
        2003,
        name = "InvalidResponse",
        msg = "Invalid response from the server"
    )]
    InvalidResponse,

    /// This error occurs when session is disconnected while waiting for a response after a request is sent through the session server (due to network switch, etc).
    #[code(
        2004,
        name = "ConnectionFailed",
        msg = "(Session)Access to the server failed, or session disconnected while waiting for session server response."
    )]
    ConnectionFailed,

    /// Platform initialization failed. It means that there is an issue with platform environment setting, and the issue can be checked from the error message description.
    #[code(3000, name = "InitializationFailed", msg = "Initialization failed")]
    InitializationFailed {
        /// The error message description the issue can be checked from.
        ///
        /// # Rust
        ///
        /// The platform's own explanation travels in the body as `detail`,
        /// beside the published message, which `Display` keeps as it is so
        /// that text and catalogue agree. It is text from the SDK, not an error
        /// value, so it is not a `#[source]`.
        #[body]
        detail: String,
    },

    /// An API other than initialize/start is called when the platform is not initialized.
    #[code(3001, name = "NotInitialized", msg = "Not initialized")]
    NotInitialized,

    /// An API other than lifeycle/authentication API is called without authentication
    #[code(3002, name = "NotAuthorized", msg = "Not authorized")]
    NotAuthorized,

    /// The parameter which is delivered when the API is called has an error.
    #[code(4000, name = "InvalidParameter", msg = "Parameter error")]
    InvalidParameter,

    /// An error occurred in client SDK action.
    #[code(4001, name = "ClientException", msg = "Error in client action")]
    ClientException,

    /// Example) The current authentication is not for device authentication when an account conversion is requested. Example)The user calls the KakaoStory API although the user is not a KakaoStory user.
    #[code(4002, name = "InvalidState", msg = "Request cannot be processed.")]
    InvalidState,

    /// start api is called while start api is in progress. login api is called while start api is in progress. login api is called while login api is in progress.
    #[code(4003, name = "InProgress", msg = "Request in progress")]
    InProgress,

    /// An authentication error occurred in IDP (Kakao/Facebook/Google).
    #[code(4010, name = "IdpAuthFailure", msg = "IDP authenticatino failed")]
    IdpAuthFailure,

    /// A coupon API is used in a channeling game. The Kakao API is used after the device authentication is completed.
    #[code(5001, name = "NotSupported", msg = "Not supported")]
    NotSupported,

    /// The API requested through interface broker does not exist.
    #[code(6001, name = "APINotExists", msg = "The requested API does not exist.")]
    APINotExists,

    #[code(
        7001,
        name = "ExceedMonthlyUsage",
        msg = "Monthly usage limit has been reached."
    )]
    ExceedMonthlyUsage,

    #[code(
        7002,
        name = "ExceedDailyUsage",
        msg = "Daily usage limit has been reached."
    )]
    ExceedDailyUsage,

    #[code(
        7003,
        name = "ExceedMaxUploadSize",
        msg = "Maximum upload size has been reached."
    )]
    ExceedMaxUploadSize,

    #[code(
        7004,
        name = "ExceedMaxUploadNumber",
        msg = "Maximum upload number has been reached."
    )]
    ExceedMaxUploadNumber,

    #[code(
        7101,
        name = "MessageSettingDisabled",
        msg = "The recipient’s message setting is disabled."
    )]
    MessageSettingDisabled,

    #[code(
        7201,
        name = "KakaoTalkNotInstalled",
        msg = "Kakaotalk is not Installed."
    )]
    KakaoTalkNotInstalled,

    #[code(7202, name = "NotKakaoTalkUser", msg = "Not a kakaotalk user.")]
    NotKakaoTalkUser,

    /// Cancellation by the user occurred in actions requiring user interaction such as IDP authentication and coupon registration.
    #[code(9001, name = "UserCanceled", msg = "Cancelled by user.")]
    UserCanceled,

    /// The app was force closed due to maintenance, update, etc. It is not significant in games because it is processed by the platform itself.
    #[code(9900, name = "AppTerminate", msg = "App terminated")]
    AppTerminate,

    // Catch-all of the SDK.
    /// An error occurred in an unexpected place.
    #[code(9999, name = "Unknown", msg = "Unknown error")]
    Unknown,
}
