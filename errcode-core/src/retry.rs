//! Retry and fault classes as data: whether a client may send the request
//! again ([`RetryClass`]), whose fault the error is ([`Fault`]), and how long
//! to wait ([`Retry`]), read from a `Retry-After` header (RFC 9110 §10.2.3)
//! or from the member a catalogue declares with `#[body(retry_after = "ms")]`.
//!
//! Every value read here comes from the other side of a connection: a
//! negative, fractional, non-numeric or unparseable delay is absent, and one
//! too large for a [`Duration`] saturates at [`Duration::MAX`]; nothing
//! panics.

use core::time::Duration;
use std::time::SystemTime;

use errcode_shared::retry::{DELAY_UNITS, FAULTS, RETRY_CLASSES};

/// Whether a client may send a failed request again, and when.
///
/// Declared with `#[code(retry = "...")]`; without it, the entry's sent
/// status decides ([`RetryClass::for_status`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RetryClass {
    /// `"never"`: the same request fails the same way; change it first.
    Never,
    /// `"safe"`: a transient failure; sending it again (with backoff) may
    /// succeed.
    Safe,
    /// `"after"`: it may succeed once the delay the server gives has passed
    /// (a resource being prepared, a lock held), the client's backoff
    /// without one.
    After,
    /// `"throttled"`: the client, or the server as a whole, is over its
    /// rate; slow down and retry after the delay given.
    Throttled,
}

impl RetryClass {
    /// The class an entry has when it declares none: `429 Too Many
    /// Requests` and `503 Service Unavailable` are throttled, every other
    /// 5xx safe to retry, and every other status (4xx, and the 200 that
    /// Fresns sends errors with) never retried: resending a request
    /// that may not be idempotent is the risk, not leaving it.
    #[must_use]
    pub const fn for_status(status: u16) -> RetryClass {
        match status {
            429 | 503 => RetryClass::Throttled,
            500..=599 => RetryClass::Safe,
            _ => RetryClass::Never,
        }
    }

    /// The class as `#[code(retry = "...")]`, the docs, OpenAPI's
    /// `x-retry` and the contract lock spell it.
    #[must_use]
    pub const fn name(self) -> &'static str {
        RETRY_CLASSES[self as usize]
    }

    /// The class named `name` ([`RetryClass::name`]).
    #[must_use]
    pub fn from_name(name: &str) -> Option<RetryClass> {
        let position = RETRY_CLASSES.iter().position(|n| *n == name)?;
        Self::from_position(position)
    }

    /// The class at `position` in the derive's list, which has checked it.
    pub(crate) const fn from_position(position: usize) -> Option<RetryClass> {
        Some(match position {
            0 => RetryClass::Never,
            1 => RetryClass::Safe,
            2 => RetryClass::After,
            3 => RetryClass::Throttled,
            _ => return None,
        })
    }

    /// Whether a client may send the request again at all.
    #[must_use]
    pub const fn is_retryable(self) -> bool {
        !matches!(self, RetryClass::Never)
    }
}

/// Whose fault an error is: the request's, or the server's.
///
/// Declared with `#[code(fault = "...")]`; without it, the sent status
/// decides ([`Fault::for_status`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Fault {
    /// `"client"`: the request was wrong, unauthorized or too frequent.
    Client,
    /// `"server"`: the server failed a request it should have served.
    Server,
}

impl Fault {
    /// The fault side an entry has when it declares none: the server's for
    /// a 5xx status, the client's for any other (Fresns's 200 included).
    #[must_use]
    pub const fn for_status(status: u16) -> Fault {
        if status >= 500 && status <= 599 {
            Fault::Server
        } else {
            Fault::Client
        }
    }

    /// `"client"` or `"server"`, as `#[code(fault = "...")]`, the docs,
    /// OpenAPI's `x-fault` and the lock spell it.
    #[must_use]
    pub const fn name(self) -> &'static str {
        FAULTS[self as usize]
    }

    /// The side named `name` ([`Fault::name`]).
    #[must_use]
    pub fn from_name(name: &str) -> Option<Fault> {
        Self::from_position(FAULTS.iter().position(|n| *n == name)?)
    }

    pub(crate) const fn from_position(position: usize) -> Option<Fault> {
        Some(match position {
            0 => Fault::Client,
            1 => Fault::Server,
            _ => return None,
        })
    }
}

/// The unit of a body member that carries a retry delay
/// (`#[body(retry_after = "ms")]`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DelayUnit {
    /// `"s"`: whole seconds, as `Retry-After` counts them.
    Seconds,
    /// `"ms"`: milliseconds (PluralKit's `retry_after`, Matrix's
    /// `retry_after_ms`).
    Millis,
}

