//! The compile-time check behind `assert_disjoint_codes!`: enums of one
//! service must not use the same code, or a client could not tell which
//! error a body means.

use core::cmp::Ordering;

use crate::Code;

/// Fails the build when two of the listed error types use the same code.
///
/// ```
/// use errcodes::ApiError;
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
/// errcodes::assert_disjoint_codes!(AccountError, BillingError);
/// ```
///
/// With a code in both, the build fails with
/// "`AccountError` and `BillingError` both use code 34305".
#[macro_export]
macro_rules! assert_disjoint_codes {
    // One `const` per pair of types, so that no single constant evaluation
    // grows with the number of types (rustc stops one that runs too long).
    // An inner rule rather than a macro of its own: `#[macro_export]` would
    // put that one at the crate's root, callable by anyone.
    (@pairs $first:ty $(, $rest:ty)*) => {
        $(
            const _: () = $crate::__private_v0_1::assert_disjoint(
                (::core::stringify!($first), $crate::__private_v0_1::codes::<$first>()),
                (::core::stringify!($rest), $crate::__private_v0_1::codes::<$rest>()),
            );
        )*
        $crate::assert_disjoint_codes!(@pairs $($rest),*);
    };
    (@pairs) => {};
    ($($ty:ty),+ $(,)?) => {
        $crate::assert_disjoint_codes!(@pairs $($ty),+);
    };
}

/// A type's codes as the derive lists them for `assert_disjoint_codes!`:
/// each list sorted and without repeats, so that two types compare in one
/// pass over both (a constant evaluation that compared every pair of codes
/// would run too long for rustc with large catalogues).
#[derive(Debug, Clone, Copy)]
pub struct Codes {
    /// Integer codes, ascending.
    pub ints: &'static [i64],
    /// String codes with a hash of each (any hash: every `Codes` of a build
    /// is written by the one derive), ordered by hash, then text: comparing
    /// hashes is cheap where comparing texts costs a step per byte.
    pub strs: &'static [(u64, &'static str)],
    /// Whether some entry has no code (`_`): a format that needs a code on
    /// every entry refuses to write the bodies of a type that wraps it.
    pub absent: bool,
}

/// Panics with the message, or with `fallback` where it is not UTF-8. A
/// macro, not a method, so that the compiler's note points into the assert
/// the user called, not one frame deeper.
macro_rules! panic_with {
    ($message:expr, $fallback:literal) => {
        match core::str::from_utf8($message.buf.split_at($message.len).0) {
            Ok(text) => panic!("{}", text),
            Err(_) => panic!($fallback),
        }
    };
}

/// Panics (at compile time, from a `const`) naming the first code two types
/// share. Sharing within one type is the derive's business.
pub const fn assert_disjoint(a: (&str, Codes), b: (&str, Codes)) {
    if let Some(code) = first_common(a.1, b.1) {
        let mut message = Message::new();
        message.push("`");
        message.push(a.0);
        message.push("` and `");
        message.push(b.0);
        message.push("` both use code ");
        message.code(code);
        panic_with!(message, "two error types use the same code");
    }
}

/// What `#[code(transparent)]` checks of the wrapping type and the type it
/// wraps (and of two wrapped types): no code in both, and one kind of code,
/// as within one enum, so that a client parses the composed code member as
/// one JSON type.
pub const fn assert_composable(a: (&str, Codes), b: (&str, Codes)) {
    let (ints, strs) = if !a.1.ints.is_empty() && !b.1.strs.is_empty() {
        (a.0, b.0)
    } else if !a.1.strs.is_empty() && !b.1.ints.is_empty() {
        (b.0, a.0)
    } else {
        return assert_disjoint(a, b);
    };
    let mut message = Message::new();
    message.push("`");
    message.push(ints);
    message.push("` uses integer codes and `");
    message.push(strs);
    message.push("` string codes; a composed type uses one kind");
    panic_with!(message, "integer and string codes composed");
}

