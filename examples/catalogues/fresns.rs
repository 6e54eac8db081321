//! The Fresns API error codes (seed 003), entry for entry: 252 rows in source
//! order, messages exactly as published (typos such as "Headers Error",
//! "Extend Disabled" or "token are incorrect" included).

use errcodes::ApiError;

/// Fresns error codes
///
/// # Rust
///
/// Every code Fresns documents, in the order of its page. Codes are five
/// digits, `3ABxx`: `A` is the section (0 Commons, 1 Headers, 2 Extensions,
/// 3 Systems, 4 Accounts, 5 Users, 6 Interactions, 7 Contents, 8 Editor),
/// `B` the group inside it. Each section is a category, `Section` or
/// `Section/Sub-section` where the page labels the group.
///
/// Code 0, `Successful`, is not an error but the code of a successful
/// response. It stays in the catalogue because the published table lists it,
/// so that documentation shows it and decoding knows the code; a service never
/// returns it as an error.
///
/// Fresns answers in the client's language; `locales` holds its own
/// `zh-Hans` and `zh-Hant` messages for every code, copied from its
/// `code_messages` seed.
///
/// Fresns documents no HTTP status for any code, so no entry has one
/// (`Entry::status()` is `None`). Real Fresns servers send every error with
/// HTTP 200, and so does errcodes: the `Fresns` format's default status is
/// 200, and the documentation shows each entry as "sent as 200".
#[derive(Debug, ApiError)]
#[api_error(
    format = errcodes::format::Fresns,
    // Fresns' own Simplified and Traditional Chinese messages; see the README there.
    locales = "locales/fresns",
    range = 0..=38999,
    category = "Error Codes",
    ranges(
        "Error Codes" = 0..=0,
        "Commons" = 30000..=30999,
        "Headers" = 31000..=31999,
        "Extensions" = 32000..=32999,
        "Systems" = 33000..=33999,
        "Accounts" = 34000..=34999,
        "Users" = 35000..=35999,
        "Interactions" = 36000..=36999,
        "Interactions/Role" = 36100..=36199,
        "Interactions/Mark" = 36200..=36299,
        "Interactions/Publish" = 36300..=36399,
        "Interactions/Delete" = 36400..=36499,
        "Interactions/Reset" = 36500..=36599,
        "Interactions/Conversation" = 36600..=36699,
        "Interactions/Notification" = 36700..=36799,
        "Contents" = 37000..=37999,
        "Contents/Group" = 37100..=37199,
        "Contents/Hashtag" = 37200..=37299,
        "Contents/Geotag" = 37300..=37399,
        "Contents/Post" = 37400..=37499,
        "Contents/Comment" = 37500..=37599,
        "Contents/File" = 37600..=37699,
        "Contents/Extend" = 37700..=37799,
        "Contents/Archive" = 37800..=37899,
        "Editor" = 38000..=38999,
        "Editor/Edit Validation" = 38100..=38199,
        "Editor/Check Parameter" = 38200..=38299,
    ),
)]
pub enum FresnsError {
    // Success, not an error: listed because the Fresns table lists it (see the
    // type's documentation). It keeps the page-title category "Error Codes".
    #[code(0, msg = "Successful")]
    Successful,

    #[code(30000, category = "Commons", msg = "Parameter error")]
    ParameterError,

