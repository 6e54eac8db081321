//! Matching a received message against an entry's template, to find the
//! text each placeholder stood for. The template comes split by the derive
//! ([`Entry::segments`]); nothing here parses it again.

use crate::{Entry, Segment, Translation};

/// How well a message fits a template, best first: a fit says more the
/// more of the template's literal text the message had to match.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord, Clone, Copy)]
pub enum Fit {
    /// The message is the template's text (trailing periods and spaces aside).
    Exact,
    /// The message fits around the template's placeholders.
    Placeholders,
    /// The template is nothing but placeholders, periods and white space
    /// (Mastodon's `{string}.`): it fits any message, so the fit says
    /// nothing of which entry the message is.
    Any,
}

/// Trailing periods and white space differ between documented and sent
/// messages (Mastodon documents "Record not found." and sends "Record not
/// found"), so they do not count: all of them, so that a message and the
/// one rendered back from what it decoded to are the same text.
fn loose(text: &str) -> &str {
    text.trim_start()
        .trim_end_matches(|c: char| c == '.' || c.is_whitespace())
}

/// A template piece with the entry's leading and trailing white space and
/// periods dropped, as [`loose`] drops them from a message.
enum Piece {
    Text(&'static str),
    Arg { name: &'static str, plain: bool },
}

/// The template, loosened as a message is: the first text trimmed at its
/// start, the last at its end, texts left empty dropped; `empty` stands
/// for a template without segments (an entry's name).
fn pieces(segments: impl Iterator<Item = Segment>, empty: Option<&'static str>) -> Vec<Piece> {
    let mut pieces: Vec<Piece> = segments
        .map(|s| match s {
            Segment::Text(text) => Piece::Text(text),
            Segment::Placeholder(name) => Piece::Arg { name, plain: true },
            Segment::Formatted(name) => Piece::Arg { name, plain: false },
        })
        .collect();
    if let Some(text) = empty {
        pieces.push(Piece::Text(text));
    }
    if let Some(Piece::Text(first)) = pieces.first_mut() {
        *first = first.trim_start();
    }
    if let Some(Piece::Text(last)) = pieces.last_mut() {
        *last = last.trim_end_matches(|c: char| c == '.' || c.is_whitespace());
    }
    pieces.retain(|p| !matches!(p, Piece::Text("")));
    pieces
}

/// Whether `message` fits the template of `entry` (its name where the
/// template is empty), and the text of each plain placeholder.
pub fn fit<'m>(entry: &Entry, message: &'m str) -> Option<(Fit, Vec<(&'static str, &'m str)>)> {
    let empty = entry.message().is_empty().then(|| entry.name());
    fit_pieces(pieces(entry.segments(), empty), message)
}

/// Whether `message` fits a translation of an entry's template, as [`fit`].
pub fn fit_translation<'m>(
    translation: &Translation,
    message: &'m str,
) -> Option<(Fit, Vec<(&'static str, &'m str)>)> {
    fit_pieces(pieces(translation.segments(), None), message)
}

