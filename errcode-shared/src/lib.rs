//! What the derive and the runtime of errcodes must decide alike: the derive
//! at compile time (a `lang` key, a locale file's name), the runtime at run
//! time (an `Accept-Language` range, a requested language). Written once,
//! so the two cannot drift apart. Use it through the `errcodes` crate.

#![no_std]

pub mod code;
pub mod retry;
pub mod uri;
pub mod version;

pub use version::{compare_versions, Version, VERSION_GRAMMAR};

/// `alpha{1,8}(-alphanum{1,8})*`: the shape of a language tag (RFC 5646's
/// shape, not its registry) and of a language range (RFC 4647 §2.1).
pub fn is_tag(tag: &str) -> bool {
    tag.split('-').enumerate().all(|(i, sub)| {
        (1..=8).contains(&sub.len())
            && if i == 0 {
                sub.bytes().all(|b| b.is_ascii_alphabetic())
            } else {
                sub.bytes().all(|b| b.is_ascii_alphanumeric())
            }
    })
}

#[cfg(test)]
mod tests {
    use super::is_tag;

    /// The examples of RFC 5646 §2.1 and Appendix A, and RFC 4647's range.
    #[test]
    fn the_rfcs_examples_are_tags() {
        for tag in [
            "de",
            "fr",
            "ja",
            "i-enochian",
            "zh-Hant",
            "zh-Hans-CN",
            "sr-Latn-RS",
            "sl-rozaj-biske",
            "de-CH-1901",
            "hy-Latn-IT-arevela",
            "de-DE-u-co-phonebk",
            "en-US-x-twain",
            "x-whatever",
            "qaa-Qaaa-QM-x-southern",
            "zh-yue-HK",
            "en-a-myext-b-another",
            "de-419-DE",
        ] {
            assert!(is_tag(tag), "{tag}");
        }
    }

    #[test]
    fn other_shapes_are_not() {
        for tag in [
            "",
            "-",
            "de-",
            "-de",
            "de--CH",
            "1de",
            "abcdefghi",
            "de-abcdefghi",
            "de_CH",
            "de CH",
            "zh-Hänt",
            "*",
        ] {
            assert!(!is_tag(tag), "{tag:?}");
        }
    }
}
