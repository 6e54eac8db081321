//! Arbitrary bytes and status into the decoder of enums in three formats:
//! no input may panic, and a body decoded to a variant must carry that
//! variant's code and a status it documents.

#![no_main]

use errcode::decode::Decoded;
use errcode::format::{Mastodon, Matrix, PluralKit};
use errcode::{ApiError, StatusCode};
use libfuzzer_sys::fuzz_target;

#[derive(Debug, ApiError)]
#[api_error(format = PluralKit)]
enum Pk {
    #[code(0, status = 500, msg = "Internal server error, try again later", shared)]
    Internal,
    #[code(0, status = 400, msg = "Invalid JSON", shared)]
    InvalidJson,
    #[code(0, status = 429, msg = "Rate limited", shared)]
    RateLimited {
        #[body]
        retry_after: u64,
    },
    #[code(20003, status = 404, msg = "Member '{memberRef}' not found.")]
    MemberNotFound {
        #[placeholder("memberRef")]
        member_ref: String,
    },
    // Never built: adjacent and spec'd placeholders cannot be parsed back, so
    // this entry only exercises the template matcher.
    #[allow(dead_code)]
    #[code(20004, status = 404, msg = "{a}{b} and {c:>4}")]
    Adjacent { a: String, b: u8, c: u32 },
    #[code(40001, status = 400, msg = "Error parsing JSON model")]
    Model {
        #[body]
        errors: std::collections::BTreeMap<String, Vec<String>>,
    },
}

#[derive(Debug, ApiError)]
#[api_error(format = Mastodon)]
enum Masto {
    #[code(_, status = 422, msg = "{string}.")]
    Invalid {
        #[placeholder("string")]
        message: String,
    },
    #[code(_, status = 422, msg = "Duplicate record.")]
    Duplicate,
    #[code(_, status = 503, msg = "Try again.")]
    A,
    #[code(_, status = 503, msg = "Try again.")]
    B,
}

#[derive(Debug, ApiError)]
#[api_error(format = Matrix)]
enum Mx {
    #[code("M_FORBIDDEN", status = 403, msg = "Forbidden")]
    Forbidden,
    #[code("M_LIMIT_EXCEEDED", status = 429, msg = "Too many requests")]
    Limit {
        #[body]
        retry_after_ms: Option<u64>,
    },
}

fn check<E: ApiError>(body: &[u8], status: Option<StatusCode>, code_member: Option<&str>) {
    if let Ok(Decoded::Known(e)) = E::decode(body, status) {
        if let Some(status) = status {
            assert!(e.info().status().is_none_or(|s| s == status.as_u16()));
        }
        if let Some(member) = code_member {
            let value: serde_json::Value = serde_json::from_slice(body).expect("decoded, so JSON");
            let code = &value[member];
            assert!(e.code() == code.as_i64().unwrap_or(i64::MIN) || Some(e.code().to_string().as_str()) == code.as_str());
        }
        let _ = e.to_string();
        let mut out = Vec::new();
        let _ = e.write_body(&mut out);
    }
}

fuzz_target!(|input: &[u8]| {
    let (status, body) = match input.split_first_chunk::<2>() {
        Some((s, rest)) => (StatusCode::from_u16(u16::from_le_bytes(*s) % 1000).ok(), rest),
        None => (None, input),
    };
    check::<Pk>(body, status, Some("code"));
    check::<Masto>(body, status, None);
    check::<Mx>(body, status, Some("errcode"));
});