/// Panics (at compile time, from a `const`) where `user` uses a code that
/// `retirer` retired: a type and the type its `#[code(transparent)]`
/// variant wraps share one code space, and a retired code never returns.
pub const fn assert_not_retired(user: (&str, Codes), retirer: (&str, Codes)) {
    if let Some(code) = first_common(user.1, retirer.1) {
        let mut message = Message::new();
        message.push("`");
        message.push(user.0);
        message.push("` uses code ");
        message.code(code);
        message.push(", which `");
        message.push(retirer.0);
        message.push("` retired; a retired code never comes back");
        panic_with!(message, "a retired code is used again");
    }
}

/// The first code in both, walking both sorted lists side by side.
const fn first_common(a: Codes, b: Codes) -> Option<Code> {
    let (mut i, mut j) = (0, 0);
    while i < a.ints.len() && j < b.ints.len() {
        let (x, y) = (a.ints[i], b.ints[j]);
        if x == y {
            return Some(Code::Int(x));
        }
        if x < y {
            i += 1;
        } else {
            j += 1;
        }
    }
    let (mut i, mut j) = (0, 0);
    while i < a.strs.len() && j < b.strs.len() {
        let (x, y) = (a.strs[i], b.strs[j]);
        match compare(x, y) {
            Ordering::Equal => return Some(Code::Str(x.1)),
            Ordering::Less => i += 1,
            Ordering::Greater => j += 1,
        }
    }
    None
}

/// The order of `Codes::strs`: by hash, then bytes (as `str`'s `Ord`).
pub(crate) const fn compare(a: (u64, &str), b: (u64, &str)) -> Ordering {
    if a.0 != b.0 {
        return if a.0 < b.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        };
    }
    let (x, y) = (a.1.as_bytes(), b.1.as_bytes());
    let mut k = 0;
    while k < x.len() && k < y.len() {
        if x[k] != y[k] {
            return if x[k] < y[k] {
                Ordering::Less
            } else {
                Ordering::Greater
            };
        }
        k += 1;
    }
    if x.len() == y.len() {
        Ordering::Equal
    } else if x.len() < y.len() {
        Ordering::Less
    } else {
        Ordering::Greater
    }
}

/// A message built at compile time; text past 256 bytes is cut at a
/// character boundary.
struct Message {
    buf: [u8; 256],
    len: usize,
}

impl Message {
    const fn new() -> Message {
        Message {
            buf: [0; 256],
            len: 0,
        }
    }

    /// A code as a client sees it: `34301`, `"M_FORBIDDEN"`.
    const fn code(&mut self, code: Code) {
        match code {
            Code::Int(n) => self.int(n),
            Code::Str(s) => {
                self.push("\"");
                self.push(s);
                self.push("\"");
            }
            Code::None => {}
        }
    }

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

#[cfg(test)]
mod tests {
    use super::{first_common, Code, Codes};

    const fn codes(ints: &'static [i64], strs: &'static [(u64, &'static str)]) -> Codes {
        Codes {
            ints,
            strs,
            absent: false,
        }
    }

    #[test]
    fn finds_a_shared_integer_code_anywhere_in_either_list() {
        let a = codes(&[-5, 1, 7, 40], &[]);
        assert!(matches!(
            first_common(a, codes(&[2, 3, 40], &[])),
            Some(Code::Int(40))
        ));
        assert!(matches!(
            first_common(a, codes(&[-5], &[])),
            Some(Code::Int(-5))
        ));
        assert!(first_common(a, codes(&[-6, 0, 2, 41], &[])).is_none());
        assert!(first_common(a, codes(&[], &[])).is_none());
    }

    #[test]
    fn string_codes_with_one_hash_are_told_apart_by_text() {
        let a = codes(&[], &[(3, "M_A"), (3, "M_C"), (9, "M_Z")]);
        assert!(first_common(a, codes(&[], &[(3, "M_B"), (4, "M_C")])).is_none());
        assert!(matches!(
            first_common(a, codes(&[], &[(3, "M_B"), (3, "M_C")])),
            Some(Code::Str("M_C"))
        ));
        assert!(matches!(
            first_common(a, codes(&[], &[(1, "x"), (9, "M_Z")])),
            Some(Code::Str("M_Z"))
        ));
    }

    #[test]
    fn integer_and_string_codes_never_clash() {
        assert!(first_common(codes(&[1], &[]), codes(&[], &[(1, "1")])).is_none());
    }
}
