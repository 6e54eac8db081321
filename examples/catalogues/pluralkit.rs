//! The PluralKit API v2 JSON error codes (seed 002), entry for entry: 29 rows
//! in source order.

use errcodes::ApiError;

/// PluralKit API error codes
///
/// When something goes wrong, the API will send back a 4xx HTTP status code,
/// along with a JSON object describing the error.
///
/// Error Object (the items of `errors`, code 40001):
///
/// | key | type | description |
/// |---|---|---|
/// | `message` | string | error description |
/// | `?max_length` | int | if this is an error indicating a key is too long, the maximum allowed length for the key |
/// | `?actual_length` | int | if this is an error indicating a key is too long, the length of the provided value |
///
/// # Rust
///
/// Code 0 is the generic code: four entries use it, told apart by their
/// status (500, 400, 401, 403), so each is marked `shared` and
/// `from_code(0)` answers `None`. Every other code is unique and its first
/// digit gives the status: 2xxxx is 404, 3xxxx is 403, 4xxxx is 400.
///
/// `{memberRef}` and `{groupRef}` are filled by the `member_ref` and
/// `group_ref` fields; the catalogue keeps the templates as published.
///
/// The table has no rate-limit row; the last entry is the 429 body that the
/// docs' "Rate Limiting" section shows (`code` 0, `retry_after` in
/// milliseconds, and `scope` in later versions): `retry()` reads its
/// `retry_after` as milliseconds (`#[body(retry_after = "ms")]`).
///
/// The catalogue changes between PluralKit versions (an upstream revision
/// has no `0 403` row and words `0 400` differently), hence
/// `#[non_exhaustive]`.
#[derive(Debug, ApiError)]
#[api_error(format = errcodes::format::PluralKit, range = 0..=49999, category = "JSON error codes")]
#[non_exhaustive]
pub enum PluralKitError {
    // Code 0 is shared by four statuses; the status tells them apart.
    #[code(
        0,
        status = 500,
        msg = "Internal server error, try again later",
        shared
    )]
    InternalError,

    #[code(
        0,
        status = 400,
        msg = "Invalid JSON, or invalid request format (check error key in the response body)",
        shared
    )]
    InvalidRequest,

    #[code(
        0,
        status = 401,
        msg = "Missing or invalid Authorization header",
        shared
    )]
    Unauthorized,

    #[code(
        0,
        status = 403,
        msg = "Your access to the API is blocked - please contact us in the support server",
        shared
    )]
    AccessBlocked,

    #[code(20001, status = 404, msg = "System not found.")]
    SystemNotFound,

    #[code(20002, status = 404, msg = "Member not found.")]
    MemberNotFound,

    #[code(20003, status = 404, msg = "Member '{memberRef}' not found.")]
    MemberRefNotFound {
        #[placeholder("memberRef")]
        member_ref: String,
    },

    #[code(20004, status = 404, msg = "Group not found.")]
    GroupNotFound,

    #[code(20005, status = 404, msg = "Group '{groupRef}' not found.")]
    GroupRefNotFound {
        #[placeholder("groupRef")]
        group_ref: String,
    },

    #[code(20006, status = 404, msg = "Message not found.")]
    MessageNotFound,

    #[code(20007, status = 404, msg = "Switch not found.")]
    SwitchNotFound,

    #[code(
        20008,
        status = 404,
        msg = "Switch not found, switch associated with different system, or unauthorized to view front history."
    )]
    SwitchNotFoundOrUnauthorized,

    #[code(
        20009,
        status = 404,
        msg = "No system guild settings found for target guild."
    )]
    SystemGuildSettingsNotFound,

    #[code(
        20010,
        status = 404,
        msg = "No member guild settings found for target guild."
    )]
    MemberGuildSettingsNotFound,

    #[code(30001, status = 403, msg = "Unauthorized to view member list")]
    UnauthorizedMemberList,

    #[code(30002, status = 403, msg = "Unauthorized to view group list")]
    UnauthorizedGroupList,

    #[code(30003, status = 403, msg = "Unauthorized to view group member list")]
    UnauthorizedGroupMemberList,

    #[code(30004, status = 403, msg = "Unauthorized to view current fronters.")]
    UnauthorizedFronters,

    #[code(30005, status = 403, msg = "Unauthorized to view front history.")]
    UnauthorizedFrontHistory,

    #[code(30006, status = 403, msg = "Target member is not part of your system.")]
    MemberNotInSystem,

    #[code(30007, status = 403, msg = "Target group is not part of your system.")]
    GroupNotInSystem,

    #[code(
        30008,
        status = 403,
        msg = "Member '{memberRef}' is not part of your system."
    )]
    MemberRefNotInSystem {
        #[placeholder("memberRef")]
        member_ref: String,
    },

    #[code(
        30009,
        status = 403,
        msg = "Group '{groupRef}' is not part of your system."
    )]
    GroupRefNotInSystem {
        #[placeholder("groupRef")]
        group_ref: String,
    },

    #[code(
        40001,
        status = 400,
        msg = "Error parsing JSON model (check errors key for details)"
    )]
    ModelParseError {
        /// The `errors` member: for each invalid key of the model, a list of
        /// `{"message", "max_length"?, "actual_length"?}` objects.
        #[body(example = serde_json::json!({
            "name": [{"message": "Key too long", "max_length": 100, "actual_length": 140}]
        }))]
        errors: serde_json::Value,
    },

    #[code(
        40002,
        status = 400,
        msg = "Missing autoproxy member for member-mode autoproxy."
    )]
    MissingAutoproxyMember,

    #[code(40003, status = 400, msg = "Duplicate members in member list.")]
    DuplicateMembers,

    #[code(
        40004,
        status = 400,
        msg = "Member list identical to current fronter list."
    )]
    SameAsCurrentFronters,

    #[code(
        40005,
        status = 400,
        msg = "Switch with provided timestamp already exists."
    )]
    SwitchTimestampExists,

    #[code(40006, status = 400, msg = "Invalid switch ID.")]
    InvalidSwitchId,

    // The docs' "Rate Limiting" section, not the table.
    #[code(
        0,
        status = 429,
        category = "Rate limiting",
        msg = "429: too many requests",
        shared
    )]
    TooManyRequests {
        /// Milliseconds until requests are accepted again.
        #[body(example = 19, retry_after = "ms")]
        retry_after: u64,
        /// The rate-limit bucket, where the server names it.
        #[body(example = "generic")]
        scope: Option<String>,
    },
}
