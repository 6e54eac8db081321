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
        } else if c == '{' {
            let end = rest.find('}')?;
            let inner = &rest[1..end];
            if !text.is_empty() {
                out.push(Segment::Text(std::mem::take(&mut text)));
            }
            let (name, spec) = inner.split_once(':').unwrap_or((inner, ""));
            out.push(Segment::Arg {
                name,
                plain: spec.is_empty(),
            });
            rest = &rest[end + 1..];
        } else {
            text.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    if !text.is_empty() {
        out.push(Segment::Text(text));
    }
    Some(out)
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
/// found"), so they do not count.
fn loose(text: &str) -> &str {
    text.trim().trim_end_matches('.').trim_end()
}

/// Whether `message` fits `template`, and the text of each plain placeholder.
pub fn fit<'t, 'm>(template: &'t str, message: &'m str) -> Option<(Fit, Vec<(&'t str, &'m str)>)> {
    let mut segments = segments(loose(template))?;
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
    let message = loose(message);
    let mut captures = Vec::new();
    let mut pos = 0;
    let mut pending: Option<(&'t str, bool)> = None;
    let last = segments.len() - 1;
    for (i, segment) in segments.drain(..).enumerate() {
        match segment {
            Segment::Text(text) => {
                let rest = &message[pos..];
                let at = match pending {
                    None => rest.starts_with(&text).then_some(0)?,
                    Some(_) if i == last => rest
                        .len()
                        .checked_sub(text.len())
                        .filter(|&at| rest[at..] == text)?,
                    Some(_) => rest.find(&text)?,
                };
                if let Some((name, plain)) = pending.take() {
                    if plain {
                        captures.push((name, &rest[..at]));
                    }
                }
                pos += at + text.len();
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
        Some((name, true)) => captures.push((name, &message[pos..])),
        Some((_, false)) => {}
        None if pos != message.len() => return None,
        None => {}
    }
    Some((Fit::Placeholders, captures))
}

#[cfg(test)]
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
