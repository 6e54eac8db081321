use errcode::ApiError;

/// Errors of the accounts API.
///
/// Everything about logging in.
#[derive(Debug, ApiError)]
#[api_error(default_status = 400, range = 34000..=34999, category = "Accounts")]
pub enum AccountError {
    /// Shown when the password check fails.
    #[code(34305, status = 401, msg = "Incorrect account or wrong password")]
    WrongPassword,

    #[code(34306, status = 404, msg = "Member '{member_ref}' not found.")]
    MemberNotFound { member_ref: String },

    #[code(
        34300,
        status = 500,
        msg = "Internal server error, try again later",
        shared
    )]
    Storage(#[source] std::io::Error),

    #[code(34300, status = 400, msg = "Invalid JSON", shared)]
    InvalidJson(#[from] serde_json::Error),

    #[code(
        34429,
        status = 429,
        msg = "Too many requests",
        name = "RateLimited",
        category = "Limits"
    )]
    Throttled {
        #[body]
        retry_after: u64,
    },
}

#[test]
fn smoke() {
    let e = AccountError::MemberNotFound {
        member_ref: "abc".into(),
    };
    assert_eq!(e.to_string(), "Member 'abc' not found.");
    assert_eq!(e.code(), 34306);
    assert_eq!(e.status(), 404);
    let w = AccountError::WrongPassword;
    assert_eq!(
        w.static_body(),
        Some(&br#"{"code":34305,"message":"Incorrect account or wrong password"}"#[..])
    );
    assert_eq!(
        serde_json::to_string(&w).unwrap(),
        r#"{"code":34305,"message":"Incorrect account or wrong password"}"#
    );
    let t = AccountError::Throttled { retry_after: 5 };
    assert_eq!(
        serde_json::to_string(&t).unwrap(),
        r#"{"code":34429,"message":"Too many requests","retry_after":5}"#
    );
    assert!(AccountError::from_code(34305).is_some());
    assert!(AccountError::from_code(34300).is_none());
    assert_eq!(
        AccountError::catalogue().title(),
        "Errors of the accounts API."
    );
    assert_eq!(AccountError::catalogue().entries().len(), 5);
}