impl DelayUnit {
    /// `"s"` or `"ms"`.
    #[must_use]
    pub const fn name(self) -> &'static str {
        DELAY_UNITS[self as usize]
    }

    /// The unit named `name` ([`DelayUnit::name`]).
    #[must_use]
    pub fn from_name(name: &str) -> Option<DelayUnit> {
        Self::from_position(DELAY_UNITS.iter().position(|n| *n == name)?)
    }

    pub(crate) const fn from_position(position: usize) -> Option<DelayUnit> {
        Some(match position {
            0 => DelayUnit::Seconds,
            1 => DelayUnit::Millis,
            _ => return None,
        })
    }

    /// `amount` of this unit.
    #[must_use]
    pub const fn of(self, amount: u64) -> Duration {
        match self {
            DelayUnit::Seconds => Duration::from_secs(amount),
            DelayUnit::Millis => Duration::from_millis(amount),
        }
    }

    /// `amount` of this unit, where it is a finite number that is not
    /// negative; saturating at [`Duration::MAX`].
    fn of_f64(self, amount: f64) -> Option<Duration> {
        if !amount.is_finite() || amount.is_sign_negative() && amount != 0.0 {
            return None;
        }
        let seconds = match self {
            DelayUnit::Seconds => amount,
            DelayUnit::Millis => amount / 1000.0,
        };
        Some(Duration::try_from_secs_f64(seconds).unwrap_or(Duration::MAX))
    }
}

/// What a client may do about an error: its entry's [`RetryClass`], and the
/// delay the server asked for, where it gave one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Retry {
    /// The entry's class.
    pub class: RetryClass,
    /// How long to wait before sending the request again: the retry
    /// member the entry declares (in its unit), else the `Retry-After`
    /// header; `None` where neither was sent or readable.
    pub delay: Option<Duration>,
}

impl Retry {
    #[must_use]
    pub const fn new(class: RetryClass, delay: Option<Duration>) -> Retry {
        Retry { class, delay }
    }

    /// The delay a `Retry-After` header value asks for, received at `now`:
    /// `delay-seconds` (digits only; more than `u64::MAX` seconds
    /// saturates), or an HTTP-date in any of RFC 9110's three formats (a
    /// date already past is no wait). `None` for anything else: a negative
    /// or fractional number, a malformed date.
    #[must_use]
    pub fn after_header(value: &[u8], now: SystemTime) -> Option<Duration> {
        let value = value.trim_ascii();
        if !value.is_empty() && value.iter().all(u8::is_ascii_digit) {
            let seconds = value.iter().try_fold(0_u64, |n, digit| {
                n.checked_mul(10)?.checked_add(u64::from(digit - b'0'))
            });
            return Some(Duration::from_secs(seconds.unwrap_or(u64::MAX)));
        }
        let date = httpdate::parse_http_date(core::str::from_utf8(value).ok()?).ok()?;
        Some(date.duration_since(now).unwrap_or(Duration::ZERO))
    }

    /// The delay the first `Retry-After` of `headers` asks for, received
    /// now (see [`Retry::after_header`]).
    #[must_use]
    pub fn from_headers(headers: &http::HeaderMap) -> Option<Duration> {
        let value = headers.get(http::header::RETRY_AFTER)?;
        Retry::after_header(value.as_bytes(), SystemTime::now())
    }
}

/// A `#[body(retry_after = "...")]` field's value as a delay in `unit`:
/// implemented for the integer and float types and `Option`s of them; a
/// negative or non-finite value is no delay.
#[diagnostic::on_unimplemented(
    message = "a `#[body(retry_after = ...)]` field must hold a number, not `{Self}`",
    label = "not an integer or float type (or an `Option` of one)"
)]
pub trait RetryDelay {
    /// The delay this value is, in `unit`.
    fn delay(&self, unit: DelayUnit) -> Option<Duration>;
}

macro_rules! unsigned_delay {
    ($($t:ty),*) => {$(
        impl RetryDelay for $t {
            fn delay(&self, unit: DelayUnit) -> Option<Duration> {
                Some(unit.of(u64::try_from(*self).unwrap_or(u64::MAX)))
            }
        }
    )*};
}

macro_rules! signed_delay {
    ($($t:ty),*) => {$(
        impl RetryDelay for $t {
            fn delay(&self, unit: DelayUnit) -> Option<Duration> {
                if *self < 0 {
                    return None;
                }
                Some(unit.of(u64::try_from(*self).unwrap_or(u64::MAX)))
            }
        }
    )*};
}

unsigned_delay!(u8, u16, u32, u64, u128, usize);
signed_delay!(i8, i16, i32, i64, i128, isize);

impl RetryDelay for f64 {
    fn delay(&self, unit: DelayUnit) -> Option<Duration> {
        unit.of_f64(*self)
    }
}