    #[code(
        30001,
        category = "Commons",
        msg = "Parameter missing error (mandatory parameters not passed)"
    )]
    ParameterMissing,

    #[code(
        30002,
        category = "Commons",
        msg = "Parameter values do not meet the requirements (The parameter value is not the specified parameter value)"
    )]
    ParameterValueInvalid,

    #[code(
        30003,
        category = "Commons",
        msg = "The parameter value is not in a valid Json array format"
    )]
    NotJsonArray,

    #[code(
        30004,
        category = "Commons",
        msg = "The parameter value is not in a valid Json object format"
    )]
    NotJsonObject,

    #[code(
        30005,
        category = "Commons",
        msg = "The two-choice parameter value cannot be passed to both parameters"
    )]
    BothChoicesPassed,

    #[code(30006, category = "Commons", msg = "Same old and new value, no change")]
    ValueUnchanged,

    #[code(30007, category = "Commons", msg = "Can't be empty")]
    EmptyValue,

    #[code(
        30008,
        category = "Commons",
        msg = "Operation failed, please try again"
    )]
    OperationFailed,

    #[code(31000, category = "Headers", msg = "Headers Error")]
    HeadersError,

    #[code(31101, category = "Headers", msg = "Platform ID not exist")]
    PlatformIdNotFound,

    #[code(31102, category = "Headers", msg = "Platform ID and Key do not match")]
    PlatformIdKeyMismatch,

    #[code(
        31103,
        category = "Headers",
        msg = "Platform ID does not match the account or user"
    )]
    PlatformIdAccountMismatch,

    #[code(31201, category = "Headers", msg = "Version not exist")]
    VersionNotFound,

    #[code(31202, category = "Headers", msg = "Version and key do not match")]
    VersionKeyMismatch,

    #[code(
        31301,
        category = "Headers",
        msg = "App ID does not exist or is disabled"
    )]
    AppIdInvalid,

    #[code(31302, category = "Headers", msg = "Signature error")]
    SignatureInvalid,

    #[code(31303, category = "Headers", msg = "Signature expired")]
    SignatureExpired,

    #[code(
        31304,
        category = "Headers",
        msg = "The key does not have the right to request for the interface"
    )]
    KeyNotPermitted,

    #[code(
        31305,
        category = "Headers",
        msg = "Read-only key are not entitled to request for the interface"
    )]
    ReadOnlyKey,

    #[code(31401, category = "Headers", msg = "Language tag incorrect")]
    LanguageTagInvalid,

    #[code(31402, category = "Headers", msg = "Timezone incorrect")]
    TimezoneInvalid,

    #[code(
        31501,
        category = "Headers",
        msg = "Account not logged in, Unable to use (AID is empty)"
    )]
    AccountNotLoggedIn,

    #[code(31502, category = "Headers", msg = "Wrong account or record not exist")]
    AccountNotFound,

    #[code(
        31503,
        category = "Headers",
        msg = "Lost login token, Please login again (Token is empty)"
    )]
    AccountTokenMissing,

    #[code(
        31504,
        category = "Headers",
        msg = "Login token is no longer valid, please login again (Token not enabled or expired)"
    )]
    AccountTokenInvalid,

    #[code(
        31505,
        category = "Headers",
        msg = "Account login token are incorrect or do not exist (Account Token is incorrect)"
    )]
    AccountTokenIncorrect,

    #[code(
        31506,
        category = "Headers",
        msg = "Login token is incorrect or does not exist, please login again."
    )]
    LoginTokenIncorrect,

    #[code(
        31507,
        category = "Headers",
        msg = "Login token has expired, please login again."
    )]
    LoginTokenExpired,

    #[code(
        31508,
        category = "Headers",
        msg = "There are multiple users for the current account, please select a user"
    )]
    UserSelectionRequired,

    #[code(
        31601,
        category = "Headers",
        msg = "User not logged in, Unable to use (UID is empty)"
    )]
    UserNotLoggedIn,

    #[code(31602, category = "Headers", msg = "Wrong user or record not exist")]
    UserNotFound,

    #[code(
        31603,
        category = "Headers",
        msg = "User login token are incorrect or do not exist (User Token is incorrect)"
    )]
    UserTokenIncorrect,

    #[code(
        31604,
        category = "Headers",
        msg = "The current user has set a PIN, please enter the PIN to log in"
    )]
    UserPinRequired,

    #[code(
        31701,
        category = "Headers",
        msg = "Device information is not available (Device info is empty)"
    )]
    DeviceInfoMissing,

    #[code(
        31702,
        category = "Headers",
        msg = "Wrong format of device information"
    )]
    DeviceInfoMalformed,

    #[code(
        31703,
        category = "Headers",
        msg = "Missing IP information in device information"
    )]
    DeviceIpMissing,

    #[code(32100, category = "Extensions", msg = "No service provider configured")]
    NoServiceProvider,

    #[code(32101, category = "Extensions", msg = "The service provider not exist")]
    ServiceProviderNotFound,

    #[code(
        32102,
        category = "Extensions",
        msg = "The service provider not enabled"
    )]
    ServiceProviderDisabled,

    #[code(
        32103,
        category = "Extensions",
        msg = "Service provider config parameter is empty"
    )]
    ServiceProviderConfigEmpty,

    #[code(
        32104,
        category = "Extensions",
        msg = "S3 uploads are not supported by the storage provider"
    )]
    S3UploadUnsupported,

    #[code(
        32105,
        category = "Extensions",
        msg = "Storage service provider configuration exception, temporarily unable to upload file"
    )]
    StorageConfigError,

    #[code(32201, category = "Extensions", msg = "Wrong ID or record not exist")]
    RecordIdNotFound,

    #[code(
        32202,
        category = "Extensions",
        msg = "Abnormal data: failed to be queried or data duplicated."
    )]
    AbnormalData,

    #[code(
        32203,
        category = "Extensions",
        msg = "Record expired and invalid. Please try again."
    )]
    RecordExpired,

    #[code(32204, category = "Extensions", msg = "Record used. Please try again.")]
    RecordUsedRetry,

    #[code(
        32205,
        category = "Extensions",
        msg = "Record used. Can no longer be used."
    )]
    RecordUsed,

    #[code(32206, category = "Extensions", msg = "Record content is empty")]
    RecordContentEmpty,

    #[code(
        32301,
        category = "Extensions",
        msg = "No response from the service provider"
    )]
    ServiceProviderNoResponse,

    #[code(
        32302,
        category = "Extensions",
        msg = "Service provider processing failed"
    )]
    ServiceProviderFailed,

    #[code(
        32303,
        category = "Extensions",
        msg = "Callback error: data lost or wrong record"
    )]
    CallbackError,

    #[code(
        32304,
        category = "Extensions",
        msg = "Abnormal execution: file lost or wrong record"
    )]
    AbnormalExecution,

    #[code(
        33100,
        category = "Systems",
        msg = "This interface or version has been disabled by the system and cannot be requested"
    )]
    InterfaceDisabled,

    #[code(
        33101,
        category = "Systems",
        msg = "Request for the interface is forbidden under private mode"
    )]
    PrivateModeForbidden,

    #[code(33102, category = "Systems", msg = "Site mode configuration error")]
    SiteModeConfigError,

    #[code(
        33200,
        category = "Systems",
        msg = "Verify code template unavailable or not exist"
    )]
    VerifyCodeTemplateUnavailable,

    #[code(
        33201,
        category = "Systems",
        msg = "Send the Verify code too often, please try again later"
    )]
    VerifyCodeTooFrequent,

    #[code(33202, category = "Systems", msg = "Verify code cannot be empty")]
    VerifyCodeEmpty,

    #[code(33203, category = "Systems", msg = "Verify code incorrect or expired")]
    VerifyCodeInvalid,

    #[code(
        33301,
        category = "Systems",
        msg = "Content contains system banned words, please modify before submitting"
    )]
    SystemBannedWords,

    #[code(
        33302,
        category = "Systems",
        msg = "The length of the content exceeds the system limit, please reduce it and submit again"
    )]
    SystemLengthLimit,

    #[code(33400, category = "Systems", msg = "IP error, not a valid IP address")]
    IpInvalid,

    #[code(
        33401,
        category = "Systems",
        msg = "The IP is abnormal and the details are not available"
    )]
    IpAbnormal,

    #[code(
        33402,
        category = "Systems",
        msg = "The IP cannot be queried for details"
    )]
    IpUnqueryable,

    #[code(
        33403,
        category = "Systems",
        msg = "The IP has been disabled and the system cannot provide service"
    )]
    IpDisabled,

    #[code(33404, category = "Systems", msg = "The IP is unknown.")]
    IpUnknown,

    #[code(34100, category = "Accounts", msg = "Account cannot be empty")]
    AccountEmpty,

    #[code(34101, category = "Accounts", msg = "Email incorrect")]
    EmailInvalid,

    #[code(34102, category = "Accounts", msg = "Phone number incorrect")]
    PhoneInvalid,

    #[code(34103, category = "Accounts", msg = "Country calling code error")]
    CountryCodeInvalid,

    #[code(
        34104,
        category = "Accounts",
        msg = "The new password entered twice does not match"
    )]
    PasswordMismatch,

    #[code(34105, category = "Accounts", msg = "Password length incorrect")]
    PasswordLength,

    #[code(34106, category = "Accounts", msg = "Password should contain numbers")]
    PasswordNeedsNumbers,

    #[code(
        34107,
        category = "Accounts",
        msg = "Password should contain lowercase letters"
    )]
    PasswordNeedsLowercase,

    #[code(
        34108,
        category = "Accounts",
        msg = "Password should contain uppercase letters"
    )]
    PasswordNeedsUppercase,

    #[code(34109, category = "Accounts", msg = "Password should contain symbols")]
    PasswordNeedsSymbols,

    #[code(
        34110,
        category = "Accounts",
        msg = "Email that do not support the domain"
    )]
    EmailDomainUnsupported,

    #[code(34111, category = "Accounts", msg = "Password cannot be empty")]
    PasswordEmpty,

    #[code(
        34112,
        category = "Accounts",
        msg = "Password or verify code cannot be empty"
    )]
    PasswordOrVerifyCodeEmpty,

    #[code(34113, category = "Accounts", msg = "Birthday cannot be empty")]
    BirthdayEmpty,

    #[code(
        34114,
        category = "Accounts",
        msg = "We are sorry, but according to our Terms of Use, you are not of legal age to use our services. This is to ensure that we comply with applicable laws and to protect the safety of all our users."
    )]
    UnderLegalAge,

    #[code(
        34201,
        category = "Accounts",
        msg = "This registration channel has been closed and account registration through this function is prohibited"
    )]
    RegistrationClosed,

    #[code(
        34202,
        category = "Accounts",
        msg = "Registration with Email not supported"
    )]
    EmailRegistrationUnsupported,

    #[code(
        34203,
        category = "Accounts",
        msg = "Registration with Phone number not supported"
    )]
    PhoneRegistrationUnsupported,

    #[code(34204, category = "Accounts", msg = "The account has registered")]
    AccountRegistered,

    #[code(34205, category = "Accounts", msg = "Email has been used")]
    EmailUsed,

    #[code(34206, category = "Accounts", msg = "Phone number has been used")]
    PhoneUsed,

    #[code(34207, category = "Accounts", msg = "Login with Email not supported")]
    EmailLoginUnsupported,

    #[code(
        34208,
        category = "Accounts",
        msg = "Login with Phone number not supported"
    )]
    PhoneLoginUnsupported,

    #[code(34301, category = "Accounts", msg = "Account not exist")]
    AccountNotExist,

    #[code(34302, category = "Accounts", msg = "Email not exist")]
    EmailNotExist,

    #[code(34303, category = "Accounts", msg = "Phone number not exist")]
    PhoneNotExist,

    #[code(34304, category = "Accounts", msg = "Incorrect account password")]
    AccountPasswordIncorrect,

    #[code(
        34305,
        category = "Accounts",
        msg = "Incorrect account or wrong password"
    )]
    AccountOrPasswordIncorrect,

    #[code(
        34306,
        category = "Accounts",
        msg = "The error has exceeded the system limit. Please log in again 1 hour later"
    )]
    LoginAttemptsExceeded,

    #[code(34307, category = "Accounts", msg = "Current account disabled")]
    AccountDisabled,

    #[code(34308, category = "Accounts", msg = "The account has been logged out")]
    AccountLoggedOut,

    #[code(34401, category = "Accounts", msg = "Email bound")]
    EmailBound,

    #[code(34402, category = "Accounts", msg = "Phone bound")]
    PhoneBound,

    #[code(
        34403,
        category = "Accounts",
        msg = "Connect account error (Connected Token already exists)"
    )]
    ConnectTokenExists,

    #[code(34404, category = "Accounts", msg = "Connect token is disabled")]
    ConnectTokenDisabled,

    #[code(
        34405,
        category = "Accounts",
        msg = "You have already connected an account and cannot connect it again."
    )]
    AlreadyConnected,

    #[code(
        34406,
        category = "Accounts",
        msg = "Your account is not set up with an email and phone number, so after you are disconnected your account will be empty, and you will not be able to log in, so disconnect is disabled."
    )]
    DisconnectDisabled,

    #[code(
        34501,
        category = "Accounts",
        msg = "Account wallet not exist or disabled"
    )]
    WalletUnavailable,

    #[code(
        34502,
        category = "Accounts",
        msg = "Account wallet password is incorrect"
    )]
    WalletPasswordIncorrect,

    #[code(
        34503,
        category = "Accounts",
        msg = "The counterparty wallet not exist or disabled"
    )]
    CounterpartyWalletUnavailable,

    #[code(
        34504,
        category = "Accounts",
        msg = "Wallet balance is not allowed to make payment"
    )]
    WalletBalanceInsufficient,

    #[code(
        34505,
        category = "Accounts",
        msg = "The counterparty wallet balance is not allowed to make payment"
    )]
    CounterpartyBalanceInsufficient,

    #[code(
        34506,
        category = "Accounts",
        msg = "The closing balance not match with the wallet limit"
    )]
    ClosingBalanceOverLimit,

    #[code(
        34507,
        category = "Accounts",
        msg = "The closing balance of the counterparty does not match with the wallet limit"
    )]
    CounterpartyClosingBalanceOverLimit,

    #[code(
        35100,
        category = "Users",
        msg = "User UID or username cannot be empty"
    )]
    UserIdEmpty,

    #[code(
        35101,
        category = "Users",
        msg = "Could only be modified once within the specified number of days"
    )]
    ModifiedTooRecently,

    #[code(
        35102,
        category = "Users",
        msg = "Your username can only contain letters, numbers and single hyphens"
    )]
    UsernameCharacters,

    #[code(35103, category = "Users", msg = "Username length incorrect")]
    UsernameLength,

    #[code(
        35104,
        category = "Users",
        msg = "Username does not meet the minimum length requirement"
    )]
    UsernameTooShort,

    #[code(
        35105,
        category = "Users",
        msg = "That username has been taken. Please choose another."
    )]
    UsernameTaken,

    #[code(35106, category = "Users", msg = "The username contains block words")]
    UsernameBlockWords,

    #[code(
        35107,
        category = "Users",
        msg = "Consider using a nickname without special characters so it’s accessible to even more people, including people who are blind or have low vision."
    )]
    NicknameSpecialCharacters,

    #[code(35108, category = "Users", msg = "Nickname length incorrect")]
    NicknameLength,

    #[code(
        35109,
        category = "Users",
        msg = "Nickname does not meet the minimum length requirement"
    )]
    NicknameTooShort,

    #[code(35110, category = "Users", msg = "The nickname contains block words")]
    NicknameBlockWords,

    #[code(
        35111,
        category = "Users",
        msg = "That nickname has been taken. Please choose another."
    )]
    NicknameTaken,

    #[code(
        35201,
        category = "Users",
        msg = "Current user not exist or not belong to the current account"
    )]
    CurrentUserNotFound,

    #[code(35202, category = "Users", msg = "Current user disabled")]
    CurrentUserDisabled,

    #[code(35203, category = "Users", msg = "The user has been logged out")]
    UserLoggedOut,

    #[code(35204, category = "Users", msg = "Incorrect User PIN")]
    UserPinIncorrect,

    #[code(
        35301,
        category = "Users",
        msg = "Current user has no right to request"
    )]
    UserNoRight,

    #[code(
        35302,
        category = "Users",
        msg = "The user has expired and has no right to use the function"
    )]
    UserExpired,

    #[code(
        35303,
        category = "Users",
        msg = "User has expired and is not entitled to view current content"
    )]
    UserExpiredContent,

    #[code(
        35304,
        category = "Users",
        msg = "The content belongs to the new content after the expiration date, the current user has expired and does not have the right to view"
    )]
    UserExpiredNewContent,

    #[code(
        35305,
        category = "Users",
        msg = "You cannot specify a user to view the content"
    )]
    UserNotSpecifiable,

    #[code(
        35306,
        category = "Users",
        msg = "The system has been opened in private mode, the current user has no authorization information"
    )]
    PrivateModeUnauthorized,

    #[code(
        35400,
        category = "Users",
        msg = "None of the selected users are eligible, the content is empty"
    )]
    NoEligibleUsers,

    #[code(
        36100,
        category = "Interactions/Role",
        msg = "Wrong role or record not exist"
    )]
    RoleNotFound,

    #[code(
        36101,
        category = "Interactions/Role",
        msg = "Current role not configured with permissions. Please contact the administrator to confirm."
    )]
    RoleNoPermissions,

    #[code(
        36102,
        category = "Interactions/Role",
        msg = "Current role has no right to make request"
    )]
    RoleNoRequestRight,

    #[code(
        36103,
        category = "Interactions/Role",
        msg = "Current role has no right to browse"
    )]
    RoleNoBrowseRight,

    #[code(
        36104,
        category = "Interactions/Role",
        msg = "Current role has no right to publish content"
    )]
    RoleNoPublishRight,

    #[code(
        36105,
        category = "Interactions/Role",
        msg = "There is a time limit for the current role to publish content. Please try again within specific time"
    )]
    RolePublishTimeLimit,

    #[code(
        36106,
        category = "Interactions/Role",
        msg = "Current role has to have an email bound before publishing content"
    )]
    RoleNeedsEmail,

    #[code(
        36107,
        category = "Interactions/Role",
        msg = "Current role has to have a mobile phone number bound before publishing content"
    )]
    RoleNeedsPhone,

    #[code(
        36108,
        category = "Interactions/Role",
        msg = "KYC verify is required for current role to publish content"
    )]
    RoleNeedsKyc,

    #[code(
        36109,
        category = "Interactions/Role",
        msg = "Current role has no right to upload images"
    )]
    RoleNoImageUpload,

    #[code(
        36110,
        category = "Interactions/Role",
        msg = "Current role has no right to upload videos"
    )]
    RoleNoVideoUpload,

    #[code(
        36111,
        category = "Interactions/Role",
        msg = "Current role has no right to upload audios"
    )]
    RoleNoAudioUpload,

    #[code(
        36112,
        category = "Interactions/Role",
        msg = "Current role has no right to upload files"
    )]
    RoleNoFileUpload,

    #[code(
        36113,
        category = "Interactions/Role",
        msg = "File size exceeds the set limit"
    )]
    FileTooLarge,

    #[code(
        36114,
        category = "Interactions/Role",
        msg = "File time length exceeds the set limit"
    )]
    FileTooLong,

    #[code(
        36115,
        category = "Interactions/Role",
        msg = "The number of files exceeds the set limit"
    )]
    TooManyFiles,

    #[code(
        36116,
        category = "Interactions/Role",
        msg = "Current role has no conversation message permission"
    )]
    RoleNoConversation,

    #[code(
        36117,
        category = "Interactions/Role",
        msg = "The current role has reached the upper limit of today download, please download again tomorrow."
    )]
    RoleDownloadLimit,

    #[code(
        36118,
        category = "Interactions/Role",
        msg = "The current number of characters has reached the maximum number and cannot be added"
    )]
    CharacterLimit,

    #[code(
        36119,
        category = "Interactions/Role",
        msg = "Publish too fast, please post again at intervals. Please check the current role settings for details"
    )]
    PublishTooFast,

    #[code(
        36120,
        category = "Interactions/Role",
        msg = "The daily publish limit has been reached, please publish again tomorrow"
    )]
    DailyPublishLimit,

    #[code(
        36200,
        category = "Interactions/Mark",
        msg = "This feature is not open and cannot be operated"
    )]
    FeatureNotOpen,

    #[code(
        36201,
        category = "Interactions/Mark",
        msg = "The content is not open and cannot be viewed"
    )]
    ContentNotOpen,

    #[code(
        36202,
        category = "Interactions/Mark",
        msg = "Cannot operate on yourself or your published content"
    )]
    CannotMarkSelf,

    #[code(
        36300,
        category = "Interactions/Publish",
        msg = "Only the specified method of publication is supported, and this interface prohibits requests"
    )]
    PublishMethodUnsupported,

    #[code(
        36301,
        category = "Interactions/Publish",
        msg = "Please have your email bound before publishing content"
    )]
    PublishNeedsEmail,

    #[code(
        36302,
        category = "Interactions/Publish",
        msg = "Please have your mobile phone number bound before publishing content"
    )]
    PublishNeedsPhone,

    #[code(
        36303,
        category = "Interactions/Publish",
        msg = "Please go through the KYC verify process before publishing content"
    )]
    PublishNeedsKyc,

    #[code(
        36304,
        category = "Interactions/Publish",
        msg = "The system has time limit for content publishing. Please try again within specified time"
    )]
    PublishTimeLimit,

    #[code(
        36305,
        category = "Interactions/Publish",
        msg = "Post cannot be edited after publication"
    )]
    PostNotEditable,

    #[code(
        36306,
        category = "Interactions/Publish",
        msg = "Comment can not be edited after publish"
    )]
    CommentNotEditable,

    #[code(
        36307,
        category = "Interactions/Publish",
        msg = "Editing not allowed for top contents"
    )]
    TopContentNotEditable,

    #[code(
        36308,
        category = "Interactions/Publish",
        msg = "Editing not allowed for highlighted contents"
    )]
    HighlightedContentNotEditable,

    #[code(
        36309,
        category = "Interactions/Publish",
        msg = "Editable time expired"
    )]
    EditTimeExpired,

    #[code(
        36310,
        category = "Interactions/Publish",
        msg = "This extension of file can not be uploaded"
    )]
    FileExtensionNotAllowed,

    #[code(
        36311,
        category = "Interactions/Publish",
        msg = "Current user does not have the post permission of the group"
    )]
    GroupPostForbidden,

    #[code(
        36312,
        category = "Interactions/Publish",
        msg = "Current user does not have the comment permission of the group"
    )]
    GroupCommentForbidden,

    #[code(
        36313,
        category = "Interactions/Publish",
        msg = "The current group is closed for publication"
    )]
    GroupPublishClosed,

    #[code(
        36314,
        category = "Interactions/Publish",
        msg = "This comment type does not allow editing"
    )]
    CommentTypeNotEditable,

    #[code(
        36400,
        category = "Interactions/Delete",
        msg = "Failed to delete. Content error or not exist"
    )]
    DeleteFailed,

    #[code(
        36401,
        category = "Interactions/Delete",
        msg = "The content can not be deleted"
    )]
    ContentNotDeletable,

    #[code(
        36402,
        category = "Interactions/Delete",
        msg = "The resource is being used and deletion is not allowed"
    )]
    ResourceInUse,

    #[code(
        36403,
        category = "Interactions/Delete",
        msg = "You can only delete your own content"
    )]
    DeleteOwnContentOnly,

    #[code(
        36404,
        category = "Interactions/Delete",
        msg = "Not allowed to delete in the review, please withdraw the review and then delete"
    )]
    DeleteUnderReview,

    #[code(
        36405,
        category = "Interactions/Delete",
        msg = "Content has been published, the draft can no longer operate, if you need to delete please delete the published content"
    )]
    DraftPublished,

    #[code(
        36500,
        category = "Interactions/Reset",
        msg = "Operation failed. Please confirm that you are the author"
    )]
    ResetNotAuthor,

    #[code(
        36501,
        category = "Interactions/Reset",
        msg = "There is no need to withdraw the content, for it is not being reviewed"
    )]
    ResetNotUnderReview,

    #[code(
        36600,
        category = "Interactions/Conversation",
        msg = "Conversation function is not enabled and cannot be used"
    )]
    ConversationDisabled,

    #[code(
        36601,
        category = "Interactions/Conversation",
        msg = "Conversation exception or non-existent"
    )]
    ConversationNotFound,

    #[code(
        36602,
        category = "Interactions/Conversation",
        msg = "The conversation does not belong to the current user"
    )]
    ConversationNotOwned,

    #[code(
        36603,
        category = "Interactions/Conversation",
        msg = "You can not send messages to yourself"
    )]
    MessageToSelf,

    // `[file]` and `[text]` are literal text, not placeholders.
    #[code(
        36604,
        category = "Interactions/Conversation",
        msg = "Each message should be either [file] or [text]"
    )]
    MessageFileOrText,

    #[code(
        36605,
        category = "Interactions/Conversation",
        msg = "The message could not be sent for the block words it contains"
    )]
    MessageBlockWords,

    #[code(
        36606,
        category = "Interactions/Conversation",
        msg = "The user they set that only the users he follows can send messages"
    )]
    MessagesFromFollowedOnly,

    #[code(
        36607,
        category = "Interactions/Conversation",
        msg = "The user they set that only the users he follows and the verified users can send messages"
    )]
    MessagesFromFollowedOrVerifiedOnly,

    #[code(
        36608,
        category = "Interactions/Conversation",
        msg = "The other party they set the conversation off function"
    )]
    ConversationsOff,

    #[code(
        36609,
        category = "Interactions/Conversation",
        msg = "Only your own conversation messages could be deleted."
    )]
    DeleteOwnMessagesOnly,

    #[code(
        36700,
        category = "Interactions/Notification",
        msg = "Notification exception or non-existent"
    )]
    NotificationNotFound,

    #[code(
        36701,
        category = "Interactions/Notification",
        msg = "The notification does not belong to the current user"
    )]
    NotificationNotOwned,

    #[code(
        36702,
        category = "Interactions/Notification",
        msg = "Only your own notification messages could be deleted."
    )]
    DeleteOwnNotificationsOnly,

    #[code(
        37100,
        category = "Contents/Group",
        msg = "Wrong group or record not exist"
    )]
    GroupNotFound,

    #[code(37101, category = "Contents/Group", msg = "Group disabled")]
    GroupDisabled,

    #[code(
        37102,
        category = "Contents/Group",
        msg = "None of the selected groups are eligible, the content is empty"
    )]
    NoEligibleGroups,

    #[code(
        37103,
        category = "Contents/Group",
        msg = "Only members can view this group."
    )]
    GroupMembersOnly,

    #[code(
        37104,
        category = "Contents/Group",
        msg = "Only members can see who's in the group and what they post."
    )]
    GroupMembersOnlyContent,

    #[code(
        37105,
        category = "Contents/Group",
        msg = "The current user disabled from viewing the content of this group"
    )]
    GroupUserDisabled,

    #[code(
        37106,
        category = "Contents/Group",
        msg = "The service has expired and cannot be viewed and interacted with in this group"
    )]
    GroupServiceExpired,

    #[code(
        37107,
        category = "Contents/Group",
        msg = "Service has expired, can't view new content"
    )]
    ServiceExpired,

    #[code(
        37200,
        category = "Contents/Hashtag",
        msg = "Wrong hashtag or record not exist"
    )]
    HashtagNotFound,

    #[code(37201, category = "Contents/Hashtag", msg = "Hashtag disabled")]
    HashtagDisabled,

    #[code(
        37202,
        category = "Contents/Hashtag",
        msg = "None of the selected hashtags are eligible, the content is empty"
    )]
    NoEligibleHashtags,

    #[code(
        37300,
        category = "Contents/Geotag",
        msg = "Wrong geotag or record not exist"
    )]
    GeotagNotFound,

    #[code(37301, category = "Contents/Geotag", msg = "Geotag disabled")]
    GeotagDisabled,

    #[code(
        37302,
        category = "Contents/Geotag",
        msg = "None of the selected geotags are eligible, the content is empty"
    )]
    NoEligibleGeotags,

    #[code(
        37400,
        category = "Contents/Post",
        msg = "Wrong post or record not exist"
    )]
    PostNotFound,

    #[code(37401, category = "Contents/Post", msg = "Post disabled")]
    PostDisabled,

    #[code(
        37402,
        category = "Contents/Post",
        msg = "Wrong post log or record not exist"
    )]
    PostLogNotFound,

    #[code(37403, category = "Contents/Post", msg = "Post log suspended")]
    PostLogSuspended,

    #[code(
        37404,
        category = "Contents/Post",
        msg = "The content could not be accessed without authorization"
    )]
    ContentUnauthorized,

    #[code(
        37500,
        category = "Contents/Comment",
        msg = "Wrong comment or record not exist"
    )]
    CommentNotFound,

    #[code(37501, category = "Contents/Comment", msg = "Comment disabled")]
    CommentDisabled,

    #[code(
        37502,
        category = "Contents/Comment",
        msg = "Wrong comment log or record not exist"
    )]
    CommentLogNotFound,

    #[code(37503, category = "Contents/Comment", msg = "Comment log suspended")]
    CommentLogSuspended,

    #[code(
        37504,
        category = "Contents/Comment",
        msg = "Comments are only visible to the author of the post"
    )]
    CommentsAuthorOnly,

    #[code(
        37505,
        category = "Contents/Comment",
        msg = "The post has timed out and no longer shows comments"
    )]
    CommentsTimedOut,

    #[code(
        37600,
        category = "Contents/File",
        msg = "Wrong file or record not exist"
    )]
    FileNotFound,

    #[code(37601, category = "Contents/File", msg = "File disabled")]
    FileDisabled,

    #[code(
        37602,
        category = "Contents/File",
        msg = "You are not authorized to edit this file."
    )]
    FileEditUnauthorized,

    #[code(
        37700,
        category = "Contents/Extend",
        msg = "Wrong extend content or record not exist"
    )]
    ExtendNotFound,

    #[code(37701, category = "Contents/Extend", msg = "Extend Disabled")]
    ExtendDisabled,

    #[code(37702, category = "Contents/Extend", msg = "Extend key does not exist")]
    ExtendKeyNotFound,

    #[code(
        37800,
        category = "Contents/Archive",
        msg = "Wrong archive content or record not exist"
    )]
    ArchiveNotFound,

    #[code(
        37801,
        category = "Contents/Archive",
        msg = "Archive configuration disabled"
    )]
    ArchiveDisabled,

    #[code(
        37802,
        category = "Contents/Archive",
        msg = "Archive configuration mismatch"
    )]
    ArchiveMismatch,

    #[code(
        38100,
        category = "Editor/Edit Validation",
        msg = "Draft ID is incorrect or does not exist"
    )]
    DraftNotFound,

    #[code(
        38101,
        category = "Editor/Edit Validation",
        msg = "The content is being reviewed and can not be edited"
    )]
    UnderReviewNotEditable,

    #[code(
        38102,
        category = "Editor/Edit Validation",
        msg = "The content has been published and can not be edited"
    )]
    PublishedNotEditable,

    #[code(
        38103,
        category = "Editor/Edit Validation",
        msg = "Content being reviewed can not be submitted again"
    )]
    UnderReviewNotSubmittable,

    #[code(
        38104,
        category = "Editor/Edit Validation",
        msg = "Content being published can not be submitted again"
    )]
    PublishedNotSubmittable,

    #[code(
        38105,
        category = "Editor/Edit Validation",
        msg = "Failed to create draft comment. Only first-level comment can create draft"
    )]
    DraftCommentNotFirstLevel,

    #[code(
        38106,
        category = "Editor/Edit Validation",
        msg = "Draft creation failed, draft box is full, please organize and create again"
    )]
    DraftBoxFull,

    #[code(
        38107,
        category = "Editor/Edit Validation",
        msg = "Comment failed, belongs to the post or has been deleted"
    )]
    CommentTargetGone,

    #[code(
        38108,
        category = "Editor/Edit Validation",
        msg = "Comment failed, the post belongs to the comment function has been closed"
    )]
    PostCommentsClosed,

    #[code(
        38109,
        category = "Editor/Edit Validation",
        msg = "The author of the post has made the comment private, do not support separate reconfiguration of comments"
    )]
    PostCommentsPrivate,

    #[code(
        38200,
        category = "Editor/Check Parameter",
        msg = "Content has been submitted, pending review and approval before official publication"
    )]
    PendingReview,

    #[code(
        38201,
        category = "Editor/Check Parameter",
        msg = "The existence of content to be audited, the system does not allow the simultaneous submission of two pieces of content for review, to be submitted after the end of the audit"
    )]
    ReviewInProgress,

    #[code(
        38202,
        category = "Editor/Check Parameter",
        msg = "Title cannot be empty"
    )]
    TitleEmpty,

    #[code(
        38203,
        category = "Editor/Check Parameter",
        msg = "The title is too long and has exceeded the length limit"
    )]
    TitleTooLong,

    #[code(
        38204,
        category = "Editor/Check Parameter",
        msg = "The content cannot be empty, please write the content and then publish"
    )]
    ContentEmpty,

    #[code(
        38205,
        category = "Editor/Check Parameter",
        msg = "The content is too long and has exceeded the length limit"
    )]
    ContentTooLong,

    #[code(
        38206,
        category = "Editor/Check Parameter",
        msg = "There are banned words in the title, please modify it before publishing"
    )]
    TitleBannedWords,

    #[code(
        38207,
        category = "Editor/Check Parameter",
        msg = "There are banned words in the content, please revise before publishing"
    )]
    ContentBannedWords,

    #[code(
        38208,
        category = "Editor/Check Parameter",
        msg = "Group cannot be empty, please select group"
    )]
    GroupEmpty,

    #[code(
        38209,
        category = "Editor/Check Parameter",
        msg = "The author has set only the users he follows to comment"
    )]
    CommentsFromFollowedOnly,

    #[code(
        38210,
        category = "Editor/Check Parameter",
        msg = "The author has set only the users he follows and the verified users can comment"
    )]
    CommentsFromFollowedOrVerifiedOnly,

    #[code(
        38211,
        category = "Editor/Check Parameter",
        msg = "The author has turned off the comment function"
    )]
    CommentsOff,

    #[code(
        38212,
        category = "Editor/Check Parameter",
        msg = "Only users mentioned by the author can comment"
    )]
    CommentsMentionedOnly,
}
