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

/// A placeholder's format spec, read by the grammar of `std::fmt`:
/// `[[fill]align][sign]['#']['0'][width]['.' precision]type`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Spec {
    /// Fill, alignment, sign, `#` and `0`, as written.
    pub flags: String,
    pub width: Option<Count>,
    pub precision: Option<Precision>,
    /// `""`, `?`, `x?`, `X?` or a trait letter such as `x`.
    pub kind: String,
}

/// A width or precision.
#[derive(Debug, Clone, PartialEq)]
pub enum Count {
    /// `5`
    Literal(String),
    /// `name$` or `1$`: the value of another argument, which must be a `usize`.
    Arg(String),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Precision {
    Count(Count),
    /// `.*`: the next positional argument.
    Star,
}

impl Spec {
    /// Reads a spec (what follows the colon); the error says what is wrong.
    pub fn parse(spec: &str) -> Result<Spec, String> {
        let chars: Vec<char> = spec.chars().collect();
        let mut at = 0;
        let is_align = |c: Option<&char>| matches!(c, Some('<' | '^' | '>'));
        let mut flags = String::new();
        if is_align(chars.get(1)) {
            flags.extend(&chars[..2]);
            at = 2;
        } else if is_align(chars.first()) {
            flags.push(chars[0]);
            at = 1;
        }
        if let Some(c @ ('+' | '-')) = chars.get(at) {
            flags.push(*c);
            at += 1;
        }
        if chars.get(at) == Some(&'#') {
            flags.push('#');
            at += 1;
        }
        // `0$` is a width taken from argument 0, not the `0` flag.
        if chars.get(at) == Some(&'0') && chars.get(at + 1) != Some(&'$') {
            flags.push('0');
            at += 1;
        }
        let width = count(&chars, &mut at);
        let precision = if chars.get(at) == Some(&'.') {
            at += 1;
            if chars.get(at) == Some(&'*') {
                at += 1;
                Some(Precision::Star)
            } else {
                match count(&chars, &mut at) {
                    Some(c) => Some(Precision::Count(c)),
                    None => {
                        return Err(
                            "expected a precision after `.`, as in `.2` or `.prec$`".to_owned()
                        )
                    }
                }
            }
        } else {
            None
        };
        let rest: String = chars[at..].iter().collect();
        let kind = rest.trim_end();
        let valid_kind = kind.is_empty()
            || kind == "?"
            || kind == "x?"
            || kind == "X?"
            || (kind.starts_with(|c: char| c.is_alphabetic() || c == '_')
                && kind.chars().all(|c| c.is_alphanumeric() || c == '_'));
        if !valid_kind {
            return Err(
                "expected a format spec `[[fill]align][sign]['#']['0'][width]['.' precision]type`, as in `>8`, `#x` or `.2`".to_owned()
            );
        }
        let spec = Spec {
            flags,
            width,
            precision,
            kind: rest.clone(),
        };
        // Refused here rather than left to rustc, which points its error
        // at an offset of the generated format string, off the user's text.
        if spec.format_trait().is_none() {
            return Err(format!(
                "unknown format trait `{}`; expected nothing (Display), `?`, `x?`, `X?`, `x`, `X`, `o`, `b`, `e`, `E` or `p`",
                rest.trim_end()
            ));
        }
        Ok(spec)
    }

    pub fn is_empty(&self) -> bool {
        *self == Spec::default()
    }

    /// The arguments named by `name$` or `N$` for width and precision, in order.
    pub fn args(&self) -> impl Iterator<Item = &str> {
        let precision = match &self.precision {
            Some(Precision::Count(c)) => Some(c),
            _ => None,
        };
        self.width.iter().chain(precision).filter_map(|c| match c {
            Count::Arg(name) => Some(name.as_str()),
            Count::Literal(_) => None,
        })
    }

    /// The spec as written, with each width or precision argument renamed.
    pub fn render(&self, mut rename: impl FnMut(&str) -> String) -> String {
        let mut count = |c: &Count| match c {
            Count::Literal(n) => n.clone(),
            Count::Arg(name) => format!("{}$", rename(name)),
        };
        let mut out = self.flags.clone();
        if let Some(width) = &self.width {
            out.push_str(&count(width));
        }
        match &self.precision {
            Some(Precision::Count(c)) => {
                out.push('.');
                out.push_str(&count(c));
            }
            Some(Precision::Star) => out.push_str(".*"),
            None => {}
        }
        out.push_str(&self.kind);
        out
    }

