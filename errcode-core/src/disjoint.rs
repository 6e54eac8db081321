//! The compile-time check behind `assert_disjoint_codes!`: enums of one
//! service must not use the same code, or a client could not tell which
//! error a body means.

use crate::{Code, Entry};

/// Fails the build when two of the listed error types use the same code.
///
/// ```
/// use errcode::ApiError;
///
/// #[derive(Debug, ApiError)]
/// enum AccountError {
///     #[code(34305, status = 401, msg = "Wrong password")]
///     WrongPassword,
/// }
///
/// #[derive(Debug, ApiError)]
/// enum BillingError {
///     #[code(35001, status = 402, msg = "Payment required")]
///     PaymentRequired,
/// }
///
/// errcode::assert_disjoint_codes!(AccountError, BillingError);
/// ```
///
/// With a code in both, the build fails with
/// "`AccountError` and `BillingError` both use code 34305".
#[macro_export]
macro_rules! assert_disjoint_codes {
    ($($ty:ty),+ $(,)?) => {
        const _: () = $crate::__private::assert_disjoint(&[$((::core::stringify!($ty), <$ty>::__ERRCODE_ENTRIES)),+]);
    };
}

/// Panics (at compile time, from a `const`) naming the first code two of
/// `types` share. Sharing within one type is the derive's business.
pub const fn assert_disjoint(types: &[(&str, &[Entry])]) {
    let mut a = 0;
    while a < types.len() {
        let mut b = a + 1;
        while b < types.len() {
            if let Some(code) = first_common(types[a].1, types[b].1) {
                let mut message = Message {
                    buf: [0; 256],
                    len: 0,
                };
                message.push("`");
                message.push(types[a].0);
                message.push("` and `");
                message.push(types[b].0);
                message.push("` both use code ");
                match code {
                    Code::Int(n) => message.int(n),
                    Code::Str(s) => {
                        message.push("\"");
                        message.push(s);
                        message.push("\"");
                    }
                    Code::None => {}
                }
                match core::str::from_utf8(message.buf.split_at(message.len).0) {
                    Ok(text) => panic!("{}", text),
                    Err(_) => panic!("two error types use the same code"),
                }
            }
            b += 1;
        }
        a += 1;
    }
}

const fn first_common(left: &[Entry], right: &[Entry]) -> Option<Code> {
    let mut i = 0;
    while i < left.len() {
        let mut j = 0;
        while j < right.len() {
            if same(left[i].code(), right[j].code()) {
                return Some(left[i].code());
            }
            j += 1;
        }
        i += 1;
    }
    None
}

const fn same(a: Code, b: Code) -> bool {
    match (a, b) {
        (Code::Int(x), Code::Int(y)) => x == y,
        (Code::Str(x), Code::Str(y)) => {
            let (x, y) = (x.as_bytes(), y.as_bytes());
            if x.len() != y.len() {
                return false;
            }
            let mut k = 0;
            while k < x.len() {
                if x[k] != y[k] {
                    return false;
                }
                k += 1;
            }
            true
        }
        _ => false,
    }
}

/// A message built at compile time; text past 256 bytes is cut at a
/// character boundary.
struct Message {
    buf: [u8; 256],
    len: usize,
}

impl Message {
    const fn push(&mut self, text: &str) {
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let width = utf8_width(bytes[i]);
            if self.len + width > self.buf.len() {
                return;
            }
            let mut k = 0;
            while k < width && i + k < bytes.len() {
                self.buf[self.len] = bytes[i + k];
                self.len += 1;
                k += 1;
            }
            i += width;
        }
    }

    const fn int(&mut self, n: i64) {
        if n < 0 {
            self.push("-");
        }
        let mut digits = [0u8; 20];
        let mut count = 0;
        let mut rest = n.unsigned_abs();
        loop {
            digits[count] = b'0' + (rest % 10) as u8;
            count += 1;
            rest /= 10;
            if rest == 0 {
                break;
            }
        }
        while count > 0 && self.len < self.buf.len() {
            count -= 1;
            self.buf[self.len] = digits[count];
            self.len += 1;
        }
    }
}

const fn utf8_width(first: u8) -> usize {
    match first {
        0xf0..=0xff => 4,
        0xe0..=0xef => 3,
        0xc0..=0xdf => 2,
        _ => 1,
    }
}
