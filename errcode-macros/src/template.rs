//! Message templates: `"Member '{member_ref}' not found."`.
//!
//! The template is split into text and placeholders so that each placeholder
//! can be checked against the variant's fields and renamed to a local binding;
//! the rewritten literal then goes to `write!`, so rustc still checks every
//! format spec.

/// A piece of a template.
#[derive(Debug, Clone, PartialEq)]
pub enum Segment {
    /// Literal text, with `{{` and `}}` already unescaped.
    Text(String),
    /// `{name:spec}`; `spec` is what follows the colon, without it.
    Arg { name: String, spec: String },
}

/// Splits a template. Errors are worded for the user and say what is wrong.
pub fn parse(template: &str) -> Result<Vec<Segment>, String> {
    let mut segments = Vec::new();
    let mut text = String::new();
    let mut chars = template.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        match c {
            '{' if chars.peek().map(|p| p.1) == Some('{') => {
                chars.next();
                text.push('{');
            }
            '}' if chars.peek().map(|p| p.1) == Some('}') => {
                chars.next();
                text.push('}');
            }
            '}' => {
                return Err(format!(
                    "unmatched `}}` at byte {at}; write `}}}}` for a literal brace"
                ))
            }
            '{' => {
                let rest = &template[at + 1..];
                let Some(end) = rest.find('}') else {
                    return Err(format!(
                        "unclosed `{{` at byte {at}; write `{{{{` for a literal brace"
                    ));
                };
                let inner = &rest[..end];
                if inner.contains('{') {
                    return Err(format!(
                        "unclosed `{{` at byte {at}; write `{{{{` for a literal brace"
                    ));
                }
                for _ in 0..=inner.chars().count() {
                    chars.next();
                }
                let (name, spec) = match inner.split_once(':') {
                    Some((name, spec)) => (name, spec),
                    None => (inner, ""),
                };
                if name.trim().is_empty() {
                    return Err(format!(
                        "`{{{inner}}}` names no field; name it, as in `{{0}}` or `{{field}}`"
                    ));
                }
                if !text.is_empty() {
                    segments.push(Segment::Text(std::mem::take(&mut text)));
                }
                segments.push(Segment::Arg {
                    name: name.to_owned(),
                    spec: spec.to_owned(),
                });
            }
            _ => text.push(c),
        }
    }
    if !text.is_empty() {
        segments.push(Segment::Text(text));
    }
    Ok(segments)
}

/// Names used as `name$` for width or precision inside a spec, in order.
pub fn spec_args(spec: &str) -> Vec<String> {
    let mut out = Vec::new();
    let bytes = spec.as_bytes();
    for (i, b) in bytes.iter().enumerate() {
        if *b == b'$' {
            let start = spec[..i]
                .rfind(|c: char| !(c.is_alphanumeric() || c == '_'))
                .map_or(0, |p| p + 1);
            if start < i {
                out.push(spec[start..i].to_owned());
            }
        }
    }
    out
}

/// `spec` with every `name$` replaced by `rename(name)$`.
pub fn rename_spec_args(spec: &str, mut rename: impl FnMut(&str) -> String) -> String {
    let mut out = String::new();
    let mut word = String::new();
    for c in spec.chars() {
        if c.is_alphanumeric() || c == '_' {
            word.push(c);
            continue;
        }
        if c == '$' && !word.is_empty() {
            out.push_str(&rename(&word));
        } else {
            out.push_str(&word);
        }
        word.clear();
        out.push(c);
    }
    out.push_str(&word);
    out
}

/// The formatting trait a spec asks for, as a path under `::core::fmt`.
pub fn trait_of(spec: &str) -> &'static str {
    let ty = spec.trim_end_matches(|c: char| c.is_whitespace());
    if ty.ends_with('?') {
        "Debug"
    } else if ty.ends_with('x') && !ty.ends_with("$x") {
        "LowerHex"
    } else if ty.ends_with('X') {
        "UpperHex"
    } else if ty.ends_with('o') {
        "Octal"
    } else if ty.ends_with('b') {
        "Binary"
    } else if ty.ends_with('e') {
        "LowerExp"
    } else if ty.ends_with('E') {
        "UpperExp"
    } else if ty.ends_with('p') {
        "Pointer"
    } else {
        "Display"
    }
}

/// Text escaped for a format string literal.
pub fn escape_braces(text: &str) -> String {
    text.replace('{', "{{").replace('}', "}}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn arg(name: &str, spec: &str) -> Segment {
        Segment::Arg {
            name: name.into(),
            spec: spec.into(),
        }
    }

    #[test]
    fn splits_text_and_placeholders() {
        assert_eq!(
            parse("Member '{memberRef}' not found.").unwrap(),
            vec![
                Segment::Text("Member '".into()),
                arg("memberRef", ""),
                Segment::Text("' not found.".into())
            ]
        );
        assert_eq!(
            parse("{translated string}.").unwrap(),
            vec![arg("translated string", ""), Segment::Text(".".into())]
        );
        assert_eq!(
            parse("{0:?} and {v:>5}").unwrap(),
            vec![arg("0", "?"), Segment::Text(" and ".into()), arg("v", ">5")]
        );
    }

    #[test]
    fn unescapes_doubled_braces() {
        assert_eq!(
            parse("{{x}} }}").unwrap(),
            vec![Segment::Text("{x} }".into())]
        );
    }

    #[test]
    fn rejects_broken_templates() {
        assert!(parse("a { b").unwrap_err().contains("unclosed"));
        assert!(parse("a } b").unwrap_err().contains("unmatched"));
        assert!(parse("{}").unwrap_err().contains("names no field"));
        assert!(parse("{a{b}").unwrap_err().contains("unclosed"));
    }

    #[test]
    fn handles_non_ascii_around_placeholders() {
        assert_eq!(
            parse("’{a}’").unwrap(),
            vec![
                Segment::Text("’".into()),
                arg("a", ""),
                Segment::Text("’".into())
            ]
        );
    }

    #[test]
    fn finds_and_renames_spec_arguments() {
        assert_eq!(spec_args(">width$.prec$"), vec!["width", "prec"]);
        assert_eq!(
            rename_spec_args(">width$.2", |n| format!("__{n}")),
            ">__width$.2"
        );
        assert_eq!(trait_of("#x?"), "Debug");
        assert_eq!(trait_of("08x"), "LowerHex");
        assert_eq!(trait_of(">5"), "Display");
    }
}
