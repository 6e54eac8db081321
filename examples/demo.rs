//! errcodes in one screen: an error enum, what the derive gives it, and a
//! client decoding the bodies the server wrote.
//!
//! Run with `cargo run --example demo`.

use errcodes::decode::Decoded;
use errcodes::format::Problem;
use errcodes::ApiError;

/// Errors of the accounts API.
///
/// Every error body is RFC 9457 problem details.
#[derive(Debug, ApiError)]
#[api_error(format = Problem, range = 34000..=34999, category = "Accounts")]
pub enum AccountError {
    /// The password check failed.
    #[code(34305, status = 401, msg = "Incorrect account or wrong password")]
    WrongPassword,

    /// No member has this reference.
    #[code(34306, status = 404, msg = "Member '{memberRef}' not found.")]
    MemberNotFound {
        #[placeholder("memberRef")]
        member_ref: String,
    },

    /// The database failed; the detail goes to logs, never to clients.
    #[code(34500, status = 500, msg = "Storage failed: {detail}")]
    Storage { detail: String },

    /// Too many attempts.
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

fn main() {
    let errors = [
        AccountError::WrongPassword,
        AccountError::MemberNotFound {
            member_ref: "ada".into(),
        },
        AccountError::Storage {
            detail: "connection to db-3 refused".into(),
        },
        AccountError::Throttled { retry_after: 30 },
    ];

    println!("== what the server logs and sends");
    let mut body = Vec::new();
    for e in &errors {
        body.clear();
        e.write_body(&mut body)
            .expect("bodies of these fields always serialize");
        println!(
            "{} {} {:<14} log: {e}",
            e.code(),
            e.status().as_u16(),
            e.name()
        );
        println!("    body: {}", String::from_utf8_lossy(&body));

        match AccountError::decode(&body, Some(e.status())) {
            Ok(Decoded::Known(back)) => println!("    client decodes: {:?}", back.error),
            Ok(Decoded::Unrecognized(u)) => {
                println!("    client decodes: unrecognized ({:?})", u.reason)
            }
            Err(err) => println!("    client decodes: error: {err}"),
        }
    }

    println!("\n== the catalogue, as docs render it");
    print!("{}", errcodes::docs::markdown::<AccountError>());
}
