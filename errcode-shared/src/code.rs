//! What a string code may be, and the text that stands for an entry
//! without a code where a code would go: both sides decide alike, so that
//! this text never equals a code.

/// The first character of the text standing for an entry without a code
/// where a code would go (its `error.type`, its page's name): `_`, as such
/// an entry is written (`#[code(_)]`). No string code starts with it, so
/// that text is never an entry's code.
pub const CODELESS_PREFIX: char = '_';

/// Why `code` cannot be a string code, or `None` when it can.
pub fn string_code_problem(code: &str) -> Option<&'static str> {
    if code.is_empty() {
        Some("a string code cannot be empty; use `_` for an entry without a code")
    } else if code.starts_with(CODELESS_PREFIX) {
        Some("a string code cannot start with `_`: `_` and a name stand for an entry without a code in `error.type` and page names")
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::string_code_problem;

    #[test]
    fn codes_that_stand_for_no_codeless_entry() {
        for code in ["M_FORBIDDEN", "gone", "a_b", "..", "quota exceeded"] {
            assert_eq!(string_code_problem(code), None, "{code}");
        }
        for code in ["", "_", "_Gone", "__x"] {
            assert!(string_code_problem(code).is_some(), "{code:?}");
        }
    }
}