    /// The formatting trait the spec asks for, as a name under `::core::fmt`;
    /// `None` for a type no trait has (which `parse` refuses).
    pub fn format_trait(&self) -> Option<&'static str> {
        Some(match self.kind.trim_end() {
            "" => "Display",
            "?" | "x?" | "X?" => "Debug",
            "x" => "LowerHex",
            "X" => "UpperHex",
            "o" => "Octal",
            "b" => "Binary",
            "e" => "LowerExp",
            "E" => "UpperExp",
            "p" => "Pointer",
            _ => return None,
        })
    }
}

/// `5`, `5$`, `name$`, or nothing (an identifier without `$` is the type).
fn count(chars: &[char], at: &mut usize) -> Option<Count> {
    let start = *at;
    let mut end = start;
    let digits = chars.get(start).is_some_and(char::is_ascii_digit);
    if digits {
        while chars.get(end).is_some_and(char::is_ascii_digit) {
            end += 1;
        }
    } else if chars
        .get(start)
        .is_some_and(|c| c.is_alphabetic() || *c == '_')
    {
        while chars
            .get(end)
            .is_some_and(|c| c.is_alphanumeric() || *c == '_')
        {
            end += 1;
        }
    }
    let word: String = chars[start..end].iter().collect();
    if word.is_empty() {
        return None;
    }
    if chars.get(end) == Some(&'$') {
        *at = end + 1;
        Some(Count::Arg(word))
    } else if digits {
        *at = end;
        Some(Count::Literal(word))
    } else {
        None
    }
}

/// Text escaped for a format string literal.
pub fn escape_braces(text: &str) -> String {
    text.replace('{', "{{").replace('}', "}}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(text: &str) -> Segment {
        Segment::Text(text.into())
    }

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
            [text("Member '"), arg("memberRef", ""), text("' not found.")]
        );
        assert_eq!(
            parse("{translated string}.").unwrap(),
            [arg("translated string", ""), text(".")]
        );
        assert_eq!(
            parse("{0:?} and {v:>5}").unwrap(),
            [arg("0", "?"), text(" and "), arg("v", ">5")]
        );
    }

    #[test]
    fn unescapes_doubled_braces() {
        assert_eq!(parse("{{x}} }}").unwrap(), [text("{x} }")]);
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
            [text("’"), arg("a", ""), text("’")]
        );
    }

    fn trait_of(spec: &str) -> Option<&'static str> {
        Spec::parse(spec).unwrap().format_trait()
    }

    #[test]
    fn reads_the_trait_from_the_type_alone() {
        assert_eq!(trait_of(""), Some("Display"));
        assert_eq!(trait_of(">5"), Some("Display"));
        assert_eq!(trait_of("x>5"), Some("Display"));
        assert_eq!(trait_of("?"), Some("Debug"));
        assert_eq!(trait_of("#x?"), Some("Debug"));
        assert_eq!(trait_of("X?"), Some("Debug"));
        assert_eq!(trait_of("08x"), Some("LowerHex"));
        assert_eq!(trait_of("#X"), Some("UpperHex"));
        assert_eq!(trait_of("w$x"), Some("LowerHex"));
        assert_eq!(trait_of("x$"), Some("Display"));
        assert_eq!(trait_of("x$x"), Some("LowerHex"));
        assert_eq!(trait_of("w$.p$b"), Some("Binary"));
        assert_eq!(trait_of("e"), Some("LowerExp"));
        assert_eq!(trait_of("+.3E"), Some("UpperExp"));
        assert_eq!(trait_of("p"), Some("Pointer"));
        assert_eq!(trait_of("o"), Some("Octal"));
        assert_eq!(trait_of("x<e"), Some("LowerExp"));
        assert_eq!(trait_of("0$"), Some("Display"));
        assert!(Spec::parse("z").is_err());
        assert!(Spec::parse(">5é").is_err());
    }

    #[test]
    fn finds_and_renames_width_and_precision_arguments() {
        let spec = Spec::parse(">width$.prec$x").unwrap();
        assert_eq!(spec.args().collect::<Vec<_>>(), ["width", "prec"]);
        assert_eq!(spec.render(|n| format!("__{n}")), ">__width$.__prec$x");
        let spec = Spec::parse("_^+#01$.2").unwrap();
        assert_eq!(spec.args().collect::<Vec<_>>(), ["1"]);
        assert_eq!(spec.render(|_| "w".into()), "_^+#0w$.2");
        assert_eq!(Spec::parse("0$").unwrap().args().collect::<Vec<_>>(), ["0"]);
        assert_eq!(Spec::parse(".*").unwrap().precision, Some(Precision::Star));
        assert!(Spec::parse("").unwrap().is_empty());
        assert!(!Spec::parse("?").unwrap().is_empty());
    }

    #[test]
    fn rejects_what_is_not_a_spec() {
        assert!(Spec::parse(".").is_err());
        assert!(Spec::parse(">5%").is_err());
        assert!(Spec::parse("x y").is_err());
    }
}