fn fit_pieces(pieces: Vec<Piece>, message: &str) -> Option<(Fit, Vec<(&'static str, &str)>)> {
    if !pieces.iter().any(|p| matches!(p, Piece::Arg { .. })) {
        let text: String = pieces
            .iter()
            .map(|p| match p {
                Piece::Text(t) => *t,
                Piece::Arg { .. } => "",
            })
            .collect();
        return (text == loose(message)).then(|| (Fit::Exact, Vec::new()));
    }
    let fit = if pieces.iter().all(|p| match p {
        Piece::Text(text) => text.chars().all(|c| c == '.' || c.is_whitespace()),
        Piece::Arg { .. } => true,
    }) {
        Fit::Any
    } else {
        Fit::Placeholders
    };
    // Only `str` methods that split where a match begins or ends: a message
    // is hostile text, and a byte offset computed from lengths can fall
    // inside a multi-byte character.
    let mut rest = loose(message);
    let mut captures = Vec::new();
    let mut pending: Option<(&'static str, bool)> = None;
    let mut pieces = pieces.into_iter().peekable();
    while let Some(piece) = pieces.next() {
        match piece {
            Piece::Text(text) => {
                let (before, after) = match pending {
                    None => ("", rest.strip_prefix(text)?),
                    Some(_) if pieces.peek().is_none() => (rest.strip_suffix(text)?, ""),
                    Some(_) => rest.split_once(text)?,
                };
                if let Some((name, true)) = pending.take() {
                    captures.push((name, before));
                }
                rest = after;
            }
            Piece::Arg { name, plain } => {
                if pending.is_some() {
                    return None;
                }
                pending = Some((name, plain));
            }
        }
    }
    match pending {
        Some((name, true)) => captures.push((name, rest)),
        Some((_, false)) => {}
        None if !rest.is_empty() => return None,
        None => {}
    }
    Some((fit, captures))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::__private_v0_1::EntryBuilder;
    use crate::Segment::{Formatted, Placeholder, Text};

    fn entry(message: &'static str, segments: &'static [Segment]) -> Entry {
        EntryBuilder::int(1, "Variant", message)
            .segmented(segments)
            .build()
    }

    #[test]
    fn exact_text_ignores_trailing_periods() {
        let e = entry("Record not found.", &[]);
        assert_eq!(fit(&e, "Record not found").map(|f| f.0), Some(Fit::Exact));
        assert_eq!(fit(&e, "Record found"), None);
    }

    #[test]
    fn trailing_periods_and_spaces_do_not_count_in_any_order() {
        assert_eq!(loose(" a. . \n."), "a");
        assert_eq!(loose(loose("x.. .")), loose("x.. ."));
        let (_, caps) = fit(&entry("{s}.", &[Placeholder("s"), Text(".")]), "x.. .").unwrap();
        assert_eq!(caps, vec![("s", "x")]);
    }

    #[test]
    fn captures_placeholders() {
        let member = entry(
            "Member '{memberRef}' not found.",
            &[
                Text("Member '"),
                Placeholder("memberRef"),
                Text("' not found."),
            ],
        );
        let (how, caps) = fit(&member, "Member 'abc' not found.").unwrap();
        assert_eq!(how, Fit::Placeholders);
        assert_eq!(caps, vec![("memberRef", "abc")]);
        let translated = entry(
            "{translated string}.",
            &[Placeholder("translated string"), Text(".")],
        );
        let (how, caps) = fit(&translated, "Trop de requêtes.").unwrap();
        assert_eq!(how, Fit::Any);
        assert_eq!(caps, vec![("translated string", "Trop de requêtes")]);
        let two = entry(
            "{a} and {b:?}",
            &[Placeholder("a"), Text(" and "), Formatted("b")],
        );
        let (how, caps) = fit(&two, "x and y").unwrap();
        assert_eq!(how, Fit::Placeholders);
        assert_eq!(caps, vec![("a", "x")]);
    }

    #[test]
    fn rejects_messages_that_do_not_fit() {
        let member = entry(
            "Member '{m}' not found.",
            &[Text("Member '"), Placeholder("m"), Text("' not found.")],
        );
        assert_eq!(fit(&member, "Group 'abc' not found."), None);
        let adjacent = entry("{a}{b}", &[Placeholder("a"), Placeholder("b")]);
        assert_eq!(fit(&adjacent, "xy"), None);
        let id = entry("id {a}", &[Text("id "), Placeholder("a")]);
        assert_eq!(fit(&id, "id"), None);
    }

    #[test]
    fn reads_braces_unescaped() {
        let braces = entry("use {{x}}", &[Text("use {x}")]);
        assert_eq!(fit(&braces, "use {x}").map(|f| f.0), Some(Fit::Exact));
    }

    #[test]
    fn an_empty_template_is_the_name() {
        let unnamed = entry("", &[]);
        assert_eq!(fit(&unnamed, "Variant.").map(|f| f.0), Some(Fit::Exact));
        let braces = EntryBuilder::int(1, "a{b}", "").build();
        assert_eq!(fit(&braces, "a{b}").map(|f| f.0), Some(Fit::Exact));
    }
}
