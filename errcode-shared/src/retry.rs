//! The spellings of an entry's retry class, its fault side and the unit of
//! its retry member: the derive accepts exactly these and passes their
//! position, the runtime names each class by the same list, so the two
//! cannot drift apart.

/// `#[code(retry = "...")]`, in the order of `errcodes::RetryClass`'s
/// variants: never retry, safe to retry now, retry after the delay the
/// server gives, throttled (slow down, then retry after the delay).
pub const RETRY_CLASSES: [&str; 4] = ["never", "safe", "after", "throttled"];

/// `#[code(fault = "...")]`, in the order of `errcodes::Fault`'s variants.
pub const FAULTS: [&str; 2] = ["client", "server"];

/// `#[body(retry_after = "...")]`, in the order of `errcodes::DelayUnit`'s
/// variants: whole seconds (as `Retry-After`), milliseconds (PluralKit's
/// `retry_after`, Matrix's `retry_after_ms`).
pub const DELAY_UNITS: [&str; 2] = ["s", "ms"];