impl RetryDelay for f32 {
    fn delay(&self, unit: DelayUnit) -> Option<Duration> {
        unit.of_f64(f64::from(*self))
    }
}

impl<T: RetryDelay> RetryDelay for Option<T> {
    fn delay(&self, unit: DelayUnit) -> Option<Duration> {
        self.as_ref()?.delay(unit)
    }
}

impl<T: RetryDelay + ?Sized> RetryDelay for &T {
    fn delay(&self, unit: DelayUnit) -> Option<Duration> {
        (**self).delay(unit)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_and_faults_by_status() {
        let cases = [
            (400, RetryClass::Never, Fault::Client),
            (404, RetryClass::Never, Fault::Client),
            (429, RetryClass::Throttled, Fault::Client),
            (500, RetryClass::Safe, Fault::Server),
            (502, RetryClass::Safe, Fault::Server),
            (503, RetryClass::Throttled, Fault::Server),
            (200, RetryClass::Never, Fault::Client),
        ];
        for (status, class, fault) in cases {
            assert_eq!(RetryClass::for_status(status), class, "{status}");
            assert_eq!(Fault::for_status(status), fault, "{status}");
        }
    }

    #[test]
    fn names_read_back() {
        for class in [
            RetryClass::Never,
            RetryClass::Safe,
            RetryClass::After,
            RetryClass::Throttled,
        ] {
            assert_eq!(RetryClass::from_name(class.name()), Some(class));
        }
        for fault in [Fault::Client, Fault::Server] {
            assert_eq!(Fault::from_name(fault.name()), Some(fault));
        }
        for unit in [DelayUnit::Seconds, DelayUnit::Millis] {
            assert_eq!(DelayUnit::from_name(unit.name()), Some(unit));
        }
        assert_eq!(RetryClass::from_name("Safe"), None);
    }

    /// RFC 9110 §10.2.3's two examples, and what a hostile server sends.
    #[test]
    fn retry_after_header_values() {
        let now = httpdate::parse_http_date("Fri, 31 Dec 1999 23:58:00 GMT").unwrap();
        let after = |v: &str| Retry::after_header(v.as_bytes(), now);
        assert_eq!(after("120"), Some(Duration::from_secs(120)));
        assert_eq!(
            after("Fri, 31 Dec 1999 23:59:59 GMT"),
            Some(Duration::from_secs(119))
        );
        // RFC 850 and asctime dates, which recipients must accept.
        assert_eq!(
            after("Friday, 31-Dec-99 23:59:59 GMT"),
            Some(Duration::from_secs(119))
        );
        assert_eq!(
            after("Fri Dec 31 23:59:59 1999"),
            Some(Duration::from_secs(119))
        );
        assert_eq!(after("Fri, 31 Dec 1999 23:00:00 GMT"), Some(Duration::ZERO));
        assert_eq!(after(" 7 "), Some(Duration::from_secs(7)));
        let huge = "99999999999999999999999999999";
        assert_eq!(after(huge), Some(Duration::from_secs(u64::MAX)));
        for bad in [
            "",
            "-1",
            "1.5",
            "+3",
            "soon",
            "1e3",
            "0x10",
            "Fri, 32 Dec 1999",
        ] {
            assert_eq!(after(bad), None, "{bad:?}");
        }
        assert_eq!(Retry::after_header(&[0xff, b'1'], now), None);
    }

    #[test]
    fn member_values_never_panic() {
        let ms = DelayUnit::Millis;
        assert_eq!(19_u64.delay(ms), Some(Duration::from_millis(19)));
        assert_eq!(
            2_i64.delay(DelayUnit::Seconds),
            Some(Duration::from_secs(2))
        );
        assert_eq!((-5_i64).delay(ms), None);
        assert_eq!(i64::MIN.delay(ms), None);
        assert_eq!(u128::MAX.delay(ms), Some(Duration::from_millis(u64::MAX)));
        assert_eq!(
            u64::MAX.delay(DelayUnit::Seconds),
            Some(Duration::from_secs(u64::MAX))
        );
        assert_eq!(
            1.5_f64.delay(DelayUnit::Seconds),
            Some(Duration::from_millis(1500))
        );
        assert_eq!(2.5_f32.delay(ms), Some(Duration::from_micros(2500)));
        assert_eq!((-0.5_f64).delay(ms), None);
        assert_eq!((-0.0_f64).delay(ms), Some(Duration::ZERO));
        assert_eq!(f64::NAN.delay(ms), None);
        assert_eq!(f64::INFINITY.delay(ms), None);
        assert_eq!(f64::MAX.delay(DelayUnit::Seconds), Some(Duration::MAX));
        assert_eq!(Some(1000_u32).delay(ms), Some(Duration::from_secs(1)));
        assert_eq!(None::<u32>.delay(ms), None);
    }
}
