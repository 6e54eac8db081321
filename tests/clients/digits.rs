//! Long runs of digits where the Rust decoder reads integers: in a
//! placeholder read back into an integer field (leading zeros and all) and
//! in a body member. Python's `int` refuses text past 4,300 digits (it
//! raises) and JavaScript's `BigInt` of a long text is slow: both runtimes
//! must give Rust's outcome without reading such text as an integer.

use crate::attack::agree;

mod catalogue {
    #![allow(dead_code)]
    use errcodes::ApiError;

    #[derive(Debug, ApiError)]
    pub enum Counted {
        #[code(1, status = 400, msg = "Bad count {n}")]
        BadCount { n: i64 },
        #[code(2, status = 400, msg = "Bad byte {b}")]
        BadByte { b: u8 },
    }
}

#[test]
fn long_digit_runs_decode_as_in_rust() {
    let zeros = "0".repeat(5000);
    let bodies: Vec<String> = vec![
        // Rust's `str::parse` reads leading zeros: this is 1.
        format!(r#"{{"code":1,"message":"Bad count {zeros}1"}}"#),
        format!(r#"{{"code":1,"message":"Bad count -{zeros}7"}}"#),
        format!(r#"{{"code":2,"message":"Bad byte +{zeros}255"}}"#),
        // Past every integer type's range.
        format!(r#"{{"code":1,"message":"Bad count 1{zeros}"}}"#),
        format!(r#"{{"code":2,"message":"Bad byte 9{zeros}"}}"#),
        // A member past u64's digits: a float to serde_json, too large for a double.
        format!(r#"{{"code":1,"message":"Bad count 3","x":-1{zeros}}}"#),
        format!(r#"{{"code":1{zeros},"message":"Bad count 3"}}"#),
    ];
    let bodies: Vec<(&[u8], Option<u16>)> =
        bodies.iter().map(|b| (b.as_bytes(), Some(400))).collect();
    agree::<catalogue::Counted>("long-digits", &bodies);
}
