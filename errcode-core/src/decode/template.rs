//! Matching a received message against an entry's template, to find the
//! text each placeholder stood for.

/// A piece of a template: literal text (with `{{`/`}}` unescaped) or a
/// placeholder, which only counts as capturable without a format spec.
#[derive(Debug, PartialEq)]
enum Segment<'t> {
    Text(String),
    Arg { name: &'t str, plain: bool },
}

fn segments(template: &str) -> Option<Vec<Segment<'_>>> {
    let mut out = Vec::new();
    let mut text = String::new();
    let mut rest = template;
    while let Some(c) = rest.chars().next() {
        if let Some(after) = rest.strip_prefix("{{").or_else(|| rest.strip_prefix("}}")) {
            text.push(c);
            rest = after;
        } else if let Some(after) = rest.strip_prefix('{') {
            let (inner, after) = after.split_once('}')?;
            if !text.is_empty() {
                out.push(Segment::Text(std::mem::take(&mut text)));
            }
            let (name, spec) = inner.split_once(':').unwrap_or((inner, ""));
            out.push(Segment::Arg {
                name,
                plain: spec.is_empty(),
            });
            rest = after;
        } else {
            text.push(c);
            let mut chars = rest.chars();
            chars.next();
            rest = chars.as_str();
        }
    }
    if !text.is_empty() {
        out.push(Segment::Text(text));
    }
    Some(out)
}

/// The names of the placeholders in `template`, in order (`{0}` is `"0"`);
/// empty for a template that does not parse.
pub(crate) fn placeholders(template: &str) -> Vec<&str> {
    segments(template)
        .unwrap_or_default()
        .into_iter()
        .filter_map(|s| match s {
            Segment::Arg { name, .. } => Some(name),
            Segment::Text(_) => None,
        })
        .collect()
}

/// How well a message fits a template.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord, Clone, Copy)]
pub enum Fit {
    /// The message is the template's text (trailing periods and spaces aside).
    Exact,
    /// The message fits around the template's placeholders.
    Placeholders,
}

/// Trailing periods and white space differ between documented and sent
/// messages (Mastodon documents "Record not found." and sends "Record not
/// found"), so they do not count: all of them, so that a message and the
/// one rendered back from what it decoded to are the same text.
fn loose(text: &str) -> &str {
    text.trim_start()
        .trim_end_matches(|c: char| c == '.' || c.is_whitespace())
}

/// Whether `message` fits `template`, and the text of each plain placeholder.
pub fn fit<'t, 'm>(template: &'t str, message: &'m str) -> Option<(Fit, Vec<(&'t str, &'m str)>)> {
    let segments = segments(loose(template))?;
    if !segments.iter().any(|s| matches!(s, Segment::Arg { .. })) {
        let text: String = segments
            .into_iter()
            .map(|s| match s {
                Segment::Text(t) => t,
                Segment::Arg { .. } => String::new(),
            })
            .collect();
        return (text == loose(message)).then(|| (Fit::Exact, Vec::new()));
    }
    // Only `str` methods that split where a match begins or ends: a message
    // is hostile text, and a byte offset computed from lengths can fall
    // inside a multi-byte character.
    let mut rest = loose(message);
    let mut captures = Vec::new();
    let mut pending: Option<(&'t str, bool)> = None;
    let mut segments = segments.into_iter().peekable();
    while let Some(segment) = segments.next() {
        match segment {
            Segment::Text(text) => {
                let (before, after) = match pending {
                    None => ("", rest.strip_prefix(text.as_str())?),
                    Some(_) if segments.peek().is_none() => (rest.strip_suffix(text.as_str())?, ""),
                    Some(_) => rest.split_once(text.as_str())?,
                };
                if let Some((name, true)) = pending.take() {
                    captures.push((name, before));
                }
                rest = after;
            }
            Segment::Arg { name, plain } => {
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
    Some((Fit::Placeholders, captures))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn exact_text_ignores_trailing_periods() {
        assert_eq!(
            fit("Record not found.", "Record not found").map(|f| f.0),
            Some(Fit::Exact)
        );
        assert_eq!(fit("Record not found.", "Record found"), None);
    }

    #[test]
    fn trailing_periods_and_spaces_do_not_count_in_any_order() {
        assert_eq!(loose(" a. . \n."), "a");
        assert_eq!(loose(loose("x.. .")), loose("x.. ."));
        let (_, caps) = fit("{s}.", "x.. .").unwrap();
        assert_eq!(caps, vec![("s", "x")]);
    }

    #[test]
    fn captures_placeholders() {
        let (how, caps) =
            fit("Member '{memberRef}' not found.", "Member 'abc' not found.").unwrap();
        assert_eq!(how, Fit::Placeholders);
        assert_eq!(caps, vec![("memberRef", "abc")]);
        let (_, caps) = fit("{translated string}.", "Trop de requêtes.").unwrap();
        assert_eq!(caps, vec![("translated string", "Trop de requêtes")]);
        let (_, caps) = fit("{a} and {b:?}", "x and y").unwrap();
        assert_eq!(caps, vec![("a", "x")]);
    }

    #[test]
    fn rejects_messages_that_do_not_fit() {
        assert_eq!(
            fit("Member '{m}' not found.", "Group 'abc' not found."),
            None
        );
        assert_eq!(fit("{a}{b}", "xy"), None);
        assert_eq!(fit("id {a}", "id"), None);
    }

    #[test]
    fn unescapes_braces() {
        assert_eq!(fit("use {{x}}", "use {x}").map(|f| f.0), Some(Fit::Exact));
    }
}
